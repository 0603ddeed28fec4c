"""Peak memory at 100k claims: ingest into a 100k-claim database (the match index holds every claim)
and list claims from it, each as its own `claimtrack` process; reports the larger peak RSS.

    .venv/bin/python bench/peak_rss.py [--claims 100000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_db  # noqa: E402
import corpora  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def peak_of(command: list[str]) -> float:
    """Run a command; its peak resident memory in MB (RUSAGE_CHILDREN is a running maximum, so one child at a time)."""
    code = (
        "import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], capture_output=True); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if r.returncode == 0 else -1)"
    )
    out = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, check=True)
    kilobytes = int(out.stdout.strip())
    if kilobytes < 0:
        raise RuntimeError(f"failed: {' '.join(command)}")
    return kilobytes / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    claimtrack = str(Path(sys.executable).with_name("claimtrack"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "rss.db"
        shutil.copy(build_db.database(args.claims), db)
        ingest = peak_of([claimtrack, "--db", str(db), "ingest", str(ROOT / "seeds"), "--quiet"])
        listing = peak_of([claimtrack, "--db", str(db), "claims", "--json", "--limit", "100"])
    result = {
        "claims": args.claims,
        "ingest_peak_rss_mb": round(ingest, 1),
        "claims_peak_rss_mb": round(listing, 1),
        "peak_rss_mb_100k": round(max(ingest, listing), 1),
    }
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
