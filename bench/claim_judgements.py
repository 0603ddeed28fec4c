"""Blind judgements of claims, replayed: which judged claims claimtrack still makes, and how many of those were judged
sensible, self-contained and check-worthy (issue 14's "random claims read by hand").

tests/gold/claim_judgements.jsonl holds what a reader who saw no code and no score judged: each claim as claimtrack
wrote it (quoted, with its article's corpus, id and the offset of its sentence), the verdict and its reason, the split
(dev rounds were used to write rules, test rounds only to measure) and the commit whose database it was drawn from.
The articles are read from ../shared/corpus (skipped when absent), extracted afresh, and a judged claim counts as
still made when a claim-worthy proposition of a statement in the same sentence has its exact wording.

    .venv/bin/python bench/claim_judgements.py [--split dev|test] [--show]
    .venv/bin/python bench/claim_judgements.py --by-score [--split dev|test]   # sensible share per raised threshold
    .venv/bin/python bench/claim_judgements.py --rounds [--split dev|test]   # each round as it was read

`--rounds` needs no corpus: for each round, in the order it was added, how many of its claims the reader judged
sensible when it was drawn (the figure each closing note reports), with its split and the commit it was drawn at.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402
import owngold  # noqa: E402

JUDGEMENTS = Path(__file__).resolve().parents[1] / "tests" / "gold" / "claim_judgements.jsonl"


def documents(wanted: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The judged articles as Markdown with front matter, as the judged databases ingested them."""
    found = {}
    for article in corpora.detik_articles():
        if ("detik", article["url"]) in wanted:
            found[("detik", article["url"])] = owngold.detik_markdown(article)
    for body_id, text in owngold.fnc1_bodies():
        if ("fnc1", body_id) in wanted:
            found[("fnc1", body_id)] = owngold.fnc1_markdown(body_id, text)
    return found


def made(markdown: str) -> dict[int, dict[str, float]]:
    """The wordings of the claims a document makes, with their check-worthiness, by the offset of their statement's
    sentence."""
    from claimtrack.extract import extract
    from claimtrack.ingest import read_path
    from claimtrack.tracking.claim_rules import claim_worthy

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.md"
        path.write_text(markdown, encoding="utf-8")
        document = next(iter(read_path(path)))
        wordings: dict[int, dict[str, float]] = defaultdict(dict)
        for statement in extract(document).statements:
            for _, proposition in claim_worthy(statement):
                wordings[statement.sentence_start][proposition.text] = proposition.checkworthiness
        return wordings


THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95)


def by_score(
    judged: list[dict], claims: dict[tuple[str, str], dict[int, dict[str, float]]], elsewhere: set[str]
) -> list[str]:
    """For each corpus, the judged claims still made whose check-worthiness reaches each threshold, and the share of
    them judged sensible: what a random claim read would give were the claim threshold raised there (the claims were
    drawn at random from those made, so they stand for them). `elsewhere`: wordings judged in another split too (the
    rounds draw from the same databases, so a claim may be read in a dev round and again in a test one)."""
    lines = [
        f"{corpus}: {sum(j['claim'] in elsewhere for j in judged if j['corpus'] == corpus)} of "
        f"{sum(j['corpus'] == corpus for j in judged)} judged claims were judged in another split too"
        for corpus in sorted({j["corpus"] for j in judged})
    ]
    for corpus in sorted({j["corpus"] for j in judged}):
        scored = [
            (score, j["verdict"] == "yes")
            for j in judged
            if j["corpus"] == corpus
            and (score := claims.get((corpus, str(j["document"])), {}).get(j["sentence_start"], {}).get(j["claim"]))
            is not None
        ]
        for threshold in THRESHOLDS:
            kept = [yes for score, yes in scored if score >= threshold]
            lines.append(
                f"{corpus} >= {threshold}: {len(kept)} of {len(scored)} claims kept, "
                f"{sum(kept)} sensible ({sum(kept) / max(1, len(kept)):.2f})"
            )
    return lines


def rounds(judged: list[dict]) -> list[str]:
    """One line a round, in the order the rounds were added: its name, split, corpus, commit and judged sensible."""
    found: dict[str, list[dict]] = {}
    for j in judged:
        found.setdefault(j["round"], []).append(j)
    lines = []
    for name, rows in found.items():
        sensible = sum(row["verdict"] == "yes" for row in rows)
        corpora_read = "+".join(sorted({row["corpus"] for row in rows}))
        commits = "+".join(dict.fromkeys(row.get("made_at", "") for row in rows))
        lines.append(f"{name}\t{rows[0]['split']}\t{corpora_read}\t{commits}\t{sensible} of {len(rows)}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "top"))
    parser.add_argument("--show", action="store_true", help="list the judged claims no longer made")
    parser.add_argument("--rounds", action="store_true", help="each round's verdicts as read (no corpus needed)")
    parser.add_argument(
        "--by-score", action="store_true", help="the share judged sensible among the claims a raised threshold keeps"
    )
    args = parser.parse_args()
    if args.rounds:
        judged = [json.loads(line) for line in JUDGEMENTS.read_text(encoding="utf-8").splitlines() if line.strip()]
        print("\n".join(rounds([j for j in judged if args.split in (None, j["split"])])))
        return 0
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    every = [json.loads(line) for line in JUDGEMENTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [j for j in every if args.split in (None, j["split"])]
    texts = documents({(j["corpus"], str(j["document"])) for j in judged})
    claims = {key: made(markdown) for key, markdown in texts.items()}
    if args.by_score:
        elsewhere = {j["claim"] for j in every if args.split is not None and j["split"] != args.split}
        print("\n".join(by_score(judged, claims, elsewhere)))
        return 0
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for j in judged:
        group = f"{j['split']} {j['corpus']}"
        still = j["claim"] in claims.get((j["corpus"], str(j["document"])), {}).get(j["sentence_start"], set())
        counts[group][f"{'made' if still else 'gone'} {j['verdict']}"] += 1
        if args.show and not still:
            print(f"  gone ({j['verdict']}, {j['reason'] or 'yes'}): {j['claim'][:110]}")
    for group, c in sorted(counts.items()):
        kept = c["made yes"] + c["made no"]
        judged_yes = c["made yes"] + c["gone yes"]
        total = kept + c["gone yes"] + c["gone no"]
        print(
            f"{group}: {total} judged, {judged_yes} sensible ({judged_yes / max(1, total):.2f}); still made {kept}, "
            f"of which sensible {c['made yes']} ({c['made yes'] / max(1, kept):.2f}); gone {total - kept} "
            f"({c['gone yes']} sensible)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
