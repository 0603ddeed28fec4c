"""Kill -9 in the middle of a large ingest, then check the database and finish the ingest.

Builds N real Detik articles (from ../shared/corpus, never copied into the repository) as Markdown with
front matter in a temporary folder, ingests them once cleanly for reference, then RUNS times: starts
`claimtrack ingest` on a fresh database, kills its whole process group with SIGKILL once a random number of
documents are in (plus a random part of the next one's write), and checks that
- `PRAGMA integrity_check` says ok and `PRAGMA foreign_key_check` finds nothing;
- no half document: every stored source has exactly the statements the clean run gave it, and no
  statement or claim link points at a missing row;
- a re-run finishes with the same sources, statements, claims and links as the clean run (no duplicates).

Usage: python bench/crash_ingest.py [--articles 300] [--runs 20] [--seed 7] [--corpus CSV] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "id-news-detik-1000" / "data_berita.csv"
CLAIMTRACK = [sys.executable, "-m", "claimtrack"]


def build_articles(folder: Path, count: int, corpus: Path = CORPUS) -> list[Path]:
    """The first `count` Detik articles as Markdown files with YAML front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    csv.field_size_limit(sys.maxsize)
    paths = []
    with corpus.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if len(paths) == count:
                break
            published = datetime.strptime(row["tanggal"].strip(), "%m/%d/%Y %H:%M").date().isoformat()
            # JSON strings are valid YAML scalars, so titles with quotes and colons stay intact
            front = "\n".join(
                [
                    f"title: {json.dumps(row['judul'].strip(), ensure_ascii=False)}",
                    f"url: {json.dumps(row['tautan'].strip())}",
                    "outlet: detik.com",
                    f"published: {published}",
                    "language: id",
                ]
            )
            path = folder / f"detik-{int(row['id']):04d}.md"
            path.write_text(f"---\n{front}\n---\n\n{row['isi_berita'].strip()}\n", encoding="utf-8")
            paths.append(path)
    return paths


def ingest_command(db: Path, folder: Path) -> list[str]:
    return [*CLAIMTRACK, "--db", str(db), "ingest", str(folder), "--quiet"]


def run_ingest(db: Path, folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(ingest_command(db, folder), capture_output=True, text=True, cwd=db.parent)


def sources_in(db: Path) -> int:
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)
        try:
            return connection.execute("SELECT COUNT(*) FROM source").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:  # not created yet, or its schema is being written
        return 0


def killed_ingest(db: Path, folder: Path, target: int, extra: float, limit: float) -> None:
    """Start an ingest; SIGKILL it (and its extraction workers) `extra` seconds after `target` sources are in."""
    process = subprocess.Popen(
        ingest_command(db, folder),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=db.parent,
        start_new_session=True,
    )
    deadline = time.monotonic() + limit
    while process.poll() is None and sources_in(db) < target and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(extra)  # lands inside a document's transaction as often as between two
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def snapshot(db: Path) -> dict:
    """What the database holds, read with plain sqlite3 so claimtrack's own code checks nothing here."""
    connection = sqlite3.connect(db)
    try:
        one = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "integrity": [row[0] for row in connection.execute("PRAGMA integrity_check")],
            "foreign_key_violations": len(connection.execute("PRAGMA foreign_key_check").fetchall()),
            "per_source": dict(
                connection.execute(
                    "SELECT source.sha256, COUNT(statement.id) FROM source LEFT JOIN statement "
                    "ON statement.source_id = source.id GROUP BY source.id"
                ).fetchall()
            ),
            "sources": one("SELECT COUNT(*) FROM source"),
            "statements": one("SELECT COUNT(*) FROM statement"),
            "claims": one("SELECT COUNT(*) FROM claim"),
            "links": one("SELECT COUNT(*) FROM claimlink"),
            "events": one("SELECT COUNT(*) FROM statusevent"),
            "orphan_statements": one("SELECT COUNT(*) FROM statement WHERE source_id NOT IN (SELECT id FROM source)"),
            "orphan_links": one(
                "SELECT COUNT(*) FROM claimlink WHERE statement_id NOT IN (SELECT id FROM statement) "
                "OR claim_id NOT IN (SELECT id FROM claim)"
            ),
            "claims_without_links": one("SELECT COUNT(*) FROM claim WHERE id NOT IN (SELECT claim_id FROM claimlink)"),
            "duplicate_statements": one(
                'SELECT COUNT(*) FROM (SELECT source_id, start, "end", local_id FROM statement '
                "GROUP BY 1, 2, 3, 4 HAVING COUNT(*) > 1)"
            ),
        }
    finally:
        connection.close()


TOTALS = ("sources", "statements", "claims", "links", "events")


def check_run(db: Path, folder: Path, reference: dict, target: int, extra: float, limit: float) -> dict:
    """One kill -9 run: the state after the kill, then after a re-run, compared with the clean run."""
    killed_ingest(db, folder, target, extra, limit)
    after_kill = snapshot(db) if db.exists() else None
    problems = []
    sources_at_kill = 0
    if after_kill is not None:
        sources_at_kill = after_kill["sources"]
        if after_kill["integrity"] != ["ok"]:
            problems.append(f"integrity_check: {after_kill['integrity'][:3]}")
        for key in ("foreign_key_violations", "orphan_statements", "orphan_links", "claims_without_links"):
            if after_kill[key]:
                problems.append(f"after kill: {after_kill[key]} {key}")
        half = [sha for sha, count in after_kill["per_source"].items() if reference["per_source"].get(sha) != count]
        if half:
            problems.append(f"after kill: {len(half)} sources without all their statements")
    rerun = run_ingest(db, folder)
    if rerun.returncode != 0:
        problems.append(f"re-run exit {rerun.returncode}: {rerun.stderr.strip()[-200:]}")
    final = snapshot(db)
    if final["integrity"] != ["ok"]:
        problems.append(f"integrity_check after re-run: {final['integrity'][:3]}")
    for key in TOTALS:
        if final[key] != reference[key]:
            problems.append(f"after re-run: {final[key]} {key}, clean run has {reference[key]}")
    if final["duplicate_statements"]:
        problems.append(f"after re-run: {final['duplicate_statements']} duplicated statements")
    return {
        "target": target,
        "sources_at_kill": sources_at_kill,
        "rerun_summary": rerun.stdout.strip().splitlines()[-1] if rerun.stdout.strip() else "",
        "problems": problems,
    }


def crash_runs(
    workdir: Path, articles: int, runs: int, seed: int, corpus: Path = CORPUS, log=lambda message: None
) -> dict:
    folder = workdir / "articles"
    build_articles(folder, articles, corpus)
    reference_db = workdir / "reference.db"
    started = time.monotonic()
    clean = run_ingest(reference_db, folder)
    clean_seconds = time.monotonic() - started
    if clean.returncode != 0:
        raise RuntimeError(f"the clean ingest failed: {clean.stderr.strip()[-300:]}")
    reference = snapshot(reference_db)
    log(
        f"clean ingest of {articles} articles: {clean_seconds:.1f} s; "
        + ", ".join(f"{reference[k]} {k}" for k in TOTALS)
    )
    rng = random.Random(seed)
    results = []
    for number in range(1, runs + 1):
        db = workdir / f"run-{number:02d}.db"
        # a random point in the stream of documents, then a random fraction of a document's write
        target = rng.randint(1, reference["sources"] - 1)
        result = check_run(db, folder, reference, target, rng.uniform(0, 0.05), 3 * clean_seconds)
        results.append(result)
        log(
            f"run {number:2d}: killed at {result['sources_at_kill']:3d} sources "
            f"in; {'ok' if not result['problems'] else '; '.join(result['problems'])}"
        )
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
    return {
        "articles": articles,
        "runs": runs,
        "clean_ingest_s": round(clean_seconds, 1),
        "reference": {k: reference[k] for k in TOTALS},
        "corrupt": sum(1 for r in results if any("integrity" in p for p in r["problems"])),
        "half_documents": sum(1 for r in results if any("without all" in p or "orphan" in p for p in r["problems"])),
        "rerun_mismatches": sum(1 for r in results if any("after re-run" in p for p in r["problems"])),
        "failed_runs": sum(1 for r in results if r["problems"]),
        "killed_mid_write": sum(1 for r in results if 0 < r["sources_at_kill"] < articles),
        "results": results,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the Detik CSV (default: ../shared/corpus/...)")
    parser.add_argument("--json", action="store_true", help="print the whole result as JSON")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="claimtrack-crash-") as tmp:
        summary = crash_runs(
            Path(tmp), args.articles, args.runs, args.seed, args.corpus, log=lambda m: print(m, flush=True)
        )
    if args.json:
        print(json.dumps(summary, indent=2))
    print(
        f"{summary['runs']} kill -9 runs on {summary['articles']} articles: {summary['corrupt']} corrupt databases, "
        f"{summary['half_documents']} with a half document, {summary['rerun_mismatches']} re-runs with duplicates or "
        f"missing rows; {summary['killed_mid_write']} runs killed while documents were being written"
    )
    return 1 if summary["failed_runs"] else 0


if __name__ == "__main__":
    sys.exit(main())
