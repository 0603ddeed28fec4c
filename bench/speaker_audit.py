"""Shapes of English speakers worth reading by hand, over PolNeAR train/dev/test and FNC-1's 904 bodies (session 41).

The scorer shows a wrong speaker only where gold has a statement; these lists show every statement of a suspicious
shape, each with the sentence before it, so a reader finds the rule behind the errors:

    .venv/bin/python bench/speaker_audit.py oneword   # one-word "persons" the article never writes in a longer name
                                                      # nor after a form of address ("Mass", "Overall", "Apple")
    .venv/bin/python bench/speaker_audit.py sex       # "he"/"she" given to a name the article writes only after a
                                                      # form of address of the other sex ("Mr. Obama" for "she")
    .venv/bin/python bench/speaker_audit.py places    # speakers the gazetteer knows as places ("Saudi Arabia")
    .venv/bin/python bench/speaker_audit.py connectors  # a connector and a capital after the mention ("Bureau" of
                                                        # Labor Statistics; session 42: 187, then 171, most a
                                                        # day or an origin: "Trump on Friday", "Sen. X of Ohio")

The corpora are read from ../shared (never copied); skips, exit 0, when it is absent. About 40 s a list.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import corpora  # noqa: E402

_ADDRESS = r"(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof|President|Senator|Judge|Justice)\.?"
_MASCULINE = r"(?:Mr|Sir|Lord|King|Prince)\.?"
_FEMININE = r"(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess)\.?"


def _documents() -> Iterator[tuple[str, object]]:
    import extract_diff
    import owngold

    from claimtrack.ingest import read_path

    for key, path in extract_diff._polnear():
        for document in read_path(path):
            yield f"polnear/{key}", document
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "article.md"
        for body_id, text in owngold.fnc1_bodies():
            path.write_text(owngold.fnc1_markdown(body_id, text), encoding="utf-8")
            yield f"fnc1/{body_id}", next(iter(read_path(path)))


def _one_word(statement, body: str) -> bool:
    name = statement.speaker
    if not name or " " in name or statement.speaker_kind != "person" or not name[:1].isupper():
        return False
    word = re.escape(name)
    longer = re.search(r"[A-Z][\w'.-]+ (?:[A-Z][\w'.-]* )*" + word + r"\b", body)
    addressed = re.search(_ADDRESS + r" " + word + r"\b", body)
    return not longer and not addressed


def _other_sex(statement, body: str) -> bool:
    pronoun = statement.speaker_mention.casefold()
    if pronoun not in ("he", "she") or not statement.speaker:
        return False
    family = re.escape(statement.speaker.split()[-1])
    male = re.search(_MASCULINE + r"\s+" + family + r"\b", body)
    female = re.search(_FEMININE + r"\s+" + family + r"\b", body)
    return bool(male and not female) if pronoun == "she" else bool(female and not male)


def _place(statement, body: str) -> bool:
    from claimtrack.extract import gazetteer

    known = gazetteer().lookup(statement.speaker) if statement.speaker else None
    return known is not None and known.kind == "place"


def _cut_at_connector(statement, body: str) -> bool:
    """Is the speaker's mention followed, in its sentence, by a connector and a capital ("Bureau" + " of Labor
    Statistics", "Council" + " on American-Islamic Relations"): a body's name cut short, or a person's origin?"""
    mention = statement.speaker_mention
    if not mention or not mention[:1].isupper():
        return False
    sentence = body[statement.sentence_start : statement.sentence_end]
    return re.search(re.escape(mention) + r" (?:of|on|for|in|at) (?:the )?[A-Z]", sentence) is not None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("shape", choices=("oneword", "sex", "places", "connectors"))
    args = parser.parse_args()
    if not corpora.SHARED.exists():
        print(f"skipped: {corpora.SHARED} not found (the corpora live outside the project)")
        return 0
    from claimtrack.extract import extract

    test = {"oneword": _one_word, "sex": _other_sex, "places": _place, "connectors": _cut_at_connector}[args.shape]
    found = 0
    for key, document in _documents():
        body = document.text  # type: ignore[attr-defined]
        for statement in extract(document).statements:  # type: ignore[arg-type]
            if test(statement, body):
                found += 1
                before = body[max(0, statement.start - 160) : statement.start].replace("\n", " ")
                print(
                    f"{key}\t{statement.speaker!r}\t{statement.speaker_mention!r}\t{statement.cue}\t"
                    f"{statement.content[:80]!r}\t…{before}"
                )
    print(f"{found} statements", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
