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
from claimtrack.extract.names import name_words
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
    pointing: frozenset[str]  # pronouns and demonstratives that leave a subject unresolved
    openers: frozenset[str]  # prepositions and subordinators: a sentence opening so has no main clause
    transitive: tuple[str, ...]  # active verb prefixes: a sentence opening with such a verb has no subject
    anaphoric: str  # a determiner that always points back, wherever it stands ("proyek tersebut")


class Propositions:
    def __init__(self, lex: Lexicon, checkworthiness: CheckWorthiness, penalty_for_private: float = 0.0):
        self.lex = lex
        self.checkworthiness = checkworthiness
        self.penalty = penalty_for_private
        time = [*lex.words_of("claims", "time_phrases"), *lex.value("dates", "normalize"), *lex.words_of("dates", "vague")]
        self.time_phrases = sorted({fold(p) for p in time}, key=len, reverse=True)
        self.words = _Words(
            discourse=frozenset(fold(w) for w in lex.words_of("claims", "discourse_markers")),
            first_person=frozenset(fold(w) for w in lex.words_of("claims", "first_person")),
            third_person=frozenset(fold(w) for w in lex.words_of("claims", "third_person")),
            vague=tuple(tuple(fold(w).split()) for w in lex.words_of("claims", "vague_subjects")),
            pointing=frozenset(fold(w) for w in lex.words_of("claims", "pointing_words")),
            openers=frozenset(fold(w) for w in lex.words_of("claims", "fragment_openers")),
            transitive=tuple(fold(w) for w in lex.words_of("names", "transitive_prefixes")),
            anaphoric=fold(lex.value("claims", "anaphoric_determiner")) or "\0",
        )
        self.names = name_words(lex.code)

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
        if statement.speaker and statement.speaker_kind in ("person", "organization", "group"):
            text = self._of_speaker(text, statement)
        return (text[:1].upper() + text[1:]).rstrip(" .") if text else "", vague or self._not_self_contained(text)

    def _of_speaker(self, text: str, statement: Statement) -> str:
        """The speaker's name for the words that stand for them among the sentence's first words: their own
        "saya", "kami" in a quotation; "dirinya", "ia", "pihaknya" in reported speech."""
        own = self.words.first_person if statement.quote == "direct" else self.words.third_person
        words = text.split(" ")
        for at, word in enumerate(words[:4]):
            bare = word.strip(",.;:")
            if fold(bare) in own and bare:
                name = statement.speaker if at else statement.speaker
                words[at] = word.replace(bare, name if at == 0 else name, 1)
                return " ".join(words)
        return text

    def _not_self_contained(self, text: str) -> bool:
        """Does the sentence lean on what is around it: a subject it leaves to a pronoun or a demonstrative
        ("Capaian ini …", "kami masih …"), no main clause ("Untuk mempercepat …", "Berkaitan dengan …"), or
        no subject at all ("Memerintahkan Kementerian …")?"""
        folded = " " + fold(text) + " "
        for phrase in self.time_phrases:  # "saat ini", "tahun ini": time, not a pointer
            folded = folded.replace(f" {phrase} ", " ")
        words = folded.split()
        if not words:
            return True
        if words[0] in self.words.openers or (self.words.transitive and words[0].startswith(self.words.transitive)
                                               and text[:1].isupper() and text.split()[0][1:].islower()
                                               and len(words[0]) > 5):
            return True
        if any(word in self.words.pointing for word in words[:4]) or self.words.anaphoric in words[:6]:
            return True  # ("utang proyek tersebut" late in a sentence leaves what it claims clear enough)
        # a subject with a possessive clitic points back: "Jumlahnya …", "Anaknya …"
        return any(self.names.with_clitic(word) for word in words[:2])
