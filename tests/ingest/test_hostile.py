"""Hostile and malformed input: each problem is one clear line, the rest goes in, a summary ends the run,
and nothing that could steer a terminal reaches one."""

from __future__ import annotations

import codecs
import json
import os
import re
import threading

import pytest

from claimtrack.config import settings

ARTICLE = (
    "Bantuan Pangan Tahap Dua\n\n"
    "JAKARTA - Menteri Sosial Saifullah Yusuf mengatakan bantuan pangan tahap kedua akan disalurkan kepada "
    "20 juta keluarga pada bulan depan. \u201cKami sudah siapkan anggarannya untuk semua keluarga penerima,\u201d "
    "kata Saifullah di Jakarta, Senin.\n"
)
# C0 and C1 controls (tab and newline aside), DEL, and bidirectional embeddings, overrides and isolates
STEERING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _article(n: int) -> str:
    return ARTICLE.replace("20 juta", f"{n} juta")


def _write(folder, name: str, data: bytes | str):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error: ")]


@pytest.fixture
def ingest(cli, tmp_path):
    def run(*names: str):
        return cli("ingest", *[str(tmp_path / name) for name in names])

    return run


def test_each_bad_file_gets_one_line_the_good_ones_go_in_and_a_summary_ends_the_run(ingest, tmp_path):
    _write(tmp_path, "good.txt", _article(1))
    _write(tmp_path, "empty.txt", b"")
    _write(tmp_path, "blank.md", b" \n\t\n")
    _write(tmp_path, "picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    _write(tmp_path, "also-good.md", _article(2))
    (tmp_path / "a-folder").mkdir()

    result = ingest("good.txt", "empty.txt", "blank.md", "picture.txt", "missing.txt", "a-folder", "also-good.md")

    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {tmp_path / 'empty.txt'}: empty file, nothing to ingest",
        f"error: {tmp_path / 'blank.md'}: empty file, nothing to ingest",
        f"error: {tmp_path / 'picture.txt'}: a PNG image, not an article; claimtrack reads text, Markdown, HTML and "
        "JSON Lines; save the article's text as a .txt file",
        f"error: {tmp_path / 'missing.txt'}: no such file or folder",
        f"error: {tmp_path / 'a-folder'}: no articles in this folder (txt, md, markdown, jsonl, ndjson, html, htm)",
    ]
    assert result.stdout.strip().splitlines()[-1].startswith("ingest: 2 added, 0 already ingested, 5 failed")
    assert "Traceback" not in result.output


def test_exit_status_is_zero_only_when_everything_went_in(ingest, tmp_path):
    _write(tmp_path, "good.txt", _article(1))
    assert ingest("good.txt").exit_code == 0
    assert ingest("good.txt").exit_code == 0  # already ingested is not a failure
    _write(tmp_path, "empty.txt", b"")
    assert ingest("empty.txt").exit_code == 1


def test_a_broken_json_line_is_reported_by_number_and_the_other_lines_go_in(ingest, tmp_path, cli):
    lines = [
        json.dumps({"title": "Satu", "text": _article(1)}),
        '{"title": "Dua", "text": "unterminated',
        json.dumps({"title": "Tiga", "text": _article(3)}),
        json.dumps(["not", "an", "object"]),
        "[" * 100_000,
        json.dumps({"title": "Enam"}),
    ]
    _write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")

    result = ingest("feed.jsonl")

    where = tmp_path / "feed.jsonl"
    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {where}:2: not valid JSON (Unterminated string at column 26)",
        f'error: {where}:4: each line must be a JSON object with a "text" field',
        f"error: {where}:5: JSON nested too deeply",
        f'error: {where}:6: no "text" field with the article',
    ]
    assert "ingest: 2 added" in result.stdout
    titles = {s["source"] for c in json.loads(cli("claims", "--json").stdout) for s in c["statements"]}
    assert titles == {"Satu", "Tiga"}


def test_a_file_over_the_configured_size_is_refused_and_says_which_setting(ingest, tmp_path, monkeypatch):
    config = _write(tmp_path, "small.toml", "[ingest]\nmax_bytes = 2000\n")
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(config))
    settings.cache_clear()
    try:
        _write(tmp_path, "huge.txt", _article(1) + "Lagi. " * 1000)
        _write(tmp_path, "fine.txt", _article(2))
        result = ingest("huge.txt", "fine.txt")
    finally:
        settings.cache_clear()
    assert result.exit_code == 1
    size = (tmp_path / "huge.txt").stat().st_size
    assert _errors(result) == [
        f"error: {tmp_path / 'huge.txt'}: {size:,} bytes is over the 2,000-byte limit for one article "
        "(ingest.max_bytes in the config)"
    ]
    assert "ingest: 1 added" in result.stdout


def test_one_article_over_the_configured_length_is_refused_the_rest_of_its_feed_goes_in(ingest, tmp_path, monkeypatch):
    config = _write(tmp_path, "short.toml", "[ingest]\nmax_article_chars = 1000\n")
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(config))
    settings.cache_clear()
    try:
        long_text = _article(9) + "Lagi. " * 200
        lines = [
            json.dumps({"title": "Panjang", "text": long_text}),
            json.dumps({"title": "Pendek", "text": _article(2)}),
        ]
        _write(tmp_path, "feed.jsonl", "\n".join(lines))
        result = ingest("feed.jsonl")
    finally:
        settings.cache_clear()
    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {tmp_path / 'feed.jsonl'}:1: {len(long_text):,} characters is over the "
        "1,000-character limit for one article (ingest.max_article_chars in the config)"
    ]
    assert "ingest: 1 added" in result.stdout


def test_a_pipe_that_never_ends_is_cut_at_the_size_limit(tmp_path, monkeypatch):
    from claimtrack.ingest import IngestError, read_paths

    config = _write(tmp_path, "small.toml", "[ingest]\nmax_bytes = 5000\n")
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(config))
    settings.cache_clear()
    fifo = tmp_path / "endless.txt"
    os.mkfifo(fifo)

    def flood():
        try:
            with fifo.open("wb") as pipe:
                while True:
                    pipe.write(b"kata dia. " * 100)
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=flood, daemon=True)
    writer.start()
    try:
        items = list(read_paths([fifo]))
    finally:
        settings.cache_clear()
    writer.join(timeout=10)
    assert [str(i) for i in items] == [f"{fifo}: more than the 5,000-byte limit (ingest.max_bytes in the config)"]
    assert isinstance(items[0], IngestError)


@pytest.mark.parametrize(
    "name,encode",
    [
        ("utf16le.txt", lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le")),
        ("utf16be.txt", lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be")),
        ("utf8bom.txt", lambda text: codecs.BOM_UTF8 + text.encode("utf-8")),
        ("windows1252.txt", lambda text: text.encode("cp1252")),
    ],
    ids=["utf-16-le-bom", "utf-16-be-bom", "utf-8-bom", "windows-1252"],
)
def test_other_encodings_are_read_as_the_same_words(name, encode, ingest, tmp_path, cli):
    # (a speaker of its own with a letter outside ASCII: a "kata André" after "kata Saifullah …" would only relay
    # Saifullah's quotation, and a relay of a quotation with its own speaker makes no statement since session 36)
    path = _write(
        tmp_path,
        name,
        encode(_article(7).replace("Senin.", "Senin. \u201cDatanya sudah lengkap,\u201d kata Andr\u00e9.")),
    )
    result = ingest(name)
    assert result.exit_code == 0, result.output
    statements = json.loads(cli("extract", str(path), "--json").stdout)["statements"]
    assert any("Andr\u00e9" == s["speaker"] for s in statements)
    assert any(
        "\u201cKami sudah siapkan anggarannya" in s["content"] or "Kami sudah siapkan" in s["content"]
        for s in statements
    )
    shown = cli("show", str(json.loads(cli("claims", "--json").stdout)[0]["id"])).stdout
    assert "\ufffd" not in shown and "Ã" not in shown


def test_utf8_with_broken_bytes_is_refused_not_garbled(ingest, tmp_path):
    data = _article(1).replace("Senin", "Senin \u2014 caf\u00e9, na\u00efve, r\u00e9sum\u00e9").encode("utf-8")
    data = data.replace("na\u00efve".encode(), b"na\xefve")  # one Latin-1 byte inside UTF-8
    _write(tmp_path, "damaged.txt", data)
    result = ingest("damaged.txt")
    assert result.exit_code == 1
    offset = data.index(b"\xef")
    assert _errors(result) == [
        f"error: {tmp_path / 'damaged.txt'}: not valid UTF-8 (1 bad bytes, the first at byte "
        f"{offset:,}); re-save it as UTF-8"
    ]


def test_html_scripts_styles_and_handlers_never_become_article_text(ingest, tmp_path, cli):
    page = (
        "<!doctype html><html lang='id'><head><title>Bantuan</title><style>body{color:red}</style>"
        "<script>alert('pwned')</script></head><body onload=\"steal()\"><h1>Bantuan Pangan Tahap Dua</h1>"
        "<p>JAKARTA - Menteri Sosial Saifullah Yusuf mengatakan bantuan pangan akan disalurkan kepada 20 juta "
        'keluarga pada bulan depan.</p><img src=x onerror="alert(1)"><p>&#x201C;Kami sudah siapkan anggarannya '
        "untuk semua keluarga penerima,&#x201D; kata Saifullah.</p><script>document.write('INJECTED')</script>"
        "<noscript>NOSCRIPT</noscript><p>Penutup. <script>var x = 'UNCLOSED SCRIPT';"
    )
    _write(tmp_path, "page.html", page)
    result = ingest("page.html")
    assert result.exit_code == 0, result.output
    document = json.loads(cli("extract", str(tmp_path / "page.html")).stdout)
    text = document["source"]["text"]
    assert "Kami sudah siapkan anggarannya" in text
    for planted in ("alert", "pwned", "steal", "INJECTED", "NOSCRIPT", "UNCLOSED", "color:red", "<"):
        assert planted not in text


def test_escape_sequences_controls_and_bidi_overrides_never_reach_the_terminal(cli, tmp_path):
    evil = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\u202e\x9b31m\x08\x7f"
    escaped = (evil + "\x00").encode("unicode_escape").decode()  # a raw NUL would make the file binary
    article = (
        f'---\ntitle: "Judul {escaped} merah"\noutlet: "Detik {escaped}"\n---\n\n'
        f"JAKARTA - Menteri Sosial Saifullah {evil}Yusuf mengatakan bantuan pangan {evil}tahap kedua akan "
        f"disalurkan kepada 20 juta keluarga pada bulan depan. \u201cKami sudah siapkan {evil}anggarannya untuk "
        f"semua keluarga penerima,\u201d kata Saifullah. \u201cHarga beras naik {evil}12 persen sejak Maret "
        f"2024,\u201d ujar Saifullah.\n"
    )
    path = _write(tmp_path, f"evil{evil}.md", article)
    results = [cli("ingest", str(path)), cli("claims"), cli("actors")]
    claim_ids = [c["id"] for c in json.loads(cli("claims", "--json").stdout)]
    assert claim_ids
    results += [cli("show", str(i)) for i in claim_ids]
    for result in results:
        assert result.exit_code == 0, result.output
        assert not STEERING.search(result.output), repr(result.output)
    document = json.loads(cli("extract", str(path)).stdout)
    assert not STEERING.search(json.dumps(document, ensure_ascii=False))


def test_a_file_name_with_escape_sequences_is_shown_inert_in_errors(cli, tmp_path):
    result = cli("ingest", str(tmp_path / "gone\x1b[2J\u202e.txt"))
    assert result.exit_code == 1
    assert not STEERING.search(result.output)
    assert "no such file or folder" in result.stderr


def test_front_matter_that_is_not_text_is_refused_in_one_line(ingest, tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8)
    )
    _write(tmp_path, "laughs.md", f"---\n{bomb}title: *i\n---\n\n{_article(1)}")
    result = ingest("laughs.md")
    assert result.exit_code == 1
    assert _errors(result) == [f"error: {tmp_path / 'laughs.md'}: 'title' must be text, not list"]
