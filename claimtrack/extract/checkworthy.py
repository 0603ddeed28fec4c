"""Check-worthiness 0–1: how much a statement is worth a fact-checker's time.

Numbers, named entities and factual verbs raise it; hedges, opinions, questions and requests lower it.
A transparent score from the lexicon, so an editor can see why a claim ranks where it does.
"""

from __future__ import annotations

import re

from claimtrack.lexicon import Lexicon

_NUMBER = re.compile(r"\d")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def score(lex: Lexicon, content: str) -> float:
    words = _WORD.findall(content)
    if not words:
        return 0.0
    value = 0.35
    if _NUMBER.search(content):
        value += 0.15
    entities = {w for w in words[1:] if w[:1].isupper()}
    value += min(len(entities), 4) * 0.05
    if lex.factual.search(content):
        value += 0.1
    if len(words) >= 8:
        value += 0.1
    elif len(words) < 5:
        value -= 0.1
    if lex.hedges.search(content):
        value -= 0.2
    if lex.opinion.search(content):
        value -= 0.15
    if content.rstrip(" \"”'").endswith("?") or lex.questions.match(content):
        value -= 0.3
    return round(min(max(value, 0.0), 1.0), 2)
