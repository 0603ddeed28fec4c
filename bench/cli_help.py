"""How long `claimtrack --help` takes, process start-up included (median of several runs).

.venv/bin/python bench/cli_help.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    claimtrack = str(Path(sys.executable).with_name("claimtrack"))
    subprocess.run([claimtrack, "--help"], capture_output=True, check=True)  # warm the file cache
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        subprocess.run([claimtrack, "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    result = {"cli_help_s": round(statistics.median(times), 3), "runs": args.runs, "min_s": round(min(times), 3)}
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
