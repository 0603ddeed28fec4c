"""The whole extraction: any text goes through, offsets are exact, empty and binary inputs, the JSON contract."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extract import extract
from claimtrack.ingest.document import Document, IngestError
from claimtrack.ingest.prepare import prepare
from claimtrack.ingest.readers import read_bytes

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "extract" / "kemlu-bantah-kapal.md"

# pieces that reach the interesting paths: cues, quote marks of every kind, names, titles, dates, line breaks
PIECES = [
    "kata",
    "ujarnya",
    "mengatakan",
    "menurut",
    "Menurut",
    "membantah",
    "said",
    "told reporters",
    "according to",
    "denied",
    "Budi Santoso",
    "Juru bicara",
    "Kremlin",
    "Dr.",
    "G.K.",
    "Rabu",
    "(12/10/2023)",
    "pekan lalu",
    "yesterday",
    '"',
    "“",
    "”",
    "«",
    "»",
    "''",
    ",",
    ".",
    ":",
    ";",
    "―",
    "-",
    "(",
    ")",
    "\n",
    "\n\n",
    " ",
    "dan",
    "and",
    "who",
    "yang",
    "Beredar klaim bahwa",
    "It was claimed that",
    "WALLACE:",
    "tidak benar",
    "hoaks",
]
texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=80).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
)


def assert_spans(document: Document) -> None:
    extraction = extract(document)
    ids = set()
    for statement in extraction.statements:
        assert document.text[statement.start : statement.end] == statement.content
        assert 0 <= statement.start <= statement.end <= len(document.text)
        assert statement.quote in ("direct", "indirect", "mixed") and statement.stance in ("assert", "deny")
        assert 0.0 <= statement.checkworthiness <= 1.0
        ids.add(statement.id)
    assert len(ids) == len(extraction.statements)
    assert all(link.source in ids and link.target in ids for link in extraction.links)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, language=st.sampled_from(["id", "en"]))
def test_any_text_extracts_with_exact_spans(text, language):
    assert_spans(Document(text=text, language=language, published=date(2023, 10, 19)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, language=st.sampled_from(["id", "en", "auto"]))
def test_any_prepared_article_extracts_with_exact_spans(text, language):
    assert_spans(prepare(text, language=language))


def test_an_empty_document_has_no_statements():
    for text in ("", "   \n\n  "):
        extraction = extract(prepare(text, title="Kosong", language="id"))
        assert extraction.statements == [] and extraction.links == []


def test_a_binary_file_is_a_clear_ingest_error():
    items = list(read_bytes(bytes(range(256)) * 8, "photo.jpg"))
    assert len(items) == 1 and isinstance(items[0], IngestError)
    assert "photo.jpg" in str(items[0])


def test_the_json_contract_of_claimtrack_extract(runner):
    from claimtrack.cli import app

    result = runner.invoke(app, ["extract", str(FIXTURE), "--json"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1
    output = json.loads(lines[0])
    assert set(output) == {"source", "statements", "links"}
    assert output["source"]["title"].startswith("Kemlu bantah")
    assert output["source"]["dateline"] == "Jakarta"
    statements = output["statements"]
    assert {
        "id",
        "speaker",
        "speaker_kind",
        "speaker_role",
        "cue",
        "content",
        "start",
        "end",
        "quote",
        "stance",
        "said_on",
        "date_text",
        "checkworthiness",
    } <= set(statements[0])
    by_speaker = {s["speaker"]: s for s in statements}
    assert set(by_speaker) == {"Otoritas Maritim Malaysia", "Ahmad Razak", "Lalu Muhamad Iqbal"}
    assert by_speaker["Otoritas Maritim Malaysia"]["said_on"] == "2024-03-12"  # "pada Selasa" before Thursday 14th
    assert by_speaker["Ahmad Razak"]["quote"] == "direct"
    assert by_speaker["Lalu Muhamad Iqbal"]["stance"] == "deny"
    assert not any("Harga ikan" in s["content"] for s in statements)  # the related-link line is no statement
    denial = [s["id"] for s in statements if s["speaker"] == "Lalu Muhamad Iqbal"]
    claim = by_speaker["Otoritas Maritim Malaysia"]["id"]
    assert any(
        link["from"] in denial and link["to"] == claim and link["relation"] == "contradicts" for link in output["links"]
    )
