"""Several ingesters, one server: the 1,000 Detik articles split among 4 `claimtrack ingest` processes writing into one
throwaway PostgreSQL at once, timed from the first start to the last exit; then duplicates are counted.

The articles are written as Markdown to a temporary folder (as ingest_speed.py does) and dealt round-robin to the
ingesters, each `--jobs 1`. The Detik set holds 91 articles whose content repeats another's: they land in different
ingesters and race for the same source row. Afterwards:
- duplicate sources: sources sharing a content hash (the unique key forbids it) and sources beyond the distinct
  articles;
- duplicate claims: live claims, taken in the order they were made, that would have joined an earlier one (the
  in-memory `ClaimIndex` finds an earlier claim scoring at least `match.join_score`), which one ingester never makes.

    .venv/bin/python bench/ingest_pg.py [--ingesters 4] [--limit 1000] [--fsync off]
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
import pg_server  # noqa: E402
from ingest_speed import write_articles  # noqa: E402


def duplicates(url: str) -> dict:
    """Counts of what a race could have stored twice."""
    from sqlalchemy import text

    from claimtrack.config import settings
    from claimtrack.match import ClaimIndex
    from claimtrack.store import Store

    store = Store(url, create=False)
    with store.engine.connect() as connection:
        sources, distinct = connection.execute(text("SELECT count(*), count(DISTINCT sha256) FROM source")).one()
        claims = connection.execute(
            text("SELECT id, match_key FROM claim WHERE merged_into_id IS NULL ORDER BY id")
        ).all()
        statements = connection.execute(text("SELECT count(*) FROM statement")).scalar()
        links = connection.execute(text("SELECT count(*) FROM claimlink")).scalar()
    store.close()
    earlier = ClaimIndex()
    twice = 0
    for claim_id, key in claims:
        twice += key != "" and earlier.best(key, settings().match.join_score) is not None
        earlier.add(claim_id, key)
    return {
        "sources": sources,
        "duplicate_sources": sources - distinct,
        "statements": statements,
        "claims": len(claims),
        "links": links,
        "duplicate_claims": twice,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingesters", type=int, default=4)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--fsync", choices=("on", "off"), default="on")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    if pg_server.binaries() is None:
        print("skipped: no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)", file=sys.stderr)
        return 0
    claimtrack = Path(sys.executable).with_name("claimtrack")
    with tempfile.TemporaryDirectory() as tmp, pg_server.server(settings={"fsync": args.fsync}) as url:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        count = write_articles(folder, args.limit)
        files = sorted(str(path) for path in folder.iterdir())
        from claimtrack.store import Store

        Store(url).close()  # the schema, made before the ingesters start (as `claimtrack upgrade` would)
        shares = [files[n :: args.ingesters] for n in range(args.ingesters)]
        started = time.perf_counter()
        cpu_before, load = resource.getrusage(resource.RUSAGE_CHILDREN), os.getloadavg()[0]
        server_before = pg_server.cpu_seconds(url)
        runs = [
            subprocess.Popen(
                [str(claimtrack), "--db", url, "ingest", *share, "--jobs", "1", "--quiet"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for share in shares
        ]
        outputs = [run.communicate() for run in runs]
        elapsed = time.perf_counter() - started
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        ingesters_cpu_s = cpu.ru_utime - cpu_before.ru_utime + cpu.ru_stime - cpu_before.ru_stime
        server_cpu_s = pg_server.cpu_seconds(url) - server_before
        failed = [err.strip()[-500:] for run, (_, err) in zip(runs, outputs) if run.returncode != 0]
        if failed:
            print("\n".join(failed), file=sys.stderr)
            return 1
        counted = duplicates(url)
    result = {
        "articles": count,
        "ingesters": args.ingesters,
        "fsync": args.fsync,
        "seconds": round(elapsed, 2),
        "ingesters_cpu_s": round(ingesters_cpu_s, 1),
        "server_cpu_s": round(server_cpu_s, 1),
        # what the machine's cores allow at this much CPU an article (ingesters' and server's), with no waiting
        "cpu_bound_articles_per_s": round(count * (os.cpu_count() or 1) / (ingesters_cpu_s + server_cpu_s), 1),
        "cores": os.cpu_count(),
        "load_average_at_start": load,
        "ingest_articles_per_s_pg": round(count / elapsed, 1),
        **counted,
        "summaries": [out.strip().splitlines()[-1] for out, _ in outputs],
    }
    print(json.dumps(result, ensure_ascii=False) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
