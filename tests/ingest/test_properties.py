"""Properties of ingest over arbitrary input: nothing but a one-line IngestError ever comes out of reading,
statement offsets always index the stored text, and the command line never lets an exception through."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimtrack.extract import extract
from claimtrack.ingest import Document, IngestError
from claimtrack.ingest.readers import read_bytes

# pieces of news prose, so that arbitrary text often contains something extraction acts on
FRAGMENTS = [
    "JAKARTA - ",
    "kata",
    "ujar",
    "menurut",
    "said",
    "denied",
    "membantah",
    "\u201c",
    "\u201d",
    '"',
    "'",
    "Menteri Sosial Saifullah Yusuf",
    "Gedung Putih",
    "Dmitry Peskov",
    ", ",
    ". ",
    "\n\n",
    "\n",
    "---\n",
    "title: x\n",
    "<p>",
    "</p>",
    "<script>",
    "(ANTARA) - ",
    "Senin (21/10/2025)",
    "bukan",
    "tidak benar",
    "\u202e",
    "\x1b[31m",
    "\r\n",
    "\u00a0",
    "\ufeff",
    "e\u0301",
    "\U0001f600",
]
prose = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl", "a"])
FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_document(document: Document) -> None:
    result = extract(document)
    text = document.text
    for statement in result.statements:
        assert 0 <= statement.start <= statement.end <= len(text)
        assert text[statement.start : statement.end] == statement.content
    json.dumps(result.to_dict())


@FAST
@given(data=st.binary(max_size=3000), name=NAMES)
def test_any_bytes_read_as_documents_or_one_line_errors(data, name):
    for item in read_bytes(data, name):
        if isinstance(item, IngestError):
            assert str(item).startswith(name) and "\n" not in str(item)
        else:
            _check_document(item)


@FAST
@given(text=prose, name=NAMES)
def test_any_text_yields_statements_whose_offsets_index_the_stored_text(text, name):
    for item in read_bytes(text.encode("utf-8"), name):
        if isinstance(item, Document):
            _check_document(item)


@FAST
@given(lines=st.lists(st.one_of(prose.map(lambda t: json.dumps({"text": t})), prose), max_size=6))
def test_json_lines_report_bad_lines_by_number_and_read_the_rest(lines):
    items = list(read_bytes("\n".join(lines).encode("utf-8"), "feed.jsonl"))
    for item in items:
        if isinstance(item, IngestError):
            assert str(item).startswith("feed.jsonl")
        else:
            assert item.origin.startswith("feed.jsonl:")
            _check_document(item)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(data=st.one_of(st.binary(max_size=2000), prose.map(lambda t: t.encode("utf-8"))), name=NAMES)
def test_the_command_line_never_lets_an_exception_through_and_stores_what_offsets_index(cli, tmp_path, data, name):
    from claimtrack.cli import state

    path = tmp_path / name
    path.write_bytes(data)
    result = cli("ingest", str(path))
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    store = state.store()
    try:
        for claim in store.claims():
            for statement in claim.statements:
                assert store.source(statement.source_id).text[statement.start : statement.end] == statement.content
    finally:
        store.close()
        state._store = None
