"""End-to-end ingest speed: the 1,000 Detik articles, as Markdown files, into a fresh SQLite database.

The articles are written to a temporary folder (never into the project), then ingested by the CLI
exactly as a user would, timing the whole command (process start-up included).

    .venv/bin/python bench/ingest_speed.py [--jobs N] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402


def write_articles(folder: Path, limit: int) -> int:
    count = 0
    for article in corpora.detik_articles():
        if count >= limit:
            break
        front = json.dumps(
            {
                "title": article["title"],
                "url": article["url"],
                "outlet": "detikcom",
                "published": article["published"],
                "language": "id",
            },
            ensure_ascii=False,
        )
        # JSON is valid YAML: the front matter stays safe whatever the title holds
        (folder / f"detik-{article['id']}.md").write_text(f"---\n{front}\n---\n{article['text']}\n", encoding="utf-8")
        count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    claimtrack = Path(sys.executable).with_name("claimtrack")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        count = write_articles(folder, args.limit)
        db = Path(tmp) / "bench.db"
        started = time.perf_counter()
        run = subprocess.run(
            [str(claimtrack), "--db", str(db), "ingest", str(folder), "--jobs", str(args.jobs), "--quiet"],
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
        if run.returncode != 0:
            print(run.stderr[-2000:], file=sys.stderr)
            return 1
    result = {
        "articles": count,
        "jobs": args.jobs,
        "seconds": round(elapsed, 2),
        "ingest_articles_per_s": round(count / elapsed, 1),
        "summary": run.stdout.strip().splitlines()[-1],
    }
    print(json.dumps(result, ensure_ascii=False) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
