"""Finding listed phrases quickly: a trie of their first words, then only the phrases that begin there.

Python's `re` tries every alternative of `a|b|c…` at every character, so a pattern of a few hundred cue
verbs costs about a microsecond per character of news. The same words arranged as a trie
(`k(?:ata|ilah)|m(?:e(?:…))`) fail at the first letter almost everywhere, which is some twenty times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from claimtrack.lexicon import phrase_pattern

WORD = re.compile(r"\w+")


def first_word(phrase: str) -> str:
    """The key a phrase is filed under: its first run of word characters, case-folded."""
    match = WORD.search(phrase.casefold())
    return match.group() if match else ""


def _trie(words: list[str]) -> str:
    """A regex body matching exactly these words, as a trie; the empty word marks an optional end."""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[:1], []).append(word[1:])
    parts, optional = [], False
    for head in sorted(branches):
        if head == "":
            optional = True
            continue
        parts.append(re.escape(head) + _trie(branches[head]))
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 and not optional else "(?:" + "|".join(parts) + ")"
    return body + ("?" if optional else "")


def word_pattern(words: Iterable[str], *, digits: bool = False) -> re.Pattern:
    """Whole words from `words` (case-insensitive), and with `digits` any word that starts with a digit."""
    body = _trie(sorted({w for w in words if w}))
    alternatives = [f"(?:{body})(?!\\w)"] if body else []
    if digits:
        alternatives.append(r"\d")
    return re.compile(r"(?<!\w)(?i:" + ("|".join(alternatives) or r"(?!x)x") + ")")


class PhraseTable:
    """Phrases in groups of decreasing priority; at one place the first group wins, then the longest phrase."""

    def __init__(self, groups: Iterable[tuple[str, Iterable[str]]], *, ignore_case: bool = True):
        self.by_first: dict[str, list[tuple[re.Pattern, str]]] = {}
        ranked: dict[str, list[tuple[int, int, re.Pattern, str]]] = {}
        for priority, (label, phrases) in enumerate(groups):
            for phrase in {p.strip() for p in phrases if p.strip()}:
                key = first_word(phrase)
                if not key:
                    continue
                pattern = re.compile(phrase_pattern([phrase], ignore_case=ignore_case))
                ranked.setdefault(key, []).append((priority, -len(phrase), pattern, label))
        for key, entries in ranked.items():
            self.by_first[key] = [(pattern, label) for _, _, pattern, label in sorted(entries, key=lambda e: e[:2])]
        self.starts = word_pattern(self.by_first)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match, str]]:
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

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
        """The first listed phrase in the text, or None."""
        return next((match for match, _ in self.finditer(text, start, end)), None)


TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")


def tokens(text: str) -> list[str]:
    """Case-folded words, hyphenated and apostrophe words kept whole ("mengada-ada", "didn't")."""
    return TOKEN.findall(text.casefold())


class WordSet:
    """Whole words and phrases to look for in short texts, such as a statement's content."""

    def __init__(self, phrases: Iterable[str]):
        words, multi, other = set(), [], []
        for phrase in {p.strip() for p in phrases if p.strip()}:
            parts = tokens(phrase)
            if " ".join(parts) != " ".join(phrase.casefold().split()):
                other.append(phrase.casefold())  # "%" and the like: looked for as written
            elif len(parts) == 1:
                words.add(parts[0])
            else:
                multi.append(" " + " ".join(parts) + " ")
        self.words = frozenset(words)
        self.multi = tuple(multi)
        self.other = tuple(other)

    def in_tokens(self, words: list[str], text: str = "") -> bool:
        """Is any listed phrase among these words (`text`, folded, serves the phrases that are not words)?"""
        if not self.words.isdisjoint(words):
            return True
        if self.multi:
            joined = " " + " ".join(words) + " "
            if any(phrase in joined for phrase in self.multi):
                return True
        return any(phrase in text for phrase in self.other)

    def starts(self, text: str) -> bool:
        """Does the text begin, at its very first character, with a listed phrase?"""
        first = TOKEN.match(text.casefold())
        if first is None:
            return False
        if first.group() in self.words:
            return True
        joined = " " + " ".join(tokens(text[:120])) + " "
        return any(joined.startswith(phrase) for phrase in self.multi)

    def __contains__(self, text: str) -> bool:
        return self.in_tokens(tokens(text), text.casefold())
