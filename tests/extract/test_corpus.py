"""Real news from ../shared/corpus, read in place: extraction holds up on articles nobody wrote for it."""

from __future__ import annotations

import csv
import re
import sys

from claimtrack.extract import extract
from claimtrack.ingest.prepare import prepare

PRONOUN_CUES = {
    "katanya",
    "ujarnya",
    "tuturnya",
    "ucapnya",
    "jelasnya",
    "tegasnya",
    "ungkapnya",
    "sebutnya",
    "imbuhnya",
    "tambahnya",
    "terangnya",
    "paparnya",
    "lanjutnya",
    "pungkasnya",
    "menurutnya",
    "ia",
    "dia",
    "beliau",
    "mereka",
    "pihaknya",
    "dirinya",
}
QUOTE_THEN_CUE = re.compile(r'[,.!?]["”]\s+(?:kata|ujar|ucap|tutur|jelas|tegas|ungkap)(?:nya)?\b')


def detik_articles(corpus, count: int) -> list[dict]:
    csv.field_size_limit(sys.maxsize)
    with open(corpus / "id-news-detik-1000" / "data_berita.csv", encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        return [row for _, row in zip(range(count), rows)]


def test_detik_articles_extract_with_exact_spans_and_find_their_quotes(corpus):
    articles = detik_articles(corpus, 150)
    with_quotes = found_quotes = 0
    for row in articles:
        document = prepare(
            row["isi_berita"], title=row["judul"], published=row["tanggal"], language="id", title_on_first_line=False
        )
        extraction = extract(document)
        for statement in extraction.statements:
            assert document.text[statement.start : statement.end] == statement.content
            # named, or a pronoun the article does not resolve: then no name at all, never the pronoun
            assert statement.speaker.strip() or statement.speaker_mention.casefold() in PRONOUN_CUES
        if QUOTE_THEN_CUE.search(document.text):
            with_quotes += 1
            found_quotes += any(s.quote == "direct" for s in extraction.statements)
    assert with_quotes > 50
    assert found_quotes >= 0.95 * with_quotes  # '"…," kata X' is found in nearly every article that has it


def test_polnear_articles_extract(corpus):
    paths = sorted((corpus / "polnear" / "dev" / "text").glob("*.txt"))[:40]
    attributing = 0
    for path in paths:
        document = prepare(path.read_text(encoding="utf-8"), language="en")
        extraction = extract(document)
        assert all(document.text[s.start : s.end] == s.content for s in extraction.statements)
        attributing += bool(extraction.statements)
    assert attributing >= 0.9 * len(paths)  # political news nearly always reports what someone said
