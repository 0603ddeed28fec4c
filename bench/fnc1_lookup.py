"""`lookup` on FNC-1 stance detection (competition test set, ../shared/corpus, read in place).

Each headline is stored as a claim in a fresh temporary SQLite database; each article body is looked up once
against all of them (`claimtrack.tracking.lookup.Lookup`, no limit). A (headline, body) pair is `unrelated`
when the body does not match the headline's claim at the lookup threshold, else its relation gives the stance:
supports → agree, contradicts → disagree, mentions → discuss.

Score as FNC-1's scorer.py: 0.25 for each right related/unrelated decision, 0.75 more for the right stance of
a related pair; relative score = score / best possible (competition baseline 75.2%, winner 82.0%). Bodies
with even ids are the dev part (the only part tuned on); odd ids are held out.

    .venv/bin/python bench/fnc1_lookup.py [--part dev|test|all] [--threshold 40] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "fnc1-competition-test"
LABELS = ("agree", "disagree", "discuss", "unrelated")
STANCE_OF = {"supports": "agree", "contradicts": "disagree", "mentions": "discuss"}
PARTS = {"dev": 0, "test": 1}  # body id modulo 2


def read_corpus() -> tuple[list[tuple[str, int, str]], dict[int, str]]:
    csv.field_size_limit(10_000_000)
    with (CORPUS / "competition_test_bodies.csv").open(encoding="utf-8", newline="") as handle:
        bodies = {int(row["Body ID"]): row["articleBody"] for row in csv.DictReader(handle)}
    with (CORPUS / "competition_test_stances.csv").open(encoding="utf-8", newline="") as handle:
        pairs = [(row["Headline"], int(row["Body ID"]), row["Stance"]) for row in csv.DictReader(handle)]
    return pairs, bodies


def fnc_score(gold: list[str], predicted: list[str]) -> tuple[float, float]:
    """(score, best possible score), as scorer.py counts them."""
    score = best = 0.0
    for g, p in zip(gold, predicted):
        best += 0.25 + (0.75 if g != "unrelated" else 0.0)
        if (g == "unrelated") == (p == "unrelated"):
            score += 0.25
        if g != "unrelated" and g == p:
            score += 0.75
    return score, best


def confusion(gold: list[str], predicted: list[str]) -> dict[str, dict[str, int]]:
    counts = Counter(zip(gold, predicted))
    return {g: {p: counts[(g, p)] for p in LABELS} for g in LABELS}


def matrix_lines(matrix: dict[str, dict[str, int]]) -> list[str]:
    lines = [f"{'gold / predicted':>17} " + " ".join(f"{label:>9}" for label in LABELS)]
    for gold in LABELS:
        lines.append(f"{gold:>17} " + " ".join(f"{matrix[gold][p]:>9}" for p in LABELS))
    return lines


def part_report(pairs: list[tuple[str, int, str]], predicted: dict[tuple[str, int], str]) -> dict:
    gold = [stance for _, _, stance in pairs]
    guess = [predicted[(headline, body)] for headline, body, _ in pairs]
    score, best = fnc_score(gold, guess)
    # what the relation adds: the same related/unrelated decisions, every related pair called `discuss`
    flat, _ = fnc_score(gold, ["unrelated" if p == "unrelated" else "discuss" for p in guess])
    related = [(g != "unrelated", p != "unrelated") for g, p in zip(gold, guess)]
    stance_pairs = [(g, p) for g, p in zip(gold, guess) if g != "unrelated" and p != "unrelated"]
    return {
        "pairs": len(pairs),
        "bodies": len({body for _, body, _ in pairs}),
        "relative_score": round(100 * score / best, 2),
        "relative_score_if_all_mentions": round(100 * flat / best, 2),
        "score": score,
        "max_score": best,
        "related_accuracy": round(sum(a == b for a, b in related) / len(related), 4),
        "stance_accuracy_when_both_related": round(sum(g == p for g, p in stance_pairs) / max(len(stance_pairs), 1), 4),
        "confusion": confusion(gold, guess),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "test", "all"), default="all", help="which bodies to score")
    parser.add_argument("--threshold", type=float, default=None, help="lookup score (default: config)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found", file=sys.stderr)
        return 0
    from claimtrack.match import match_key
    from claimtrack.store import Store
    from claimtrack.tracking.lookup import Lookup

    pairs, bodies = read_corpus()
    wanted = [p for p in PARTS if args.part in (p, "all")]
    pairs = [pair for pair in pairs if any(pair[1] % 2 == PARTS[p] for p in wanted)]
    with tempfile.TemporaryDirectory() as folder:
        store = Store(str(Path(folder) / "fnc1.db"))
        started = time.perf_counter()
        headlines = sorted({headline for headline, _, _ in pairs})
        rows = [{"text": h, "language": "en", "origin": "manual", "match_key": match_key(h, "en")} for h in headlines]
        claim_of_id = dict(zip(store.write(lambda tx: tx.add_claims(rows)), headlines))
        stored = time.perf_counter() - started
        lookup = Lookup(store, threshold=args.threshold)
        started = time.perf_counter()
        predicted: dict[tuple[str, int], str] = {}
        body_ids = sorted({body for _, body, _ in pairs})
        for body_id, result in zip(body_ids, lookup.lookup((bodies[b] for b in body_ids), limit=None)):
            for match in result.matches:
                predicted[(claim_of_id[match.claim_id], body_id)] = STANCE_OF[match.relation]
        looked_up = time.perf_counter() - started
        store.close()
    for headline, body, _ in pairs:
        predicted.setdefault((headline, body), "unrelated")
    report = {
        "threshold": lookup.threshold,
        "claims": len(headlines),
        "store_s": round(stored, 2),
        "lookup_ms_per_body": round(1000 * looked_up / len(body_ids), 2),
        **{p: part_report([x for x in pairs if x[1] % 2 == PARTS[p]], predicted) for p in wanted},
    }
    if len(wanted) == 2:
        report["all"] = part_report(pairs, predicted)
    for part in ("dev", "test", "all"):
        if part in report:
            report[f"{part}_relative_score"] = report[part]["relative_score"]  # flat, for bench/run.py
    if args.json:
        print(json.dumps(report))
        return 0
    print(
        f"threshold {report['threshold']}; {report['claims']} headline claims; "
        f"lookup {report['lookup_ms_per_body']} ms per body"
    )
    names = {"dev": "dev (even body ids)", "test": "held-out test (odd body ids)", "all": "the whole competition set"}
    for p in [*wanted, *(["all"] if "all" in report else [])]:
        part = report[p]
        print(f"\n{names[p]}: {part['pairs']} pairs, {part['bodies']} bodies")
        print(
            f"  FNC-1 relative score {part['relative_score']}% ({part['score']:.2f} / {part['max_score']:.2f}); "
            f"related/unrelated accuracy {part['related_accuracy']}; "
            f"{part['relative_score_if_all_mentions']}% if every match were `mentions`"
        )
        print("\n".join("  " + line for line in matrix_lines(part["confusion"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
