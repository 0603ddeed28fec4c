"""Markdown reports as a colleague sees them: rendered with markdown-it-py (CommonMark) and read as HTML."""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime, timezone
from pathlib import Path

from hypothesis import given, settings, strategies as st
from markdown_it import MarkdownIt

from claimtrack.report import md_text, render_markdown
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
    base = dict(id=1, relation="asserts", origin="auto", speaker="Gedung Putih", speaker_kind="organization",
                speaker_role="", cue="mengatakan", content="Korea Utara mengirimkan senjata", quote="indirect",
                stance="assert", said_on=date(2023, 10, 12), date_text="", source_id=1, source="Lavrov di Pyongyang",
                outlet="ANTARA", url="", published=date(2023, 10, 19), start=0, end=10, sentence_start=0, sentence_end=10)
    base.update(values)
    return StatementView(**base)


def claim(**values) -> ClaimView:
    base = dict(id=1, text="Korea Utara mengirimkan senjata kepada Rusia", language="id", status="unverified",
                status_note="", checkworthiness=0.5, first_seen=date(2023, 10, 12), needs_review=False, review_reason="",
                origin="extracted", provenance="", version=1, updated_at=GENERATED)
    base.update(values)
    return ClaimView(**base)


def ingest_and_mark_weapons_claim(cli, sample_article) -> int:
    assert cli("ingest", str(sample_article)).exit_code == 0
    claims = json.loads(cli("claims", "--json").stdout)
    claim_id = next(c["id"] for c in claims if "mengirimkan senjata" in c["text"])
    assert cli("mark", str(claim_id), "disputed", "--note", "Kremlin denies; no evidence published").exit_code == 0
    return claim_id


# --- the sample's weapons claim -------------------------------------------------------------------------------
def test_weapons_claim_report_names_both_sides_the_status_and_the_note(cli, sample_article):
    claim_id = ingest_and_mark_weapons_claim(cli, sample_article)

    result = cli("export", "--claim", str(claim_id), "--format", "md")
    assert result.exit_code == 0, result.output
    rendered = commonmark().render(result.stdout)

    assert f"<h1>Claim report: claim {claim_id}</h1>" in rendered
    section = rendered.split(f"<h3>Claim {claim_id}</h3>", 1)[1]
    asserted = section.split("<h4>Asserted by</h4>", 1)[1].split("<h4>", 1)[0]
    contradicted = section.split("<h4>Contradicted by</h4>", 1)[1].split("<h4>", 1)[0]
    assert "<strong>Gedung Putih</strong>" in asserted and "said 2023-10-12" in asserted
    assert "<blockquote>" in asserted and "mengirimkan senjata kepada Rusia" in asserted
    assert "<strong>Dmitry Peskov</strong>, juru bicara Kremlin" in contradicted
    assert "tuduhan Barat itu tidak disertai bukti" in contradicted
    assert "<strong>Status:</strong> disputed" in section
    assert "<strong>Verdict note:</strong> Kremlin denies; no evidence published" in section
    assert "<td>tester</td>\n<td>status: unverified → disputed</td>\n<td>Kremlin denies; no evidence published</td>" in section


def test_report_of_all_claims_has_counts_contents_and_verdicts_first(cli, sample_article):
    claim_id = ingest_and_mark_weapons_claim(cli, sample_article)
    total = len(json.loads(cli("claims", "--json").stdout))
    result = cli("export", "--format", "md")
    assert result.exit_code == 0, result.output
    rendered = commonmark().render(result.stdout)

    assert "<h1>Claim report</h1>" in rendered
    assert '<td>disputed</td>\n<td style="text-align:right">1</td>' in rendered
    assert f'<td>unverified</td>\n<td style="text-align:right">{total - 1}</td>' in rendered
    assert "Filters: none (all claims)" in rendered
    contents = rendered.split("<h2>Contents</h2>", 1)[1].split("<h2>", 1)[0]
    links = re.findall(r'<a href="#claim-(\d+)">', contents)
    assert len(links) == total and links[0] == str(claim_id)
    headings = re.findall(r"<h3>Claim (\d+)</h3>", rendered)
    assert headings == links


def test_filters_and_generation_time_are_stated():
    text = render_markdown([claim(status="false"), claim(id=2, status="false")], generated_at=GENERATED,
                           filters={"status": ("false",), "since": date(2023, 10, 1), "speaker": "Peskov", "claim": ()})
    assert "Generated 2024-05-01 09:30 UTC" in text
    assert "Filters: status: false; since: 2023-10-01; speaker: Peskov" in text


def test_claims_are_ordered_by_status_then_checkworthiness():
    views = [claim(id=1, status="unverified", checkworthiness=0.9), claim(id=2, status="false", checkworthiness=0.2),
             claim(id=3, status="verified", checkworthiness=0.1), claim(id=4, status="false", checkworthiness=0.8),
             claim(id=5, status="dismissed", checkworthiness=1.0)]
    rendered = commonmark().render(render_markdown(views, generated_at=GENERATED))
    assert re.findall(r"<h3>Claim (\d+)</h3>", rendered) == ["3", "4", "2", "1", "5"]


def test_a_single_claim_is_a_one_claim_report_without_contents():
    rendered = commonmark().render(render_markdown([claim(id=7, statements=[statement()])], generated_at=GENERATED))
    assert "<h1>Claim report: claim 7</h1>" in rendered
    assert "Contents" not in rendered
    assert rendered.count("<h3>") == 1


def test_no_claims_says_so():
    assert "No claims match these filters." in render_markdown([], filters={"status": ["verified"]})


def test_review_flag_and_previous_check_are_shown():
    view = claim(status="false", needs_review=True, review_reason="a new statement repeats this claim marked false",
                 origin="imported", provenance="Tempo CekFakta rated it “Keliru” on 2023-09-01")
    rendered = commonmark().render(render_markdown([view], generated_at=GENERATED))
    assert "<strong>Needs review:</strong> a new statement repeats this claim marked false" in rendered
    assert "<strong>Previously checked:</strong> Tempo CekFakta rated it “Keliru” on 2023-09-01" in rendered
    assert "1 flagged for review; 1 previously checked." in rendered


def test_source_links_only_for_web_addresses():
    views = [claim(statements=[statement(url="https://example.org/a b(1)", source="Safe [title]"),
                               statement(id=2, relation="supports", url="javascript:alert(1)", source="Bad")])]
    rendered = commonmark().render(render_markdown(views, generated_at=GENERATED))
    assert '<a href="https://example.org/a%20b%281%29">Safe [title]</a>' in rendered
    assert "javascript" not in rendered
    assert "Bad" in rendered


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
        assert "<code>" not in rendered and "<del>" not in rendered
        assert all(e.startswith("check-worthiness") for e in re.findall(r"<em>(.*?)</em>", rendered))
        assert re.findall(r"<h1>", rendered) == ["<h1>"]
        assert [h for h in re.findall(r"<h2>(.*?)</h2>", rendered)] == ["Summary", "Contents", "Claims"]
        hrefs = re.findall(r'href="([^"]*)"', rendered)
        assert hrefs and all(re.fullmatch(r"#claim-\d+", h) for h in hrefs)
        # the quote arrives as the characters it is, inside its blockquote
        assert "<blockquote>\n<p># The budget doubled &lt;script&gt;alert(1)&lt;/script&gt; as [the proof](http://evil.example/x)" in rendered
        assert "| cell | `code` &amp;amp; *bold*" in rendered
        assert "[report](javascript:alert(1))" in rendered  # the hostile title, as text


def test_terminal_escapes_and_bidi_overrides_are_removed_from_every_field():
    hostile = "ok\x1b[31m red\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \u202eevil\x07\x00"
    view = claim(text=hostile, status_note=hostile, statements=[statement(speaker=hostile, content=hostile, source=hostile,
                                                                          outlet=hostile, speaker_role=hostile)],
                 history=[EventView(1, 1, "status", "unverified", "false", hostile, hostile, GENERATED)])
    text = render_markdown([view], filters={"speaker": hostile}, generated_at=GENERATED)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", text)
    assert "ok redlink evil" in text


MARKDOWN_ALPHABET = st.sampled_from(
    list("#>*_-+=`~[]()!<>&|\\:/.$@\"' \n\t1234567890aZ")
    + ["# ", "- ", "1. ", "2) ", "> ", "---", "***", "===", "```", "~~~", "    ", "[a](http://b.c)", "![i](u.png)", "[r]: /x",
       "<b>", "<script>", "</p>", "<!-- c -->", "&amp;", "&#65;", "`c`", "**s**", "~~d~~", "www.", "http://", "x@y.com",
       "\x1b[2J", "\u202e", "\\"])
untrusted = st.lists(MARKDOWN_ALPHABET | st.characters(), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(untrusted)
def test_escaped_text_renders_as_exactly_its_characters_in_a_quote_or_paragraph(text):
    expected = one_line(text)
    for template, wrapper in (("> {}", {"blockquote", "p"}), ("**Claim:** {}", {"p", "strong"}), ("- x\n\n  > {}", {"ul", "li", "p", "blockquote"})):
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
