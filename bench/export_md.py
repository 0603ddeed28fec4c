"""Exporting 10k claims to Markdown: load them with their statements and history, render the report.

Claims are LIAR's PolitiFact statements (../shared/corpus/liar, never copied into the project), imported
with `import-claims` into a fresh SQLite file, so each has a speaker, a source, a verdict and an audit
event; a share of them are then marked again so history tables have more than one row. Target: ≤ 5 s
for the export (load + render), the same work `claimtrack export --format md` does.

    .venv/bin/python bench/export_md.py [--claims 10000] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402

TARGET_SECONDS = 5.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    from claimtrack.interchange import Verdict, import_verdicts, read_liar
    from claimtrack.report import render_markdown
    from claimtrack.store import ClaimQuery, Store

    records: list[Verdict] = []
    for split in ("train", "valid", "test"):
        path = corpora.CORPUS / "liar" / f"{split}.tsv"
        records += [r for r in read_liar(path.read_text(encoding="utf-8"), str(path)) if isinstance(r, Verdict)]
    records = records[: args.claims]

    with tempfile.TemporaryDirectory() as folder:
        store = Store(str(Path(folder) / "bench.db"))
        started = time.perf_counter()
        summary = import_verdicts(store, records, editor="bench")
        import_seconds = time.perf_counter() - started
        for claim_id in summary.added[::5]:
            store.mark(claim_id, "in_review", "re-opened for the benchmark", "bench")

        started = time.perf_counter()
        views = store.claims(ClaimQuery(), with_history=True)
        load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        report = render_markdown(views, filters={"status": ()})
        render_seconds = time.perf_counter() - started
        store.close()

    export_seconds = load_seconds + render_seconds
    result = {
        "claims": len(views),
        "statements": sum(len(v.statements) for v in views),
        "events": sum(len(v.history) for v in views),
        "report_bytes": len(report.encode("utf-8")),
        "import_s": round(import_seconds, 2),
        "load_s": round(load_seconds, 2),
        "render_s": round(render_seconds, 2),
        "export_s": round(export_seconds, 2),
        "target_s": TARGET_SECONDS,
        "within_target": export_seconds <= TARGET_SECONDS,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['claims']} claims, {result['statements']} statements, {result['events']} history events "
            f"→ {result['report_bytes'] / 1e6:.1f} MB of Markdown"
        )
        print(
            f"import {import_seconds:.2f} s (setup) · load {load_seconds:.2f} s · render {render_seconds:.2f} s · "
            f"export {export_seconds:.2f} s "
            f"(target ≤ {TARGET_SECONDS:g} s: {'met' if result['within_target'] else 'MISSED'})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
