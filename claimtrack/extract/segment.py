"""Paragraphs, quotations and sentences with character offsets into the document text.

Quotes are found first so that a quotation running over several sentences stays inside one sentence.
Straight quotes, curly quotes, the Kompas habit of `”` for both ends, and «guillemets» are handled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.lexicon import Lexicon

OPENERS = "“«„"
CLOSERS = "”»"
AMBIGUOUS = '"”'
_BOUNDARY = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s+[\"“”«(\[]?[A-Z0-9À-Ý])|[.!?…]+[\"”’»)\]]*$")
_PUNCT_BEFORE_CLOSE = ",.!?;:…-—–"
_MARK = re.compile('[“«„”»"]')
_LAST_TOKEN = re.compile(r"[\w.]+$")


@dataclass(frozen=True)
class Quote:
    start: int  # the opening mark, or the paragraph start when the opening mark is missing
    end: int  # just past the closing mark, or the paragraph end when it is missing
    inner_start: int
    inner_end: int
    closed: bool = True

    def contains(self, position: int) -> bool:
        return self.inner_start <= position < self.inner_end


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    quotes: tuple[Quote, ...] = ()

    def in_quote(self, position: int) -> bool:
        return any(q.start <= position < q.end for q in self.quotes)


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _role(text: str, i: int, start: int, end: int, has_curly_opener: bool, is_open: bool) -> str:
    """'open' or 'close' for the quote mark at i, from the characters around it."""
    ch = text[i]
    if ch in OPENERS:
        return "open"
    if ch in "»" or (ch == "”" and has_curly_opener):
        return "close"
    before = text[i - 1] if i > start else ""
    after = text[i + 1] if i + 1 < end else ""
    if before in ("", " ", "(", "[", "\t") and after not in ("", " ", ",", ".", ";", ":", ")"):
        # a mark before a word opens, unless a quotation is open and the mark follows punctuation + space
        if is_open and i - 2 >= start and text[i - 2] in _PUNCT_BEFORE_CLOSE and before == " ":
            return "close"
        return "open"
    if before not in ("", " ") and after in ("", " ", ",", ".", ";", ":", ")", "!", "?", "-", "—"):
        return "close"
    if before == " " and after == " ":
        # detached mark, as in tokenised text: it closes what punctuation just ended
        prev = text[i - 2] if i - 2 >= start else ""
        if prev in _PUNCT_BEFORE_CLOSE or is_open:
            return "close"
        return "open"
    return "close" if is_open else "open"


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotations in one paragraph; an unpaired mark makes a quote run to the paragraph's edge."""
    marks = [m.start() for m in _MARK.finditer(text, start, end)]
    if not marks:
        return []
    has_curly_opener = any(text[i] in OPENERS for i in marks)
    quotes: list[Quote] = []
    open_at: int | None = None
    for i in marks:
        role = _role(text, i, start, end, has_curly_opener, open_at is not None)
        if role == "open":
            if open_at is None:
                open_at = i
            continue
        if open_at is None:
            # a closing mark with no opening one: the quotation began at the paragraph start
            if not quotes and text[start:i].strip():
                quotes.append(Quote(start, i + 1, start, i, closed=False))
            continue
        quotes.append(Quote(open_at, i + 1, open_at + 1, i))
        open_at = None
    if open_at is not None and text[open_at + 1:end].strip():
        quotes.append(Quote(open_at, end, open_at + 1, end, closed=False))
    return quotes


def _abbreviation_before(text: str, dot: int, lex: Lexicon, start: int) -> bool:
    match = _LAST_TOKEN.search(text, max(start, dot - 40), dot)
    if not match:
        return False
    token = match.group()
    if token in lex.abbreviations or token.rstrip(".") in lex.abbreviations:
        return True
    return len(token) == 1 and token.isupper()  # an initial: "M. Yusuf"


def sentences(text: str, lex: Lexicon) -> list[Sentence]:
    out: list[Sentence] = []
    for number, (p_start, p_end) in enumerate(paragraphs(text)):
        quotes = find_quotes(text, p_start, p_end)
        # a quote left open at the paragraph end is not trusted to hold sentences together
        binding = [q for q in quotes if q.closed]
        cut = p_start
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            position = match.start()
            if any(q.inner_start <= position < q.inner_end - 1 for q in binding):
                continue
            if text[position] == "." and match.end() - match.start() == 1 and _abbreviation_before(text, position, lex, cut):
                continue
            boundary = match.end()
            if text[cut:boundary].strip():
                out.append(_sentence(text, cut, boundary, number, quotes))
            cut = boundary
        if text[cut:p_end].strip():
            out.append(_sentence(text, cut, p_end, number, quotes))
    return out


def _sentence(text: str, start: int, end: int, paragraph: int, quotes: list[Quote]) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    inside = tuple(q for q in quotes if q.start < end and q.end > start)
    return Sentence(start, end, paragraph, inside)
