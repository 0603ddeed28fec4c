"""Looking at claims: `demo` (the sample articles in a fresh database) and `tui`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from claimtrack.cli.app import app, err, state


@app.command()
def demo(
    fresh: Annotated[bool, typer.Option("--fresh/--keep", help="Start from an empty database (default).")] = True,
    open_tui: Annotated[
        bool, typer.Option("--tui/--no-tui", help="Open the TUI after loading (default when a terminal is attached).")
    ] = True,
) -> None:
    """Load the sample articles into a demo database and open it.

    Example: claimtrack --db demo.db demo
    """
    from claimtrack.pipeline import ingest_paths
    from claimtrack.resources import seeds_dir
    from claimtrack.store import database_url

    url = database_url(state.db or "demo.db")
    if fresh and url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    state.db = url
    state._store = None
    summary = ingest_paths(state.store(), [str(seeds_dir())], {}, jobs=1, report=err)
    typer.echo(f"demo database {url.removeprefix('sqlite:///')}: {summary.line()}")
    if open_tui and sys.stdin.isatty() and sys.stdout.isatty():
        _run_tui()
    else:
        from claimtrack.render import claims_table

        claims_table(state.store().claims())


def _run_tui() -> None:
    try:
        from claimtrack.tui.app import ClaimtrackApp
    except ImportError:
        from claimtrack.render import claims_table

        claims_table(state.store().claims())
        return
    ClaimtrackApp(state.store()).run()


@app.command()
def tui() -> None:
    """Open the terminal interface for triage and verification. A database file that does not exist is made
    only after you say so (--create: without asking).

    Example: claimtrack --db newsroom.db tui
    """
    from claimtrack.cli.app import missing_database
    from claimtrack.i18n import text
    from claimtrack.store import database_url

    missing = missing_database(database_url(state.db))
    if missing is not None and not state.create:
        if not typer.confirm(text("create_database_question", path=missing), default=False, err=True):
            err(f"{missing}: not created")
            raise typer.Exit(1)
        state.create = True
    _run_tui()
