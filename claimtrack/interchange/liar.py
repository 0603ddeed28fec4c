"""PolitiFact's LIAR TSV (Wang 2017): statements with their verdicts and speakers."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from claimtrack.interchange.records import Skipped, Verdict, clean
from claimtrack.interchange.words import circulating_words
from claimtrack.ratings import status_for_label

_ORGANIZATION_PARTIES = {"organization", "government-body"}
LIAR_COLUMNS = 14


def _slug_name(slug: str) -> str:
    return " ".join(part.capitalize() for part in slug.replace("_", "-").split("-") if part)


def read_liar(text: str, name: str) -> Iterator[Verdict | Skipped]:
    """PolitiFact statements from LIAR (Wang 2017): TSV, no header, 14 columns, label in the second."""
    base = Path(name).name
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, row in enumerate(reader, 1):
        if not any(cell.strip() for cell in row):
            continue
        where = f"LIAR {base} {row[0].strip() or f'line {number}'}"
        if len(row) < 3 or not row[2].strip():
            yield Skipped(f"{name} line {number}", f"expected {LIAR_COLUMNS} tab-separated columns with a statement")
            continue
        row = row + [""] * (LIAR_COLUMNS - len(row))
        label, slug, job, party, venue = row[1].strip(), row[4].strip(), row[5].strip(), row[7].strip(), row[13].strip()
        words = set(slug.split("-"))
        kind = (
            "circulating"
            if words & circulating_words()
            else "organization"
            if party in _ORGANIZATION_PARTIES
            else "person"
        )
        yield Verdict(
            text=clean(row[2]),
            label=label,
            status=status_for_label(label) if label else None,
            checker="PolitiFact",
            language="en",
            speaker=_slug_name(slug),
            speaker_kind=kind,
            speaker_role=clean(job),
            appearance_title=clean(venue),
            where=where,
        )
