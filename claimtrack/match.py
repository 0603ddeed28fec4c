"""Claim matching: does a statement say the same thing as a claim we already track?

Content is normalised into a *match key*: entity names mapped through the gazetteer ("North Korea" and
"Korea Utara" are one term), other words folded, stop words dropped, stemmed (Sastrawi for Indonesian,
so "mengirimkan" meets "kirim"; Snowball for English) and mapped through data/concepts.toml across
languages. Candidates come from an inverted index of key terms weighted by rarity, so matching one
statement costs the same at 100 claims as at 100k; rapidfuzz scores the candidates.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from typing import NamedTuple, Protocol

from rapidfuzz import fuzz

from claimtrack.config import MatchSettings, settings
from claimtrack.lexicon import available_languages, gazetteer, lexicon, root_words
from claimtrack.lexicon_schema import concepts_schema, load
from claimtrack.resources import data_dir
from claimtrack.textutil import fold

ENTITY_PREFIX = "@"
NEGATED = "~not"  # the term a negated proposition's key carries: "belum ada keputusan" against "sudah diputuskan"
MANY = "~many"  # the term a long text's key carries: it holds many propositions and no one polarity
MARKS = frozenset({NEGATED, MANY})
_ONE_PROPOSITION = 20  # words: longer texts hold several propositions, each with its own polarity
_MAX_QUERY_TERMS = 12  # the rarest terms of a statement are enough to find its claim
_MIN_QUERY_TERMS = 4  # ... and these many of them are always used, however many claims hold them
_TOKEN = re.compile(r"\w+(?:-\w+)*")


class Stemmer(Protocol):
    """A language's stemmer; `cheap` (Indonesian) leaves a word the root dictionary does not confirm quickly."""

    def __call__(self, word: str, cheap: bool = False, /) -> str: ...


def _indonesian_stemmer(language: str) -> Stemmer:
    """Sastrawi's answer, reached quickly: a root word is its own stem; else Snowball's stem when
    Sastrawi's dictionary knows it (restoring the consonant a nasal prefix swallowed: "mengirim" →
    "kirim"); a word Snowball finds no affix in stays as it is; only the rest goes through Sastrawi
    itself, which is exact but 25 times slower. On 6,000 Detik words: 97.9% the same stems as
    Sastrawi alone (most differences are names Sastrawi cuts: "Bali" → "bal"), 1 in 17 words slow."""
    import snowballstemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    roots = root_words(language)
    snowball = snowballstemmer.stemmer("indonesian").stemWord
    sastrawi = StemmerFactory().create_stemmer().stem
    lex = lexicon(language)
    # longest first: "meng" before "men"
    nasal = sorted(lex.table("match", "nasal_prefixes").items(), key=lambda item: len(item[0]), reverse=True)
    unstripped = lex.words_of("match", "unstripped_prefixes")

    def stem(word: str, cheap: bool = False) -> str:
        """`cheap`: only what the dictionary confirms quickly; a word it does not know stays as it is."""
        if word in roots:
            return word
        short = snowball(word)
        if short in roots:
            return short
        if cheap:
            return word
        for prefix, consonant in nasal:
            if word.startswith(prefix) and word[len(prefix) : len(prefix) + 1] in ("a", "i", "u", "e", "o"):
                if consonant + short in roots:
                    return consonant + short
                break
        if short == word:
            # no affix Snowball knows: a name or a borrowing, unless it is se-/ke- before a root ("secara")
            prefix = next((p for p in unstripped if word.startswith(p) and word[len(p) :] in roots), "")
            return word[len(prefix) :]
        return sastrawi(word)

    return stem


def _unchanged(word: str, cheap: bool = False) -> str:
    return word


@cache
def _stemmer(language: str) -> Stemmer:
    kind = lexicon(language).text("match", "stemmer")
    if kind == "sastrawi":
        return lru_cache(maxsize=200_000)(_indonesian_stemmer(language))
    if kind == "snowball":
        import snowballstemmer

        return lru_cache(maxsize=200_000)(snowballstemmer.stemmer(language_name(language)).stemWord)
    return _unchanged


def language_name(code: str) -> str:
    return {"en": "english", "id": "indonesian"}.get(code, code)


@cache
def _concepts() -> dict[tuple[str, str], str]:
    """(language, stem) → concept name, from data/concepts.toml."""
    raw = load(data_dir() / "concepts.toml", concepts_schema(available_languages()))
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
        self.stopwords = frozenset(fold(w) for w in lex.words_of("match", "stopwords"))
        self.negations = frozenset(fold(w) for w in lex.words_of("stance", "negations"))
        self.not_negating = [fold(p).split() for p in lex.words_of("stance", "not_negating")]
        # a verdict, not a negation
        self.not_negating += [fold(p).split() for p in lex.words_of("stance", "deny_content")]
        self.relatives = frozenset(fold(w) for w in lex.words_of("cues", "relatives"))
        self.stem = _stemmer(language)
        kind = lex.text("match", "stemmer")
        self.name_stem = (lambda word: self.stem(word, True)) if kind == "sastrawi" else (lambda word: word)
        self.concepts = _concepts()
        self.gazetteer = gazetteer()
        # a run of capitalised words, with the particles inside names ("Ludwig van Beethoven")
        inside = "|".join([r"[A-Z][\w'’.-]*", *(re.escape(p) for p in lex.words_of("match", "name_particles"))])
        self.capitalised_run = re.compile(rf"[A-Z][\w'’.-]*(?:\s+(?:{inside}))*")

    def entities(self, text: str) -> tuple[set[str], list[tuple[int, int]]]:
        """Entity terms ("@korea_utara") and the spans they cover."""
        found: set[str] = set()
        spans: list[tuple[int, int]] = []
        for match in self.capitalised_run.finditer(text):
            words = match.group().split()
            offset = match.start()
            i = 0
            while i < len(words):
                for size in range(min(len(words) - i, self.gazetteer.longest_name), 0, -1):
                    entity = self.gazetteer.lookup(" ".join(words[i : i + size]))
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
        tokens = list(_TOKEN.finditer(text))
        # in Title Case Headlines capitals do not mark names
        title_case = sum(t.group()[:1].isupper() for t in tokens) > 0.5 * len(tokens)
        for match in tokens:
            if spans and any(s <= match.start() < e for s, e in spans):
                continue
            written = match.group()
            word = written.lower() if written.isascii() else fold(written)  # (an ASCII token folds to itself)
            if not word or word in self.stopwords or (len(word) < 2 and not word.isdigit()):
                continue
            if word.isdigit():
                out.add(word)
                continue
            # names keep their form: stemming "Widyasanti" gains nothing and costs the most
            is_name = not title_case and match.group()[:1].isupper() and match.start() > 0
            for part in word.split():
                if part in self.stopwords:
                    continue
                if len(part) <= 4 or not part.isalpha():
                    stem = part
                elif is_name:  # a capitalised common word ("Bendungan") meets its lower-case self; a name stays
                    stem = self.name_stem(part)
                else:
                    stem = self.stem(part) or part
                out.add(self.concepts.get((self.language, stem), stem))
        return sorted(out)

    def negated(self, text: str) -> bool:
        """Does the text deny its own proposition ("tidak mengirim", "has not sent")? Phrases that only look
        so ("tidak hanya", "not only") do not count."""
        words = fold(text).split()
        for at, word in enumerate(words):
            if (
                word in self.negations
                and not any(words[at : at + len(p)] == p for p in self.not_negating)
                and not self.relatives.intersection(words[max(0, at - 2) : at])
            ):
                return True  # ("yang tidak bermasker": a relative clause's negation is not the proposition's)
        return False

    def key(self, text: str) -> str:
        """The match key; a negated proposition's key carries NEGATED. Only one proposition has a polarity: a
        long text (a circulating message, a body) is many, and its "tidak" says nothing of the whole."""
        terms = self.terms(text)
        if len(text.split()) > _ONE_PROPOSITION:
            return " ".join(sorted([*terms, MANY]))
        return " ".join(sorted([*terms, NEGATED])) if self.negations and self.negated(text) else " ".join(terms)


def negated_key(text: str, language: str) -> bool:
    """Will `match_key(text, language)` carry NEGATED? The same answer without stemming the words."""
    norm = normalizer(language)
    return len(text.split()) <= _ONE_PROPOSITION and bool(norm.negations) and norm.negated(text)


@cache
def normalizer(language: str) -> Normalizer:
    return Normalizer(language if language in available_languages() else "en")


def match_key(text: str, language: str) -> str:
    return normalizer(language).key(text)


# --- scoring ------------------------------------------------------------------------------------------------
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
