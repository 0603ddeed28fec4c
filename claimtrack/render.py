"""Rich renderings of claims and actors for the command line. Every article-derived string is made inert."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimtrack import statuses
from claimtrack.store import ActorView, ClaimView
from claimtrack.textutil import one_line

if TYPE_CHECKING:
    from claimtrack.tracking.lookup import LookupResult


def status_markup(status: str) -> str:
    """The status's name in its colour (from data/statuses.toml), as Rich markup."""
    return f"[{statuses.colour(status) or ''}]{escape(status)}[/]"


def safe(text: str, limit: int | None = None) -> str:
    return escape(one_line(text or "", limit))


def _console() -> Console:
    """A terminal's own width; 140 columns when piped (Rich's 80 would wrap every claim), or $COLUMNS."""
    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(highlight=False, soft_wrap=False, width=140)
    return console


def claims_table(views: list[ClaimView]) -> None:
    console = _console()
    if not views:
        console.print("no claims yet: ingest some articles with `claimtrack ingest PATH`")
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    speaker_width = 22
    others = 4 + 14 + 5 + speaker_width + 3 + 3 + 11 + 3 * 8
    claim_width = max(24, console.width - others)
    for column, options in (
        ("id", {"justify": "right", "width": 4}),
        ("status", {"width": 14}),
        ("cw", {"justify": "right", "width": 5}),
        ("claim", {"width": claim_width}),
        ("asserted by", {"width": speaker_width}),
        ("+", {"justify": "right", "width": 3}),
        ("−", {"justify": "right", "width": 3}),
        ("first seen", {"width": 11}),
    ):
        options.update(no_wrap=True, overflow="ellipsis")
        table.add_column(column, **options)
    for view in views:
        status = status_markup(view.status)
        if view.needs_review:
            status += " [bold red]![/]"
        if view.contested:
            status += " ⚔"
        if view.origin == "imported":
            status += " ↺"
        table.add_row(
            str(view.id),
            status,
            f"{view.checkworthiness:.2f}",
            safe(view.text, 120),
            safe(", ".join(view.asserted_by), 40),
            str(len(view.by_relation("supports"))),
            str(len(view.by_relation("contradicts"))),
            view.first_seen.isoformat() if view.first_seen else "",
        )
    console.print(table)
    console.print(f"{len(views)} claims · ! needs review · ⚔ contested · ↺ previously checked")


def claim_detail(view: ClaimView, reasons: Sequence[object] = ()) -> None:
    console = _console()
    console.print(
        f"[bold]claim {view.id}[/]  {status_markup(view.status)}  check-worthiness {view.checkworthiness:.2f}"
    )
    if reasons:
        console.print(f"[dim]why: {safe('; '.join(str(r) for r in reasons), 300)}[/]")
    console.print(safe(view.text))
    if view.status_note:
        console.print(f"note: {safe(view.status_note)}")
    if view.needs_review:
        console.print(f"[bold red]needs review:[/] {safe(view.review_reason)}")
    if view.origin == "imported":
        console.print(f"[bold]previously checked:[/] {safe(view.provenance)}")
    for relation in ("asserts", "supports", "contradicts"):
        rows = view.by_relation(relation)
        if not rows:
            continue
        console.print(f"\n[bold]{relation}[/]")
        for s in rows:
            role = f", {safe(s.speaker_role)}" if s.speaker_role else ""
            said = " ".join(part for part in (safe(s.cue), f"on {s.said_on.isoformat()}" if s.said_on else "") if part)
            said = f" ({said})" if said else ""
            console.print(f"  #{s.id} {safe(s.speaker)}{role}{said} in “{safe(s.source, 70)}” {safe(s.outlet)}")
            console.print(f"    > {safe(s.content, 300)}")
    if view.history:
        console.print("\n[bold]history[/]")
        for e in view.history:
            note = f" — {safe(e.note)}" if e.note else ""
            at = e.at.isoformat(timespec="seconds")
            console.print(f"  {at} {safe(e.editor)}: {e.action} {e.from_status} → {e.to_status}{note}")


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
