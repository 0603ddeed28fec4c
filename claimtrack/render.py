"""Rich renderings of claims and actors for the command line. Every article-derived string is made inert."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from claimtrack import statuses
from claimtrack.i18n import count, status_word, text
from claimtrack.localtime import local, zone_name
from claimtrack.store import ActorView, ClaimView, SpeakerRecord
from claimtrack.textutil import one_line

if TYPE_CHECKING:
    from claimtrack.tracking.lookup import LookupResult


def status_markup(status: str) -> str:
    """The status in the interface's words ("in review"), in its colour (from data/statuses.toml), as Rich markup."""
    return f"[{statuses.colour(status) or ''}]{escape(status_word(status))}[/]"


def safe(text: str, limit: int | None = None) -> str:
    return escape(one_line(text or "", limit))


def _console() -> Console:
    """A terminal's own width; 140 columns when piped (Rich's 80 would wrap every claim), or $COLUMNS."""
    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(highlight=False, soft_wrap=False, width=140)
    return console


_MIN_CLAIM = 30  # below this the claim text is not readable: narrower screens drop other columns first


def claims_table(views: list[ClaimView], *, empty: str = "") -> None:
    """One line per claim. On a narrow terminal the columns give way by priority (first seen, then who asserted
    it, then the + and − counts), so the id, status and claim always show whole."""
    console = _console()
    if not views:
        console.print(escape(empty or text("no_claims_yet")))
        return
    cells = [_claim_cells(view) for view in views]
    columns = [
        (text("col_id"), "right", 1),
        (text("col_status"), "left", 0),
        ("cw", "right", 2),
        (text("col_claim"), "left", 0),
        (text("col_asserted_by"), "left", 4),
        ("+", "right", 3),
        ("−", "right", 3),
        (text("col_first_seen"), "left", 5),
        (text("col_assignee"), "left", 6),
    ]
    widths = [
        max(len(title), *(len(Text.from_markup(row[i]).plain) for row in cells))
        for i, (title, _, _) in enumerate(columns)
    ]
    widths[3] = _MIN_CLAIM
    widths[4] = min(widths[4], 22)
    shown = [i for i in range(len(columns)) if i != 8 or any(view.assignee for view in views)]

    def needed() -> int:
        return sum(widths[i] for i in shown) + 3 * (len(shown) - 1)  # three cells between columns

    while needed() > console.width and any(columns[i][2] >= 2 for i in shown):
        first_to_go = max(columns[i][2] for i in shown)
        shown = [i for i in shown if columns[i][2] != first_to_go]
    widths[3] = max(widths[3] + console.width - needed(), 8)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for i in shown:
        title, justify, _ = columns[i]
        table.add_column(title, justify=justify, width=widths[i], no_wrap=True, overflow="ellipsis")  # type: ignore[arg-type]
    for row in cells:
        table.add_row(*(row[i] for i in shown))
    console.print(table)
    console.print(f"{count(len(views), 'claim')} · {text('legend')}")


def _claim_cells(view: ClaimView) -> list[str]:
    status = status_markup(view.status)
    if view.needs_review:
        status += " [bold red]![/]"
    if view.contested:
        status += " ⚔"
    if view.origin == "imported":
        status += " ↺"
    return [
        str(view.id),
        status,
        f"{view.checkworthiness:.2f}",
        safe(view.text, 200) + (f" [dim]— {safe(view.context, 120)}[/]" if view.context else ""),
        safe(", ".join(view.asserted_by), 40),
        str(len(view.by_relation("supports"))),
        str(len(view.by_relation("contradicts"))),
        view.first_seen.isoformat() if view.first_seen else "",
        safe(view.assignee, 20),
    ]


def claim_detail(view: ClaimView, reasons: Sequence[object] = ()) -> None:
    console = _console()
    console.print(
        f"[bold]claim {view.id}[/]  {status_markup(view.status)}  check-worthiness {view.checkworthiness:.2f}"
    )
    if reasons:
        console.print(f"[dim]why: {safe('; '.join(str(r) for r in reasons), 300)}[/]")
    console.print(safe(view.text))
    if view.context:
        console.print(f"[dim]{escape(text('summary_context'))} “{safe(view.context, 200)}”[/]")
    if view.status_note:
        console.print(f"note: {safe(view.status_note)}")
    if view.needs_review:
        console.print(f"[bold red]needs review:[/] {safe(view.review_reason)}")
    if view.origin == "imported":
        console.print(f"[bold]previously checked:[/] {safe(view.provenance)}")
    if view.assignee:
        console.print(f"assigned to {safe(view.assignee)}")
    for relation in ("asserts", "supports", "contradicts"):
        rows = view.by_relation(relation)
        if not rows:
            continue
        console.print(f"\n[bold]{relation}[/]")
        for s in rows:
            role = f", {safe(s.speaker_role)}" if s.speaker_role else ""
            said = " ".join(part for part in (safe(s.cue), f"on {s.said_on.isoformat()}" if s.said_on else "") if part)
            said = f" ({said})" if said else ""
            who = safe(s.speaker) or text("unknown_speaker")
            console.print(f"  #{s.id} {who}{role}{said} in “{safe(s.source, 70)}” {safe(s.outlet)}")
            console.print(f"    > {safe(s.content, 300)}")
    if view.evidence:
        console.print("\n[bold]evidence[/]")
        for evidence in view.evidence:
            note = f" — {safe(evidence.note)}" if evidence.note else ""
            console.print(f"  #{evidence.id} {safe(evidence.target)}{note} [dim]({safe(evidence.editor)})[/]")
    if view.history:
        console.print(f"\n[bold]history[/] [dim]({zone_name()})[/]")
        for e in view.history:
            change = change_words(e.action, e.from_status, e.to_status)
            note = f" — {safe(e.note)}" if e.note else ""
            console.print(f"  {local(e.at):%Y-%m-%d %H:%M:%S} {safe(e.editor)}: {change}{note}")


def change_words(action: str, from_status: str, to_status: str) -> str:
    """ "status unverified → disputed"; an edit that left the status alone is just "edit"."""
    if from_status == to_status:
        return escape(action)
    return f"{escape(action)} {escape(status_word(from_status) or '(new)')} → {escape(status_word(to_status))}"


def actors_table(views: list[ActorView]) -> None:
    console = _console()
    table = Table(pad_edge=False)
    for column in ("id", "name", "kind", "role", "aliases", "statements"):
        table.add_column(column)
    for a in views:
        table.add_row(
            str(a.id), safe(a.name), a.kind, safe(a.role, 40), safe(", ".join(a.aliases), 60), str(a.statements)
        )
    console.print(table)


def speaker_detail(record: SpeakerRecord) -> None:
    """A speaker's record: who, what roles, the track record by verdict, statements per month, their claims."""
    console = _console()
    actor = record.actor
    console.print(f"[bold]{safe(actor.name)}[/]  {safe(actor.kind)}  {count(actor.statements, 'statement')}")
    if actor.aliases:
        console.print(f"also called: {safe(', '.join(actor.aliases), 300)}")
    if record.roles:
        console.print("roles: " + safe(", ".join(f"{role} ({n})" for role, n in record.roles[:8]), 300))
    verdicts = ", ".join(f"{n} {status_markup(status)}" for status, n in record.verdicts.items())
    console.print(f"\n[bold]track record[/] (claims asserted): {verdicts or 'none'}")
    if record.months:
        console.print("\n[bold]statements over time[/]")
        widest = max(n for _, n in record.months)
        for month, n in record.months:
            console.print(f"  {month or 'undated':<8} {n:>5} {'█' * max(1, round(30 * n / widest))}")
    if record.claims:
        console.print(f"\n[bold]claims[/] ({len(record.claims)})")
        for claim in record.claims[:50]:
            said = claim.said.isoformat() if claim.said else "          "
            console.print(
                f"  {claim.id:>6} {said} {status_markup(claim.status)} [dim]{claim.relation}[/] {safe(claim.text, 100)}"
            )
        if len(record.claims) > 50:
            console.print(f"  … and {len(record.claims) - 50} more (--json lists them all)")


RELATION_STYLES = {"supports": "green", "contradicts": "red", "mentions": "yellow"}


def lookup_results(results: list[LookupResult]) -> None:
    """Each looked-up text, then the claims it matches: relation, score, id, status and the claim's words."""
    console = _console()
    for number, result in enumerate(results):
        if number:
            console.print()
        console.print(f"[bold]“{safe(result.text, 100)}”[/]")
        if not result.matches:
            console.print("  no tracked claim matches")
            continue
        for match in result.matches:
            relation = f"[{RELATION_STYLES.get(match.relation, '')}]{match.relation:<11}[/]"
            flags = " [bold red]![/]" if match.needs_review else ""
            console.print(
                f"  {relation} {match.score:>5.1f}  #{match.claim_id} {status_markup(match.status)}{flags}"
                f"  {safe(match.text, 140)}"
            )
            if match.previously_checked:
                console.print(f"  {'':<11} ↺ previously checked: {safe(match.provenance, 160)}")
