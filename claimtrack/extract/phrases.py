"""Finding listed phrases quickly: a trie of their first words, then only the phrases that begin there.

Python's `re` tries every alternative of `a|b|c…` at every character; `lexicon.trie` arranges the words so
that a pattern fails at the first letter almost everywhere, and a table keyed by first word then tries only
the phrases that can begin there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from claimtrack.lexicon import phrase_pattern, trie

WORD = re.compile(r"\w+")


def first_word(phrase: str) -> str:
    """The key a phrase is filed under: its first run of word characters, case-folded."""
    match = WORD.search(phrase.casefold())
    return match.group() if match else ""


class FoldedPattern:
    """A pattern written in lower case, searched in the case-folded text: `finditer` gives matches in the folded
    text, whose offsets are the text's own (read what a match wrote from the text itself).

    A case-insensitive pattern compares each character both ways; the folded text, made once for a document
    and shared by every lookup into it, is searched case-sensitively at about half the cost. A text whose
    folding changes its length ("ẞ" → "ss") is searched case-insensitively instead."""

    def __init__(self, pattern: str):
        self._folded = re.compile(pattern)
        self.any_case = re.compile(pattern, re.IGNORECASE)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        folded = casefolded(text)
        if folded is None:
            return self.any_case.finditer(text, start, end)
        return self._folded.finditer(folded, start, end)


class WordStarts(FoldedPattern):
    """Where a text writes one of `words` as a whole word, compared case-folded (and with `digits`, where a word
    starts with a digit)."""

    def __init__(self, words: Iterable[str], *, digits: bool = False):
        body = trie(tuple(sorted({w.casefold() for w in words if w})))
        alternatives = [f"(?:{body})(?!\\w)"] if body else []
        if digits:
            alternatives.append(r"\d")
        super().__init__(r"(?<!\w)(?:" + ("|".join(alternatives) or r"(?!x)x") + ")")


def surely_without(text: str, words: Iterable[str]) -> bool:
    """Does the text surely hold none of `words` (lower case), even as parts of words? Asked before a pattern that
    needs one of them and is tried at every character. Only a text in ASCII is sure: outside it `re` matches some
    letters case-insensitively that `str.lower` does not fold ("ı" for "i")."""
    if not text.isascii():
        return False
    lowered = text.lower()
    return not any(word in lowered for word in words)


@lru_cache(maxsize=4)
def casefolded(text: str) -> str | None:
    """The text case-folded, if that keeps every character where it was (kept for the few texts in hand)."""
    folded = text.casefold()
    return folded if len(folded) == len(text) else None


class PhraseTable:
    """Phrases in groups of decreasing priority; at one place the first group wins, then the longest phrase."""

    def __init__(self, groups: Iterable[tuple[str, Iterable[str]]], *, ignore_case: bool = True):
        self.by_first: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        ranked: dict[str, list[tuple[int, int, re.Pattern[str], str]]] = {}
        for priority, (label, phrases) in enumerate(groups):
            for phrase in {p.strip() for p in phrases if p.strip()}:
                key = first_word(phrase)
                if not key:
                    continue
                pattern = re.compile(phrase_pattern([phrase], ignore_case=ignore_case))
                ranked.setdefault(key, []).append((priority, -len(phrase), pattern, label))
        for key, entries in ranked.items():
            self.by_first[key] = [(pattern, label) for _, _, pattern, label in sorted(entries, key=lambda e: e[:2])]
        self.starts = WordStarts(self.by_first)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], str]]:
        """Non-overlapping matches left to right, as (match, group label)."""
        end = len(text) if end is None else end
        after = start
        for word in self.starts.finditer(text, start, end):
            if word.start() < after:
                continue
            for pattern, label in self.by_first.get(word.group().casefold(), ()):
                match = pattern.match(text, word.start(), end)
                if match:
                    after = match.end()
                    yield match, label
                    break

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first listed phrase in the text, or None."""
        return next((match for match, _ in self.finditer(text, start, end)), None)


TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")


def whole_word_spans(phrase: str, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each place `text` writes `phrase` as whole words: no letter or digit touching it, and
    no hyphen after it ("Budi" is not in "Budiman" nor in "Budi-Santoso")."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not (text[end : end + 1].isalnum() or text[end : end + 1] == "-" or text[at - 1 : at].isalnum()):
            yield at, end
        at = text.find(phrase, at + 1)


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what \w matches in a str pattern


def _two_words_before(text: str, at: int) -> tuple[str, str] | None:
    """The word right before `at`, after whitespace, and the word before that one if only whitespace parts them
    ("site" and "rumor" of "internet-rumor site Snopes"), read back over at most 80 characters; None when no whole
    word ends there. Read character by character: a pattern anchored at the end is tried from every start."""
    low = max(0, at - 80)
    end = at
    while end > low and text[end - 1].isspace():
        end -= 1
    start = end
    while start > low and _word_character(text[start - 1]):
        start -= 1
    if end == at or start == end or (start > 0 and _word_character(text[start - 1])):
        return None
    gap = start
    while gap > low and text[gap - 1].isspace():
        gap -= 1
    if gap == start:
        return text[start:end], ""
    first = gap
    while first > low and _word_character(text[first - 1]):
        first -= 1
    return text[start:end], text[first:gap]


def words_before(phrase: str, text: str) -> Iterator[tuple[str, str]]:
    """For each place `text` writes `phrase` as whole words after whitespace: (the word before it, the word before
    that or ""), as written ("PT" of "PT Jasa Marga"; "site", "rumor" of "internet-rumor site Snopes")."""
    for at, _ in whole_word_spans(phrase, text):
        found = _two_words_before(text, at)
        if found is not None:
            yield found


def tokens(text: str) -> list[str]:
    """Case-folded words, hyphenated and apostrophe words kept whole ("mengada-ada", "didn't")."""
    return TOKEN.findall(text.casefold())


class Words:
    """A short text read once for WordSet lookups: its case-folded words, joined by spaces, and the folded text."""

    __slots__ = ("text", "written", "words", "_joined", "_folded")

    def __init__(self, text: str):
        self.text = text
        self.written: list[str] = TOKEN.findall(text)
        self.words = [w.casefold() for w in self.written]
        self._joined: str | None = None
        self._folded: str | None = None

    @property
    def joined(self) -> str:
        if self._joined is None:
            self._joined = " " + " ".join(self.words) + " "
        return self._joined

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = self.text.casefold()
        return self._folded


def words_of(text: "str | Words") -> Words:
    """The text read into words; a text asked about again (a statement's content, by the stance, the links and
    the check-worthiness in turn) is read once."""
    return text if isinstance(text, Words) else _read_words(text)


@lru_cache(maxsize=1024)
def _read_words(text: str) -> Words:
    return Words(text)


def _longest_first(phrase: str) -> tuple[int, str]:
    return -len(phrase), phrase


class WordSet:
    """Whole words and phrases to look for in short texts, such as a statement's content."""

    def __init__(self, phrases: Iterable[str]):
        words, multi, other = set(), [], []
        # longest first, then alphabetically: which of two overlapping phrases is found or taken out first must
        # not depend on the order of a set of strings, which changes with each process's hash seed
        for phrase in sorted({p.strip() for p in phrases if p.strip()}, key=_longest_first):
            parts = tokens(phrase)
            if " ".join(parts) != " ".join(phrase.casefold().split()):
                other.append(phrase.casefold())  # "%" and the like: looked for as written
            elif len(parts) == 1:
                words.add(parts[0])
            else:
                multi.append(" " + " ".join(parts) + " ")
        self.words = frozenset(words)
        self.multi: dict[str, tuple[str, ...]] = {}  # phrases of several words, by their first word
        for phrase in multi:
            self.multi[phrase.split()[0]] = (*self.multi.get(phrase.split()[0], ()), phrase)
        self.other = tuple(other)

    def found_in(self, text: "str | Words") -> bool:
        """Is any listed word or phrase in the text?"""
        text = words_of(text)
        if not self.words.isdisjoint(text.words):
            return True
        if self.multi and any(
            phrase in text.joined for first in self.multi.keys() & set(text.words) for phrase in self.multi[first]
        ):
            return True
        return bool(self.other) and any(phrase in text.folded for phrase in self.other)

    def first_in(self, text: "str | Words") -> str:
        """The first listed word or phrase the text holds, as listed (lower case); "" when none."""
        text = words_of(text)
        for word in text.words:
            if word in self.words:
                return word
            for phrase in self.multi.get(word, ()):
                if phrase in text.joined:
                    return phrase.strip()
        return next((phrase for phrase in self.other if phrase in text.folded), "")

    def remove_from(self, text: str) -> str:
        """The text's words, lower case, with the listed words and phrases taken out."""
        joined = words_of(text).joined
        present = self.multi.keys() & set(joined.split())
        for phrase in sorted((phrase for first in present for phrase in self.multi[first]), key=_longest_first):
            joined = joined.replace(phrase, " ")
        return " ".join(word for word in joined.split() if word not in self.words)

    def starts(self, text: "str | Words") -> bool:
        """Does the text begin, at its very first character, with a listed phrase?"""
        text = words_of(text)
        if not text.words or not text.folded.startswith(text.words[0]):
            return False
        return text.words[0] in self.words or any(
            text.joined.startswith(phrase) for phrase in self.multi.get(text.words[0], ())
        )

    def __contains__(self, text: str) -> bool:
        return self.found_in(text)


class WordSets:
    """Several named WordSets read in one pass over a text: `first_in` gives, for each list that the text
    touches, what `WordSet.first_in` would (the same word or phrase), without walking the words once a list."""

    def __init__(self, sets: dict[str, WordSet]):
        self.names = tuple(sets)
        self.by_word: dict[str, list[tuple[str, str | None]]] = {}  # word → (list name, phrase or None for the word)
        for name, wordset in sets.items():
            for word in wordset.words:
                self.by_word.setdefault(word, []).append((name, None))
        for name, wordset in sets.items():  # a list's own word before its phrases that start there, as WordSet does
            for first, phrases in wordset.multi.items():
                self.by_word.setdefault(first, []).extend((name, phrase) for phrase in phrases)
        self.other = [(name, wordset.other) for name, wordset in sets.items() if wordset.other]

    def first_in(self, text: "str | Words", skip: Callable[[int], bool] | None = None) -> dict[str, str]:
        """{list name: the first of its words or phrases the text holds}, for the lists it holds any of; a word at
        an index `skip` is true of counts for no list on its own (it may open a phrase)."""
        text = words_of(text)
        found: dict[str, str] = {}
        for at, word in enumerate(text.words):
            for name, phrase in self.by_word.get(word, ()):
                if name in found:
                    continue
                if phrase is None:
                    if skip is not None and skip(at):
                        continue
                    found[name] = word
                elif phrase in text.joined:
                    found[name] = phrase.strip()
        for name, others in self.other:
            if name not in found:
                hit = next((phrase for phrase in others if phrase in text.folded), "")
                if hit:
                    found[name] = hit
        return {name: found[name] for name in self.names if name in found}
