"""Markdown reports as a colleague sees them: rendered with markdown-it-py (CommonMark) and read as HTML."""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from claimtrack.config import settings as config_settings
from claimtrack.report import md_text, render_html, render_markdown, slug
from claimtrack.store import ClaimView, EventView, StatementView
from claimtrack.textutil import one_line

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = FIXTURES / "hostile_article.txt"
GENERATED = datetime(2024, 5, 1, 9, 30, tzinfo=timezone.utc)


def commonmark() -> MarkdownIt:
    """CommonMark plus the GFM tables and strikethrough that viewers like GitHub add."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def tags(rendered: str) -> set[str]:
    return set(re.findall(r"<([a-z][a-z0-9]*)", rendered))


def statement(**values) -> StatementView:
    base = dict(
        id=1,
        relation="asserts",
        origin="auto",
        speaker="Gedung Putih",
        speaker_kind="organization",
        speaker_role="",
        cue="mengatakan",
        content="Korea Utara mengirimkan senjata",
        quote="indirect",
        stance="assert",
        said_on=date(2023, 10, 12),
        date_text="",
        source_id=1,
        source="Lavrov di Pyongyang",
        outlet="ANTARA",
        url="",
        published=date(2023, 10, 19),
        start=0,
        end=10,
        sentence_start=0,
        sentence_end=10,
    )
    base.update(values)
    return StatementView(**base)


def claim(**values) -> ClaimView:
    base = dict(
        id=1,
        text="Korea Utara mengirimkan senjata kepada Rusia",
        language="id",
        status="unverified",
        status_note="",
        checkworthiness=0.5,
        first_seen=date(2023, 10, 12),
        needs_review=False,
        review_reason="",
        origin="extracted",
        provenance="",
        version=1,
        updated_at=GENERATED,
    )
    base.update(values)
    return ClaimView(**base)


def ingest_and_mark_weapons_claim(cli, sample_article) -> int:
    assert cli("ingest", str(sample_article)).exit_code == 0
    claims = json.loads(cli("claims", "--json").stdout)
    claim_id = next(c["id"] for c in claims if "mengirimkan senjata" in c["text"])
    assert cli("mark", str(claim_id), "disputed", "--note", "Kremlin denies; no evidence published").exit_code == 0
    return claim_id


# --- the sample's weapons claim -------------------------------------------------------------------------------
def test_weapons_claim_report_names_both_sides_the_verdict_and_the_note(cli, sample_article, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    claim_id = ingest_and_mark_weapons_claim(cli, sample_article)

    result = cli("export", "--claim", str(claim_id), "--format", "md")
    assert result.exit_code == 0, result.output
    rendered = commonmark().render(result.stdout)

    assert f"<h1>Fact-check report: claim {claim_id}</h1>" in rendered
    section = rendered.split(f"<h3>Claim {claim_id}</h3>", 1)[1]
    asserted = section.split("<h4>Asserted by</h4>", 1)[1].split("<h4>", 1)[0]
    contradicted = section.split("<h4>Contradicted by</h4>", 1)[1].split("<h4>", 1)[0]
    assert "<strong>Gedung Putih</strong>" in asserted and "said 2023-10-12" in asserted
    assert "<blockquote>" in asserted and "mengirimkan senjata kepada Rusia" in asserted
    assert "<strong>Dmitry Peskov</strong>, juru bicara Kremlin" in contradicted
    assert "tuduhan Barat itu tidak disertai bukti" in contradicted
    assert re.search(
        r"<strong>Verdict:</strong> Disputed \(rating 3 of 5, rated \d{4}-\d\d-\d\d \d\d:\d\d WIB\)", section
    )
    assert "<strong>Editor's note:</strong> Kremlin denies; no evidence published" in section
    assert "History" not in section and "tester" not in section  # the audit trail is the desk's, not the reader's

    verbose = commonmark().render(cli("export", "--claim", str(claim_id), "--verbose").stdout)
    history = verbose.split("<h4>History</h4>", 1)[1]
    assert (
        "<td>tester</td>\n<td>status: Unverified → Disputed</td>\n<td>Kremlin denies; no evidence published</td>"
        in history
    )
    assert re.search(r"<td>\d{4}-\d\d-\d\d \d\d:\d\d WIB</td>", history)


def test_report_of_all_claims_has_counts_and_verdicts_first(cli, sample_article):
    claim_id = ingest_and_mark_weapons_claim(cli, sample_article)
    total = len(json.loads(cli("claims", "--json").stdout))
    result = cli("export", "--format", "md")
    assert result.exit_code == 0, result.output
    rendered = commonmark().render(result.stdout)

    assert "<h1>Fact-check report: all claims</h1>" in rendered
    assert f"This report covers all claims: {total} claims." in rendered
    assert '<td>Disputed</td>\n<td style="text-align:right">1</td>' in rendered
    assert f'<td>Unverified</td>\n<td style="text-align:right">{total - 1}</td>' in rendered
    headings = re.findall(r"<h3>Claim (\d+)</h3>", rendered)
    assert len(headings) == total and headings[0] == str(claim_id)


def test_a_report_of_more_than_five_claims_has_contents_linking_to_each_claim():
    few = commonmark().render(render_markdown([claim(id=n) for n in range(1, 6)], generated_at=GENERATED))
    assert "Contents" not in few
    many = render_markdown([claim(id=n, checkworthiness=n / 10) for n in range(1, 7)], generated_at=GENERATED)
    tokens = commonmark().parse(many)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    assert headings == ["Summary", "Contents", "Claims"]
    targets = [t.attrGet("href") for t in _inline(tokens) if t.type == "link_open"]
    claims = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h3"]
    assert targets == [f"#{slug(heading)}" for heading in claims] == [f"#claim-{n}" for n in (6, 5, 4, 3, 2, 1)]


def test_title_and_summary_name_the_filter_the_publisher_and_the_local_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    filters = {"status": ("false", "misleading"), "since": date(2023, 10, 1), "speaker": "Peskov", "claim": ()}
    text = render_markdown(
        [claim(status="false"), claim(id=2, status="misleading")],
        generated_at=GENERATED,
        filters=filters,
        publisher="Cek Fakta Harian",
        desk="Desk Politik",
    )
    lines = text.splitlines()
    assert lines[0] == (
        "# Fact-check report: claims marked False or Misleading with statements by Peskov "
        "first seen on or after 2023-10-01"
    )
    assert lines[2] == "Prepared by Cek Fakta Harian, Desk Politik · 2024-05-01 16:30 WIB"
    assert (
        "This report covers claims marked False or Misleading with statements by Peskov first seen on or after "
        "2023-10-01: 2 claims."
    ) in text


def test_labels_are_in_one_language(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    views = [
        claim(
            status="false",
            status_note="Data BPS",
            statements=[statement(), statement(id=2, relation="contradicts", speaker="Dmitry Peskov", said_on=None)],
        )
    ]
    indonesian = render_markdown(views, generated_at=GENERATED, filters={"status": ["false"]}, language="id")
    english = render_markdown(views, generated_at=GENERATED, filters={"status": ["false"]}, language="en")
    assert indonesian.splitlines()[0] == "# Laporan cek fakta: klaim berstatus Keliru / Hoaks"
    assert "**Penilaian:** Keliru / Hoaks (nilai 1 dari 5)" in indonesian
    assert "#### Dinyatakan oleh" in indonesian and "#### Dibantah oleh" in indonesian
    assert "dikatakan 2023-10-12" in indonesian and "terbit 2023-10-19" in indonesian
    assert "**Verdict:** False (rating 1 of 5)" in english
    for word in ("Verdict", "Asserted", "Contradicted", "said ", "published ", "Summary", "False"):
        assert word not in indonesian, word
    for word in ("Penilaian", "Dinyatakan", "Dibantah", "dikatakan", "terbit", "Ringkasan", "Keliru"):
        assert word not in english, word


def test_internal_fields_only_when_verbose():
    view = claim(
        status="false",
        needs_review=True,
        review_reason="a new statement repeats this claim marked false",
        checkworthiness=0.65,
        history=[EventView(1, 1, "status", "unverified", "false", "cek", "ani", GENERATED)],
    )
    plain = render_markdown([view], generated_at=GENERATED)
    verbose = render_markdown([view], generated_at=GENERATED, verbose=True)
    for internal in ("check-worthiness", "0.65", "language id", "Needs review", "repeats this claim", "History", "ani"):
        assert internal not in plain and internal in verbose, internal


def test_editors_links_are_links_and_article_links_are_not():
    note = "Data Kemenkeu: https://www.kemenkeu.go.id/informasi-publik. Lihat juga www.bps.go.id, dan [x](javascript:y)"
    view = claim(
        status="false",
        status_note=note,
        text="Klaim dari https://hoax.example/klik dan www.hoax.example",
        statements=[
            statement(
                content="baca https://evil.example/x <a href='http://evil.example'>ini</a>",
                speaker="www.evil.example",
                source="https://evil.example/judul",
                url="https://antaranews.com/berita/1",
            )
        ],
        history=[
            EventView(1, 1, "status", "unverified", "false", note, "ani", GENERATED),
            EventView(2, 1, "edit", "false", "false", "text was: see https://evil.example/old", "ani", GENERATED),
        ],
    )
    for verbose in (False, True):
        tokens = commonmark().parse(render_markdown([view], generated_at=GENERATED, verbose=verbose))
        assert not [t for t in tokens if t.type == "html_block"]
        assert not [t for t in _inline(tokens) if t.type == "html_inline"]
        hrefs = [t.attrGet("href") for t in _inline(tokens) if t.type == "link_open"]
        expected = [
            "https://www.kemenkeu.go.id/informasi-publik",
            "https://www.bps.go.id",
            "https://antaranews.com/berita/1",
        ]
        assert hrefs == expected + expected[:2] * verbose
    rendered = commonmark().render(render_markdown([view], generated_at=GENERATED))
    assert (
        '<a href="https://www.kemenkeu.go.id/informasi-publik">https://www.kemenkeu.go.id/informasi-publik</a>.'
        in rendered
    )
    assert '<a href="https://www.bps.go.id">www.bps.go.id</a>, dan [x](javascript:y)' in rendered


def test_a_claim_with_one_claim_has_no_contents():
    rendered = commonmark().render(render_markdown([claim(id=7, statements=[statement()])], generated_at=GENERATED))
    assert "<h1>Fact-check report: all claims</h1>" in rendered
    assert "Contents" not in rendered
    assert rendered.count("<h3>") == 1


def test_claims_are_ordered_by_status_then_checkworthiness():
    views = [
        claim(id=1, status="unverified", checkworthiness=0.9),
        claim(id=2, status="false", checkworthiness=0.2),
        claim(id=3, status="verified", checkworthiness=0.1),
        claim(id=4, status="false", checkworthiness=0.8),
        claim(id=5, status="dismissed", checkworthiness=1.0),
    ]
    rendered = commonmark().render(render_markdown(views, generated_at=GENERATED))
    assert re.findall(r"<h3>Claim (\d+)</h3>", rendered) == ["3", "4", "2", "1", "5"]


def test_no_claims_says_so():
    assert "No claims match." in render_markdown([], filters={"status": ["verified"]})


def test_previous_check_is_shown_and_the_review_flag_only_to_the_desk():
    view = claim(
        status="false",
        needs_review=True,
        review_reason="a new statement repeats this claim marked false",
        origin="imported",
        provenance="Tempo CekFakta rated it “Keliru” on 2023-09-01",
    )
    rendered = commonmark().render(render_markdown([view], generated_at=GENERATED))
    assert "<strong>Previously checked:</strong> Tempo CekFakta rated it “Keliru” on 2023-09-01" in rendered
    assert "1 previously checked." in rendered and "flagged" not in rendered
    verbose = commonmark().render(render_markdown([view], generated_at=GENERATED, verbose=True))
    assert "<strong>Needs review:</strong> a new statement repeats this claim marked false" in verbose
    assert "1 flagged for review; 1 previously checked." in verbose


def test_source_links_only_for_web_addresses():
    views = [
        claim(
            statements=[
                statement(url="https://example.org/a b(1)", source="Safe [title]"),
                statement(id=2, relation="supports", url="javascript:alert(1)", source="Bad"),
            ]
        )
    ]
    rendered = commonmark().render(render_markdown(views, generated_at=GENERATED))
    assert '<a href="https://example.org/a%20b%281%29">Safe [title]</a>' in rendered
    assert "javascript" not in rendered
    assert "Bad" in rendered


def test_the_html_report_is_the_same_report_with_anchored_headings_and_no_raw_html():
    views = [
        claim(
            id=n, status="false", status_note="lihat https://cekfakta.example/1", text="<script>alert(1)</script> klaim"
        )
        for n in range(1, 7)
    ]
    page = render_html(render_markdown(views, generated_at=GENERATED, language="id"), language="id")
    assert page.startswith('<!doctype html>\n<html lang="id">')
    assert "<title>Laporan cek fakta: semua klaim</title>" in page
    assert '<h3 id="klaim-1">Klaim 1</h3>' in page and '<a href="#klaim-1">Klaim 1</a>' in page
    assert '<a href="https://cekfakta.example/1">https://cekfakta.example/1</a>' in page
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; klaim" in page


def test_the_report_language_is_a_setting_and_an_option(cli, sample_article, tmp_path, monkeypatch):
    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(tmp_path / "config.toml"))
    config_settings.cache_clear()
    try:
        ingest_and_mark_weapons_claim(cli, sample_article)
        assert cli("config", "set", "lang", "id").exit_code == 0
        assert cli("config", "set", "publisher", "Cek Fakta Harian").exit_code == 0
        assert cli("config", "set", "desk", "Desk Internasional").exit_code == 0
        indonesian = cli("export", "--status", "disputed").stdout
        english = cli("export", "--status", "disputed", "--lang", "en", "--publisher", "Harian Lain").stdout
        refused = cli("config", "set", "lang", "fr")
    finally:
        config_settings.cache_clear()
    assert indonesian.startswith("# Laporan cek fakta: klaim berstatus Diperdebatkan\n")
    assert "Disusun oleh Cek Fakta Harian, Desk Internasional · " in indonesian
    assert english.startswith("# Fact-check report: claims marked Disputed\n")
    assert "Prepared by Harian Lain, Desk Internasional · " in english
    assert refused.exit_code == 1 and refused.stderr == "error: report language 'fr' is not known; use one of: en, id\n"


def _inline(tokens):
    return [child for token in tokens if token.type == "inline" for child in token.children or ()]


# --- hostile text ---------------------------------------------------------------------------------------------
def test_hostile_article_exports_with_nothing_live(cli):
    assert cli("ingest", str(HOSTILE)).exit_code == 0
    result = cli("export", "--format", "md")
    assert result.exit_code == 0, result.output
    markdown = result.stdout
    assert "\x1b" not in markdown and "\u202e" not in markdown

    for renderer in (commonmark(), MarkdownIt("gfm-like")):
        rendered = renderer.render(markdown)
        assert "<script" not in rendered and "<img" not in rendered and "<b>" not in rendered and "<i>" not in rendered
        assert "<code>" not in rendered and "<del>" not in rendered and "<em>" not in rendered
        assert re.findall(r"<h1>", rendered) == ["<h1>"]
        assert [h for h in re.findall(r"<h2>(.*?)</h2>", rendered)] == ["Summary", "Claims"]
        assert re.findall(r'href="([^"]*)"', rendered) == []
        # the quote arrives as the characters it is, inside its blockquote
        assert (
            "<blockquote>\n<p># Springfield budget doubled &lt;script&gt;alert(1)&lt;/script&gt; as [the proof](http://evil.example/x)"
            in rendered
        )
        assert "| cell | `code` &amp;amp; *bold*" in rendered
        assert "[report](javascript:alert(1))" in rendered  # the hostile title, as text


def test_hostile_article_in_a_verbose_report_and_as_html_is_still_inert(cli):
    assert cli("ingest", str(HOSTILE)).exit_code == 0
    claim_id = json.loads(cli("claims", "--json").stdout)[0]["id"]
    assert cli("mark", str(claim_id), "false", "--note", "see https://cekfakta.example/1 <b>x</b>").exit_code == 0
    markdown = cli("export", "--verbose").stdout
    tokens = commonmark().parse(markdown)
    assert not [t for t in tokens if t.type == "html_block"] and not [
        t for t in _inline(tokens) if t.type == "html_inline"
    ]
    hrefs = [t.attrGet("href") for t in _inline(tokens) if t.type == "link_open"]
    assert hrefs == ["https://cekfakta.example/1", "https://cekfakta.example/1"]  # the note, and its history row
    page = cli("export", "--format", "html").stdout
    assert "<script" not in page and "<img" not in page and "<b>" not in page and "\x1b" not in page
    assert re.findall(r'href="([^"#]*)"', page) == ["https://cekfakta.example/1"]


def test_terminal_escapes_and_bidi_overrides_are_removed_from_every_field():
    hostile = "ok\x1b[31m red\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \u202eevil\x07\x00"
    view = claim(
        text=hostile,
        status_note=hostile,
        statements=[statement(speaker=hostile, content=hostile, source=hostile, outlet=hostile, speaker_role=hostile)],
        history=[EventView(1, 1, "status", "unverified", "false", hostile, hostile, GENERATED)],
    )
    text = render_markdown([view], filters={"speaker": hostile}, generated_at=GENERATED, verbose=True)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", text)
    assert "ok redlink evil" in text


MARKDOWN_ALPHABET = st.sampled_from(
    list("#>*_-+=`~[]()!<>&|\\:/.$@\"' \n\t1234567890aZ")
    + [
        "# ",
        "- ",
        "1. ",
        "2) ",
        "> ",
        "---",
        "***",
        "===",
        "```",
        "~~~",
        "    ",
        "[a](http://b.c)",
        "![i](u.png)",
        "[r]: /x",
        "<b>",
        "<script>",
        "</p>",
        "<!-- c -->",
        "&amp;",
        "&#65;",
        "`c`",
        "**s**",
        "~~d~~",
        "www.",
        "http://",
        "x@y.com",
        "\x1b[2J",
        "\u202e",
        "\\",
    ]
)
untrusted = st.lists(MARKDOWN_ALPHABET | st.characters(), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(untrusted)
def test_escaped_text_renders_as_exactly_its_characters_in_a_quote_or_paragraph(text):
    expected = one_line(text)
    for template, wrapper in (
        ("> {}", {"blockquote", "p"}),
        ("**Claim:** {}", {"p", "strong"}),
        ("- x\n\n  > {}", {"ul", "li", "p", "blockquote"}),
    ):
        rendered = commonmark().render(template.format(md_text(text)))
        assert tags(rendered) <= wrapper, (text, rendered)
        inner = html.unescape(re.sub(r"<[^>]+>", "", rendered))
        assert expected in " ".join(inner.split()) or not expected.strip(), (text, rendered)


@settings(max_examples=200, deadline=None)
@given(untrusted, untrusted)
def test_escaped_text_never_breaks_a_table_row(first, second):
    table = f"| a | b | c |\n| --- | --- | --- |\n| {md_text(first)} | {md_text(second)} | end |\n"
    rendered = commonmark().render(table)
    assert rendered.count("<td>") == 3 and rendered.count("<tr>") == 2, rendered
    assert "<td>end</td>" in rendered


# --- the story a claim came from ------------------------------------------------------------------------------
def test_a_claim_names_the_headline_of_the_article_it_was_first_asserted_in():
    """A claim's words may leave the case or the place to the story ("Sebanyak 186 siswa keracunan usai santap MBG");
    the headline it came from goes with it: the first asserting statement's, not a denial's that came first."""
    denial = statement(id=1, relation="contradicts", source="Kremlin bantah kirim senjata")
    first = statement(id=2, relation="asserts", source="186 Siswa di Garut Keracunan MBG")
    later = statement(id=3, relation="supports", source="Dinkes Garut: korban keracunan bertambah")
    view = claim(statements=[denial, first, later], text="Sebanyak 186 siswa keracunan usai santap MBG")

    assert view.context == "186 Siswa di Garut Keracunan MBG"
    assert view.to_dict()["context"] == "186 Siswa di Garut Keracunan MBG"
    assert claim(statements=[denial]).context == "Kremlin bantah kirim senjata"  # only a denial: its story
    assert claim(statements=[]).context == ""

    rendered = commonmark().render(render_markdown([view], generated_at=GENERATED, language="en"))
    section = rendered.split("<h3>Claim 1</h3>", 1)[1]
    assert "<p><strong>In:</strong> 186 Siswa di Garut Keracunan MBG</p>" in section.split("<h4>", 1)[0]


def test_show_and_the_claim_list_give_the_headline_after_the_claim(cli, sample_article):
    assert cli("ingest", str(sample_article)).exit_code == 0
    claims = json.loads(cli("claims", "--json").stdout)
    weapons = next(c for c in claims if "mengirimkan senjata" in c["text"])
    headline = "Sergei Lavrov terima kasih Korea Utara dukung Rusia dalam perang di Ukraina"
    assert weapons["context"] == headline

    shown = cli("show", str(weapons["id"])).stdout.splitlines()
    at = next(n for n, line in enumerate(shown) if line.startswith("Korea Utara baru-baru ini mengirimkan senjata"))
    assert shown[at + 1] == f"in “{headline}”"
