"""Claim matching on real paraphrases: Indonesian hoax fact-checks (IPB BDC 2020, ../shared/corpus).

Each row pairs a circulating text (narasi) with a fact-checker's one-line title (judul). The titles are
loaded as claims; each narasi is matched against them with the same index and scorer ingest uses.
recall@1: the narasi's own title is the best match. precision: of the narasi that matched any claim at
the join threshold, the share that matched their own title. Rows whose judul equals narasi are skipped.

    .venv/bin/python bench/hoax_matching.py [--threshold 80]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "id-hoax-bdc2020" / "Data_latih.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=None, help="join score (default: config match.join_score)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found", file=sys.stderr)
        return 0
    from claimtrack.config import settings
    from claimtrack.lexicon import detect_language
    from claimtrack.match import ClaimIndex, match_key

    rows = []
    with CORPUS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            judul, narasi = (row.get("judul") or "").strip(), (row.get("narasi") or "").strip()
            if judul and narasi and judul != narasi:
                rows.append((int(row["ID"]), judul, narasi))
    threshold = settings().match.join_score if args.threshold is None else args.threshold
    started = time.perf_counter()
    index = ClaimIndex()
    for claim_id, judul, _ in rows:
        index.add(claim_id, match_key(judul, detect_language(judul, "id")))
    built = time.perf_counter() - started

    top1 = matched = correct_matched = 0
    started = time.perf_counter()
    for claim_id, _, narasi in rows:
        key = match_key(narasi, detect_language(narasi, "id"))
        best_any = index.best(key, threshold=0.0)
        if best_any is not None and best_any.claim_id == claim_id:
            top1 += 1
        best = index.best(key, threshold=threshold)
        if best is not None:
            matched += 1
            correct_matched += best.claim_id == claim_id
    elapsed = time.perf_counter() - started
    result = {
        "pairs": len(rows),
        "recall_at_1": round(top1 / len(rows), 3),
        "threshold": threshold,
        "matched_at_threshold": matched,
        "recall_at_threshold": round(correct_matched / len(rows), 3),
        "precision_at_threshold": round(correct_matched / matched, 3) if matched else 0.0,
        "index_build_s": round(built, 2),
        "match_ms_mean": round(1000 * elapsed / len(rows) / 2, 2),
    }
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
