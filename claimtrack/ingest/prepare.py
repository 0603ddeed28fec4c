"""Document preparation: separate an article's body from its title, dateline, captions and page residue."""

from __future__ import annotations

import re
from datetime import date, datetime

from claimtrack.config import settings
from claimtrack.ingest.document import Document, IngestError, Note
from claimtrack.lexicon import Lexicon, available_languages, detect_language, lexicon
from claimtrack.textutil import clean_text, fold

_HEADER_SCAN = 8  # paragraphs searched for the dateline; those before it are header material


# A numeric date: two numbers up to 31 then a four-digit year, with an optional time ("05/10/2025 14:30")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T,]+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*\w{1,4})?)?")
_TEXT_PATTERNS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y")


def _numeric_date(match: re.Match, language: str, origin: str) -> tuple[date, Note | None]:
    """dd/mm/yyyy or mm/dd/yyyy, by the article's language: a number over 12 settles it; otherwise the order set
    for the language (ingest.date_order), else month first with a note that the date was ambiguous."""
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    order = settings().ingest.date_order.get(language, "")
    note = None
    if first > 12 >= second:
        day_first = True
    elif second > 12 >= first:
        day_first = False
    else:
        day_first = order == "day-first"
        if not order and first != second:
            note = Note(f"ambiguous-date:{language}", "")
    day, month = (first, second) if day_first else (second, first)
    try:
        found = date(year, month, day)
    except ValueError as exc:
        raise IngestError(f"published: {match.group(0)!r} is not a date (use YYYY-MM-DD)") from exc
    if note is not None:
        code = language or "LANGUAGE"
        note = Note(
            note.key,
            f"{origin}: published {match.group(0)!r} reads either way; read month first as "
            f"{found.isoformat()} (settle it with `claimtrack config set ingest.date_order.{code} "
            "day-first` or month-first, or write YYYY-MM-DD)",
            more=f"more published dates in {code} articles read either way, and were read month first",
        )
    return found, note


def read_date(value: object, language: str = "", origin: str = "") -> tuple[date | None, Note | None]:
    """A publication date from metadata, read as the article's language writes dates: ISO first, then numeric dates
    by the language's order, then the common news formats. Also a note when the date could be read two ways."""
    if value in (None, ""):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date(), None
    except ValueError:
        pass
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric:
        return _numeric_date(numeric, language, origin)
    for pattern in _TEXT_PATTERNS:
        try:
            return datetime.strptime(text, pattern).date(), None
        except ValueError:
            continue
    import dateparser

    order = "DMY" if settings().ingest.date_order.get(language) == "day-first" else "MDY"
    languages = [language] + [code for code in ("id", "en") if code != language] if language else ["id", "en"]
    parsed = dateparser.parse(text, languages=languages, settings={"STRICT_PARSING": True, "DATE_ORDER": order})
    if parsed is None:
        raise IngestError(f"published: cannot read {text!r} as a date (use YYYY-MM-DD)")
    return parsed.date(), None


_WRAP_WIDTH = 100  # hard-wrapped text keeps its lines to about this width


def hard_wrapped(text: str) -> bool:
    """Is the text wrapped at a fixed width, its paragraphs running over several lines? Markdown exported by a
    newsroom system often writes each paragraph on one long line with no blank line between: those lines are
    paragraphs, not one paragraph wrapped."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    long_lines = sum(len(line) > _WRAP_WIDTH + 20 for line in lines)
    return long_lines <= 0.1 * len(lines)


def _paragraphs(text: str, soft_wrapped: bool) -> list[str]:
    if soft_wrapped:
        blocks = re.split(r"\n\s*\n", text)
        return [" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks]
    return [line.strip() for line in text.split("\n")]


def _opening(paragraph: str, words: int = 12) -> str:
    """The first words of a paragraph, as the title of an article that has no other."""
    parts = paragraph.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _repeats_title(paragraph: str, title: str, title_key: str) -> bool:
    """Is the paragraph the title again (compared folded, and only when the lengths are near)?"""
    return (
        bool(title_key) and abs(len(paragraph) - len(title)) <= max(8, len(title) // 5) and fold(paragraph) == title_key
    )


def _is_caption(paragraph: str, lex: Lexicon) -> bool:
    return bool(lex.caption_credit and lex.caption_credit.search(paragraph))


def prepare(
    raw_text: str,
    *,
    title: str = "",
    outlet: str = "",
    url: str = "",
    language: str = "",
    published: object = None,
    dateline: str = "",
    credit: str = "",
    origin: str = "",
    soft_wrapped: bool = False,
    title_on_first_line: bool = True,
) -> Document:
    """Split raw article text into a clean body and metadata; the body is what statements index into."""
    text = clean_text(raw_text)
    if language in ("", "auto", None):
        language = detect_language(text)
    if language not in available_languages():
        raise IngestError(f"language {language!r} is not supported (have: {', '.join(available_languages())})")
    lex = lexicon(language)  # a broken lexicon file is a LexiconError naming its file and line
    published_date, date_note = read_date(published, language, origin)

    paragraphs = [p for p in _paragraphs(text, soft_wrapped) if p]
    dropped: list[str] = []
    title = clean_text(title).strip()

    def dateline_match(paragraph: str) -> re.Match[str] | None:
        return lex.dateline.match(paragraph) if lex.dateline else None

    if paragraphs and not title and title_on_first_line and not dateline_match(paragraphs[0]):
        # a one-paragraph article is all body: its title is its opening words
        title = paragraphs.pop(0) if len(paragraphs) > 1 else _opening(paragraphs[0])
    title_key = fold(title) if len(paragraphs) > 1 or not paragraphs or title != _opening(paragraphs[0]) else ""

    # everything before the dateline paragraph is header material: repeated title, keywords, captions
    dateline_found = next(
        (
            (i, found)
            for i, p in enumerate(paragraphs[:_HEADER_SCAN])
            if (found := dateline_match(p)) and (i == 0 or not found.groupdict().get("place_bare"))
        ),
        None,
    )
    if dateline_found is not None:
        dateline_index, found = dateline_found
        dropped.extend(paragraphs[:dateline_index])
        paragraphs = paragraphs[dateline_index:]
        groups = found.groupdict()
        place = next((v for k, v in groups.items() if k.startswith("place") and v), "")
        found_outlet = next((v for k, v in groups.items() if k.startswith("outlet") and v), "")
        dateline = dateline or place.strip()
        outlet = outlet or found_outlet.strip()
        paragraphs[0] = paragraphs[0][found.end() :].lstrip()

    body: list[str] = []
    for paragraph in paragraphs:
        if lex.boilerplate_inline:
            paragraph = lex.boilerplate_inline.sub("", paragraph).strip()
        if not paragraph:
            continue
        credit_match = lex.credit_line.match(paragraph) if lex.credit_line else None
        if credit_match:
            credit = credit or credit_match.group("credit").strip()
            dropped.append(paragraph)
        elif (
            _repeats_title(paragraph, title, title_key)
            or lex.boilerplate_prefix.match(paragraph)
            or _is_caption(paragraph, lex)
        ):
            dropped.append(paragraph)
        else:
            body.append(paragraph)

    return Document(
        text="\n\n".join(body),
        title=title,
        outlet=outlet,
        url=url,
        language=language,
        published=published_date,
        dateline=dateline,
        credit=credit,
        origin=origin,
        dropped=dropped,
        notes=[date_note] if date_note else [],
    )
