"""Scoring two match keys: how surely they state the same proposition (0–100), and the yardstick that scores every
claim."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from claimtrack.match.keys import ENTITY_PREFIX, MANY, MARKS, NEGATED


def _is_entity(term: str) -> bool:
    return term.startswith(ENTITY_PREFIX)


def entities_of(terms: frozenset[str]) -> frozenset[str]:
    return frozenset(t for t in terms if _is_entity(t))


def score_terms(
    terms_a: frozenset[str],
    entities_a: frozenset[str],
    terms_b: frozenset[str],
    entities_b: frozenset[str],
    key_a: str,
    key_b: str,
    floor: float = 0.0,
) -> float:
    """score() on term and entity sets already split (the index keeps them ready). A pair that cannot
    reach `floor` may be scored 0 without asking rapidfuzz."""
    if (NEGATED in terms_a) != (NEGATED in terms_b) and MANY not in terms_a and MANY not in terms_b:
        return 0.0  # a proposition and its negation never join: one contradicts the other
    if MARKS & terms_a or MARKS & terms_b:
        terms_a, terms_b = terms_a - MARKS, terms_b - MARKS
        entities_a, entities_b = entities_of(terms_a), entities_of(terms_b)
        key_a, key_b = " ".join(sorted(terms_a)), " ".join(sorted(terms_b))
    return _score_unmarked(terms_a, entities_a, terms_b, entities_b, key_a, key_b, floor)


def _score_unmarked(
    terms_a: frozenset[str],
    entities_a: frozenset[str],
    terms_b: frozenset[str],
    entities_b: frozenset[str],
    key_a: str,
    key_b: str,
    floor: float,
) -> float:
    """score_terms once polarity has been compared and the marks taken out."""
    shared = terms_a & terms_b
    if len(shared) < 2:
        return 0.0
    shared_entities = entities_a & entities_b
    if entities_a and entities_b and not shared_entities:
        return 0.0
    if len(shared_entities) == len(shared):
        return 0.0
    dice = 100.0 * 2 * len(shared) / (len(terms_a) + len(terms_b))
    if min(len(terms_a), len(terms_b)) < 3:
        # two words inside a long text prove little: short keys must match nearly whole
        return float(min(fuzz.token_set_ratio(key_a, key_b), dice)) if dice >= floor else 0.0
    if len(shared) < len(terms_a) and len(shared) < len(terms_b):
        # neither side contains the other: at most the share of the shorter side that the other covers,
        # with overall overlap (Dice) breaking ties between equally covered claims
        coverage = 100.0 * len(shared) / min(len(terms_a), len(terms_b))
        if coverage * 0.95 + dice * 0.05 < floor:
            return 0.0
        return float(min(fuzz.token_set_ratio(key_a, key_b), coverage) * 0.95 + dice * 0.05)
    return float(fuzz.token_set_ratio(key_a, key_b))


def score(key_a: str, key_b: str) -> float:
    """0–100: how surely two match keys state the same proposition.

    rapidfuzz's token_set_ratio lets a long circulating text meet its short summary; entity anchoring,
    a floor on shared words and a check on what each side says that the other does not keep different
    claims apart ("sent weapons" vs "sent troops": 75, below the join score of 80).
    """
    if not key_a or not key_b:
        return 0.0
    terms_a, terms_b = frozenset(key_a.split()), frozenset(key_b.split())
    return score_terms(terms_a, entities_of(terms_a), terms_b, entities_of(terms_b), key_a, key_b)


@dataclass(frozen=True)
class Match:
    claim_id: int
    score: float


class Split(NamedTuple):
    """A key as scoring compares it, split once: all its terms (the marks say its polarity), and without the marks
    its terms, entities and words (what the score compares)."""

    terms: frozenset[str]
    core: frozenset[str]
    entities: frozenset[str]
    words: str


@lru_cache(maxsize=50_000)
def split_key(key: str) -> Split:
    """A key split, kept for the claims that come up as candidates again and again."""
    terms = frozenset(key.split())
    if MARKS & terms:
        core = terms - MARKS
        return Split(terms, core, entities_of(core), " ".join(sorted(core)))
    return Split(terms, terms, entities_of(terms), key)


def score_split(a: Split, b: Split, floor: float = 0.0) -> float:
    """score_terms on keys split once. (Where only one key has marks, score_terms passes the other's terms re-joined
    to rapidfuzz and this its key as written: token_set_ratio compares sets of words, so the two agree.)"""
    if (NEGATED in a.terms) != (NEGATED in b.terms) and MANY not in a.terms and MANY not in b.terms:
        return 0.0  # a proposition and its negation never join: one contradicts the other
    return _score_unmarked(a.core, a.entities, b.core, b.entities, a.words, b.words, floor)


def opposite(key: str) -> str:
    """The key of the proposition's negation (or of the proposition, for a negated key)."""
    terms = set(key.split())
    if MANY in terms:
        return key
    terms ^= {NEGATED}
    return " ".join(sorted(terms))


def brute_force_best(key: str, keys: dict[int, str], threshold: float) -> Match | None:
    """The same decision as ClaimIndex.best, scoring every claim: the yardstick for the index's recall."""
    terms = frozenset(key.split())
    entities = entities_of(terms)
    best: Match | None = None
    for claim_id, other in keys.items():
        other_terms = frozenset(other.split())
        value = score_terms(terms, entities, other_terms, entities_of(other_terms), key, other)
        if value >= threshold and (
            best is None or value > best.score or (value == best.score and claim_id < best.claim_id)
        ):
            best = Match(claim_id, value)
    return best
