"""Claim matching: does a statement say the same thing as a claim we already track?

Content is normalised into a *match key*: entity names mapped through the gazetteer ("North Korea" and
"Korea Utara" are one term), other words folded, stop words dropped, stemmed (Sastrawi for Indonesian,
so "mengirimkan" meets "kirim"; Snowball for English) and mapped through data/concepts.toml across
languages. Candidates come from an inverted index of key terms weighted by rarity, so matching one
statement costs the same at 100 claims as at 100k; rapidfuzz scores the candidates.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from claimtrack.config import MatchSettings, settings
from claimtrack.lexicon import available_languages, gazetteer, lexicon
from claimtrack.resources import data_dir
from claimtrack.textutil import fold

ENTITY_PREFIX = "@"
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|bin|al))*")
_TOKEN = re.compile(r"\w+(?:-\w+)*")


@cache
def _stemmer(language: str):
    kind = lexicon(language).raw.get("match", {}).get("stemmer", "")
    if kind == "sastrawi":
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        stem = StemmerFactory().create_stemmer().stem
        return lru_cache(maxsize=200_000)(stem)
    if kind == "snowball":
        import snowballstemmer

        return lru_cache(maxsize=200_000)(snowballstemmer.stemmer(language_name(language)).stemWord)
    return lambda word: word


def language_name(code: str) -> str:
    return {"en": "english", "id": "indonesian"}.get(code, code)


@cache
def _concepts() -> dict[tuple[str, str], str]:
    """(language, stem) → concept name, from data/concepts.toml."""
    with open(data_dir() / "concepts.toml", "rb") as handle:
        raw = tomllib.load(handle)
    table: dict[tuple[str, str], str] = {}
    for concept in raw.get("concept", []):
        for language in available_languages():
            stem = _stemmer(language)
            for word in concept.get(language, []):
                for token in fold(word).split():
                    table[(language, stem(token))] = f"~{concept['name']}"
    return table


class Normalizer:
    """Text to match-key terms for one language."""

    def __init__(self, language: str):
        self.language = language
        lex = lexicon(language)
        self.stopwords = frozenset(fold(w) for w in lex.raw.get("match", {}).get("stopwords", []))
        self.stem = _stemmer(language)
        self.concepts = _concepts()
        self.gazetteer = gazetteer()

    def entities(self, text: str) -> tuple[set[str], list[tuple[int, int]]]:
        """Entity terms ("@korea_utara") and the spans they cover."""
        found: set[str] = set()
        spans: list[tuple[int, int]] = []
        for match in _CAPITALISED_RUN.finditer(text):
            words = match.group().split()
            offset = match.start()
            i = 0
            while i < len(words):
                for size in range(min(len(words) - i, self.gazetteer.longest_name), 0, -1):
                    entity = self.gazetteer.lookup(" ".join(words[i:i + size]))
                    if entity is not None:
                        found.add(ENTITY_PREFIX + fold(entity.name).replace(" ", "_"))
                        start = text.find(words[i], offset)
                        end = text.find(words[i + size - 1], start) + len(words[i + size - 1])
                        spans.append((start, end))
                        offset = end
                        i += size
                        break
                else:
                    i += 1
        return found, spans

    def terms(self, text: str) -> list[str]:
        entities, spans = self.entities(text)
        out = set(entities)
        for match in _TOKEN.finditer(text):
            if any(s <= match.start() < e for s, e in spans):
                continue
            word = fold(match.group())
            if not word or word in self.stopwords or (len(word) < 2 and not word.isdigit()):
                continue
            if word.isdigit():
                out.add(word)
                continue
            for part in word.split():
                if part in self.stopwords:
                    continue
                stem = self.stem(part) or part
                out.add(self.concepts.get((self.language, stem), stem))
        return sorted(out)

    def key(self, text: str) -> str:
        return " ".join(self.terms(text))


@cache
def normalizer(language: str) -> Normalizer:
    return Normalizer(language if language in available_languages() else "en")


def match_key(text: str, language: str) -> str:
    return normalizer(language).key(text)


# --- scoring ------------------------------------------------------------------------------------------------
def score(key_a: str, key_b: str) -> float:
    """0–100: how surely two match keys state the same proposition.

    rapidfuzz's token_set_ratio lets a long circulating text meet its short summary; entity anchoring
    and a check on the content words each side has that the other lacks keep different claims apart
    ("sent weapons" vs "sent troops").
    """
    if not key_a or not key_b:
        return 0.0
    terms_a, terms_b = set(key_a.split()), set(key_b.split())
    shared = terms_a & terms_b
    if len(shared) < 2:
        return 0.0
    entities_a = {t for t in terms_a if t.startswith(ENTITY_PREFIX)}
    entities_b = {t for t in terms_b if t.startswith(ENTITY_PREFIX)}
    if entities_a and entities_b and not entities_a & entities_b:
        return 0.0
    content_shared = {t for t in shared if not t.startswith(ENTITY_PREFIX)}
    if not content_shared:
        return 0.0
    value = fuzz.token_set_ratio(key_a, key_b)
    if terms_a - terms_b and terms_b - terms_a:
        # neither side contains the other: score what they share against all they say (Dice)
        value = min(value, 100.0 * 2 * len(shared) / (len(terms_a) + len(terms_b)))
    return float(value)


@dataclass(frozen=True)
class Match:
    claim_id: int
    score: float


class ClaimIndex:
    """An inverted index of claim match keys, for finding candidate claims without scanning them all."""

    def __init__(self, config: MatchSettings | None = None):
        self.config = config or settings().match
        self.postings: dict[str, set[int]] = defaultdict(set)
        self.keys: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.keys)

    def add(self, claim_id: int, key: str) -> None:
        self.remove(claim_id)
        self.keys[claim_id] = key
        for term in set(key.split()):
            self.postings[term].add(claim_id)

    def remove(self, claim_id: int) -> None:
        old = self.keys.pop(claim_id, None)
        if old:
            for term in set(old.split()):
                self.postings[term].discard(claim_id)

    def candidates(self, key: str, limit: int | None = None) -> list[int]:
        limit = limit or self.config.candidates
        terms = set(key.split())
        total = max(len(self.keys), 1)
        cap = max(self.config.max_df_share * total, 50)
        usable = [t for t in terms if t in self.postings and self.postings[t]]
        rare = [t for t in usable if len(self.postings[t]) <= cap]
        weights: dict[int, float] = defaultdict(float)
        for term in rare or usable:
            posting = self.postings[term]
            idf = math.log(1 + total / len(posting))
            for claim_id in posting:
                weights[claim_id] += idf
        if len(weights) <= limit:
            return sorted(weights, key=weights.__getitem__, reverse=True)
        import heapq

        return heapq.nlargest(limit, weights, key=weights.__getitem__)

    def best(self, key: str, threshold: float | None = None) -> Match | None:
        """The best-scoring claim at or above the threshold (join_score from config by default)."""
        threshold = self.config.join_score if threshold is None else threshold
        best: Match | None = None
        for claim_id in self.candidates(key):
            value = score(key, self.keys[claim_id])
            if value >= threshold and (best is None or value > best.score or (value == best.score and claim_id < best.claim_id)):
                best = Match(claim_id, value)
        return best


def brute_force_best(key: str, keys: dict[int, str], threshold: float) -> Match | None:
    """The same decision as ClaimIndex.best, scoring every claim: the yardstick for the index's recall."""
    best: Match | None = None
    for claim_id, other in keys.items():
        value = score(key, other)
        if value >= threshold and (best is None or value > best.score or (value == best.score and claim_id < best.claim_id)):
            best = Match(claim_id, value)
    return best
