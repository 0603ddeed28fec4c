"""Several editors at once through the command line: EDITORS processes each run `claimtrack mark` CHANGES times
on the same claim, all started together; then the audit log is checked.

Each change is a full CLI command (a new Store, a new connection, the command's own transaction), run through
claimtrack's console entry point inside a long-lived process so that interpreter start-up does not spread the
writes out. Reports events kept, order, chain, errors and any "database is locked" seen by a user.

Usage: python bench/concurrent_editors.py [--editors 8] [--changes 25] [--db PATH|URL]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from claimtrack.models import STATUSES
from claimtrack.store import Store

EDITOR = """
import io, sys, time
from contextlib import redirect_stderr
from claimtrack.cli import main
claim_id, editor, changes, start_at = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
statuses = {statuses!r}
time.sleep(max(0.0, start_at - time.time()))
failures = 0
for change in range(changes):
    sys.argv = ["claimtrack", "mark", claim_id, statuses[change % len(statuses)], "--note", f"{{editor}} {{change}}",
                "--editor", editor]
    err = io.StringIO()
    try:
        with redirect_stderr(err):
            main()
    except SystemExit as exit:
        if exit.code:
            failures += 1
            print(f"FAILED {{editor}} {{change}}: {{err.getvalue().strip()}}", flush=True)
print(f"done {{editor}} {{failures}}", flush=True)
"""


def run(url: str, editors: int, changes: int) -> dict:
    store = Store(url)
    claim_id = store.write(lambda tx: tx.add_claim(text="Korea Utara mengirimkan senjata kepada Rusia", language="id"))
    store.close()
    start_at = time.time() + 3.0  # every editor has imported claimtrack by then
    script = EDITOR.format(statuses=list(STATUSES))
    env = {**os.environ, "CLAIMTRACK_DB": url}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(claim_id), f"editor-{n}", str(changes), str(start_at)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for n in range(editors)
    ]
    outputs = [p.communicate()[0] for p in processes]
    elapsed = time.time() - start_at
    store = Store(url)
    events = store.events(claim_id)
    in_order = all(after.from_status == before.to_status for before, after in zip(events, events[1:]))
    per_editor_order = all(
        [e.note for e in events if e.editor == f"editor-{n}"] == [f"editor-{n} {c}" for c in range(changes)]
        for n in range(editors)
    )
    report = store.verify_audit()
    result = {
        "database": store.describe(),
        "editors": editors,
        "changes_each": changes,
        "events_kept": len(events),
        "expected": editors * changes,
        "errors": sum(out.count("FAILED") for out in outputs),
        "locked_seen": sum(out.count("locked") for out in outputs),
        "from_status_follows_previous": in_order,
        "each_editor_in_order": per_editor_order,
        "chain_intact": report.ok,
        "claim_version": store.claim(claim_id).version,
        "seconds": round(elapsed, 1),
    }
    store.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--editors", type=int, default=8)
    parser.add_argument("--changes", type=int, default=25)
    parser.add_argument("--db", help="database file or URL (default: a fresh SQLite file in a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimtrack-editors-") as tmp:
        result = run(args.db or str(Path(tmp) / "editors.db"), args.editors, args.changes)
    for key, value in result.items():
        print(f"{key}: {value}")
    ok = (
        result["events_kept"] == result["expected"]
        and not result["errors"]
        and not result["locked_seen"]
        and result["from_status_follows_previous"]
        and result["each_editor_in_order"]
        and result["chain_intact"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
