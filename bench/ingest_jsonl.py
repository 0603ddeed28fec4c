"""A large JSON Lines feed: `claimtrack ingest feed.jsonl` of about 30 MB, then the same command again.

The feed is the 1,000 Detik articles (../shared/corpus, never copied into the project) written with json.dumps
(ensure_ascii=False, so U+2028 and U+0085 stay raw), over and over with a numbered title so each copy is its own
document, until the file reaches --mb megabytes; it is written to a temporary folder. The first run is timed end to
end with its peak memory (the largest process: the writer or a worker); the second finds every article stored and
only reads (what a run stopped by Ctrl+C costs to resume).

    .venv/bin/python bench/ingest_jsonl.py [--mb 30] [--jobs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402


def write_feed(path: Path, megabytes: float) -> int:
    articles = list(corpora.detik_articles())
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        while handle.tell() < megabytes * 1_000_000:
            article = articles[count % len(articles)]
            record = {
                "title": f"{article['title']} ({count // len(articles) + 1})",
                "url": article["url"],
                "outlet": "detikcom",
                "published": article["published"],
                "language": "id",
                "text": article["text"],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    claimtrack = str(Path(sys.executable).with_name("claimtrack"))
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        count = write_feed(feed, args.mb)
        size = feed.stat().st_size
        command = [
            claimtrack,
            "--db",
            str(Path(tmp) / "bench.db"),
            "--create",
            "ingest",
            str(feed),
            "--jobs",
            str(args.jobs),
            "--quiet",
        ]
        times = []
        for _ in range(2):
            started = time.perf_counter()
            run = subprocess.run(command, capture_output=True, text=True)
            times.append(time.perf_counter() - started)
            if run.returncode != 0:
                print(run.stderr[-2000:], file=sys.stderr)
                return 1
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {
        "feed_mb": round(size / 1e6, 1),
        "articles": count,
        "jobs": args.jobs,
        "ingest_s": round(times[0], 1),
        "ingest_jsonl_articles_per_s": round(count / times[0], 1),
        "rerun_s": round(times[1], 1),
        "peak_rss_mb": round(peak_mb, 1),
        "summary": run.stdout.strip().splitlines()[-1],
    }
    print(json.dumps(result, ensure_ascii=False) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
