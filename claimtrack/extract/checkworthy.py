"""Check-worthiness 0–1: how much a statement is worth a fact-checker's time, and why.

A statement is read for the features fact-checkers look for (ClaimBuster's check-worthy factual sentence,
Full Fact's claim types): quantities with units, comparisons and changes, named people and places, dates,
verifiable events, causes, laws and rules; and for what makes a statement not worth checking: opinion,
feelings, appeals, thanks, plans and promises, procedure, hedges, conditions, questions, slogans. Each
feature's weight is data (data/checkworthiness.toml, fitted on the dev split of our own blind labels); the
score is the logistic of their sum, so it spreads out instead of tying, and every score can say which
features made it (`reasons`).
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import NotRequired, TypedDict, cast

from claimtrack.extract.phrases import TOKEN, Words, WordSet, WordSets, words_of
from claimtrack.lexicon import Lexicon
from claimtrack.resources import data_dir

_NAMED = re.compile(r"(?<![\w-])[A-Z][\w]*-\Z")  # a capitalised word and a hyphen right before: "Covid-", "F-"
_NUMBER = re.compile(r"\d(?<![\w/]\d)\d*(?:[.,]\d+)*")  # (the digit, then what is before it)
_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")  # (the century, then what is before it)
_DATE = re.compile(r"\d\d?\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?")
# the first number of a date written with slashes, with its year ("20/10/2025") or closed by a bracket ("Senin
# (20/10)"), at a number's start: a time, no figure (not "3/4 warga", a fraction)
_DAY_OF_DATE = re.compile(r"\d\d?\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4}(?!\d)|\s*\))")
_OPENS_SENTENCE = frozenset(".!?:;\"“”‘’'(")
_SCORES_KEPT = 4096  # (content, cue) → score, cleared when full
_LISTED = (
    "hedges",
    "opinion",
    "feelings",
    "appeals",
    "thanks",
    "plans",
    "procedure",
    "conditionals",
    "factual",
    "comparisons",
    "causes",
    "rules",
    "time_words",
    "purpose",
    "evaluation",
    "colloquial",
)


@dataclass(frozen=True)
class Reason:
    feature: str
    weight: float  # what it added to the log-odds
    evidence: str = ""

    def __str__(self) -> str:
        shown = f" '{self.evidence}'" if self.evidence else ""
        return f"{_LABELS.get(self.feature, self.feature)}{shown} {self.weight:+.2f}"


_LABELS = {
    "quantity": "number with unit",
    "number": "number",
    "comparisons": "comparison or change",
    "entities": "named people, places or bodies",
    "time": "date or time",
    "factual": "verifiable event",
    "causes": "cause and effect",
    "rules": "law or rule",
    "long": "a full sentence",
    "short": "a fragment",
    "hedges": "hedge",
    "opinion": "opinion",
    "feelings": "feeling",
    "appeals": "appeal or request",
    "thanks": "thanks or praise",
    "plans": "plan or promise",
    "procedure": "procedure",
    "conditionals": "condition",
    "question": "question",
    "exclamation": "exclamation",
    "appeal_cue": "said as an appeal",
    "opinion_cue": "said as an opinion",
    "plan_cue": "said as a promise",
    "report_cue": "reported as fact",
    "first_person": "speaks of themselves",
    "purpose": "purpose or aim",
    "evaluation": "evaluation",
    "colloquial": "spoken aside",
}


class Weights(TypedDict):
    """data/checkworthiness.toml: the fitted model, and the features whose weight keeps its sign when refitted."""

    bias: float
    weights: dict[str, float]
    signs: NotRequired[dict[str, list[str]]]


@cache
def weights() -> Weights:
    with open(data_dir() / "checkworthiness.toml", "rb") as handle:
        return cast(Weights, tomllib.load(handle))  # our own file, fitted by bench/checkworthiness.py


class CheckWorthiness:
    def __init__(self, lex: Lexicon):
        self.lists = WordSets({name: WordSet(lex.words_of("checkworthiness", name)) for name in _LISTED})
        self.units = WordSet(lex.words_of("checkworthiness", "units"))
        self.number_words = frozenset(w.casefold() for w in lex.words_of("checkworthiness", "number_words"))
        self.changes = WordSet(lex.words_of("checkworthiness", "comparisons")).words  # (its one-word entries)
        self.questions = WordSet(lex.words_of("checkworthiness", "questions"))
        self.cues = {
            name: frozenset(w.casefold() for w in lex.words_of("checkworthiness", f"{name}_cues"))
            for name in ("appeal", "opinion", "plan", "report")
        }
        self.first_person = WordSet(lex.words_of("checkworthiness", "first_person"))
        self.event_markers = WordSet(lex.words_of("checkworthiness", "event_markers"))
        self.event_suffixes = tuple(lex.words_of("checkworthiness", "event_suffixes"))
        self.weights = weights()["weights"]
        self.bias = float(weights()["bias"])
        self._scores: dict[tuple[str, str], float] = {}
        self._found: dict[tuple[str, str], frozenset[str]] = {}

    @staticmethod
    def numbers_in(text: str) -> list[re.Match[str]]:
        """The numbers of `text` that are not years ("Rp 321,6 triliun", "42"), as matches; nor part of a name, joined
        by a hyphen to a capitalised word ("Covid-19", "F-16", "MH17" is no figure either: see `_NUMBER`)."""
        return [
            m
            for m in _NUMBER.finditer(text)
            if not _YEAR.fullmatch(m.group())
            and not _NAMED.search(text, max(0, m.start() - 40), m.start())
            and not _DAY_OF_DATE.match(text, m.start())  # ("Senin (20/10)": a date's day, a time, no figure)
        ]

    def quantity_in(self, text: str, numbers: list[re.Match[str]] | None = None) -> str:
        """The first number with its unit in `text` ("Rp 321,6 triliun", "42 persen", "10%"), else "": a year or a
        number naming a thing ("nomor MD-027") is no quantity."""
        if numbers is None:
            numbers = self.numbers_in(text)
        for number in numbers:
            after = words_of(text[number.end() : number.end() + 24].lstrip())  # ("86,1 persen": the unit after a space)
            if (
                after.words
                and self.units.starts(after)
                or text[number.end() : number.end() + 1] == "%"
                or self.units.found_in(words_of(text[max(0, number.start() - 4) : number.start()]))
            ):
                return text[number.start() : number.end() + 12].split("  ")[0].strip()
        return ""

    def counted_in(self, content: Words) -> str:
        """The first change by a number written as a word, with its unit ("naik dua kali lipat", "rose by two
        million barrels"), else "". Only after a word of comparison: "tiga kali", "two months" alone count
        times and durations, which the labels call no more check-worthy for it."""
        for at, word in enumerate(content.words[:-1]):
            if (
                word in self.number_words
                and not self.changes.isdisjoint(content.words[max(0, at - 3) : at])
                and self.units.starts(words_of(" ".join(content.written[at + 1 : at + 4])))
            ):
                return " ".join(content.written[at : at + 3])
        return ""

    def features(self, content: "str | Words", cue: str = "") -> dict[str, tuple[float, str]]:
        """Each feature the content (and the cue that introduced it) shows: (value 0–1, the words that show it)."""
        content = words_of(content)
        text = content.text
        found: dict[str, tuple[float, str]] = {}
        for name, cues in self.cues.items():
            if cue.casefold() in cues:
                found[f"{name}_cue"] = (1.0, cue)
        if self.first_person.starts(content):
            found["first_person"] = (1.0, content.words[0])
        numbers = self.numbers_in(text)
        quantity = self.quantity_in(text, numbers)
        if quantity:
            found["quantity"] = (1.0, quantity)
        if numbers:
            found["number"] = (1.0, numbers[0].group())
        elif counted := self.counted_in(content):  # "naik dua kali lipat": a number written as a word, and its unit
            found["number"] = found["quantity"] = (1.0, counted)
        dated = _YEAR.search(text) or _DATE.search(text)
        if dated:
            found["time"] = (1.0, dated.group())
        for name, hit in self.lists.first_in(content, _NameWords(content)).items():
            found["time" if name == "time_words" else name] = (1.0, hit)
        if "factual" not in found:  # an event by its grammar: "telah memasok", "has delivered"
            event = self.event_markers.first_in(content) or next(
                (w for w in content.words if self.event_suffixes and len(w) > 4 and w.endswith(self.event_suffixes)), ""
            )
            if event:
                found["factual"] = (1.0, event)
        names = [w for w in content.written[1:] if w[:1].isupper() and not w.isupper() or len(w) > 1 and w.isupper()]
        if names:
            found["entities"] = (min(len(set(names)), 4) / 4, " ".join(dict.fromkeys(names[:3])))
        if len(content.words) >= 8:
            found["long"] = (min(len(content.words), 30) / 30, "")
        elif len(content.words) < 5:
            found["short"] = (1.0, "")
        if text.rstrip(" \"”'").endswith("?") or self.questions.starts(content):
            found["question"] = (1.0, "?")
        if text.rstrip(" \"”'").endswith("!"):
            found["exclamation"] = (1.0, "!")
        return found

    def gives_particulars(self, content: "str | Words", cue: str = "") -> bool:
        """Does the content give a figure, a quantity, a date or time, or an event by its grammar (the features
        `number`, `quantity`, `time`, `factual`): what a fact-checker can check in one sentence of someone's speech?"""
        key = (content.text if isinstance(content, Words) else content, cue)
        found = self._found.get(key)
        if found is None:
            found = self._keep_found(key, self.features(content, cue))
        return not _PARTICULARS.isdisjoint(found)

    def _keep_found(self, key: tuple[str, str], features: dict[str, tuple[float, str]]) -> frozenset[str]:
        """Keep the names of the features the words show, for `gives_particulars` (cleared when full)."""
        if len(self._found) >= _SCORES_KEPT:
            self._found.clear()
        self._found[key] = found = frozenset(features)
        return found

    def reasons(self, content: "str | Words", cue: str = "") -> list[Reason]:
        """The features that moved the score, largest first."""
        out = [
            Reason(name, round(self.weights.get(name, 0.0) * value, 2), evidence)
            for name, (value, evidence) in self.features(content, cue).items()
            if self.weights.get(name, 0.0)
        ]
        return sorted(out, key=lambda reason: -abs(reason.weight))

    def score(self, content: "str | Words", cue: str = "") -> float:
        # a statement and the proposition that is its whole content are scored alike: read them once
        key = (content.text if isinstance(content, Words) else content, cue)
        known = self._scores.get(key)
        if known is not None:
            return known
        content = words_of(content)
        if not content.words:
            return 0.0
        features = self.features(content, cue)
        logit = self.bias + sum(self.weights.get(name, 0.0) * value for name, (value, _) in features.items())
        self._keep_found(key, features)  # (whether it gives particulars is asked of the same words next)
        if len(self._scores) >= _SCORES_KEPT:
            self._scores.clear()
        self._scores[key] = score = round(1 / (1 + math.exp(-logit)), 3)
        return score


_PARTICULARS = frozenset({"number", "quantity", "time", "factual"})


@cache
def _scorer(language: str) -> CheckWorthiness:
    from claimtrack.lexicon import lexicon

    return CheckWorthiness(lexicon(language))


def explain(content: str, cue: str, language: str) -> list[Reason]:
    """Why a statement's content scores as it does, in `language` (a claim's reasons come from its statement)."""
    from claimtrack.lexicon import available_languages

    return _scorer(language if language in available_languages() else "en").reasons(content, cue)


class _NameWords:
    """Is the text's word at an index part of a name: capitalised inside a sentence ("Gubernur NTB Lalu Muhamad Iqbal",
    not "lalu" of "pekan lalu"; "Partai Harapan"), not the first word of the text or of a sentence in it? A listed
    word that is part of a name says nothing of the sentence. Asked only of the words a list holds, and the text read
    for where its words stand only when one of them is capitalised."""

    __slots__ = ("content", "_starts")

    def __init__(self, content: Words):
        self.content = content
        self._starts: list[int] | None = None

    def __call__(self, at: int) -> bool:
        word = self.content.written[at]
        if not at or not word[:1].isupper() or word.isupper():
            return False
        text = self.content.text
        if self._starts is None:
            self._starts = [match.start() for match in TOKEN.finditer(text)]  # one match a word of `Words`
        mark = self._starts[at] - 1
        while mark > 0 and text[mark].isspace():
            mark -= 1  # (the last mark before the word, past blanks)
        return text[mark] not in _OPENS_SENTENCE
