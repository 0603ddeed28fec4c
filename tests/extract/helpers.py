"""Helpers for the extraction tests: extract sentences written here, in either language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimtrack.extract import Statement, extract
from claimtrack.ingest.prepare import prepare

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus"
PUBLISHED = date(2023, 10, 19)  # a Thursday


def run(text: str, language: str = "id", published: date | None = PUBLISHED):
    """The extraction of `text` as an article body (the title is given, so no line is taken for it)."""
    return extract(prepare(text, title="Judul", language=language, published=published))


def statements(text: str, language: str = "id", published: date | None = PUBLISHED) -> list[Statement]:
    return run(text, language, published).statements


def only(text: str, language: str = "id", published: date | None = PUBLISHED) -> Statement:
    """The one statement the text holds; fails if there are none or several."""
    found = statements(text, language, published)
    assert len(found) == 1, [(s.speaker, s.content) for s in found]
    return found[0]
