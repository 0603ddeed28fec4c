"""Reading articles: `ingest` (with a progress bar on a terminal) and `extract` (no database)."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from claimtrack.cli.app import LangOption, PublishedOption, app, article_defaults, err, state

if TYPE_CHECKING:
    from claimtrack.ingest import IngestError
    from claimtrack.pipeline import Summary
    from claimtrack.store import Store
    from claimtrack.tracking.tracker import IngestResult

_BAR_FROM = 4  # files: fewer are done before a bar would be worth drawing


def _result_line(result: IngestResult) -> str:
    from claimtrack.textutil import one_line, plural

    if result.status == "duplicate":
        return f"= {result.origin}: already ingested (source {result.source_id})"
    return (
        f"+ {result.origin}: {plural(result.statements, 'statement')}, {plural(len(result.new_claims), 'new claim')}, "
        f"{len(result.joined_claims)} joined — {one_line(result.title, 60)}"
    )


def ingest_with_progress(
    store: Store, paths: list[str], defaults: dict, *, jobs: int, progress: bool, echo: bool
) -> Summary:
    """Ingest files and folders: a line per article (`echo`), or a Rich bar on stderr (`progress`) when there are
    more than a few files, errors printed above it."""
    from claimtrack.pipeline import files_of, ingest_files
    from claimtrack.tracking.tracker import IngestResult

    files = files_of(paths)

    def describe(result: IngestResult | IngestError) -> None:
        if echo and isinstance(result, IngestResult):
            typer.echo(_result_line(result))

    if not progress or len(files) < _BAR_FROM:
        return ingest_files(store, files, defaults, jobs=jobs, report=err, on_result=describe)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    with Progress(
        TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console
    ) as bar:
        task = bar.add_task("ingest", total=len(files))
        return ingest_files(
            store,
            files,
            defaults,
            jobs=jobs,
            report=lambda m: console.print(f"error: {m}", markup=False, highlight=False),
            on_file=lambda: bar.advance(task),
        )


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (read recursively) or - for stdin.", metavar="PATH...")
    ],
    published: PublishedOption = None,
    outlet: Annotated[
        Optional[str], typer.Option("--outlet", help="Outlet name for articles that do not give one.")
    ] = None,
    lang: LangOption = "auto",
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Extraction processes (default: the number of cores).", min=0)
    ] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors and the summary.")] = False,
) -> None:
    """Read articles, extract who said what, and track the claims in the database.

    Example: claimtrack ingest seeds/ --published 2023-10-19
    """
    defaults = article_defaults(published, outlet, lang)
    summary = ingest_with_progress(
        state.store(),
        paths,
        defaults,
        jobs=jobs or (os.cpu_count() or 1),
        progress=not quiet and sys.stderr.isatty(),
        echo=not quiet,
    )
    typer.echo(summary.line())
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for stdin.", metavar="PATH...")],
    published: PublishedOption = None,
    lang: LangOption = "auto",
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per document per line (the default).")
    ] = True,
    skip_private: Annotated[
        bool,
        typer.Option(
            "--skip-private",
            help="Leave out statements by private people (a resident, a trader, anyone named with their "
            "age in brackets); public figures, institutions and circulating claims stay.",
        ),
    ] = False,
) -> None:
    """Print the statements found in articles, without touching any database.

    Example: claimtrack extract seeds/*.md --published 2023-10-19 --json
    """
    from claimtrack.extract import extract as run_extract
    from claimtrack.ingest import IngestError, read_paths

    defaults = article_defaults(published, None, lang)
    failed = 0
    for item in read_paths(paths, defaults):
        if isinstance(item, IngestError):
            err(str(item))
            failed += 1
            continue
        extraction = run_extract(item)
        if skip_private:
            extraction = extraction.public_only()
        typer.echo(json.dumps(extraction.to_dict(), ensure_ascii=False))
    if failed:
        raise typer.Exit(1)
