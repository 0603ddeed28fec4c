"""Every live claim's triage key and words, in memory, so the claims list filters 100k claims per keystroke.

The database stays the truth: the catalog is loaded from `Store.triage_rows()` and patched with fresh
`ClaimView`s after each change. It knows nothing of Textual; screens ask it from their workers.
"""

from __future__ import annotations

import gc
import re
import string
import threading
import unicodedata
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from claimtrack.models import STATUSES
from claimtrack.store import ClaimView

_PUNCTUATION = str.maketrans({mark: " " for mark in string.punctuation + "“”‘’«»…–—"})
_UNKNOWN_STATUS = len(STATUSES)
_PREFIX_LENGTHS = range(4, 13)
_CACHED_WORDS = 32
_COMMON_CHARACTER = 1000  # words: a character in this many has its claims' mask built with the index


def search_words(text: str) -> list[str]:
    """Case- and accent-folded words, split at punctuation: how both claims and queries are compared."""
    folded = text.casefold()
    if not folded.isascii():
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    return folded.translate(_PUNCTUATION).split()


def _typo_cutoff(word: str) -> float | None:
    """How alike (rapidfuzz ratio) a word must be to count as a typo of `word`; short words must match exactly."""
    if len(word) < 4:
        return None
    return 75.0 if len(word) == 4 else 80.0


@dataclass
class CatalogView:
    """One filtered, ordered list of claim ids, with per-status counts under the same search."""

    ids: np.ndarray
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
    exact: int = 0  # how many of `ids`, from the top, match every query word exactly; the rest are typo matches

    def __len__(self) -> int:
        return len(self.ids)


class _WordIndex:
    """Words → positions of the claims that contain them, plus word prefixes for typo-tolerant matching.

    Postings are kept flat (one array, with each word's start), so a mask over thousands of words is two
    numpy calls, not a Python loop; each character keeps the words it occurs in, so the first keystrokes
    of a search (one or two letters, found in most words) need no pass over the whole vocabulary.
    """

    def __init__(self, words_by_position: Iterable[Iterable[str]]):
        postings: dict[str, list[int]] = defaultdict(list)
        size = 0
        for position, words in enumerate(words_by_position):
            size = position + 1
            for word in set(words):
                postings[word].append(position)
        self.vocabulary = list(postings)
        lengths = np.fromiter(
            (len(postings[word]) for word in self.vocabulary), dtype=np.int64, count=len(self.vocabulary)
        )
        self._posting_starts = (
            np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64) if len(lengths) else lengths
        )
        self._posting_lengths = lengths
        self._postings = np.fromiter(
            (position for word in self.vocabulary for position in postings[word]),
            dtype=np.int64,
            count=int(lengths.sum()),
        )
        # distinct word prefixes by length and first letter, with the words that start so: a typo is looked
        # for among words with the same first letter (as Lucene's fuzzy `prefix_length` 1 does), each prefix
        # scored once — a pass over every word cost 10–18 ms a keystroke at 100k claims
        self.prefixes: dict[tuple[int, str], tuple[list[str], list[list[int]]]] = {}
        for length in _PREFIX_LENGTHS:
            groups: dict[str, list[int]] = defaultdict(list)
            for index, word in enumerate(self.vocabulary):
                if len(word) >= length - 1:  # a word one letter short of the query may be missing a letter
                    groups[word[:length]].append(index)
            by_letter: dict[str, tuple[list[str], list[list[int]]]] = {}
            for prefix, members in groups.items():
                choices, grouped = by_letter.setdefault(prefix[0], ([], []))
                choices.append(prefix)
                grouped.append(members)
            for letter, found in by_letter.items():
                self.prefixes[length, letter] = found
        self._joined = "\n".join(self.vocabulary)
        self._starts = np.cumsum([0] + [len(word) + 1 for word in self.vocabulary[:-1]], dtype=np.int64)
        by_character: dict[str, list[int]] = defaultdict(list)
        for index, word in enumerate(self.vocabulary):
            for character in set(word):
                by_character[character].append(index)
        self._by_character = by_character
        self.containing("warm")  # the first pass of the regex path costs ~15 ms: not on a keystroke
        # a first keystroke finds most claims: the masks of common characters are ready before anyone types
        self._character_masks = {
            character: self.mask(entries, size)
            for character, entries in by_character.items()
            if len(entries) >= _COMMON_CHARACTER
        }

    def containing(self, query_word: str) -> list[int]:
        """Vocabulary entries containing `query_word`; one regex pass over all words when the word is selective."""
        if len(query_word) < 3:
            having = min((self._by_character.get(character, []) for character in query_word), key=len)
            if len(query_word) == 1:
                return having
            vocabulary = self.vocabulary
            return [index for index in having if query_word in vocabulary[index]]
        found = np.fromiter(
            (match.start() for match in re.finditer(re.escape(query_word), self._joined)), dtype=np.int64
        )
        return np.unique(np.searchsorted(self._starts, found, side="right") - 1).tolist()

    def matching_words(self, query_word: str) -> tuple[list[int], list[int]]:
        """Vocabulary entries containing `query_word`, and those starting with a near miss of it."""
        exact = self.containing(query_word)
        cutoff = _typo_cutoff(query_word)
        if cutoff is None:
            return exact, []
        length, letter = len(query_word), query_word[0]
        if length in _PREFIX_LENGTHS:
            choices, groups = self.prefixes.get((length, letter), ([], []))
        else:
            choices = [word[:length] for word in self.vocabulary if word[:1] == letter]
            groups = None
        found = process.extract(query_word, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        taken = set(exact)
        if groups is None:
            indices = [index for index, word in enumerate(self.vocabulary) if word[:1] == letter]
            near = (indices[at] for _, _, at in found)
        else:
            near = (index for _, _, at in found for index in groups[at])
        return exact, [index for index in near if index not in taken]

    def character_mask(self, character: str, size: int) -> np.ndarray | None:
        """The ready mask of the claims with a word containing this (common) character, else None."""
        mask = self._character_masks.get(character)
        return mask if mask is not None and len(mask) == size else None

    def mask(self, entries: list[int], size: int) -> np.ndarray:
        """Positions of the claims holding any of the words `entries`, as a boolean array."""
        mask = np.zeros(size, dtype=bool)
        if entries:
            chosen = np.asarray(entries, dtype=np.int64)
            lengths = self._posting_lengths[chosen]
            total = int(lengths.sum())
            # each chosen word's postings, laid end to end: its start, plus 0, 1, … up to its length
            run_starts = np.cumsum(lengths) - lengths
            offsets = np.arange(total, dtype=np.int64) - np.repeat(run_starts, lengths)
            mask[self._postings[np.repeat(self._posting_starts[chosen], lengths) + offsets]] = True
        return mask


class Catalog:
    """The claims list's model: triage order, status filter and fuzzy search over every live claim."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._indexing = threading.Lock()
        self._loading = threading.Lock()
        self._ids = np.empty(0, dtype=np.int64)
        self._status = np.empty(0, dtype=np.int8)
        self._review = np.empty(0, dtype=bool)
        self._checkworthiness = np.empty(0, dtype=np.float64)
        self._alive = np.empty(0, dtype=bool)
        self._texts: list[str] = []
        self._order: np.ndarray | None = None
        self._words: _WordIndex | None = None
        self._edited: dict[int, list[str]] = {}  # position → words, for texts changed since the index was built
        self._generation = 0
        self._edits = 0
        self._masks: OrderedDict[tuple, tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self.loaded = False

    # --- loading and patching ---------------------------------------------------------------------------------
    def load(self, rows: Iterable[tuple[int, str, bool, float]]) -> None:
        """Replace everything with `Store.triage_rows()`; texts and the word index come later, from `ensure_index`."""
        rows = sorted(rows)
        rank = {status: index for index, status in enumerate(STATUSES)}
        ids = np.fromiter((row[0] for row in rows), dtype=np.int64, count=len(rows))
        status = np.fromiter((rank.get(row[1], _UNKNOWN_STATUS) for row in rows), dtype=np.int8, count=len(rows))
        review = np.fromiter((bool(row[2]) for row in rows), dtype=bool, count=len(rows))
        checkworthiness = np.fromiter((row[3] or 0.0 for row in rows), dtype=np.float64, count=len(rows))
        with self._lock:
            self._ids, self._status, self._review, self._checkworthiness = ids, status, review, checkworthiness
            self._alive = np.ones(len(rows), dtype=bool)
            self._texts = [""] * len(rows)
            self._order = None
            self._words = None
            self._edited = {}
            self._generation += 1
            self.loaded = True

    def ensure_loaded(self, read_rows: Callable[[], Iterable[tuple[int, str, bool, float]]]) -> None:
        """Load from `read_rows` (e.g. `Store.triage_rows`) unless already loaded; a second caller waits."""
        with self._loading:
            if not self.loaded:
                self.load(read_rows())

    def invalidate(self) -> None:
        """The database gained claims (an ingest): the next `ensure_loaded` reads everything again."""
        with self._lock:
            self.loaded = False

    @property
    def indexed(self) -> bool:
        return self._words is not None

    def ensure_index(self, read_texts: Callable[[], Iterable[tuple[int, str]]]) -> None:
        """Keep each claim's text and index its words for search, once (seconds at 100k claims: call from a worker).

        `read_texts` gives (id, text) pairs, e.g. from `Store.claim_keys()`; a second caller waits for the first.
        """
        with self._indexing:
            with self._lock:
                if self._words is not None:
                    return
                generation, ids = self._generation, self._ids
            by_position = [""] * len(ids)
            for claim_id, text, *_ in read_texts():
                position = int(np.searchsorted(ids, claim_id))
                if position < len(ids) and ids[position] == claim_id:
                    by_position[position] = text
            words = _WordIndex(search_words(text) for text in by_position)
            with self._lock:
                if self._generation != generation:
                    return
                for position in self._edited:
                    by_position[position] = self._texts[position]
                self._texts, self._words = by_position, words
            # The index lives as long as the app and holds no cycles, but a full pass of the cyclic garbage
            # collector still walks all its lists: 100–150 ms at 100k claims, a visible stall in the middle
            # of typing. Frozen objects are skipped by the collector (reference counting still frees them).
            gc.freeze()

    def update(self, views: Iterable[ClaimView]) -> None:
        """Take status, review flag, check-worthiness and text from fresh views of claims already listed."""
        rank = {status: index for index, status in enumerate(STATUSES)}
        with self._lock:
            for view in views:
                position = self._position(view.id)
                if position is None:
                    continue
                self._status[position] = rank.get(view.status, _UNKNOWN_STATUS)
                self._review[position] = view.needs_review
                self._checkworthiness[position] = view.checkworthiness
                if self._texts[position] != view.text:
                    self._texts[position] = view.text
                    self._edited[position] = search_words(view.text)
                    self._edits += 1
            self._order = None

    def remove(self, claim_ids: Iterable[int]) -> None:
        """Drop claims that no longer stand on their own (merged into another)."""
        with self._lock:
            for claim_id in claim_ids:
                position = self._position(claim_id)
                if position is not None:
                    self._alive[position] = False

    # --- asking -----------------------------------------------------------------------------------------------
    def __contains__(self, claim_id: int) -> bool:
        with self._lock:
            position = self._position(claim_id)
            return position is not None and bool(self._alive[position])

    def text(self, claim_id: int) -> str:
        with self._lock:
            position = self._position(claim_id)
            return self._texts[position] if position is not None else ""

    def status(self, claim_id: int) -> str:
        with self._lock:
            position = self._position(claim_id)
            if position is None or self._status[position] >= len(STATUSES):
                return ""
            return STATUSES[self._status[position]]

    def view(
        self,
        statuses: Iterable[str] = (),
        search: str = "",
        within: Iterable[int] | None = None,
        also: Iterable[int] | None = None,
    ) -> CatalogView:
        """Claim ids in triage order, narrowed by status, by a fuzzy search and to a set of ids (a speaker's).

        With a search, claims matching every word exactly come first, then those that only match with a
        typo; each part keeps triage order. `also` are claims the search finds another way (said by a speaker
        the search names): they count as exact matches. Status counts ignore the status filter, so they show
        what choosing another status would give.
        """
        query = search_words(search)
        with self._lock:
            if query and self._words is None:
                raise RuntimeError("search needs ensure_index() first")
            size = len(self._ids)
            candidates = self._alive.copy()
            if within is not None:
                wanted = np.fromiter(within, dtype=np.int64)
                candidates &= np.isin(self._ids, wanted)
            exact = candidates.copy()
            for word in query:
                word_exact, word_any = self._word_masks(word, size)
                candidates &= word_any
                exact &= word_exact
            if query and also is not None:
                extra = np.isin(self._ids, np.fromiter(also, dtype=np.int64)) & self._alive
                if within is not None:
                    extra &= np.isin(self._ids, wanted)
                candidates |= extra
                exact |= extra
            counts = np.bincount(self._status[candidates], minlength=len(STATUSES) + 1)
            chosen = candidates
            if statuses:
                ranks = [STATUSES.index(status) for status in statuses if status in STATUSES]
                chosen = candidates & np.isin(self._status, np.asarray(ranks, dtype=np.int8))
            order = self._triage_order()
            ordered = order[chosen[order]]
            exact_part = ordered[exact[ordered]]
            if query:
                ordered = np.concatenate([exact_part, ordered[~exact[ordered]]])
            return CatalogView(
                ids=self._ids[ordered],
                counts={status: int(counts[index]) for index, status in enumerate(STATUSES)},
                total=int(candidates.sum()),
                exact=len(exact_part),
            )

    def find(self, search: str, limit: int = 20, exclude: Iterable[int] = ()) -> list[tuple[int, str, str]]:
        """(id, status, text) of the best claims for a picker or the command palette, exact matches first."""
        skip = set(exclude)
        found = []
        for claim_id in self.view(search=search).ids:
            claim_id = int(claim_id)
            if claim_id not in skip:
                found.append((claim_id, self.status(claim_id), self.text(claim_id)))
                if len(found) >= limit:
                    break
        return found

    # --- inside ---------------------------------------------------------------------------------------------
    def _position(self, claim_id: int) -> int | None:
        position = int(np.searchsorted(self._ids, claim_id))
        if position < len(self._ids) and self._ids[position] == claim_id:
            return position
        return None

    def _triage_order(self) -> np.ndarray:
        """Positions sorted as the store sorts for triage: flagged first, then status, check-worthiness, id."""
        if self._order is None:
            self._order = np.lexsort((self._ids, -self._checkworthiness, self._status, ~self._review))
        return self._order

    def _word_masks(self, word: str, size: int) -> tuple[np.ndarray, np.ndarray]:
        """Claims containing the word (exact) and containing it or a near miss (either); cached while typing."""
        key = (self._generation, self._edits, word)
        if key in self._masks:
            self._masks.move_to_end(key)
            return self._masks[key]
        ready = self._words.character_mask(word, size) if len(word) == 1 else None
        if ready is not None:
            exact, either = ready.copy(), ready.copy()
        else:
            exact_entries, typo_entries = self._words.matching_words(word)
            exact = self._words.mask(exact_entries, size)
            either = exact | self._words.mask(typo_entries, size)
        cutoff = _typo_cutoff(word)
        for position, words in self._edited.items():
            exact[position] = any(word in candidate for candidate in words)
            either[position] = exact[position] or (
                cutoff is not None
                and any(
                    candidate[:1] == word[:1] and fuzz.ratio(word, candidate[: len(word)]) >= cutoff
                    for candidate in words
                )
            )
        self._masks[key] = (exact, either)
        if len(self._masks) > _CACHED_WORDS:
            self._masks.popitem(last=False)
        return exact, either
