"""Have we seen or checked this? Texts looked up against the tracked claims, and how each text bears on each.

A text is read sentence by sentence with the match keys ingest uses. Each sentence may state a claim
(`supports`), deny it (`contradicts`: a denial cue or denying content, as extraction's Stance reads it, or
the claim's proposition with the opposite polarity) or only report it (`mentions`: attributed or hedged,
"reportedly", "beredar kabar"; the words are `[stance] reporting` in each lexicon). A text of several
sentences is also matched as a whole: the share of a claim's terms it covers.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import BinaryIO

from claimtrack.config import settings
from claimtrack.errors import ClaimtrackError
from claimtrack.extract.phrases import Words, WordSet
from claimtrack.extract.segment import sentences
from claimtrack.extract.stance import Stance
from claimtrack.ingest.decode import decode
from claimtrack.lexicon import available_languages, detect_language, lexicon
from claimtrack.match import NEGATED, ClaimIndex, entities_of, match_key, opposite, score
from claimtrack.store import Store
from claimtrack.textutil import clean_text, one_line, words

RELATIONS = ("supports", "contradicts", "mentions")
_MIN_SHARED = 2  # as in match.score: one shared word proves nothing


class LookupTextError(ClaimtrackError, ValueError):
    """A text to look up is empty or not text at all."""


# --- reading a text -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Passage:
    """One sentence of a looked-up text: its match key, and whether it denies or only reports what it states."""

    text: str
    key: str
    denies: bool
    confirms: bool
    reports: bool

    def relation(self, opposed: bool) -> str:
        """How the sentence bears on a claim it matches; `opposed`: it states the claim's negation."""
        if opposed or self.denies:
            return "contradicts"
        if self.reports and not self.confirms:
            return "mentions"
        return "supports"


@dataclass(frozen=True)
class Reading:
    """A text read once for looking up: its language, its sentences, and its terms as a whole."""

    text: str
    language: str  # "" when no lexicon recognises it: then it is keyed in every language
    passages: tuple[Passage, ...]
    terms: frozenset[str]  # every sentence's terms, polarity aside


class _Reader:
    """One language's words for reading stance: denial cues and content, confirmations, reporting words."""

    def __init__(self, language: str):
        lex = lexicon(language)
        self.stance = Stance(lex)
        self.deny_cues = WordSet(lex.deny_cues)
        self.support_cues = WordSet(lex.words_of("stance", "support_cues"))
        self.reporting = WordSet(lex.words_of("stance", "reporting"))

    def passage(self, text: str, key: str) -> Passage:
        said = Words(text)
        return Passage(
            text=text,
            key=key,
            denies=self.stance.of(said, self.deny_cues.found_in(said)) == "deny",
            confirms=self.support_cues.found_in(said) or self.stance.support_content.found_in(said),
            reports=self.reporting.found_in(said),
        )


@cache
def _reader(language: str) -> _Reader:
    return _Reader(language)


def _key(text: str, language: str) -> str:
    """The match key in the text's language, or (language unknown) the terms of every language's key."""
    if language:
        return match_key(text, language)
    keys = [match_key(text, code).split() for code in available_languages()]
    return " ".join(sorted(set(chain.from_iterable(keys))))


def read(text: str, language: str | None = None) -> Reading:
    """A text split into sentences, each with its key and stance words; the language detected unless given."""
    text = clean_text(text).strip()
    language = language if language is not None else detect_language(text, default="")
    lex = lexicon(language or "en")
    spans = [text[s.start : s.end] for s in sentences(text, lex)] or [text]
    languages = (language,) if language else available_languages()
    passages = []
    for span in spans:
        key = _key(span, language)
        found = [_reader(code).passage(span, key) for code in languages]
        passages.append(
            Passage(
                span,
                key,
                denies=any(p.denies for p in found),
                confirms=any(p.confirms for p in found),
                reports=any(p.reports for p in found),
            )
        )
    terms = frozenset(chain.from_iterable(p.key.split() for p in passages)) - {NEGATED}
    return Reading(text, language, tuple(passages), terms)


# --- how a reading bears on one claim -----------------------------------------------------------------------
@dataclass(frozen=True)
class Bearing:
    """How well a text matches a claim (0–100), how it bears on it, and the sentence that shows it best."""

    score: float
    relation: str
    evidence: str


def coverage(terms: frozenset[str], claim_terms: frozenset[str]) -> float:
    """0–100: the share of a claim's terms a text of several sentences holds anywhere in it, polarity aside."""
    wanted = claim_terms - {NEGATED}
    shared = wanted & terms
    if len(shared) < _MIN_SHARED or shared <= entities_of(shared) or not wanted:
        return 0.0
    return 100.0 * len(shared) / len(wanted)


def bearing(reading: Reading, claim_key: str, threshold: float) -> Bearing | None:
    """The text's score against a claim and its relation, or None below the threshold.

    The sentence that matches the claim best says how the text bears on it: it supports the claim when it
    states it in the text's own voice, matching at least `match.lookup_states_score`; it contradicts it when
    it denies it (or states its negation, which match.score never joins and the opposite key finds) matching
    as plainly as ingest links a denial (`match.join_score`); otherwise the text only mentions the claim. A
    text of several sentences, such as an article, also scores the share of the claim's terms it holds.
    """
    if not claim_key:
        return None
    value, passage, opposed = 0.0, reading.passages[0], False
    for candidate in reading.passages:
        same = score(candidate.key, claim_key)
        against = score(opposite(candidate.key), claim_key) if candidate.key else 0.0
        if max(same, against) > value:
            value, passage, opposed = max(same, against), candidate, against > same
    relation = passage.relation(opposed)
    # a sentence that only touches on the claim neither states nor denies it: the text mentions it
    config = settings().match
    plain = config.join_score if relation == "contradicts" else config.lookup_states_score
    if relation != "mentions" and value < plain:
        relation = "mentions"
    total = value
    if len(reading.passages) > 1:
        total = max(value, coverage(reading.terms, frozenset(claim_key.split())))
    if total < threshold or total <= 0:
        return None
    return Bearing(round(total, 1), relation, one_line(passage.text, 300))


# --- looking texts up in a store ----------------------------------------------------------------------------
@dataclass(frozen=True)
class LookupMatch:
    """A tracked claim a text matches, with how the text bears on it."""

    claim_id: int
    score: float
    relation: str
    text: str
    status: str
    language: str
    origin: str
    provenance: str  # the verdict's source, for a claim imported from an earlier fact-check
    needs_review: bool
    evidence: str  # the sentence of the looked-up text that bears on the claim most plainly

    @property
    def previously_checked(self) -> bool:
        return self.origin == "imported"

    def to_dict(self) -> dict[str, object]:
        return {
            "claim_id": self.claim_id,
            "score": self.score,
            "relation": self.relation,
            "text": self.text,
            "status": self.status,
            "previously_checked": self.previously_checked,
            "provenance": self.provenance if self.previously_checked else None,
            "needs_review": self.needs_review,
            "evidence": self.evidence,
        }


@dataclass(frozen=True)
class LookupResult:
    text: str
    language: str
    matches: tuple[LookupMatch, ...]

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "language": self.language or None, "matches": [m.to_dict() for m in self.matches]}


def checked_text(text: str, where: str = "text") -> str:
    """The text to look up, or LookupTextError when it is empty, has no words, or is not text."""
    if "\x00" in text:
        raise LookupTextError(f"{where}: looks like binary data, not text")
    cleaned = one_line(text) if "\n" not in text else clean_text(text).strip()
    if not cleaned:
        raise LookupTextError(f"{where}: empty; give the text to look up")
    if not words(cleaned):
        raise LookupTextError(f"{where}: has no words to look up ({one_line(cleaned, 40)!r})")
    return cleaned


def texts_from_stream(stream: BinaryIO, name: str = "stdin") -> list[str]:
    """One text per non-blank line of a byte stream (such as stdin), read up to `ingest.max_bytes`."""
    limit = settings().ingest.max_bytes
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise LookupTextError(f"{name}: more than the {limit:,}-byte limit (ingest.max_bytes in the config)")
    return texts_from_bytes(data, name)


def texts_from_bytes(data: bytes, name: str = "stdin") -> list[str]:
    """One text per non-blank line of raw input; binary or undecodable input is refused."""
    texts = [line.strip() for line in decode(data, name).splitlines() if line.strip()]
    if not texts:
        raise LookupTextError(f"{name}: no text to look up")
    return [checked_text(text, f"{name} line {number}") for number, text in enumerate(texts, 1)]


class Lookup:
    """Texts against one store's claims. The claim index is built once (or shared with a Tracker's)."""

    def __init__(self, store: Store, *, index: ClaimIndex | None = None, threshold: float | None = None):
        self.store = store
        self.threshold = settings().match.lookup_score if threshold is None else threshold
        self._index = index

    @property
    def index(self) -> ClaimIndex:
        if self._index is None:
            self._index = ClaimIndex.of((claim_id, key) for claim_id, _text, key in self.store.claim_keys() if key)
        return self._index

    def candidates(self, reading: Reading, limit: int | None) -> list[int]:
        """Claims sharing at least two of the text's terms, those whose terms it covers most first; with a limit,
        only the best few times `limit`. Terms in more than `match.max_df_share` of claims are skipped, as ingest
        skips them, unless nothing rarer is shared."""
        index = self.index
        cap = max(int(index.config.max_df_share * len(index)), 200)
        postings = [index.postings[t] for t in reading.terms if index.postings.get(t)]
        informative = [p for p in postings if len(p) <= cap] or postings
        counts = Counter(chain.from_iterable(informative))
        pool = [(c, n) for c, n in counts.items() if n >= _MIN_SHARED and c in index.keys]
        if limit is not None and len(pool) > max(index.config.candidates, 8 * limit):
            pool = heapq.nlargest(
                max(index.config.candidates, 8 * limit), pool, key=lambda item: item[1] / len(index.terms[item[0]])
            )
        return [claim_id for claim_id, _ in pool]

    def match(self, reading: Reading, limit: int | None = 10) -> list[tuple[int, Bearing]]:
        """(claim id, bearing) of the claims the reading matches at the threshold, best first."""
        found = []
        for claim_id in self.candidates(reading, limit):
            found_bearing = bearing(reading, self.index.keys[claim_id], self.threshold)
            if found_bearing is not None:
                found.append((claim_id, found_bearing))
        found.sort(key=lambda item: (-item[1].score, item[0]))
        return found if limit is None else found[:limit]

    def lookup(self, texts: Iterable[str], limit: int | None = 10) -> list[LookupResult]:
        """For each text, in order, the tracked claims it matches, best first."""
        readings = [read(checked_text(text, f"text {number}")) for number, text in enumerate(texts, 1)]
        if not readings:
            raise LookupTextError("no text to look up")
        matched = [self.match(reading, limit) for reading in readings]
        views = self.store.claims_by_id({claim_id for found in matched for claim_id, _ in found})
        results = []
        for reading, found in zip(readings, matched):
            matches = tuple(
                LookupMatch(
                    claim_id=claim_id,
                    score=found_bearing.score,
                    relation=found_bearing.relation,
                    text=views[claim_id].text,
                    status=views[claim_id].status,
                    language=views[claim_id].language,
                    origin=views[claim_id].origin,
                    provenance=views[claim_id].provenance,
                    needs_review=views[claim_id].needs_review,
                    evidence=found_bearing.evidence,
                )
                for claim_id, found_bearing in found
                if claim_id in views
            )
            results.append(LookupResult(reading.text, reading.language, matches))
        return results


def lookup(
    store: Store, texts: Sequence[str] | str, *, limit: int | None = 10, threshold: float | None = None
) -> list[LookupResult]:
    """For each text, the tracked claims it matches, best first (see Lookup)."""
    return Lookup(store, threshold=threshold).lookup([texts] if isinstance(texts, str) else texts, limit)
