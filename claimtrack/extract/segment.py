"""Paragraphs, quotations and sentences with character offsets into the document text.

Quotes are found first so that a quotation running over several sentences stays inside one sentence.
Straight quotes, curly quotes, the Kompas habit of `”` for both ends, and «guillemets» are handled.
A quotation may also run over several paragraphs: one left open at a paragraph's end goes on through
paragraphs without quote marks (or, in the English way, paragraphs that open it again) to the paragraph
whose first mark closes it; all of it is then one sentence.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal, overload

from claimtrack.extract.tokens import HEADING, is_heading
from claimtrack.lexicon import Lexicon

OPENERS = "“«„"
CLOSERS = "”»"
AMBIGUOUS = '"”'
# a sentence's end before the next one's capital; or, in scraped text that lost the space, a dot after a lower-case
# word of four letters or more right before a capitalised word ("… pengenalan internasional.Terkait penguatan …")
_BOUNDARY = re.compile(r"[.!?…]+(?:''|[\"”’»)\]])*(?=\s+(?:''|[\"“”«(\[])?\s*[A-Z0-9À-Ý]|\s*$)")
# (after a lower-case word of four letters or more: `_boundaries`; and before a quotation mark only where a quotation
# opens: `_sentences`)
_GLUED = re.compile(r"\.(?=[A-Z][a-z]|[\"“][A-Z])")
_LONGEST_QUOTATION = 12  # paragraphs one quotation may run over
_PUNCT_BEFORE_CLOSE = ",.!?;:…-—–"
# '' : two apostrophes, the double quote of some newspapers (alternatives that each open with a character: `re`
# then skips ahead to them)
_MARK = re.compile("''|“|«|„|”|»|\"")
_TURN_LABEL = re.compile(r"[\"“][ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}:[ \t]")  # "WALLACE: …
_LAST_TOKEN = re.compile(r"[\w.]+$")
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_NEXT_WORD = re.compile(r"\s*(\w+)")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the opening mark, or the paragraph start when the opening mark is missing
    end: int  # just past the closing mark, or the paragraph end when it is missing
    inner_start: int
    inner_end: int
    closed: bool = True
    opened: bool = True  # False when the opening mark is missing (it was in an earlier paragraph, or never)

    def contains(self, position: int) -> bool:
        return self.inner_start <= position < self.inner_end


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # where it starts
    quotes: tuple[Quote, ...] = ()
    last_paragraph: int = -1  # where it ends, when a quotation carried it over paragraphs

    def __post_init__(self) -> None:
        if self.last_paragraph < self.paragraph:
            object.__setattr__(self, "last_paragraph", self.paragraph)

    def in_quote(self, position: int) -> bool:
        return any(q.start <= position < q.end for q in self.quotes)


def paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _role(
    text: str,
    i: int,
    start: int,
    end: int,
    has_curly_opener: bool,
    is_open: bool,
    size: int = 1,
    cue_after: Callable[[int], bool] | None = None,
) -> str:
    """'open' or 'close' for the quote mark at i (`size` characters long), from the characters around it."""
    ch = text[i]
    if ch in OPENERS:
        if is_open and i > start and text[i - 1] in _PUNCT_BEFORE_CLOSE and not text[i + size : end].strip():
            return "close"  # "… on the fifth day.“" ending its paragraph: an opening mark set for a closing one
        return "open"
    if ch in "»" or (ch == "”" and has_curly_opener):
        return "close"
    before = text[i - 1] if i > start else ""
    after = text[i + size] if i + size < end else ""
    if before in ("", " ", "(", "[", "\t") and after not in ("", " ", ",", ".", ";", ":", ")"):
        # a mark before a word opens, unless a quotation is open and the mark follows punctuation + space
        if is_open and i - 2 >= start and text[i - 2] in _PUNCT_BEFORE_CLOSE and before == " ":
            return "close"
        return "open"
    if before not in ("", " ") and after in ("", " ", ",", ".", ";", ":", ")", "!", "?", "-", "—"):
        return "close"
    if before == " " and after == " ":
        # detached mark, as in tokenised text: it closes an open quotation, or what punctuation just ended when
        # the attribution follows ('…, ” kata X'); otherwise it opens (', ” kota hujan ” tersebut')
        prev = text[i - 2] if i - 2 >= start else ""
        if is_open or (prev in _PUNCT_BEFORE_CLOSE and (cue_after is None or cue_after(i + size))):
            return "close"
        return "open"
    return "close" if is_open else "open"


@overload
def find_quotes(
    text: str, start: int, end: int, carried: Literal[False] = False, cue_after: Callable[[int], bool] | None = None
) -> list[Quote]: ...


@overload
def find_quotes(
    text: str, start: int, end: int, carried: bool, cue_after: Callable[[int], bool] | None = None
) -> list[Quote] | None: ...


def find_quotes(
    text: str, start: int, end: int, carried: bool = False, cue_after: Callable[[int], bool] | None = None
) -> list[Quote] | None:
    """Quotations in one paragraph; an unpaired mark makes a quote run to the paragraph's edge.

    `carried`: the paragraph begins inside a quotation opened earlier, which its first closing mark ends
    (that quote has opened=False). None when the paragraph cannot be read so: its first mark opens a new one.
    """
    marks = [(m.start(), m.end() - m.start()) for m in _MARK.finditer(text, start, end)]
    if not marks:
        return []
    has_curly_opener = any(text[i] in OPENERS for i, _ in marks)
    quotes: list[Quote] = []
    open_at: int | None = start if carried else None
    open_size = 0
    for i, size in marks:
        role = _role(text, i, start, end, has_curly_opener, open_at is not None, size, cue_after)
        if role == "open":
            if carried and not quotes and i != start and open_at == start:
                return None  # a new quotation, not the end of the carried one
            if open_at is None:
                open_at, open_size = i, size
            continue
        if open_at is None:
            # a closing mark with no opening one: the quotation began at the paragraph start
            if not quotes and text[start:i].strip():
                quotes.append(Quote(start, i + size, start, i, closed=False, opened=False))
            continue
        if carried and not quotes and open_at == start:
            quotes.append(Quote(start, i + size, start, i, closed=True, opened=False))
        else:
            quotes.append(Quote(open_at, i + size, open_at + open_size, i))
        open_at = None
    if open_at is not None:
        # left open: it may go on in the next paragraphs (a mark with nothing after it always does)
        carried_through = carried and not quotes and open_at == start
        quotes.append(
            Quote(
                open_at,
                end,
                open_at + (0 if carried_through else open_size),
                end,
                closed=False,
                opened=not carried_through,
            )
        )
    return quotes


def _carried(
    text: str, last: Quote, later: list[tuple[int, int]], cue_after: Callable[[int], bool] | None = None
) -> tuple[int, list[Quote]] | None:
    """Where a quotation left open goes on to: (paragraphs further on, the quotes there with it joined). A paragraph
    that opens again with a speaker's label in capitals ('"PENCE: Well, …') is the next turn of a transcript quoted
    whole, not the same words going on."""
    for distance, (start, end) in enumerate(later[:_LONGEST_QUOTATION], start=1):
        if _TURN_LABEL.match(text, start, end):
            return None
        quotes = find_quotes(text, start, end, carried=True, cue_after=cue_after)
        if quotes is None:
            return None
        if quotes and quotes[0].closed:
            first = quotes[0]
            return distance, [Quote(last.start, first.end, last.inner_start, first.inner_end), *quotes[1:]]
        # no marks, or opened again (the English way) and still open: the quotation goes on
    return None


def _continues(text: str, previous_end: int, start: int) -> bool:
    """Does a paragraph carry on the sentence before it ('” \n\nkata Aziz, Senin.')?"""
    return text[start].islower() and text[previous_end - 1] in '",”»'


def _blocks(
    text: str, spans: list[tuple[int, int]], cue_after: Callable[[int], bool] | None = None
) -> list[tuple[int, int, list[Quote]]]:
    """Paragraphs grouped by the quotations and sentences that run over them: (first, last, quotes)."""
    blocks = []
    first = 0
    while first < len(spans):
        last, quotes = first, find_quotes(text, *spans[first], cue_after=cue_after)
        while True:
            if quotes and quotes[-1].opened and not quotes[-1].closed:
                carried = _carried(text, quotes[-1], spans[last + 1 :], cue_after)
                if carried is not None:
                    distance, joined = carried
                    quotes = [*quotes[:-1], *joined]
                    last += distance
                    continue
            if last + 1 < len(spans) and _continues(text, spans[last][1], spans[last + 1][0]):
                last += 1
                quotes = [*quotes, *find_quotes(text, *spans[last], cue_after=cue_after)]
                continue
            break
        # a quotation left open at a paragraph end with nothing in it is no quotation
        quotes = [q for q in quotes if q.closed or text[q.inner_start : q.inner_end].strip()]
        blocks.append((first, last, quotes))
        first = last + 1
    return blocks


def _boundaries(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where sentences may end in text[start:end], in order, as (start, end) of the mark: punctuation before the
    next sentence's capital, or in scraped text that lost the space, right after a dot that ends a lower-case word of
    four letters or more before a capitalised word or a quotation that opens (an empty span). (Two patterns, not one
    with both: a pattern that begins with a character set is only tried where one of them stands.)"""
    glued = [
        (found.end(), found.end())
        for found in _GLUED.finditer(text, max(0, start - 1), end)  # (a dot right before `start` ends a sentence at it)
        if _LOWER_FOUR.fullmatch(text, max(found.start() - 4, 0), found.start())
    ]
    marks = ((found.start(), found.end()) for found in _BOUNDARY.finditer(text, start, end))
    heading = _HEADING.match(text, start, end)
    if heading is not None and is_heading(heading.group()):
        # "THE BORROWING Back when he wrote his book, Mr. McKinley said …": a subheading in capitals glued to its
        # paragraph ends there
        glued = [(heading.end(), heading.end()), *glued]
    return heapq.merge(marks, glued) if glued else marks  # (most paragraphs lost no space)


_LOWER_FOUR = re.compile(r"[a-z]{4}")
_HEADING = re.compile(HEADING.pattern + r"(?=[ \t]+[A-Z][a-z])")


def _abbreviation_before(text: str, dot: int, lex: Lexicon, start: int) -> bool:
    window = max(start, dot - 12)  # abbreviations and initials are short
    match = _LAST_TOKEN.search(text, window, dot)
    if not match or (match.start() == window > start and (text[window - 1].isalnum() or text[window - 1] == ".")):
        return False
    token = match.group()
    if token in lex.abbreviations or token.rstrip(".") in lex.abbreviations:
        return True
    return bool(_INITIALS.fullmatch(token))  # initials: "M. Yusuf", "G.K. Butterfield"


def _ends_at_abbreviation(text: str, dot: int, boundary: int, lex: Lexicon, start: int) -> bool:
    """Does a sentence end at the abbreviation's full stop: one a sentence may end with, and a word after it that
    opens a sentence and never a name ("in Scranton, Pa. Sure, it can be …"; not "Scranton, Pa. Mayor …")?"""
    token = _LAST_TOKEN.search(text, max(start, dot - 12), dot)
    if token is None or token.group().rstrip(".") not in lex.sentence_final_abbreviations:
        return False
    word = _NEXT_WORD.match(text, boundary)
    return word is not None and word.group(1)[:1].isupper() and word.group(1).casefold() in lex.sentence_openers


_CUE_WORDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _cue_words(lex: Lexicon) -> frozenset[str]:
    """One-word cues and their forms with a pronoun ("katanya"): after a detached quote mark they show it closes."""
    known = _CUE_WORDS.get(id(lex))
    if known is None or known[0] is not lex:
        words = [c for c in (*lex.post_cues, *lex.speech_cues, *lex.deny_cues) if " " not in c.strip()]
        forms = (w for c in words for w in (c, *(c + suffix for suffix in lex.pronoun_suffixes)))
        known = _CUE_WORDS[id(lex)] = lex, frozenset(w.casefold() for w in forms)
    return known[1]


def _opens_straight(text: str, i: int, start: int, end: int) -> bool:
    """Does a straight single mark open a quotation: at the paragraph's start or after a space or a bracket, with a
    letter after it ("'My mum ran out …", "She was 'rejected by 50 doctors …'")? Not inside a word ("won't") nor
    before a digit ("'90s")."""
    return (i == start or text[i - 1] in " \t([—–") and i + 1 < end and text[i + 1].isalpha()


def _closes_straight(text: str, i: int, end: int) -> bool:
    """Does a straight single mark close the quotation one opened: right after the punctuation that ends what was
    said ("… talk to me,' Tridevil said", "… three hands!'"), or after a word at the paragraph's end or before
    punctuation ("… ethical codes'")? Not inside a word ("don't") nor after a plural before a space ("the boys'
    bikes": a possessive, or a quotation the marks do not show the end of)."""
    after = text[i + 1] if i + 1 < end else ""
    if after.isalnum() or text[i - 1].isspace():
        return False
    return text[i - 1] in _PUNCT_BEFORE_CLOSE or after in ("", ",", ".", ";", ":", "!", "?", ")")


def _single_quoted(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the single marks of an article that has no double ones read as its quotation marks (the
    British way: "‘She just called me a dog. She asked how …’", and straight in some papers' copy: "'My mum ran out
    of the door,' Tridevil said"): "‘" opens, and "’" closes what it opened when no letter follows it ("don’t",
    "Khoza’s" are apostrophes); a straight mark by `_opens_straight` and `_closes_straight`. Each mark stays one
    character, so every offset holds. A mark left open at a paragraph's end opens a quotation only when the next
    paragraph opens one again, as the English way of carrying a quotation over paragraphs has it."""
    if "‘" not in text and "'" not in text:
        return text
    if _MARK.search(text):
        return _single_outside_double(text, spans)
    chars = list(text)
    for n, (start, end) in enumerate(spans):
        opened = -1
        for i in range(start, end):
            if chars[i] == "‘" and opened < 0 and not (i > start and text[i - 1].isalnum()):
                opened = i  # ("Bonet‘s": a mark after a letter is an apostrophe, whichever way it curls)
            elif chars[i] == "’" and opened >= 0 and not (i + 1 < end and text[i + 1].isalnum()):
                chars[opened], chars[i], opened = "“", "”", -1
            elif chars[i] == "'":
                if opened < 0 and _opens_straight(text, i, start, end):
                    opened = i
                elif opened >= 0 and text[opened] == "'" and _closes_straight(text, i, end):
                    chars[opened], chars[i], opened = "“", "”", -1
        if opened >= 0 and n + 1 < len(spans) and text[spans[n + 1][0] : spans[n + 1][1]].lstrip().startswith("‘"):
            chars[opened] = "“"  # left open where the next paragraph opens again: the quotation goes on there
    return "".join(chars)


_MARKS = re.compile('[“”„«»"‘’]')  # every quotation mark, double or single (`_single_outside_double`)


def _single_outside_double(text: str, spans: list[tuple[int, int]]) -> str:
    """The text of an article that quotes the British way, its double marks only inside single ones, with the single
    marks read as quotation marks and the double marks inside them as a quotation within it: "‘To speed up its
    “transformation”, … managers,’ wrote Forbes’ Robert X Cringely". "‘" opens where no letter stands before it (nor a
    year cut short: "in ‘08"), and "’" closes what it opened where no letter follows it ("IBM’s" is an apostrophe),
    within a paragraph. An article with a double mark outside every such span quotes the American way (“He told me ‘no
    way’ …,” …; a paragraph opening a quotation with a misprinted ”): its single marks stay what they are."""
    pairs: list[tuple[int, int, list[int]]] = []  # each single span, and the double marks inside it
    for start, end in spans:
        opened, inner = -1, []
        for found in _MARKS.finditer(text, start, end):
            i, mark = found.start(), found.group()
            if mark in '“”„«»"':
                if opened < 0:
                    return text  # a double mark outside any single span
                inner.append(i)
            elif (
                mark == "‘"
                and opened < 0
                and not (i > start and text[i - 1].isalnum())
                and not text[i + 1 : i + 3].isdigit()
            ):
                opened, inner = i, []
            elif mark == "’" and opened >= 0 and not (i + 1 < end and text[i + 1].isalnum()):
                pairs.append((opened, i, inner))
                opened = -1
        if opened >= 0 and inner:
            return text  # a double mark in a single span left open
    chars = list(text)
    for opened, closed, inner in pairs:
        chars[opened], chars[closed] = "“", "”"
        for at in inner:
            chars[at] = "‘" if text[at] in "“„«" else "’"
    return "".join(chars)


_RECENT: list[tuple[Lexicon, str, tuple[Sentence, ...]]] = []  # the last few texts segmented, newest last
_RECENT_SIZE = 4


def sentences(text: str, lex: Lexicon) -> list[Sentence]:
    """The text's sentences. A document's body is segmented by more than one stage (the frames, the names registry):
    the last few answers are kept, keyed by the text and the very lexicon object."""
    for seen_lex, seen_text, found in reversed(_RECENT):
        if seen_lex is lex and seen_text == text:
            return list(found)
    found = tuple(_sentences(text, lex))
    _RECENT.append((lex, text, found))
    del _RECENT[:-_RECENT_SIZE]
    return list(found)


def _sentences(text: str, lex: Lexicon) -> list[Sentence]:
    out: list[Sentence] = []
    spans = paragraphs(text)
    text = _single_quoted(text, spans)
    cues = _cue_words(lex)

    def cue_after(position: int) -> bool:
        word = _NEXT_WORD.match(text, position)
        return word is not None and word.group(1).casefold() in cues

    for first, last, quotes in _blocks(text, spans, cue_after):
        p_start, p_end = spans[first][0], spans[last][1]
        # a quote left open at the paragraph end is not trusted to hold sentences together
        binding = [q for q in quotes if q.closed]
        cut = p_start
        for position, boundary in _boundaries(text, p_start, p_end):
            if binding and any(q.inner_start <= position < q.inner_end - 1 for q in binding):
                continue
            if (
                boundary - position == 1
                and text[position] == "."
                and _abbreviation_before(text, position, lex, cut)
                and not _ends_at_abbreviation(text, position, boundary, lex, cut)
            ):
                continue
            if text[position] in "?!" and boundary - position > 1 and _attribution_after(text, boundary, p_end, cues):
                continue  # '"Who would have believed it?" Trump said, …': the attribution closes the quotation
            if position == boundary and text[position] in '"“' and not any(q.start == position for q in quotes):
                continue  # 'bagian dari SIL."Kami …' opens a quotation glued to the sentence before; '… pangan."Kami'
                # that closes one (its marks paired so) ends no sentence before its closing mark
            if text[cut:boundary].strip():
                out.append(_sentence(text, cut, boundary, quotes, spans, first))
            cut = boundary
        if text[cut:p_end].strip():
            out.append(_sentence(text, cut, p_end, quotes, spans, first))
    return out


_CAPITALISED_RUN = re.compile(r"[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){1,4})(\w+)")


def _attribution_after(text: str, position: int, end: int, cues: frozenset[str]) -> bool:
    """Does an attribution follow a quotation that closes with a question or an exclamation mark, at `position` (past
    the closing mark): a cue word ('"…?" said Trump'), or one to four capitalised words and a cue word ('"…!" Trump
    said', '"…?" Sen. Mara Oduya asked')? Then it closes the quotation's sentence, not a sentence of its own."""
    if text[position - 1 : position] not in ('"', "”", "'", "’"):
        return False
    word = _NEXT_WORD.match(text, position, end)
    if word is not None and word.group(1).casefold() in cues:
        return True
    run = _CAPITALISED_RUN.match(text, position, end)
    return run is not None and run.group(2).casefold() in cues


def _sentence(
    text: str, start: int, end: int, quotes: list[Quote], spans: list[tuple[int, int]], first: int
) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    inside = tuple(q for q in quotes if q.start < end and q.end > start) if quotes else ()
    paragraph = first
    while spans[paragraph][1] < start:
        paragraph += 1
    last = paragraph
    while spans[last][1] < end:
        last += 1
    return Sentence(start, end, paragraph, inside, last)
