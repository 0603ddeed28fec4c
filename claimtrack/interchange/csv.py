"""CSV: the link rows out (cells a spreadsheet shows as text), and a spreadsheet of verdicts in (ours or anyone's)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from claimtrack.errors import InterchangeError
from claimtrack.interchange.records import Skipped, Verdict, clean, parse_day
from claimtrack.interchange.rows import COLUMNS
from claimtrack.ratings import label_key, status_for_label

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: formulas are defused with a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA):
        return "'" + text
    return text


def to_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return buffer.getvalue()


_CSV_FIELDS = {
    "text": ("claim", "claim text", "text", "claimreviewed", "statement"),
    "label": ("rating", "verdict", "label", "textual rating", "textualrating", "alternatename", "status"),
    "speaker": ("speaker", "claimant", "claim author", "author", "said by"),
    "speaker_role": ("speaker role", "role", "job title", "jobtitle"),
    "speaker_kind": ("speaker kind",),
    "said_on": ("said on", "claim date", "date said", "date"),
    "checker": ("checker", "fact checker", "checked by", "publisher", "reviewer"),
    "reviewed_on": ("reviewed on", "review date", "date published", "datepublished"),
    "review_url": ("url", "review url", "fact check url"),
    "note": ("note", "status note", "verdict note", "reviewbody", "review body"),
    "language": ("language", "lang", "inlanguage"),
    "appearance_title": ("source", "source title", "appearance"),
    "appearance_outlet": ("outlet",),
    "appearance_url": ("source url", "appearance url"),
    "appearance_date": ("published",),
    "claim_id": ("claim id",),
    "relation": ("relation",),
}


def _uncell(value: str) -> str:
    """Undo the apostrophe our CSV export puts before a cell that looks like a formula."""
    return value[1:] if value[:1] == "'" and value[1:2] in _FORMULA else value


def read_csv(text: str, name: str) -> Iterator[Verdict | Skipped]:
    """A spreadsheet of verdicts: a header row naming at least the claim and its rating (or our own export)."""
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader, None)
    if not header:
        raise InterchangeError(f"{name}: empty CSV")
    keys = [label_key(h) for h in header]
    column: dict[str, int] = {}
    for field_name, names in _CSV_FIELDS.items():
        for candidate in names:
            if candidate in keys:
                column[field_name] = keys.index(candidate)
                break
    if "text" not in column or "label" not in column:
        raise InterchangeError(
            f"{name}: the header must name a claim column (claim or text) "
            "and a rating column (rating, verdict or status)"
        )
    base = Path(name).name
    groups: dict[str, list[tuple[int, dict]]] = {}
    for number, row in enumerate(reader, 2):
        if any(cell.strip() for cell in row):
            values = {f: _uncell(row[i]).strip() if i < len(row) else "" for f, i in column.items()}
            groups.setdefault(values.get("claim_id") or f"row {number}", []).append((number, values))
    for group in groups.values():
        # our own export has a row per claim–statement link: the asserting row speaks for the claim
        number, values = next((item for item in group if item[1].get("relation") == "asserts"), group[0])
        where = f"CSV {base} row {number}"
        if not values["text"]:
            yield Skipped(where, "no claim text")
            continue
        label = values["label"]
        speaker = values.get("speaker", "") if values.get("relation", "") in ("asserts", "supports", "") else ""
        kind = values.get("speaker_kind", "")
        yield Verdict(
            text=clean(values["text"]),
            label=label,
            status=status_for_label(label) if label else None,
            checker=values.get("checker", ""),
            reviewed_on=parse_day(values.get("reviewed_on")),
            review_url=values.get("review_url", ""),
            note=values.get("note", ""),
            language=values.get("language", ""),
            speaker=clean(speaker),
            speaker_kind=kind if kind in ("person", "organization") else "person",
            speaker_role=clean(values.get("speaker_role", "")) if speaker else "",
            said_on=parse_day(values.get("said_on")),
            appearance_title=values.get("appearance_title", ""),
            appearance_outlet=values.get("appearance_outlet", ""),
            appearance_url=values.get("appearance_url", ""),
            appearance_date=parse_day(values.get("appearance_date")),
            where=where,
        )
