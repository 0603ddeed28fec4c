"""A 500-claim report as a desk sends it: `claimtrack export` of 500 real claims, Markdown and HTML, end to end.

The 1,000 Detik articles (../shared/corpus, never copied into the project) are ingested into a fresh SQLite file;
500 of their claims are marked (ten false, each with an editor's note holding a link; the rest in review), then
`claimtrack export --status false,in_review` is timed as a user runs it, process start-up included, in both
formats, with TZ=Asia/Jakarta. Target: ≤ 2 s for the Markdown report.

    .venv/bin/python bench/report_500.py [--claims 500] [--runs 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402
from ingest_speed import write_articles  # noqa: E402

TARGET_SECONDS = 2.0


def _timed(command: list[str], env: dict) -> tuple[float, str]:
    started = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - started
    if run.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {run.stderr[-1000:]}")
    return elapsed, run.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    from claimtrack.store import ClaimQuery, Store

    claimtrack = str(Path(sys.executable).with_name("claimtrack"))
    env = {**os.environ, "TZ": "Asia/Jakarta", "CLAIMTRACK_EDITOR": "bench"}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(folder, 1000)
        db = str(Path(tmp) / "bench.db")
        subprocess.run(
            [claimtrack, "--db", db, "--create", "ingest", str(folder), "--quiet"], capture_output=True, check=True
        )
        store = Store(db)
        ids = store.claim_ids(ClaimQuery(limit=args.claims))
        if len(ids) < args.claims:
            raise SystemExit(f"only {len(ids)} claims from the corpus; asked for {args.claims}")
        for n, claim_id in enumerate(ids):
            if n < 10:
                store.mark(
                    claim_id, "false", f"Data resmi berkata lain: https://www.bps.go.id/id/pressrelease/{n}", "bench"
                )
            else:
                store.mark(claim_id, "in_review", "", "bench")
        store.close()
        export = [claimtrack, "--db", db, "export", "--status", "false,in_review"]
        markdown_runs, html_runs, report = [], [], ""
        for _ in range(args.runs):
            seconds, report = _timed([*export, "--format", "md"], env)
            markdown_runs.append(seconds)
            html_runs.append(_timed([*export, "--format", "html"], env)[0])

    seconds = statistics.median(markdown_runs)
    result = {
        "claims": args.claims,
        "report_bytes": len(report.encode("utf-8")),
        "runs": args.runs,
        "report_md_s": round(seconds, 3),
        "report_html_s": round(statistics.median(html_runs), 3),
        "target_s": TARGET_SECONDS,
        "within_target": seconds <= TARGET_SECONDS,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{args.claims} claims → {result['report_bytes'] / 1e6:.2f} MB of Markdown; `claimtrack export` "
            f"md {seconds:.2f} s, html {result['report_html_s']:.2f} s (median of {args.runs}; target ≤ "
            f"{TARGET_SECONDS:g} s: {'met' if result['within_target'] else 'MISSED'})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
