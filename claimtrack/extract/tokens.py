"""Words and sentence openings as the extraction stages read them.

One definition for spans, content, frames and coreference.
"""

from __future__ import annotations

import re
from functools import lru_cache

# a full stop inside a token joins initials and abbreviations ("U.S.", "G.K"), not two words a missing space
# runs together ("Budhi.Dia")
TOKEN = re.compile(r"\w+(?:['’-]\w+|\.(?![A-Z][a-z])\w+)*(?:['’]s)?")
PUNCTUATION = ".,;:!?\"'“”‘’()[]«»—–-"


# a singular's and a plural's possessive ending: "CNN’s Jake Tapper", "KGI Securities' Ming Chi Kuo"
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")


def without_possessive(word: str) -> str:
    """The word without its possessive ending ("Alcorn’s" → "Alcorn", "Securities'" → "Securities")."""
    return word.removesuffix("'s").removesuffix("’s").rstrip("'’")


def uncontracted(word: str) -> str:
    """The word without a contracted verb after its apostrophe ("that's" → "that", "it’s" → "it")."""
    return re.split("['’]", word, maxsplit=1)[0] if "'" in word or "’" in word else word


def token_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens of text[start:end] as (start, end, token)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


@lru_cache(maxsize=8)
def lower_case(text: str) -> frozenset[str]:
    """The words `text` writes in lower case (kept for the few texts in hand: a document asks many times)."""
    return frozenset(w.strip(PUNCTUATION) for w in set(text.split()) if w[:1].islower())  # each distinct word once


def opens_sentence(text: str, position: int) -> bool:
    """Does `position` begin a sentence (after a full stop, a line break, or at the start; quotes allowed)?"""
    before = text[max(0, position - 12) : position].rstrip(" \t\"'“‘(")
    if before:
        if before[-1].isupper() and before[-1].isalpha():
            # "THE BORROWING Back when …": after a subheading in capitals glued to its paragraph
            return is_heading(text[text.rfind("\n", 0, position) + 1 : position])
        if before[-1] == ":":
            # "Fighter: Rescuers say Bart …": a caption's label of a word or a few, capitalised, opening its paragraph
            label = text[text.rfind("\n", 0, position) + 1 : position].rstrip(" \t\"'“‘(")[:-1].split()
            return 0 < len(label) <= 3 and all(word[:1].isupper() for word in label)
        return before[-1] in ".!?\n"
    return not text[:position].rstrip(" \t\"'“‘(") or text[:position].rstrip(" \t\"'“‘(")[-1] in ".!?\n"


# a subheading in capitals glued to its paragraph: two words or more ("THE BORROWING", "ROLL TIDE")
# the first word past blanks and opening marks ("“He said …": "He"); a dash set off by blanks, between clauses or
# around an aside ("Venting is OK -- people want …", "Hope Hicks — Trump's spokeswoman — said")
OPENING_WORD = re.compile(r"[\s\"“'‘(]*([\w'’-]+)")
SPACED_DASH = re.compile(r"\s(?:--|—|–|-(?!\s+\d))\s")  # (and a hyphen set off by blanks, as plain text writes a dash)

HEADING = re.compile(r"[ \t]*(?:[A-Z][A-Z'’]+[ \t]+)+[A-Z][A-Z'’]+")


def is_heading(words: str) -> bool:
    """Are the words a subheading in capitals (`HEADING`), one of them of four letters or more: not "FBI Director", "NBC
    News" (one word in capitals), nor "US FBI"?"""
    return HEADING.fullmatch(words.rstrip(" \t")) is not None and any(len(word) >= 4 for word in words.split())


# two to eight capitalised words on one line, initials ("M.", "S.W.") allowed, not across a full stop
_BETWEEN = (
    r"[ \t]+(?:\([A-Z]{2,8}\)[ \t]+|[\"“‘][A-Z][\w'’-]*[\"”’][ \t]+)?"  # an acronym in brackets, a nickname in quotes
)
CAPITAL_RUN = re.compile(
    # (the first capital, then what is before it: `re` skips ahead to capitals)
    rf"[A-Z](?<![\w.][A-Z])(?:\.|[\w'’-]*){_BETWEEN}(?:(?:(?:[A-Z]\.)+|[A-Z][\w'’-]*){_BETWEEN}){{0,6}}[A-Z][\w'’-]*"
    r"(?![\w.'’-]*@)"  # (no part of an e-mail address: "Email John.Hall@mailonline.co.uk" names no one)
)
_INSIDE_CAPITAL = re.compile(r"[ \t][ \t]*([A-Z][\w'’-]*)")  # (after a word or a comma: `capitalised_inside`)


@lru_cache(maxsize=8)
def capitalised_inside(text: str) -> frozenset[str]:
    """The words `text` capitalises inside a sentence: one that is capitalised only where a sentence opens is no
    name's. (The blank is found first and what stands before it read after: a pattern that opened by looking
    behind would be tried at every character.)"""
    return frozenset(
        found.group(1)
        for found in _INSIDE_CAPITAL.finditer(text)
        if found.start() and (text[found.start() - 1] == "," or is_word_char(text[found.start() - 1]))
    )


def is_word_char(char: str) -> bool:
    """Is the character one `re`'s \\w matches (a letter, a digit of any script, or "_")?"""
    return char.isalnum() or char == "_"


def lower_word(token: str) -> bool:
    """Is the token a word of letters in lower case only ("campaign" of "Clinton campaign"; not "al-Zameli", "2015")?"""
    return token.isalpha() and token.islower()
