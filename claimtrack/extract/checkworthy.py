"""Check-worthiness 0–1: how much a statement is worth a fact-checker's time.

Numbers, named entities and factual verbs raise it; hedges, opinions, questions and requests lower it.
A transparent score from the lexicon, so an editor can see why a claim ranks where it does.
"""

from __future__ import annotations

import re

from claimtrack.extract.phrases import WordSet, tokens
from claimtrack.lexicon import Lexicon

_NUMBER = re.compile(r"\d")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class CheckWorthiness:
    def __init__(self, lex: Lexicon):
        self.factual = WordSet(lex.words_of("checkworthiness", "factual"))
        self.hedges = WordSet(lex.words_of("checkworthiness", "hedges"))
        self.opinion = WordSet(lex.words_of("checkworthiness", "opinion"))
        self.questions = WordSet(lex.words_of("checkworthiness", "questions"))

    def score(self, content: str) -> float:
        words = _WORD.findall(content)
        if not words:
            return 0.0
        folded = tokens(content)
        lowered = content.casefold()
        value = 0.35
        if _NUMBER.search(content):
            value += 0.15
        entities = {w for w in words[1:] if w[:1].isupper()}
        value += min(len(entities), 4) * 0.05
        if self.factual.in_tokens(folded, lowered):
            value += 0.1
        if len(words) >= 8:
            value += 0.1
        elif len(words) < 5:
            value -= 0.1
        if self.hedges.in_tokens(folded, lowered):
            value -= 0.2
        if self.opinion.in_tokens(folded, lowered):
            value -= 0.15
        if content.rstrip(" \"”'").endswith("?") or self.questions.starts(content):
            value -= 0.3
        return round(min(max(value, 0.0), 1.0), 2)
