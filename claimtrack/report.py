"""Markdown claim reports: what a colleague reads in any viewer, with nothing from an article able to run.

Text that came from articles (quotes, titles, names, notes) goes through `md_text`: terminal escapes and
control characters removed, one line, and every character that could open Markdown or HTML syntax
backslash-escaped, so it renders as the characters it is and never as a heading, link, image, raw HTML,
code, emphasis or a table break. Links are ours alone: http(s) source URLs with their text escaped.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timezone
from functools import lru_cache
from urllib.parse import quote, urlsplit

from claimtrack import statuses
from claimtrack.ratings import rating
from claimtrack.store import ClaimView, EventView, StatementView
from claimtrack.textutil import one_line

# Inline syntax anywhere in a line: escapes, code, emphasis, links and images, HTML and entities, GFM
# strikethrough and table cells, and $ for renderers with math.
_INLINE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>&|~$"})
# Block syntax that only opens at the start of a line: headings, quotes, lists, rules, setext underlines.
_BLOCK_START = re.compile(r"^([#>+=-])|^(\d{1,9})([.)])")
# Bare URLs that GFM viewers turn into links: "http://" and "www." lose their power with one escape.
_BARE_URL = re.compile(r"(?<=[A-Za-z0-9])(:)(?=//)|(?i:(?<![\w.])(www))(\.)")
_TOC_TEXT = 90
_RELATIONS = (("asserts", "Asserted by"), ("supports", "Supported by"), ("contradicts", "Contradicted by"))
# Verdicts first (what a reader came for), then claims still being checked, then those set aside.
_REPORT_ORDER = statuses.report_order()
_STATUS_RANK = {status: rank for rank, status in enumerate(_REPORT_ORDER)}


@lru_cache(maxsize=8192)
def md_text(text: str | None, limit: int | None = None) -> str:
    """Untrusted text as inert Markdown: one line that renders exactly as its characters."""
    if not text:
        return ""
    # printable text has no control, escape or bidi characters for one_line to remove: the common, fast case
    flat = " ".join(text.split()) if limit is None and text.isprintable() else one_line(text, limit)
    escaped = flat.translate(_INLINE)
    if "//" in escaped or "www" in escaped.lower():
        escaped = _BARE_URL.sub(lambda m: "\\:" if m.group(1) else f"{m.group(2)}\\.", escaped)
    if escaped[:1] in "#>+=-" or escaped[:1].isdigit():
        escaped = _BLOCK_START.sub(
            lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", escaped
        )
    return escaped


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


def claim_order(view: ClaimView) -> tuple:
    """Verdicts first, then claims in review, unverified and dismissed; the most check-worthy first within each."""
    return (_STATUS_RANK.get(view.status, len(_STATUS_RANK)), -view.checkworthiness, view.id)


def anchor(view: ClaimView) -> str:
    """The id GitHub and markdown-it's anchors give the heading "Claim N"."""
    return f"claim-{view.id}"


def render_markdown(
    claims: list[ClaimView], *, filters: dict | None = None, generated_at: datetime | None = None
) -> str:
    """A Markdown report of these claims: summary, contents, then each claim with its speakers and history."""
    from claimtrack.config import settings

    views = sorted(claims, key=claim_order)
    generated_at = (generated_at or datetime.now(timezone.utc)).astimezone(timezone.utc)
    single = len(views) == 1
    out: list[str] = [f"# Claim report: claim {views[0].id}" if single else "# Claim report", ""]
    publisher = md_text(settings().publisher.name)
    out += [f"Generated {generated_at.strftime('%Y-%m-%d %H:%M')} UTC by {publisher or 'claimtrack'}.", ""]
    out += [f"Filters: {_filters(filters)}", ""]
    if not views:
        out += ["No claims match these filters.", ""]
        return "\n".join(out)
    out += _summary(views)
    if not single:
        out += ["## Contents", ""]
        out += [
            f"{n}. [Claim {v.id}](#{anchor(v)}): {md_text(v.status)}: {md_text(v.text, _TOC_TEXT)}"
            for n, v in enumerate(views, 1)
        ]
        out.append("")
        out += ["## Claims", ""]
    for view in views:
        out += _claim(view)
    return "\n".join(out)


def _filters(filters: dict | None) -> str:
    parts = []
    for name, value in (filters or {}).items():
        if value in (None, "", (), []):
            continue
        if isinstance(value, (list, tuple, set)):
            value = ", ".join(str(v) for v in value)
        elif isinstance(value, (date, datetime)):
            value = value.isoformat()
        parts.append(f"{md_text(str(name))}: {md_text(str(value))}")
    return "; ".join(parts) if parts else "none (all claims)"


def _summary(views: list[ClaimView]) -> list[str]:
    counts = Counter(v.status for v in views)
    rows = ["## Summary", "", "| status | claims |", "| --- | ---: |"]
    rows += [f"| {status} | {counts[status]} |" for status in _REPORT_ORDER if counts[status]]
    rows += [f"| {md_text(status)} | {n} |" for status, n in counts.items() if status not in _STATUS_RANK]
    rows += [f"| **total** | **{len(views)}** |", ""]
    flagged = sum(v.needs_review for v in views)
    previously = sum(v.origin == "imported" for v in views)
    notes = []
    if flagged:
        notes.append(f"{flagged} flagged for review")
    if previously:
        notes.append(f"{previously} previously checked")
    if notes:
        rows += ["; ".join(notes).capitalize() + ".", ""]
    return rows


def _status_line(view: ClaimView) -> str:
    try:
        known = rating(view.status)
        label = f" ({known.alternate_name}, {known.label_id}; rating {known.value}/5)" if known.is_verdict else ""
    except KeyError:
        label = ""
    return f"**Status:** {md_text(view.status)}{label}"


def _claim(view: ClaimView) -> list[str]:
    out = [f"### Claim {view.id}", "", f"**Claim:** {md_text(view.text)}", "", _status_line(view), ""]
    if view.status_note:
        out += [f"**Verdict note:** {md_text(view.status_note)}", ""]
    if view.needs_review:
        out += [f"**Needs review:** {md_text(view.review_reason) or 'yes'}", ""]
    if view.origin == "imported":
        out += [f"**Previously checked:** {md_text(view.provenance) or 'imported verdict'}", ""]
    facts = [f"check-worthiness {view.checkworthiness:.2f}"]
    if view.first_seen:
        facts.append(f"first seen {view.first_seen.isoformat()}")
    if view.language:
        facts.append(f"language {md_text(view.language)}")
    out += [f"*{'; '.join(facts)}*", ""]
    for relation, heading in _RELATIONS:
        statements = view.by_relation(relation)
        if statements:
            out += [f"#### {heading}", ""]
            for statement in statements:
                out += _statement(statement)
    if view.evidence:
        out += ["#### Evidence", ""]
        for evidence in view.evidence:
            target = (
                link(evidence.target, evidence.target) if evidence.kind == "url" else f"file {md_text(evidence.target)}"
            )
            note = f": {md_text(evidence.note)}" if evidence.note else ""
            out.append(f"- {target}{note}")
        out.append("")
    if view.history:
        out += ["#### History", "", "| when (UTC) | editor | change | note |", "| --- | --- | --- | --- |"]
        out += [_event_row(e) for e in view.history]
        out.append("")
    return out


def _statement(s: StatementView) -> list[str]:
    who = f"**{md_text(s.speaker) or 'unknown speaker'}**"
    details = [md_text(s.speaker_role)] if s.speaker_role else []
    said = s.said_on or s.published
    if said:
        details.append(f"said {said.isoformat()}" if s.said_on else f"published {said.isoformat()}")
    where = link(s.source, s.url)
    if where:
        details.append(f"in {where}")
    if s.outlet:
        details.append(md_text(s.outlet))
    line = f"- {who}" + (f", {', '.join(details)}" if details else "")
    quote_text = md_text(s.content)
    return [line, "", f"  > {quote_text}" if quote_text else "  > (no text)", ""]


def _event_row(event: EventView) -> str:
    at = event.at.astimezone(timezone.utc) if event.at.tzinfo else event.at
    if event.from_status != event.to_status:
        change = f"{md_text(event.action)}: {md_text(event.from_status) or '(new)'} → {md_text(event.to_status)}"
    else:
        change = md_text(event.action)
    return f"| {at.strftime('%Y-%m-%d %H:%M')} | {md_text(event.editor)} | {change} | {md_text(event.note)} |"
