"""Every input format ingest reads, with its metadata, and the encodings it decodes."""

from __future__ import annotations

import json

from claimtrack.ingest import Document, read_path
from claimtrack.ingest.readers import read_bytes

BODY = (
    "JAKARTA, KOMPAS — Menteri Kesehatan Budi Gunadi Sadikin mengatakan 1.200 puskesmas baru "
    'selesai dibangun tahun ini.\n\n"Semua sudah beroperasi," kata Budi di Jakarta, Senin (6/11/2023).\n'
)


def only(items):
    items = list(items)
    assert len(items) == 1, items
    assert isinstance(items[0], Document), items[0]
    return items[0]


def test_plain_text_takes_its_title_from_the_first_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Puskesmas baru selesai dibangun\n\n" + BODY, encoding="utf-8")
    document = only(read_path(path))
    assert document.title == "Puskesmas baru selesai dibangun"
    assert document.dateline == "JAKARTA" and document.outlet == "KOMPAS"
    assert document.text.startswith("Menteri Kesehatan Budi Gunadi Sadikin")
    assert document.language == "id"


def test_markdown_front_matter_gives_metadata(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Puskesmas baru\nurl: https://example.org/a\noutlet: Kompas\npublished: 2023-11-06\n"
        "language: id\n---\n# Puskesmas baru\n\n" + BODY,
        encoding="utf-8",
    )
    document = only(read_path(path))
    assert (document.title, document.url, document.outlet, document.published.isoformat(), document.language) == (
        "Puskesmas baru",
        "https://example.org/a",
        "Kompas",
        "2023-11-06",
        "id",
    )
    assert "#" not in document.text


def test_json_lines_hold_one_article_per_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {"title": f"Artikel {i}", "published": "2023-11-06", "outlet": "Kompas", "text": BODY.replace("1.200", str(i))}
        for i in range(3)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    documents = list(read_path(path))
    assert [d.title for d in documents] == ["Artikel 0", "Artikel 1", "Artikel 2"]
    assert len({d.sha256 for d in documents}) == 3


def test_html_uses_page_metadata_and_drops_scripts(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(
        '<html lang="en"><head><title>Site | Story</title><meta property="og:title" content="Mayor says budget grew">'
        '<meta property="og:site_name" content="City Times">'
        '<meta property="article:published_time" content="2023-11-06T08:00:00Z">'
        '<script>alert("x")</script></head><body><nav>Home</nav><h1>Mayor says budget grew</h1>'
        "<p>The city budget grew 12 percent this year, Mayor Jane Doe said on Monday.</p>"
        '<figure><img src="x.jpg"><figcaption>Photo: the mayor</figcaption></figure>'
        "<footer>© City Times</footer></body></html>",
        encoding="utf-8",
    )
    document = only(read_path(path))
    assert (document.title, document.outlet, document.published.isoformat(), document.language) == (
        "Mayor says budget grew",
        "City Times",
        "2023-11-06",
        "en",
    )
    assert document.text == "The city budget grew 12 percent this year, Mayor Jane Doe said on Monday."


def test_folders_are_read_recursively_other_files_skipped_and_pictures_refused_by_name(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Judul A\n\n" + BODY, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: Judul B\n---\n" + BODY.replace("1.200", "900"), encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "style.css").write_text("body { color: red }", encoding="utf-8")
    items = list(read_path(tmp_path))
    assert sorted(d.title for d in items if isinstance(d, Document)) == ["Judul A", "Judul B"]
    assert [str(e) for e in items if not isinstance(e, Document)] == [
        f"{tmp_path / 'image.png'}: a PNG image, not an article; claimtrack reads text, Markdown, HTML and JSON Lines; "
        "save the article's text as a .txt file"
    ]


def test_stdin_is_read_with_a_dash(cli, monkeypatch):
    result = cli("ingest", "-", input=("Judul dari stdin\n\n" + BODY).encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert "1 added" in result.stdout


def test_command_line_metadata_fills_only_what_the_article_lacks(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: X\npublished: 2023-11-06\noutlet: Kompas\n---\n" + BODY, encoding="utf-8")
    document = only(read_path(path, {"published": "2020-01-01", "outlet": "Antara", "language": "en"}))
    assert (document.published.isoformat(), document.outlet, document.language) == ("2023-11-06", "Kompas", "en")
    bare = tmp_path / "b.txt"
    bare.write_text("Judul\n\nHarga cabai naik 20 persen, kata pedagang.\n", encoding="utf-8")
    document = only(read_path(bare, {"published": "2020-01-01", "outlet": "Antara"}))
    assert (document.published.isoformat(), document.outlet) == ("2020-01-01", "Antara")


def test_encodings_decode_to_the_same_text():
    text = "Judul\n\nWali kota menyebut café baru itu \u201cmilik négara\u201d, kata Andi di Jakarta.\n"
    expected = only(read_bytes(text.encode("utf-8"), "a.txt")).text
    for data in (text.encode("utf-8-sig"), text.encode("utf-16"), text.encode("utf-16-be").join([b"\xfe\xff", b""])):
        assert only(read_bytes(data, "a.txt")).text == expected
    assert only(read_bytes(text.encode("cp1252"), "a.txt")).text == expected


def test_binary_and_empty_files_are_clear_errors(tmp_path):
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    errors = [str(e) for e in read_path(tmp_path)]
    assert any("bin.txt" in e and "binary" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert all(isinstance(e, str) for e in errors)
