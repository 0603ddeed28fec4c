"""Claim reports fit to send: Markdown (and the same as HTML) that a colleague reads in any viewer, in one language,
signed by the newsroom, with nothing from an article able to run.

Text that came from articles (quotes, titles, names, claim text) goes through `md_text`: terminal escapes and
control characters removed, one line, and every character that could open Markdown or HTML syntax
backslash-escaped, so it renders as the characters it is and never as a heading, link, image, raw HTML,
code, emphasis or a table break. Links are ours alone: the sources' http(s) addresses, and the addresses an editor
wrote in a note (`newsroom_text`), as autolinks. The report's own words come from data/report.toml in the language
asked for; internal fields (check-worthiness, language, review flags, the audit history) only with `verbose`.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import cache, lru_cache
from types import MappingProxyType
from urllib.parse import quote, urlsplit

from claimtrack import statuses
from claimtrack.errors import ConfigError
from claimtrack.localtime import stamp
from claimtrack.ratings import rating
from claimtrack.resources import data_dir
from claimtrack.store import ClaimView, EventView, StatementView
from claimtrack.textutil import one_line

# Inline syntax anywhere in a line: escapes, code, emphasis, links and images, HTML and entities, GFM
# strikethrough and table cells, and $ for renderers with math.
_INLINE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>&|~$"})
# Block syntax that only opens at the start of a line: headings, quotes, lists, rules, setext underlines.
_BLOCK_START = re.compile(r"^([#>+=-])|^(\d{1,9})([.)])")
# Bare URLs that GFM viewers turn into links: "http://" and "www." lose their power with one escape.
_BARE_URL = re.compile(r"(?<=[A-Za-z0-9])(:)(?=//)|(?i:(?<![\w.])(www))(\.)")
# An address an editor wrote (http, https or www.): up to a space, a quote or an angle bracket; trailing punctuation
# is the sentence's.
_WRITTEN_URL = re.compile(r"(?i)(?<![\w.@/])(?:https?://|www\.)[^\s<>\"'`]+")
_TRAILING = ".,;:!?*_~"
_TOC_FROM = 6  # claims: a shorter report needs no table of contents
_TOC_TEXT = 90
_RELATIONS = ("asserts", "supports", "contradicts")
# Verdicts first (what a reader came for), then claims still being checked, then those set aside.
_REPORT_ORDER = statuses.report_order()
_STATUS_RANK = {status: rank for rank, status in enumerate(_REPORT_ORDER)}
WORDS_FILE = "report.toml"


# --- the report's own words -------------------------------------------------------------------------------------
@cache
def _vocabulary() -> Mapping[str, Mapping[str, str]]:
    """data/report.toml, checked: every language gives exactly the keys English gives."""
    path = data_dir() / WORDS_FILE
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    if "en" not in raw:
        raise ConfigError(f"{path}: no [en] table; every other language is checked against it")
    keys = set(raw["en"])
    for language, table in raw.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise ConfigError(f"{path}: [{language}] must be a table of texts")
        missing, unknown = sorted(keys - set(table)), sorted(set(table) - keys)
        if missing or unknown:
            what = f"misses {missing[0]!r}" if missing else f"has {unknown[0]!r}, which [en] does not"
            raise ConfigError(f"{path}: [{language}] {what}")
    return MappingProxyType({language: MappingProxyType(table) for language, table in raw.items()})


def languages() -> tuple[str, ...]:
    """The languages a report can be written in."""
    return tuple(_vocabulary())


@dataclass(frozen=True)
class Words:
    """The report's words in one language, and the verdict labels in the same language."""

    language: str

    def __call__(self, key: str, **values: object) -> str:
        return _vocabulary()[self.language][key].format(**values)

    def status(self, name: str) -> str:
        try:
            return statuses.get(name).label(self.language)
        except KeyError:
            return name

    def listing(self, items: list[str], joiner: str = "or") -> str:
        """ "A, B or C" in this language."""
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self(joiner)} {items[-1]}"

    def count(self, n: int) -> str:
        return self("count_one" if n == 1 else "count_other", n=f"{n:,}")


def words(language: str | None = None) -> Words:
    """The words of a report in `language`; by default the interface language when one was chosen (`claimtrack
    --lang`, $CLAIMTRACK_LANG), else report.language in the config."""
    from claimtrack import i18n
    from claimtrack.config import settings

    chosen = language or i18n.chosen() or settings().report.language
    if chosen not in _vocabulary():
        raise ConfigError(f"report language {chosen!r} is not known; use one of: {', '.join(languages())}")
    return Words(chosen)


def check_setting(key: str, value: str) -> None:
    """Refuse a report setting the report cannot honour (`config set lang fr`) before it is written."""
    from claimtrack.config import known_key

    if known_key(key) == "report.language":
        words(value)


# --- text that came from elsewhere -----------------------------------------------------------------------------
def _escape(flat: str, *, at_start: bool = True) -> str:
    """One inert line escaped so that Markdown shows exactly its characters."""
    escaped = flat.translate(_INLINE)
    if "//" in escaped or "www" in escaped.lower():
        escaped = _BARE_URL.sub(lambda m: "\\:" if m.group(1) else f"{m.group(2)}\\.", escaped)
    if at_start and (escaped[:1] in "#>+=-" or escaped[:1].isdigit()):
        escaped = _BLOCK_START.sub(
            lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", escaped
        )
    return escaped


@lru_cache(maxsize=8192)
def md_text(text: str | None, limit: int | None = None) -> str:
    """Untrusted text as inert Markdown: one line that renders exactly as its characters."""
    if not text:
        return ""
    # printable text has no control, escape or bidi characters for one_line to remove: the common, fast case
    flat = " ".join(text.split()) if limit is None and text.isprintable() else one_line(text, limit)
    return _escape(flat)


def _written_url(found: str) -> str:
    """An address as its writer meant it: without the sentence's closing punctuation or an unopened bracket."""
    url = found
    while url and (
        url[-1] in _TRAILING or (url[-1] in ")]" and url.count(url[-1]) > url.count("(" if url[-1] == ")" else "["))
    ):
        url = url[:-1]
    return url


def newsroom_text(text: str | None) -> str:
    """Text the newsroom wrote (an editor's note): as inert as article text, except that its http(s) addresses are
    links (autolinks) a reader can follow. Never used for article text, whose links are not ours to make."""
    flat = one_line(text or "")
    out, last = [], 0
    for found in _WRITTEN_URL.finditer(flat):
        url = _written_url(found.group(0))
        target = safe_url(url if "://" in url else f"https://{url}")
        if not target:
            continue
        out.append(_escape(flat[last : found.start()], at_start=last == 0))
        # as written when the address is a plain one, else its words linked to the encoded address
        out.append(f"<{target}>" if target == url else f"[{_escape(url, at_start=False)}](<{target}>)")
        last = found.start() + len(url)
    out.append(_escape(flat[last:], at_start=last == 0))
    return "".join(out)


def safe_url(url: str | None) -> str:
    """An http(s) URL fit for a Markdown link destination, or "" for anything else (javascript:, data:, ...)."""
    url = one_line(url or "")
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return quote(url, safe=":/?#[]@!$&'*+,;=%~-._")


def link(text: str | None, url: str | None) -> str:
    """An escaped label, linked only when the URL is safe."""
    label = md_text(text) or md_text(url)
    target = safe_url(url)
    return f"[{label}](<{target}>)" if target and label else label


# --- the report -----------------------------------------------------------------------------------------------
def claim_order(view: ClaimView) -> tuple:
    """Verdicts first, then claims in review, unverified and dismissed; the most check-worthy first within each."""
    return (_STATUS_RANK.get(view.status, len(_STATUS_RANK)), -view.checkworthiness, view.id)


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading ("Claim 12" → "claim-12"); the HTML report gives its headings the same."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@dataclass(frozen=True)
class Signature:
    """Who sends the report: the publisher and desk (from the config unless given), and when it was made."""

    publisher: str
    desk: str
    at: datetime

    @classmethod
    def of(cls, publisher: str | None = None, desk: str | None = None, at: datetime | None = None) -> Signature:
        from claimtrack.config import settings

        configured = settings().publisher
        return cls(
            publisher if publisher is not None else configured.name,
            desk if desk is not None else configured.desk,
            at or datetime.now(timezone.utc),
        )


def describe_filters(filters: Mapping | None, say: Words) -> str:
    """What the report covers, as a phrase: "claims marked False or Misleading with statements by Peskov"."""
    filters = filters or {}
    chosen = [str(s) for s in _values(filters.get("status"))]
    ids = [str(i) for i in _values(filters.get("claim"))] + re.findall(r"\d+", str(filters.get("selected") or ""))
    speaker, search, since = filters.get("speaker") or "", filters.get("search") or "", filters.get("since")
    other = one_line(str(filters.get("filter") or ""))  # the rest, in the filter language ("outlet:detik")
    if ids:
        parts = [say("claim_ids_one" if len(ids) == 1 else "claim_ids_other", ids=say.listing(ids, "and"))]
    elif chosen or speaker or search or since or other:
        parts = [say("claims")]
    else:
        return say("all_claims")
    if other:
        parts.append(say("selected_by", filter=other))
    if chosen:
        parts.append(say("marked", statuses=say.listing([say.status(s) for s in chosen])))
    if search:
        parts.append(say("matching", search=one_line(str(search))))
    if speaker:
        parts.append(say("by_speaker", speaker=one_line(str(speaker))))
    if since:
        parts.append(say("since", date=since.isoformat() if isinstance(since, (date, datetime)) else str(since)))
    return " ".join(parts)


def _values(value: object) -> list:
    """A filter's values: one value (as the TUI gives them) or a list of them; empty ones left out."""
    if value in (None, ""):
        return []
    items = list(value) if isinstance(value, (list, tuple, set)) else [value]
    return [item for item in items if item not in (None, "")]


def render_markdown(
    claims: list[ClaimView],
    *,
    filters: Mapping | None = None,
    generated_at: datetime | None = None,
    language: str | None = None,
    publisher: str | None = None,
    desk: str | None = None,
    verbose: bool = False,
) -> str:
    """A Markdown report of these claims: a title and summary naming what it covers, who sends it and when, contents
    for a long report, then each claim with its verdict, the editor's note and who asserts, supports and contradicts
    it. `verbose` adds what only the desk needs: check-worthiness, language, review flags, the audit history."""
    say = words(language)
    signed = Signature.of(publisher, desk, generated_at)
    views = sorted(claims, key=claim_order)
    what = describe_filters(filters, say)
    out = [f"# {md_text(say('title'))}: {md_text(what)}", ""]
    sender = ", ".join(part for part in (one_line(signed.publisher), one_line(signed.desk)) if part)
    byline = [md_text(say("prepared_by", publisher=sender))] if sender else []
    out += [" · ".join([*byline, stamp(signed.at)]), ""]
    if not views:
        out += [md_text(say("no_claims")), ""]
        return "\n".join(out)
    out += [md_text(say("covers", what=what, count=say.count(len(views)))), ""]
    out += _summary(views, say, verbose)
    if len(views) >= _TOC_FROM:
        out += [f"## {say('contents')}", ""]
        out += [
            f"{n}. [{md_text(say('claim_heading', id=v.id))}](#{slug(say('claim_heading', id=v.id))}): "
            f"{md_text(say.status(v.status))}: {md_text(v.text, _TOC_TEXT)}"
            for n, v in enumerate(views, 1)
        ]
        out.append("")
    if len(views) > 1:
        out += [f"## {say('claims_heading')}", ""]
    for view in views:
        out += _claim(view, say, verbose)
    return "\n".join(out)


def _summary(views: list[ClaimView], say: Words, verbose: bool) -> list[str]:
    counts = Counter(v.status for v in views)
    rows = [f"## {say('summary')}", "", f"| {say('verdict_column')} | {say('claims_column')} |", "| --- | ---: |"]
    rows += [f"| {md_text(say.status(status))} | {counts[status]:,} |" for status in _REPORT_ORDER if counts[status]]
    rows += [f"| {md_text(status)} | {n:,} |" for status, n in counts.items() if status not in _STATUS_RANK]
    rows += [f"| **{say('total')}** | **{len(views):,}** |", ""]
    notes = []
    flagged = sum(v.needs_review for v in views)
    previously = sum(v.origin == "imported" for v in views)
    if flagged and verbose:
        notes.append(say("flagged", n=f"{flagged:,}"))
    if previously:
        notes.append(say("previously_counted", n=f"{previously:,}"))
    if notes:
        rows += [md_text("; ".join(notes).capitalize() + "."), ""]
    return rows


def _verdict_line(view: ClaimView, say: Words) -> str:
    label = md_text(say.status(view.status))
    try:
        known = rating(view.status)
    except KeyError:
        return f"**{say('status')}:** {label}"
    if not known.is_verdict:
        return f"**{say('status')}:** {label}"
    details = [say("rating", value=known.value)]
    event = view.verdict_event
    if event is not None:
        details.append(say("rated", time=stamp(event.at)))
    return f"**{say('verdict')}:** {label} ({', '.join(details)})"


def _claim(view: ClaimView, say: Words, verbose: bool) -> list[str]:
    out = [f"### {say('claim_heading', id=view.id)}", "", f"**{say('claim')}:** {md_text(view.text)}", ""]
    if view.context:
        out += [f"**{say('context')}:** {md_text(view.context)}", ""]
    out += [_verdict_line(view, say), ""]
    if view.status_note:
        out += [f"**{say('note')}:** {newsroom_text(view.status_note)}", ""]
    if view.origin == "imported":
        out += [
            f"**{say('previously_checked')}:** {md_text(view.provenance) or md_text(say('previously_checked'))}",
            "",
        ]
    if view.first_seen:
        out += [f"**{say('first_seen')}:** {view.first_seen.isoformat()}", ""]
    if verbose:
        if view.needs_review:
            out += [f"**{say('needs_review')}:** {md_text(view.review_reason) or '✓'}", ""]
        facts = [say("checkworthiness", value=f"{view.checkworthiness:.2f}")]
        if view.language:
            facts.append(say("language", value=one_line(view.language)))
        out += [f"*{md_text('; '.join(facts))}*", ""]
    for relation in _RELATIONS:
        found = view.by_relation(relation)
        if found:
            out += [f"#### {say(relation)}", ""]
            for statement in found:
                out += _statement(statement, say, view.language)
    if view.evidence:
        out += [f"#### {say('evidence')}", ""]
        for evidence in view.evidence:  # the newsroom's own: its web addresses are links
            if evidence.kind == "url":
                target = newsroom_text(evidence.target)
            else:
                target = md_text(say("file", path=evidence.target))
            out.append(f"- {target}" + (f": {newsroom_text(evidence.note)}" if evidence.note else ""))
        out.append("")
    if verbose and view.history:
        out += [f"#### {say('history')}", "", f"| {say('when')} | {say('editor')} | {say('change')} | {say('note')} |"]
        out += ["| --- | --- | --- | --- |"] + [_event_row(e, say) for e in view.history] + [""]
    return out


@cache
def _deny_cues(language: str) -> frozenset[str]:
    from claimtrack.lexicon import available_languages, lexicon

    return (
        frozenset(c.casefold() for c in lexicon(language).deny_cues)
        if language in available_languages()
        else frozenset()
    )


def _statement(s: StatementView, say: Words, language: str = "") -> list[str]:
    who = f"**{md_text(s.speaker) or md_text(say('unknown_speaker'))}**"
    if s.stance == "deny" and s.cue.casefold() in _deny_cues(language):
        who += f" ({md_text(s.cue)})"  # "membantah" before what it denies: the quote is no claim of theirs
    details = [md_text(s.speaker_role)] if s.speaker_role else []
    day = s.said_on or s.published
    if day:
        details.append(say("said" if s.said_on else "published", date=day.isoformat()))
    where = link(s.source, s.url)
    if where:
        details.append(say("in_source", source=where))
    if s.outlet:
        details.append(md_text(s.outlet))
    line = f"- {who}" + (f", {', '.join(details)}" if details else "")
    quote_text = md_text(s.content)
    return [line, "", f"  > {quote_text or md_text(say('no_text'))}", ""]


def _event_row(event: EventView, say: Words) -> str:
    try:
        action = say(f"action_{event.action}")
    except KeyError:
        action = event.action
    change = md_text(action)
    if event.from_status != event.to_status:
        before = say.status(event.from_status) if event.from_status else say("new")
        change += f": {md_text(before)} → {md_text(say.status(event.to_status))}"
    # an editor's note on a status change is the newsroom's own words; other notes quote claims and articles
    note = newsroom_text(event.note) if event.action == "status" else md_text(event.note)
    return f"| {stamp(event.at)} | {md_text(event.editor)} | {change} | {note} |"


# --- HTML ----------------------------------------------------------------------------------------------------------
_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem}"
    "blockquote{margin:.3rem 0 .8rem 1rem;padding-left:.8rem;border-left:3px solid #ccc;color:#333}"
)


def render_html(markdown: str, *, language: str | None = None) -> str:
    """The Markdown report as one HTML page: CommonMark with tables, raw HTML off, headings given the anchors the
    contents link to."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": False}).enable("table")

    def heading_open(renderer, tokens, index, options, env):  # type: ignore[no-untyped-def]
        tokens[index].attrSet("id", slug(_plain(tokens[index + 1])))
        return renderer.renderToken(tokens, index, options, env)

    parser.add_render_rule("heading_open", heading_open)
    tokens = parser.parse(markdown)
    title = next((_plain(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open"), "")
    body = parser.renderer.render(tokens, parser.options, {})
    say = words(language)
    return (
        f'<!doctype html>\n<html lang="{html.escape(say.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


def _plain(inline) -> str:  # type: ignore[no-untyped-def]
    """A heading's text as a reader sees it (escapes resolved)."""
    return "".join(child.content for child in inline.children or () if child.type in ("text", "code_inline"))
