"""The files a newsroom actually has on disk: JSON Lines written by json.dumps (with U+2028 and U+0085 inside
strings), feeds larger than one article's size limit, PDFs, pictures and Word files beside the articles, dates
written the local way, and one-sentence articles."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from claimtrack.config import settings
from claimtrack.ingest import Document, IngestError, read_path
from claimtrack.ingest.readers import articles_in, read_unit, units
from tests.ingest.binary_files import docx, pdf, png

ARTICLE = (
    "JAKARTA - Menteri Sosial Saifullah Yusuf mengatakan bantuan pangan tahap kedua akan disalurkan kepada "
    "{n} juta keluarga pada bulan depan. \u201cKami sudah siapkan anggarannya,\u201d kata Saifullah di Jakarta.\n"
)
REFUSED = "not an article; claimtrack reads text, Markdown, HTML and JSON Lines; save the article's text as a .txt file"


def _errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


def _notes(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("note: ")]


@pytest.fixture
def configured(tmp_path, monkeypatch):
    """Run with these settings in the user's config file."""

    def use(text: str) -> None:
        path = tmp_path / "config.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv("CLAIMTRACK_CONFIG", str(path))
        settings.cache_clear()

    yield use
    settings.cache_clear()


# --- JSON Lines -------------------------------------------------------------------------------------------------
def test_json_lines_keep_records_whole_across_u2028_and_u0085_and_number_lines_as_the_file_does(tmp_path, cli):
    records = [
        {"title": "Satu", "text": ARTICLE.format(n=1) + "Paragraf\u2028dengan pemisah baris."},
        {"title": "Dua\u0085lanjutan", "text": ARTICLE.format(n=2) + "Akhir\u0085baris lama."},
        {"title": "Tiga", "text": ARTICLE.format(n=3)},
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + ['{"title": "Empat", "text": ', ""]
    lines.append(json.dumps({"title": "Enam", "text": ARTICLE.format(n=6)}, ensure_ascii=False))
    path = tmp_path / "feed.jsonl"
    path.write_bytes("\r\n".join(lines).encode("utf-8"))  # written on Windows: CRLF line ends
    assert "\u2028" in path.read_text(encoding="utf-8") and "\u0085" in path.read_text(encoding="utf-8")

    items = list(read_path(path))

    documents = [item for item in items if isinstance(item, Document)]
    assert [d.origin for d in documents] == [f"{path}:1", f"{path}:2", f"{path}:3", f"{path}:6"]
    assert [d.title for d in documents][:1] == ["Satu"] and documents[3].title == "Enam"
    assert "Paragraf\u2028dengan pemisah baris." in documents[0].text
    assert [str(e) for e in items if isinstance(e, IngestError)] == [
        f"{path}:4: not valid JSON (Expecting value at column 28)"
    ]
    result = cli("ingest", str(path))
    assert result.exit_code == 1
    assert _errors(result) == [f"error: {path}:4: not valid JSON (Expecting value at column 28)"]
    assert result.stdout.splitlines()[-1].startswith("ingest: 4 added, 0 already ingested, 1 failed")


def test_the_size_limit_is_per_article_so_a_feed_larger_than_it_goes_in_but_an_oversized_line_does_not(
    tmp_path, cli, configured
):
    configured("[ingest]\nmax_bytes = 2000\n")
    lines = [json.dumps({"title": f"Artikel {n}", "text": ARTICLE.format(n=n)}) for n in range(12)]
    lines[4] = json.dumps({"title": "Terlalu panjang", "text": ARTICLE.format(n=4) + "Lagi. " * 400})
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 2 * 2000 and len(lines[4]) > 2000 > max(len(x) for i, x in enumerate(lines) if i != 4)

    result = cli("ingest", str(path))

    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {path}:5: more than the 2,000-byte limit for one article (ingest.max_bytes in the config)"
    ]
    assert result.stdout.splitlines()[-1].startswith("ingest: 11 added, 0 already ingested, 1 failed")
    assert f"+ {path}:12:" in result.stdout  # numbers after the long line are still the file's


def test_a_30_mb_feed_streams_in_runs_of_lines_with_little_held_in_memory(tmp_path):
    paragraph = ARTICLE.replace("\n", "\n\n") * 20
    path = tmp_path / "big.jsonl"
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        while handle.tell() < 30_000_000:
            count += 1
            handle.write(json.dumps({"title": f"Artikel {count}", "text": paragraph.format(n=count)}) + "\n")
    size = path.stat().st_size
    assert size > settings().ingest.max_bytes  # larger than one article may be, as a whole file

    tracemalloc.start()
    numbers, last = [], None
    try:
        for unit in units(str(path)):  # each run dropped once counted, as the pipeline hands them on
            assert not unit.path, "a JSON Lines file is never read whole"
            numbers += [number for number, _ in unit.lines]
            last = unit
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert numbers == list(range(1, count + 1)) and articles_in(str(path)) == count
    assert peak < size / 20, f"{peak:,} bytes held while reading {size:,}"
    documents = read_unit(last)
    assert isinstance(documents[-1], Document) and documents[-1].origin == f"{path}:{count}"
    assert documents[-1].title == f"Artikel {count}"


# --- files that are not text ---------------------------------------------------------------------------------------
def test_a_pdf_a_picture_and_a_word_file_in_a_folder_are_each_refused_by_name_and_counted_as_failed(tmp_path, cli):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "artikel.txt").write_text("Bantuan pangan\n\n" + ARTICLE.format(n=20), encoding="utf-8")
    (folder / "laporan.pdf").write_bytes(pdf("Laporan keuangan 2025"))
    (folder / "foto.png").write_bytes(png())
    (folder / "memo.docx").write_bytes(docx("Memo redaksi"))
    (folder / "style.css").write_text("body { color: red }", encoding="utf-8")  # not an article, not refused

    result = cli("ingest", str(folder))

    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {folder / 'foto.png'}: a PNG image, {REFUSED}",
        f"error: {folder / 'laporan.pdf'}: a PDF document, {REFUSED}",
        f"error: {folder / 'memo.docx'}: a Word document (.docx), {REFUSED}",
    ]
    assert result.stdout.splitlines()[-1].startswith("ingest: 1 added, 0 already ingested, 3 failed")


def test_a_pdf_is_refused_whatever_its_name_and_never_stored_as_an_article(tmp_path, cli):
    named = tmp_path / "laporan.pdf"
    named.write_bytes(pdf("Laporan keuangan"))
    disguised = tmp_path / "laporan.txt"
    disguised.write_bytes(pdf("Laporan keuangan"))
    fed = tmp_path / "laporan.jsonl"
    fed.write_bytes(pdf("Laporan keuangan"))

    result = cli("ingest", str(named), str(disguised), str(fed))

    assert result.exit_code == 1
    assert [line.split(": ", 2)[2] for line in _errors(result)] == [f"a PDF document, {REFUSED}"] * 3
    assert json.loads(cli("claims", "--json").stdout) == []
    assert "%PDF" not in cli("export", "--format", "json").stdout


# --- dates ---------------------------------------------------------------------------------------------------------
def _dated(tmp_path, name: str, published: str, language: str, n: int) -> Path:
    path = tmp_path / name
    path.write_text(
        f"---\ntitle: Artikel {n}\npublished: {published}\nlanguage: {language}\n---\n" + ARTICLE.format(n=n),
        encoding="utf-8",
    )
    return path


def test_an_indonesian_date_is_day_first(tmp_path):
    (document,) = read_path(_dated(tmp_path, "a.md", "05/10/2025", "id", 1))
    assert document.published.isoformat() == "2025-10-05" and document.notes == []


def test_a_date_that_reads_only_one_way_needs_no_language(tmp_path):
    documents = [
        *read_path(_dated(tmp_path, "a.md", "13/10/2025", "en", 1)),
        *read_path(_dated(tmp_path, "b.md", "10/13/2025 14:30", "id", 2)),
    ]
    assert [d.published.isoformat() for d in documents] == ["2025-10-13", "2025-10-13"]
    assert [d.notes for d in documents] == [[], []]


def test_ambiguous_english_dates_are_reported_once_per_run(tmp_path, cli):
    paths = [_dated(tmp_path, f"{n}.md", "05/10/2025", "en", n) for n in range(3)]
    result = cli("ingest", *map(str, paths))
    assert result.exit_code == 0, result.output
    assert _notes(result) == [
        f"note: {paths[0]}: published '05/10/2025' reads either way; read month first as 2025-05-10 (settle it with "
        "`claimtrack config set ingest.date_order.en day-first` or month-first, or write YYYY-MM-DD)",
        "note: 2 more published dates in en articles read either way, and were read month first",
    ]


def test_a_newsroom_settles_the_order_once_and_hears_no_more(tmp_path, cli, configured):
    configured("")
    assert cli("config", "set", "ingest.date_order.en", "day-first").exit_code == 0
    result = cli("ingest", str(_dated(tmp_path, "a.md", "05/10/2025", "en", 1)))
    assert result.exit_code == 0 and _notes(result) == []
    (document,) = read_path(_dated(tmp_path, "b.md", "05/10/2025", "en", 2))
    assert document.published.isoformat() == "2025-10-05"


# --- one sentence ----------------------------------------------------------------------------------------------------
SENTENCE = "Menteri Keuangan Sri Mulyani mengatakan utang pemerintah naik 5 persen pada 2024."


@pytest.mark.parametrize(
    "name,content",
    [
        ("plain.txt", SENTENCE + "\n"),
        ("titled.md", f"---\ntitle: Utang naik\n---\n{SENTENCE}\n"),
        ("feed.jsonl", json.dumps({"text": SENTENCE}) + "\n"),
        ("page.html", f"<html><body><p>{SENTENCE}</p></body></html>"),
    ],
)
def test_a_one_sentence_article_keeps_its_sentence_as_the_body_and_yields_its_claim(tmp_path, cli, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (document,) = read_path(path)
    assert document.text == SENTENCE
    assert cli("ingest", str(path)).exit_code == 0
    claims = json.loads(cli("claims", "--json").stdout)
    assert [c["text"] for c in claims] == ["Utang pemerintah naik 5 persen pada 2024"]
