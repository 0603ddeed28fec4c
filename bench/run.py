"""`make bench`: run every benchmark, write bench/results.json and the table in bench/README.md.

Each benchmark is a script in bench/ that prints one JSON object with --json. Figures are medians of
several runs; the machine they ran on is recorded with them. Benchmarks read ../shared/corpus and are
skipped (recorded as null) when it is absent.

`make bench` runs the default set (about five minutes). `bench/run.py --scale 1m` adds the figures at a million
claims (the cached 1M databases are built first if missing: about ten minutes each the first time), `--pg` four
concurrent ingesters into a throwaway PostgreSQL; figures behind a flag not given keep the value of the run that
made them, marked so in the table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
README = BENCH / "README.md"
RESULTS = BENCH / "results.json"

# (results key, script, arguments, key in the script's JSON, runs, target, better)
BENCHMARKS = [
    ("extract_articles_per_s", "extract_speed.py", [], "extract_articles_per_s", 5, 200, "higher"),
    ("ingest_articles_per_s", "ingest_speed.py", [], "ingest_articles_per_s", 3, 100, "higher"),
    ("match_p95_ms_100k", "match_index.py", ["--claims", "100000", "--queries", "200"], "match_p95_ms", 1, 5, "lower"),
    ("match_recall_vs_bruteforce", "match_index.py", None, "recall_vs_bruteforce", 1, 0.99, "higher"),
    ("tui_first_paint_s_100k", "tui_speed.py", ["--claims", "100000"], "tui_first_paint_s", 3, 1.0, "lower"),
    ("tui_filter_ms_100k", "tui_speed.py", None, "tui_filter_ms", 1, 150, "lower"),
    ("tui_filter_paint_ms_100k", "tui_speed.py", None, "tui_filter_paint_ms", 1, 150, "lower"),
    ("tui_speaker_filter_ms_100k", "desk_speed.py", [], "tui_speaker_filter_ms", 1, 150, "lower"),
    ("tui_speaker_screen_ms_5k", "desk_speed.py", None, "tui_speaker_screen_ms", 1, 300, "lower"),
    ("export_md_s_10k", "export_md.py", [], "export_s", 3, 5, "lower"),
    ("report_md_s_500", "report_500.py", [], "report_md_s", 1, 2, "lower"),
    ("ingest_jsonl_articles_per_s_30mb", "ingest_jsonl.py", [], "ingest_jsonl_articles_per_s", 1, 100, "higher"),
    ("ingest_jsonl_rerun_s_30mb", "ingest_jsonl.py", None, "rerun_s", 1, 10, "lower"),
    ("cli_help_s", "cli_help.py", [], "cli_help_s", 1, 0.3, "lower"),
    ("peak_rss_mb_100k", "peak_rss.py", [], "peak_rss_mb_100k", 1, 500, "lower"),
    ("fnc1_lookup_heldout_pct", "fnc1_lookup.py", [], "test_relative_score", 1, 75, "higher"),
    ("fnc1_lookup_dev_pct", "fnc1_lookup.py", None, "dev_relative_score", 1, 75, "higher"),
]
# Behind flags, so the default run stays under ~6 minutes: `--scale 1m` (the 1M-claim figures; the first run builds
# bench/.cache/match-index-1000000.db, ~10 minutes) and `--pg` (a throwaway PostgreSQL server, ~1 minute).
SCALE_1M = [
    ("tui_first_paint_s_1m", "tui_speed.py", ["--claims", "1000000"], "tui_first_paint_s", 3, 1.0, "lower"),
    ("tui_filter_paint_ms_1m", "tui_speed.py", None, "tui_filter_paint_ms", 1, 150, "lower"),
    ("peak_rss_mb_1m", "tui_speed.py", None, "peak_rss_mb", 1, 500, "lower"),
    ("tui_speaker_filter_ms_1m", "desk_speed.py", ["--claims", "1000000"], "tui_speaker_filter_ms", 1, 150, "lower"),
    ("match_p95_ms_1m", "match_index.py", ["--claims", "1000000", "--queries", "200"], "match_p95_ms", 1, 5, "lower"),
    ("match_recall_vs_bruteforce_1m", "match_index.py", None, "recall_vs_bruteforce", 1, 0.99, "higher"),
]
POSTGRES = [
    ("ingest_articles_per_s_pg_4x", "ingest_pg.py", ["--ingesters", "4"], "ingest_articles_per_s_pg", 1, 300, "higher"),
    ("ingest_pg_4x_duplicate_claims", "ingest_pg.py", None, "duplicate_claims", 1, 0, "lower"),
    ("ingest_pg_4x_duplicate_sources", "ingest_pg.py", None, "duplicate_sources", 1, 0, "lower"),
]
DESCRIPTIONS = {
    "extract_articles_per_s": "extraction, 1,000 Detik articles, one process on one core, start-up included",
    "ingest_articles_per_s": "`claimtrack ingest` of the 1,000 Detik articles into a fresh SQLite file, end to end",
    "match_p95_ms_100k": "matching one statement against 100k claims, p95",
    "match_recall_vs_bruteforce": "share of queries where the index decides as brute-force scoring does",
    "tui_first_paint_s_100k": "TUI first paint of the claims screen on a 100k-claim database",
    "tui_filter_ms_100k": "one search keystroke filtering 100k claims in the TUI, until Pilot's press returns",
    "tui_filter_paint_ms_100k": "the same keystrokes, until the filtered list is painted (no Pilot idle wait)",
    "tui_speaker_filter_ms_100k": "a filter on speaker, outlet and date pasted into the TUI's search box, until "
    "painted",
    "tui_speaker_screen_ms_5k": "the TUI's speaker screen of an actor with 5,000 statements, until shown",
    "export_md_s_10k": "Markdown report of 10k claims",
    "report_md_s_500": "`claimtrack export` of a 500-claim Markdown report (Detik claims), start-up included, median "
    "of 3",
    "ingest_jsonl_articles_per_s_30mb": "`claimtrack ingest` of a 30 MB JSON Lines feed (Detik articles repeated)",
    "ingest_jsonl_rerun_s_30mb": "the same command again, every article already stored (resuming after Ctrl+C)",
    "cli_help_s": "`claimtrack --help`, process start-up included",
    "peak_rss_mb_100k": "peak memory of ingest and listing against 100k claims",
    "fnc1_lookup_heldout_pct": "FNC-1 relative score of `lookup` (headlines as claims), held-out odd body ids",
    "fnc1_lookup_dev_pct": "the same on the dev half (even body ids), the only half tuned on",
    "tui_first_paint_s_1m": "TUI first paint of the claims screen on a 1M-claim database",
    "tui_filter_paint_ms_1m": "search keystrokes on 1M claims, until the filtered list is painted",
    "peak_rss_mb_1m": "peak memory of the TUI on 1M claims: first paint, a search typed, the list paged to its end",
    "tui_speaker_filter_ms_1m": "a filter on speaker, outlet and date pasted into the search box, 1M claims, until "
    "painted",
    "match_p95_ms_1m": "matching one statement against 1M claims through the index stored in SQLite, p95 "
    "(`--scale 1m`)",
    "match_recall_vs_bruteforce_1m": "share of queries where it decides as scoring every claim does, 1M claims",
    "ingest_articles_per_s_pg_4x": "the 1,000 Detik articles split among 4 concurrent `claimtrack ingest` into one "
    "local PostgreSQL, total (`--pg`)",
    "ingest_pg_4x_duplicate_claims": "claims among them that would have joined an earlier one (made twice by a race)",
    "ingest_pg_4x_duplicate_sources": "sources stored twice (same content hash)",
}


def run_script(script: str, arguments: list[str]) -> dict | None:
    path = BENCH / script
    if not path.exists():
        print(f"  {script}: missing", file=sys.stderr)
        return None
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(path), *arguments, "--json"], capture_output=True, text=True, cwd=BENCH.parent
    )
    lines = [line for line in out.stdout.splitlines() if line.strip().startswith("{")]
    if out.returncode != 0 or not lines:
        print(f"  {script}: failed ({out.stderr.strip()[-300:]})", file=sys.stderr)
        return None
    print(f"  {script} {' '.join(arguments)}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return json.loads(lines[-1])


def machine() -> dict:
    cpu = ""
    try:
        cpu = next(
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        kb = int(
            next(
                line.split()[1]
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")
            )
        )
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "load_average_at_start": os.getloadavg()[0],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=("1m",), help="also the 1M-claim figures")
    parser.add_argument("--pg", action="store_true", help="also 4 concurrent ingesters into a throwaway PostgreSQL")
    args = parser.parse_args()
    flagged = (SCALE_1M if args.scale == "1m" else []) + (POSTGRES if args.pg else [])
    # figures behind a flag not given this time keep the value of the run that made them, marked so in the table
    earlier = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    kept = [b for b in SCALE_1M + POSTGRES if b not in flagged and earlier.get(b[0]) is not None]
    started = time.perf_counter()
    results: dict = {"machine": machine(), "run_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    cache: dict[tuple, list[dict]] = {}
    rows = []
    previous: tuple = ()
    for key, script, arguments, field, runs, target, better in BENCHMARKS + flagged:
        if arguments is None:  # reuses the runs of the benchmark above
            outputs = cache.get(previous, [])
        else:
            previous = (script, tuple(arguments))
            outputs = [o for o in (run_script(script, arguments) for _ in range(runs)) if o is not None]
            cache[previous] = outputs
        values = [o[field] for o in outputs if o.get(field) is not None]
        value = round(statistics.median(values), 3) if values else None
        results[key] = value
        met = None if value is None else (value >= target if better == "higher" else value <= target)
        rows.append((key, value, target, better, met, len(values)))
    for key, _, _, _, _, target, better in kept:
        value = earlier[key]
        results[key] = value
        results.setdefault("kept_from", {})[key] = earlier.get("kept_from", {}).get(key, earlier["run_at"])
        rows.append((key, value, target, better, value >= target if better == "higher" else value <= target, "earlier"))
    results["elapsed_s"] = round(time.perf_counter() - started, 1)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    write_readme(results, rows)
    print(json.dumps(results, indent=2))
    return 0


def write_readme(results: dict, rows: list) -> None:
    m = results["machine"]
    table = ["| figure | value | target | met | runs | what |", "|---|---:|---:|:-:|---:|---|"]
    for key, value, target, better, met, runs in rows:
        sign = "≥" if better == "higher" else "≤"
        shown = "skipped" if value is None else value
        table.append(
            f"| `{key}` | {shown} | {sign} {target} | {'—' if met is None else ('yes' if met else 'NO')} | {runs} "
            f"| {DESCRIPTIONS[key]} |"
        )
    text = README.read_text() if README.exists() else "# Benchmarks\n"
    start, end = "<!-- results -->", "<!-- /results -->"
    block = (
        f"{start}\nLast run {results['run_at']} on {m['cpu'] or m['platform']} ({m['cores']} cores, {m['memory']}, "
        f"Python {m['python']}, load average {m['load_average_at_start']:.1f} at start), "
        f"{results['elapsed_s']} s in all.\n\n"
        + "\n".join(table)
        + "".join(
            f"\n\n`{key}` is from the run of {at} (its flag was not given this time)."
            for key, at in results.get("kept_from", {}).items()
        )
        + f"\n{end}"
    )
    if start in text and end in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    README.write_text(text)


if __name__ == "__main__":
    sys.exit(main())
