"""Propositions: what a statement claims, sentence by sentence, in words a reader can check on their own.

The statement keeps its exact words; each proposition gets a claim's wording: without the discourse words
that open a spoken sentence ("Jadi,", "Nah,", "So,"), without a bracketed note to the reader that opens it,
with its subject made explicit where the statement shows who it is ("Kami sudah menyalurkan …" in a direct
quote of the Ministry is "Kementerian Sosial sudah menyalurkan …"; "dirinya" in reported speech is the
speaker). A sentence whose subject points elsewhere ("Itu …", "It …") cannot be checked on its own and is
no claim. A quotation of several sentences gives one proposition each, scored on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extract.checkworthy import CheckWorthiness
from claimtrack.extract.result import Proposition, Statement
from claimtrack.extract.segment import sentences
from claimtrack.lexicon import Lexicon
from claimtrack.textutil import fold, one_line

_WRAPPING = "\"“”«»'‘’ \t\n"
_OPENING_NOTE = re.compile(r"^\([^()]{1,80}\)\s*")
_FIRST_WORD = re.compile(r"^([\w'’-]+)([,]?)\s*")


@dataclass(frozen=True)
class _Words:
    discourse: frozenset[str]
    first_person: frozenset[str]
    third_person: frozenset[str]
    vague: tuple[tuple[str, ...], ...]


class Propositions:
    def __init__(self, lex: Lexicon, checkworthiness: CheckWorthiness, penalty_for_private: float = 0.0):
        self.lex = lex
        self.checkworthiness = checkworthiness
        self.penalty = penalty_for_private
        self.words = _Words(
            discourse=frozenset(fold(w) for w in lex.words_of("claims", "discourse_markers")),
            first_person=frozenset(fold(w) for w in lex.words_of("claims", "first_person")),
            third_person=frozenset(fold(w) for w in lex.words_of("claims", "third_person")),
            vague=tuple(tuple(fold(w).split()) for w in lex.words_of("claims", "vague_subjects")),
        )

    def of(self, statement: Statement) -> list[Proposition]:
        """The statement's propositions, with spans into the document (the statement's own offsets)."""
        content = statement.content
        pieces = [(s.start, s.end) for s in sentences(content, self.lex)] or [(0, len(content))]
        if len(pieces) > 1 and len(pieces) > len([p for p in pieces if len(content[p[0]:p[1]].split()) >= 3]) + 2:
            pieces = [(0, len(content))]  # fragments, not sentences: keep the quotation whole
        found = []
        for start, end in pieces:
            words = content[start:end]
            text, vague = self.wording(words, statement)
            if not text:
                continue
            score = self.checkworthiness.score(words, statement.cue)
            if statement.speaker_standing == "private":
                score = round(min(max(score + self.penalty, 0.0), 1.0), 3)
            found.append(Proposition(text, statement.start + start, statement.start + end, score, vague))
        return found

    def wording(self, words: str, statement: Statement) -> tuple[str, bool]:
        """A claim's wording of one sentence of a statement, and whether its subject points elsewhere."""
        text = one_line(words).strip(_WRAPPING).rstrip(" ,;:")
        text = _OPENING_NOTE.sub("", text)
        for _ in range(3):  # "Jadi, ya, …"
            first = _FIRST_WORD.match(text)
            if first is None or fold(first.group(1)) not in self.words.discourse or first.end() >= len(text):
                break
            text = text[first.end():]
        folded = fold(text).split()
        vague = any(tuple(folded[:len(v)]) == v for v in self.words.vague)
        first = _FIRST_WORD.match(text)
        if first is not None and statement.speaker and statement.speaker_kind in ("person", "organization", "group"):
            pronoun = fold(first.group(1))
            speaks_of_self = (pronoun in self.words.first_person and statement.quote == "direct") or (
                pronoun in self.words.third_person and statement.quote != "direct")
            if speaks_of_self and first.end() < len(text):
                text = statement.speaker + " " + text[first.end():]
        return (text[:1].upper() + text[1:]).rstrip(" .") if text else "", vague
