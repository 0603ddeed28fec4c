"""Helpers for the extraction tests: extract sentences written here, in either language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from claimtrack.extract import Statement, extract
from claimtrack.extract.article import Article
from claimtrack.extract.cues import CuePatterns
from claimtrack.extract.dates import DateFinder
from claimtrack.extract.segment import Sentence, sentences
from claimtrack.ingest.prepare import prepare
from claimtrack.lexicon import lexicon
from claimtrack.tracking.claim_rules import claim_worthy

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


def article(text: str, language: str = "id") -> tuple[Article, list[Sentence]]:
    """The Article and sentences of `text`, for the stages that work on spans of a document."""
    lex = lexicon(language)
    return Article(text, CuePatterns(lex), DateFinder(lex)), sentences(text, lex)


def speakers(text: str, language: str = "id") -> list[str]:
    """Who the statements of `text` are attributed to, in order."""
    return [s.speaker for s in statements(text, language)]


def who_said_what(text: str, language: str = "id") -> list[tuple[str, str]]:
    """Each statement of `text` as (speaker, content), in order."""
    return [(s.speaker, s.content) for s in statements(text, language)]


def said_by(text: str, language: str = "id") -> list[tuple[str, str]]:
    """Who the statements of `text` are attributed to, in order, each with the words the article wrote for them."""
    return [(s.speaker, s.speaker_mention) for s in statements(text, language)]


def claims_of(text: str, language: str = "id") -> list[str]:
    """The claims the one statement of `text` makes, as their wording."""
    return [p.text for _, p in claim_worthy(only(text, language))]
