"""Which statements become claims, against our own blind labels (tests/gold, `checkworthy` on every statement).

Each gold statement the extractor finds (content token F1 >= 0.5, as the scorer matches) is a labelled case:
the annotator's check-worthy yes/no against claimtrack's "becomes a claim" (tracking.claim_rules.is_claim_worthy).
Also: precision among the top N of the ranking, ties in the scores, and the claims made from statements the
gold does not hold (unlabelled, counted apart).

    .venv/bin/python bench/checkworthiness.py [--split dev|test] [--show N] [--json]
    .venv/bin/python bench/checkworthiness.py --fit [--judgements] [--split dev]   # refit data/checkworthiness.toml
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "tools"))
import owngold  # noqa: E402


def cases(split: str | None):
    """(gold statement, extracted statement or None, language) for every gold statement of the split."""
    from score_extraction import match

    from claimtrack.extract import extract
    from claimtrack.ingest import read_path

    with tempfile.TemporaryDirectory() as tmp:
        for gold_path in owngold.materialise(Path(tmp), split):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            document = next(iter(read_path(gold_path.with_name(gold["document"]))))
            found = extract(document).statements
            pairs = {gi: pi for gi, pi, _ in match(gold["statements"], [s.to_dict() for s in found])}
            for gi, statement in enumerate(gold["statements"]):
                yield statement, (found[pairs[gi]] if gi in pairs else None), document.language, gold_path.name
            taken = set(pairs.values())
            for pi, statement in enumerate(found):
                if pi not in taken:
                    yield None, statement, document.language, gold_path.name


def judged_claims(split: str) -> Iterator[tuple[str, str, str, bool]]:
    """(the words a judged claim was scored on, its statement's cue, language, judged sensible) for every blind claim
    judgement of the split (tests/gold/claim_judgements.jsonl) whose claim the current code still makes."""
    import claim_judgements

    from claimtrack.extract import extract
    from claimtrack.ingest import read_path
    from claimtrack.tracking.claim_rules import claim_worthy

    every = [json.loads(line) for line in claim_judgements.JUDGEMENTS.read_text(encoding="utf-8").splitlines() if line]
    judged = [j for j in every if j["split"] == split]
    made: dict[tuple[tuple[str, str], int, str], tuple[str, str, str]] = {}
    for key, markdown in claim_judgements.documents({(j["corpus"], str(j["document"])) for j in judged}).items():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "article.md"
            path.write_text(markdown, encoding="utf-8")
            document = next(iter(read_path(path)))
            for statement in extract(document).statements:
                for _, proposition in claim_worthy(statement):
                    words = document.text[proposition.start : proposition.end]
                    made[(key, statement.sentence_start, proposition.text)] = (words, statement.cue, document.language)
    for j in judged:
        found = made.get(((j["corpus"], str(j["document"])), j["sentence_start"], j["claim"]))
        if found is not None:
            yield *found, j["verdict"] == "yes"


def fit(split: str, l2: float = 1.0, judgements: bool = False) -> None:
    """Logistic regression of the labels on the features (L2-regularised), printed as data/checkworthiness.toml;
    then precision and recall of "becomes a claim" at several thresholds with those weights. With `judgements`, the
    blind claim judgements of the split are cases too (each claim's words, judged sensible or not): what a reader
    judged worth checking among the claims made, besides what an annotator labelled among all statements."""
    import numpy as np

    from claimtrack.extract.checkworthy import CheckWorthiness, weights
    from claimtrack.lexicon import lexicon

    names = list(weights()["weights"])
    rows, labels, asserting = [], [], []
    readers = {}
    for gold, statement, language, _ in cases(split):
        if gold is None or statement is None:
            continue
        reader = readers.setdefault(language, CheckWorthiness(lexicon(language)))
        found = reader.features(statement.content, statement.cue)
        rows.append([found.get(name, (0.0, ""))[0] for name in names])
        labels.append(float(bool(gold["checkworthy"])))
        asserting.append(statement.stance == "assert" and len(statement.content.split()) >= 4)
    labelled = len(labels)
    for words, cue, language, sensible in judged_claims(split) if judgements else ():
        reader = readers.setdefault(language, CheckWorthiness(lexicon(language)))
        found = reader.features(words, cue)
        rows.append([found.get(name, (0.0, ""))[0] for name in names])
        labels.append(float(sensible))
        asserting.append(False)  # (counted in the fit, not in the thresholds' precision and recall below)
    print(f"# {labelled} labelled statements, {len(labels) - labelled} judged claims")
    x, y, asserting_mask = np.array(rows), np.array(labels), np.array(asserting)

    # what fact-checkers take as evidence for or against keeps its sign (data/checkworthiness.toml [signs])
    signs = weights().get("signs", {})
    low = np.array([0.0 if name in signs.get("positive", ()) else -np.inf for name in names])
    high = np.array([0.0 if name in signs.get("negative", ()) else np.inf for name in names])

    def train(xs, ys, strength):
        w, b = np.zeros(len(names)), 0.0
        for _ in range(8000):
            p = 1 / (1 + np.exp(-(xs @ w + b)))
            w -= 0.1 * (xs.T @ (p - ys) / len(ys) + strength * w / len(ys))
            w = np.clip(w, low, high)
            b -= 0.1 * float(np.mean(p - ys))
        return w, b

    # the regularisation strength by five-fold cross-validation inside the split (F1 of "becomes a claim" at 0.5)
    folds = np.arange(len(y)) % 5
    best_strength, best_f1 = l2, -1.0
    for strength in (0.3, 1.0, 3.0, 10.0, 30.0):
        tp = fp = fn = 0
        for fold in range(5):
            w, b = train(x[folds != fold], y[folds != fold], strength)
            held = folds == fold
            claim = (1 / (1 + np.exp(-(x[held] @ w + b))) >= 0.5) & asserting_mask[held]
            tp += int((claim & (y[held] == 1)).sum())
            fp += int((claim & (y[held] == 0)).sum())
            fn += int((~claim & (y[held] == 1)).sum())
        f1 = 2 * tp / max(1, 2 * tp + fp + fn)
        print(f"# l2 {strength}: cross-validated F1 {f1:.3f}")
        if f1 > best_f1:
            best_strength, best_f1 = strength, f1
    w, b = train(x, y, best_strength)
    print(f"# l2 chosen: {best_strength}")
    print(f"bias = {b:.2f}\n\n[weights]")
    for name, value in zip(names, w):
        print(f"{name} = {value:.2f}")
    print("\n[signs]")
    for side in ("positive", "negative"):
        print(f"{side} = {list(signs.get(side, ()))}".replace("'", '"'))
    p = 1 / (1 + np.exp(-(x @ w + b)))
    for threshold in (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        claim = (p >= threshold) & np.array(asserting)
        tp, fp, fn = int((claim & (y == 1)).sum()), int((claim & (y == 0)).sum()), int((~claim & (y == 1)).sum())
        print(f"threshold {threshold}: precision {tp / max(1, tp + fp):.3f} recall {tp / max(1, tp + fn):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"))
    parser.add_argument("--show", type=int, default=0, help="list up to N disagreements of each kind")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--fit", action="store_true", help="fit the weights on the split and print them")
    parser.add_argument(
        "--judgements", action="store_true", help="with --fit: the split's blind claim judgements are cases too"
    )
    args = parser.parse_args()
    if not owngold.corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    if args.fit:
        fit(args.split or "dev", judgements=args.judgements)
        return 0
    from claimtrack.tracking.claim_rules import is_claim_worthy

    tp = fp = fn = tn = missed_worthy = found = extra_claims = 0
    ranked, misses, false_claims = [], [], []
    for gold, statement, _language, name in cases(args.split):
        if gold is None:
            extra_claims += is_claim_worthy(statement)
            continue
        worthy = bool(gold["checkworthy"])
        if statement is None:
            missed_worthy += worthy
            continue
        found += 1
        claim = is_claim_worthy(statement)
        tp += worthy and claim
        fp += claim and not worthy
        fn += worthy and not claim
        tn += not worthy and not claim
        ranked.append((statement.checkworthiness, worthy))
        if worthy and not claim:
            misses.append((name, statement.checkworthiness, statement.stance, statement.content[:110]))
        if claim and not worthy:
            false_claims.append(
                (name, statement.checkworthiness, gold.get("checkworthy_why", ""), statement.content[:110])
            )
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    ranked.sort(key=lambda item: -item[0])
    ties = Counter(score for score, _ in ranked)
    result = {
        "split": args.split or "all",
        "labelled_found": found,
        "claims_precision": round(precision, 3),
        "claims_recall": round(recall, 3),
        "claims_f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
        "precision_at_50": round(sum(worthy for _, worthy in ranked[:50]) / min(50, len(ranked)), 3) if ranked else 0.0,
        "largest_score_tie": ties.most_common(1)[0][1] if ties else 0,
        "worthy_statements_not_extracted": missed_worthy,
        "claims_from_statements_not_in_gold": extra_claims,
    }
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    for title, rows in (("worthy, no claim", misses), ("claim, not worthy", false_claims)):
        for row in rows[: args.show]:
            print(f"  {title}: {row}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
