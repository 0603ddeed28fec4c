"""Check-worthiness 0–1: how much a statement is worth a fact-checker's time.

Numbers, named entities and factual verbs raise it; hedges, opinions, questions and requests lower it.
A transparent score from the lexicon, so an editor can see why a claim ranks where it does.
"""

from __future__ import annotations

import re

from claimtrack.extract.phrases import Words, WordSet, words_of
from claimtrack.lexicon import Lexicon

_NUMBER = re.compile(r"\d")


class CheckWorthiness:
    def __init__(self, lex: Lexicon):
        self.factual = WordSet(lex.words_of("checkworthiness", "factual"))
        self.hedges = WordSet(lex.words_of("checkworthiness", "hedges"))
        self.opinion = WordSet(lex.words_of("checkworthiness", "opinion"))
        self.questions = WordSet(lex.words_of("checkworthiness", "questions"))

    def score(self, content: "str | Words") -> float:
        content = words_of(content)
        text = content.text
        if not content.words:
            return 0.0
        value = 0.35
        if _NUMBER.search(text):
            value += 0.15
        entities = {w for w in content.written[1:] if w[:1].isupper()}
        value += min(len(entities), 4) * 0.05
        if self.factual.found_in(content):
            value += 0.1
        if len(content.words) >= 8:
            value += 0.1
        elif len(content.words) < 5:
            value -= 0.1
        if self.hedges.found_in(content):
            value -= 0.2
        if self.opinion.found_in(content):
            value -= 0.15
        if text.rstrip(" \"”'").endswith("?") or self.questions.starts(content):
            value -= 0.3
        return round(min(max(value, 0.0), 1.0), 2)
