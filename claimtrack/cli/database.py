"""Keeping the database safe: `audit verify`, `backup` and `upgrade`."""

from __future__ import annotations

from typing import Annotated

import typer

from claimtrack.cli.app import JsonOption, app, print_json, state

audit_app = typer.Typer(
    help="The tamper-evident audit log.\n\nExample: claimtrack audit verify",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def audit_verify(as_json: JsonOption = False) -> None:
    """Check every claim's chain of audit events and name the first broken link; exit 1 when one is broken.

    Example: claimtrack audit verify
    """
    report = state.store().verify_audit()
    if as_json:
        print_json(
            {
                "ok": report.ok,
                "claims": report.claims,
                "events": report.events,
                "digest": report.digest,
                "breaks": [
                    {"claim_id": b.claim_id, "event_id": b.event_id, "problem": b.problem} for b in report.breaks
                ],
            }
        )
    else:
        for broken in report.breaks:
            typer.echo(f"broken: {broken.line()}")
        verdict = "intact" if report.ok else f"{len(report.breaks)} claims with a broken chain"
        typer.echo(
            f"audit: {report.claims} claims, {report.events} events checked: {verdict} (digest {report.digest[:16]})"
        )
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def backup(
    path: Annotated[
        str, typer.Argument(help="The new file to write; an existing file is never overwritten.", metavar="PATH")
    ],
) -> None:
    """Copy a SQLite database with SQLite's online backup, safe while others keep working.

    Example: claimtrack backup backups/claims-2024-05-01.db
    """
    store = state.store()
    target = store.backup(path)
    typer.echo(f"backed up {store.describe()} to {target}")


@app.command()
def upgrade() -> None:
    """Bring the database's schema up to this version of claimtrack; a SQLite file is backed up first.

    A SQLite file is also upgraded when it is first opened; a shared PostgreSQL database only by this command.

    Example: claimtrack --db postgresql+psycopg://desk@dbhost/newsroom upgrade
    """
    from claimtrack.store import Store, database_url

    store = Store(database_url(state.db), create=False)
    change = store.upgrade()
    if change.before is None:
        typer.echo(f"{store.describe()}: created with schema {change.after}")
    elif change.before == change.after:
        typer.echo(f"{store.describe()}: schema {change.after} is current, nothing to do")
    else:
        saved = f" (backup: {change.backup})" if change.backup else ""
        typer.echo(f"{store.describe()}: schema {change.before} → {change.after}{saved}")
