"""Text helpers shared by every layer: normalisation, words, and making untrusted text inert."""

from __future__ import annotations

import re
import string
import unicodedata
from functools import lru_cache

# C0/C1 controls except tab and newline, DEL, bidirectional overrides and isolates, zero-width marks
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_SEARCH_PUNCTUATION = str.maketrans({mark: " " for mark in string.punctuation + "“”‘’«»…–—"})
# UTF-8 read as Latin-1 or Windows-1252 ("BjÃ¶rn", "km²" as "kmÂ²"): a lead byte's letter, then a continuation
# byte's; only then is ftfy asked (it decides whether the text is mojibake, and its import costs 0.1 s)
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def inert(text: str) -> str:
    """Text with terminal escape sequences, control characters and bidi overrides removed."""
    return _UNSAFE.sub("", _ANSI.sub("", text))


def clean_text(text: str) -> str:
    """Mojibake repaired, NFC, LF line endings, plain spaces, nothing that could steer a terminal."""
    if _MOJIBAKE.search(text):
        import ftfy  # (only for text that shows the signs: most never loads it)

        text = ftfy.fix_encoding(text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    return inert(text)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive key for names and aliases."""
    folded = text.casefold()
    if folded.isalnum() and folded.isascii():
        return folded  # one plain word: what the pattern below would give
    if not folded.isascii():
        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")
    return " ".join(WORD.findall(folded))


def search_words(text: str) -> list[str]:
    """Case- and accent-folded words, split at punctuation: how claims and a search box's words are compared."""
    folded = text.casefold()
    if not folded.isascii():
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
    return folded.translate(_SEARCH_PUNCTUATION).split()


def words(text: str) -> list[str]:
    return WORD.findall(text)


def one_line(text: str, limit: int | None = None) -> str:
    """Inert text on a single line, optionally cut with an ellipsis."""
    flat = " ".join(inert(text).split())
    if limit is not None and len(flat) > limit:
        return flat[: max(limit - 1, 0)].rstrip() + "…"
    return flat


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 statement", "8 statements": English words with their number (the interface's words are in i18n)."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
