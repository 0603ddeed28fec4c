"""Blind hand-check packets written from a claimtrack database: what a reader who sees no code judges.

Sessions 26-29 judged speakers, claims and links with packets written by throwaway scripts that were lost with each
machine; this keeps them. Each packet is Markdown for the reader (the article text around what is judged, never a
score) and a key.json for whoever mends what the reader finds (the ids behind each item). The reader's instructions
are in bench/handcheck_judging.md; the verdicts they write are JSON Lines beside the packet.

    .venv/bin/python bench/handcheck_packet.py statements --db FILE --seed N OUT   # 30 random statements
    .venv/bin/python bench/handcheck_packet.py statements --db FILE --seed N --cue sambungnya … OUT  # of these cues
    .venv/bin/python bench/handcheck_packet.py claims --db FILE --seed N OUT       # 30 random claims
    .venv/bin/python bench/handcheck_packet.py links --db FILE [--db FILE …] OUT    # every contradicts/supports link

Databases come from the corpora in ../shared (never copied into the project): `bench/graph_invariants.py --keep
FILE` ingests the Detik 1,000; `claimtrack --db FILE --create ingest FEED.jsonl` any other feed. The statement sample
is drawn as `handcheck_sample.py` draws it (random.Random(seed).sample over ids in order), so a seed names the same
statements on the same database. Actors are named as the statement's article names them (`lexicon.display_name`).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from pathlib import Path

from claimtrack.lexicon import display_name, shown_mention

_BEFORE, _AFTER = 1800, 500  # characters of the article shown around a statement
_WHOLE = 4000  # an article shorter than this is shown whole


def _speaker(actor: str | None, mention: str, language: str, unresolved: str, cue: str = "") -> str:
    """The speaker as claimtrack shows it: the actor, else the mention as the claim detail shows it (`shown_mention`:
    no pronoun, no cue carrying one) or `unresolved` written out."""
    if actor:
        return display_name(actor, language)
    return shown_mention(mention, cue, language) if unresolved == "mention" else unresolved


def _marked(text: str, start: int, end: int, low: int, high: int) -> str:
    """text[low:high] (clipped to the text, "…" where it is cut) with text[start:end] marked ⟦…⟧."""
    low, high = max(0, low), min(len(text), high)
    cut_before, cut_after = ("…" if low else ""), ("…" if high < len(text) else "")
    return f"{cut_before}{text[low:start]}⟦{text[start:end]}⟧{text[end:high]}{cut_after}"


def _fenced(excerpt: str) -> list[str]:
    """An excerpt as a packet shows it: a fenced block of text, then a blank line."""
    return ["```text", excerpt.strip(), "```", ""]


def statements(db: sqlite3.Connection, seed: int, cues: list[str] | None = None) -> tuple[list[str], list[dict]]:
    ids = [row[0] for row in db.execute("SELECT id FROM statement ORDER BY id")]
    if cues:  # the statements a change of the cue lists made: only those cues, as written, in any case
        wanted = {cue.casefold() for cue in cues}
        ids = [row[0] for row in db.execute("SELECT id, cue FROM statement ORDER BY id") if row[1].casefold() in wanted]
    lines = [
        "# Hand check: who said it?",
        "",
        "Each item is one statement a tool extracted from a news article: its speaker as the tool names it (or",
        "UNRESOLVED), the cue word, and the content span, marked ⟦…⟧ in the article excerpt below it.",
        "",
    ]
    key = []
    for n, statement_id in enumerate(random.Random(seed).sample(ids, min(30, len(ids))), 1):
        source, actor, mention, cue, content, start, end, stance, quote, language, text, title = db.execute(
            'SELECT s.source_id, a.name, s.speaker_mention, s.cue, s.content, s.start, s."end", s.stance, s.quote,'
            " src.language, src.text, src.title FROM statement s JOIN source src ON src.id = s.source_id"
            " LEFT JOIN actor a ON a.id = s.actor_id WHERE s.id = ?",
            (statement_id,),
        ).fetchone()
        speaker = _speaker(actor, mention, language, "UNRESOLVED")
        low, high = (0, len(text)) if len(text) < _WHOLE else (start - _BEFORE, end + _AFTER)
        excerpt = _marked(text, start, end, low, high)
        lines += [
            f"## Item {n}",
            "",
            f"- article title: {title}",
            f"- speaker given by the tool: **{speaker}**",
            f"- cue: `{cue}`; stance: {stance}; direct quote: {quote}",
            "",
            *_fenced(excerpt),
        ]
        key.append(
            {"item": n, "statement": statement_id, "source": source, "speaker": speaker, "mention": mention,
             "cue": cue, "content": content[:300]}
        )  # fmt: skip
    return lines, key


def claims(db: sqlite3.Connection, seed: int, top: int = 0) -> tuple[list[str], list[dict]]:
    """As bench/claim_judging_rubric.md shows claims: the article up to the claim's paragraph, its sentence marked.
    30 drawn at random; with `top`, the `top` a fact-checker sees first in `claims` (by check-worthiness, then
    oldest, as the list orders them), shuffled so that the reader cannot tell their order."""
    if top:
        ids = [
            row[0]
            for row in db.execute(
                "SELECT id FROM claim WHERE merged_into_id IS NULL ORDER BY checkworthiness DESC, id LIMIT ?",
                (top,),
            )
        ]
        chosen = random.Random(seed).sample(ids, len(ids))
    else:
        ids = [row[0] for row in db.execute("SELECT id FROM claim WHERE merged_into_id IS NULL ORDER BY id")]
        chosen = random.Random(seed).sample(ids, min(30, len(ids)))
    lines = ["# Claims to judge", "", "Judge each claim as bench/claim_judging_rubric.md says.", ""]
    key = []
    for n, claim_id in enumerate(chosen, 1):
        (wording,) = db.execute("SELECT text FROM claim WHERE id = ?", (claim_id,)).fetchone()
        statement_id, first, last, actor, mention, text, title, language, url, relation, cue = db.execute(
            "SELECT s.id, s.sentence_start, s.sentence_end, a.name, s.speaker_mention, src.text, src.title,"
            " src.language, src.url, l.relation, s.cue FROM claimlink l JOIN statement s ON s.id = l.statement_id"
            " JOIN source src ON src.id = s.source_id LEFT JOIN actor a ON a.id = s.actor_id"
            " WHERE l.claim_id = ? ORDER BY l.relation NOT IN ('asserts', 'supports'), l.id LIMIT 1",
            (claim_id,),
        ).fetchone()  # the statement whose article's headline the claim list shows (ClaimView.context)
        speaker = _speaker(actor, mention, language, "mention", cue) or "(unnamed)"
        paragraph_end = text.find("\n", last)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        low = max(0, first - 2500)
        excerpt = ("…" if low else "") + text[low:first] + ">>> " + text[first:last] + " <<<" + text[last:paragraph_end]
        item = f"C{n}"
        lines += [
            f"## {item}",
            "",
            f"- article title: {title}",
            # as the claim list shows it: its speaker column names who asserts a claim; one only disputed is marked ⚔
            # there, and `show` lists who contradicts it
            f"- speaker shown: **{speaker}**"
            if relation in ("asserts", "supports")
            else f"- speaker shown: none asserts it (marked ⚔ disputed); contradicted by **{speaker}**",
            f"- claim: **{wording}**",
            f"- headline shown with the claim: {title}",
            "",
            *_fenced(excerpt),
        ]
        key.append(
            {"item": item, "claim": claim_id, "statement": statement_id, "claim_text": wording, "url": url,
             "sentence_start": first}
        )  # fmt: skip
    return lines, key


def _around(db: sqlite3.Connection, statement_id: int) -> tuple[str, str, str, str]:
    first, last, start, end, actor, mention, text, title, language, stance, cue = db.execute(
        'SELECT s.sentence_start, s.sentence_end, s.start, s."end", a.name, s.speaker_mention, src.text, src.title,'
        " src.language, s.stance, s.cue FROM statement s JOIN source src ON src.id = s.source_id"
        " LEFT JOIN actor a ON a.id = s.actor_id WHERE s.id = ?",
        (statement_id,),
    ).fetchone()
    excerpt = _marked(text, start, end, first - 700, last + 300)
    return _speaker(actor, mention, language, "mention", cue) or "(unnamed)", title, excerpt, stance


def links(databases: list[tuple[str, sqlite3.Connection]]) -> tuple[list[str], list[dict]]:
    lines = ["# Links between claims and statements", ""]
    key = []
    for path, db in databases:
        rows = db.execute(
            "SELECT id, claim_id, statement_id, relation FROM claimlink"
            " WHERE relation IN ('contradicts', 'supports') ORDER BY id"
        ).fetchall()
        for link_id, claim_id, statement_id, relation in rows:
            n = len(key) + 1
            (wording,) = db.execute("SELECT text FROM claim WHERE id = ?", (claim_id,)).fetchone()
            asserted = db.execute(
                "SELECT statement_id FROM claimlink WHERE claim_id = ? AND relation = 'asserts' ORDER BY id LIMIT 1",
                (claim_id,),
            ).fetchone()
            does = "disputes" if relation == "contradicts" else "backs"
            lines += [
                f"## Link {n}",
                "",
                f"- claim: **{wording}**",
                f"- relation the tool gives: **{relation}** (the linked statement {does} the claim)",
                "",
            ]
            if asserted:
                speaker, title, excerpt, _ = _around(db, asserted[0])
                lines += [
                    f"Where the claim was asserted — article: {title}; speaker shown: **{speaker}**",
                    "",
                    *_fenced(excerpt),
                ]
            speaker, title, excerpt, stance = _around(db, statement_id)
            lines += [
                f"The linked statement — article: {title}; speaker shown: **{speaker}**; stance: {stance}",
                "",
                *_fenced(excerpt),
            ]
            key.append(
                {"link": n, "db": path, "id": link_id, "claim": claim_id, "statement": statement_id,
                 "relation": relation}
            )  # fmt: skip
    return lines, key


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("statements", "claims", "links"))
    parser.add_argument("out", type=Path, help="a folder: packet.md and key.json are written there")
    parser.add_argument("--db", action="append", required=True, help="a claimtrack SQLite database (read-only)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--top", type=int, default=0, help="claims: the N highest by check-worthiness, not 30 at random"
    )
    parser.add_argument("--cue", action="append", help="statements: sample only statements with this cue (repeatable)")
    args = parser.parse_args()
    try:
        opened = [(path, sqlite3.connect(f"file:{path}?mode=ro", uri=True)) for path in args.db]
        if args.kind == "links":
            lines, key = links(opened)
        else:
            lines, key = (
                claims(opened[0][1], args.seed, args.top)
                if args.kind == "claims"
                else statements(opened[0][1], args.seed, args.cue)
            )
    except (sqlite3.Error, TypeError) as error:  # (TypeError: a claim with no statement, an older database)
        print(f"error: {' '.join(args.db)}: {error}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "packet.md").write_text("\n".join(lines), encoding="utf-8")
    (args.out / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{args.out / 'packet.md'}: {len(key)} items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
