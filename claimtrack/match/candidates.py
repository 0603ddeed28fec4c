"""Candidates: the claims worth scoring for a key, found in an inverted index of key terms weighted by rarity, so
matching one statement costs about the same at 100 claims as at 1M. `best_match` decides for any index that answers
`Candidates`' three questions: the in-memory `ClaimIndex` here, or the one kept in the database
(store/match_index.py)."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from itertools import chain
from typing import Protocol

from claimtrack.config import MatchSettings, settings
from claimtrack.match.score import Match, entities_of, score_split, split_key

_MAX_QUERY_TERMS = 12  # the rarest terms of a statement are enough to find its claim
_MIN_QUERY_TERMS = 4  # ... and these many of them are always used, however many claims hold them


class Candidates(Protocol):
    """Where candidate claims come from: the in-memory ClaimIndex, or the index kept in the database
    (store/match_index.py). Both answer the same three questions, so both decide alike."""

    def size(self) -> int:
        """How many claims are indexed."""
        ...

    def frequencies(self, terms: Collection[str]) -> dict[str, int]:
        """How many claims hold each of these terms (terms no claim holds are left out)."""
        ...

    def sharing(self, terms: Sequence[str], limit: int) -> list[tuple[int, str]]:
        """(id, key) of at most `limit` claims holding the most of `terms` (at least two if any claim holds two):
        most shared first, then the shortest keys, then the lowest ids."""
        ...


def informative_terms(frequencies: dict[str, int], size: int, config: MatchSettings) -> list[str]:
    """The terms a statement's candidates are found by: its rarest held by no more than `max_df_share` of the
    claims (at least 200), at most 12 — the first four, then more while the claims holding them add up to at most
    `postings_budget` — or its three rarest when fewer than two are that rare."""
    cap = max(int(config.max_df_share * size), 200)
    rarest = sorted(frequencies, key=lambda term: (frequencies[term], term))
    informative = [term for term in rarest if frequencies[term] <= cap][:_MAX_QUERY_TERMS]
    if len(informative) < 2:
        return rarest[:3]
    chosen: list[str] = []
    postings = 0
    for term in informative:
        if len(chosen) >= _MIN_QUERY_TERMS and postings + frequencies[term] > config.postings_budget:
            break
        chosen.append(term)
        postings += frequencies[term]
    return chosen


def query_terms(index: Candidates, key: str, config: MatchSettings) -> list[str]:
    """The terms `best_match` asks the index for the claims sharing most of, as the index stands now."""
    return informative_terms(index.frequencies(split_key(key).terms), index.size(), config)


def best_match(index: Candidates, key: str, threshold: float, config: MatchSettings) -> Match | None:
    """The best-scoring claim at or above the threshold among the index's candidates for `key`; ties go to the
    lowest id."""
    split = split_key(key)
    if not split.terms:
        return None
    chosen = query_terms(index, key, config)
    best: Match | None = None
    for claim_id, other in index.sharing(chosen, config.candidates):
        value = score_split(split, split_key(other), threshold)
        if value >= threshold and (
            best is None or value > best.score or (value == best.score and claim_id < best.claim_id)
        ):
            best = Match(claim_id, value)
    return best


class ClaimIndex:
    """An inverted index of claim match keys held in memory, for finding candidate claims without scanning them all.

    Candidates are the claims sharing the most of a statement's informative terms (terms in more than
    `max_df_share` of claims are skipped unless nothing rarer is shared); only they are scored. Ingest reads the
    same index kept in the database (store/match_index.py); this one serves `lookup` and a document's own new claims.
    """

    def __init__(self, config: MatchSettings | None = None):
        self.config = config or settings().match
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.keys: dict[int, str] = {}
        self.terms: dict[int, frozenset[str]] = {}
        self.entities: dict[int, frozenset[str]] = {}
        self._stale = 0

    @classmethod
    def of(cls, keys: Iterable[tuple[int, str]], config: MatchSettings | None = None) -> ClaimIndex:
        """An index of (claim id, match key) pairs."""
        index = cls(config)
        for claim_id, key in keys:
            index.add(claim_id, key)
        return index

    def __len__(self) -> int:
        return len(self.keys)

    def add(self, claim_id: int, key: str) -> None:
        if claim_id in self.keys:
            self.remove(claim_id)
        terms = frozenset(key.split())
        self.keys[claim_id] = key
        self.terms[claim_id] = terms
        self.entities[claim_id] = entities_of(terms)
        for term in terms:
            self.postings[term].append(claim_id)

    def remove(self, claim_id: int) -> None:
        """Forget a claim; postings are cleaned lazily (stale ids are skipped, then compacted)."""
        if self.keys.pop(claim_id, None) is not None:
            self.terms.pop(claim_id, None)
            self.entities.pop(claim_id, None)
            self._stale += 1
            if self._stale > 1000 and self._stale > len(self.keys) // 10:
                self._compact()

    def _compact(self) -> None:
        for term, posting in list(self.postings.items()):
            alive = [c for c in posting if c in self.keys]
            if alive:
                self.postings[term] = alive
            else:
                del self.postings[term]
        self._stale = 0

    # --- Candidates ---------------------------------------------------------------------------------------------
    def size(self) -> int:
        return len(self.keys)

    def frequencies(self, terms: Collection[str]) -> dict[str, int]:
        if self._stale:
            self._compact()  # counts are of live claims only
        return {term: len(self.postings[term]) for term in terms if self.postings.get(term)}

    def sharing(self, terms: Sequence[str], limit: int) -> list[tuple[int, str]]:
        counts = Counter(chain.from_iterable(self.postings.get(term, ()) for term in terms))
        pool = [(c, n) for c, n in counts.items() if n >= 2 and c in self.keys] or [
            (c, n) for c, n in counts.items() if c in self.keys
        ]
        if len(pool) > limit:
            pool = heapq.nsmallest(limit, pool, key=lambda item: (-item[1], len(self.terms[item[0]]), item[0]))
        return [(claim_id, self.keys[claim_id]) for claim_id, _ in pool]

    def candidates(self, terms: frozenset[str], limit: int | None = None) -> list[int]:
        """The ids of the claims `best` scores for these terms."""
        chosen = informative_terms(self.frequencies(terms), self.size(), self.config)
        return [claim_id for claim_id, _ in self.sharing(chosen, limit or self.config.candidates)]

    def best(self, key: str, threshold: float | None = None) -> Match | None:
        """The best-scoring claim at or above the threshold (join_score from config by default)."""
        threshold = self.config.join_score if threshold is None else threshold
        return best_match(self, key, threshold, self.config)
