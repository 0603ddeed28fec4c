"""Reading articles: `ingest` (with a progress bar on a terminal) and `extract` (no database)."""

from __future__ import annotations

import json
import os
import sys
import time
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from claimtrack.cli.app import LangOption, PublishedOption, app, article_defaults, err, note, state

if TYPE_CHECKING:
    from claimtrack.ingest import IngestError
    from claimtrack.pipeline import Progress, Summary
    from claimtrack.store import Store
    from claimtrack.tracking.tracker import IngestResult


def _result_line(result: IngestResult) -> str:
    from claimtrack.textutil import one_line, plural

    if result.status == "duplicate":
        return f"= {result.origin}: already ingested (source {result.source_id})"
    return (
        f"+ {result.origin}: {plural(result.statements, 'statement')}, {plural(len(result.new_claims), 'new claim')}, "
        f"{len(result.joined_claims)} joined — {one_line(result.title, 60)}"
    )


def _rate_and_left(progress: Progress, seconds: float) -> str:
    """ "85/s, about 45 s left" from what was stored in `seconds`."""
    done = progress.stored + progress.failed
    if seconds <= 0 or done == 0:
        return ""
    rate = done / seconds
    text = f", {rate:,.0f}/s" if rate >= 10 else f", {rate:.1f}/s"
    if progress.articles is not None and progress.articles > done:
        left = (progress.articles - done) / rate
        text += f", about {left:,.0f} s left" if left < 120 else f", about {left / 60:,.0f} min left"
    return text


def progress_line(progress: Progress, seconds: float) -> str:
    """One plain line of progress, for a log or a pipe."""
    of = f" of {progress.articles:,}" if progress.articles is not None else ""
    failed = f" ({progress.failed:,} failed)" if progress.failed else ""
    return (
        f"ingest: {progress.stored:,}{of} articles stored{failed}, {progress.extracted:,} read and extracted, "
        f"{progress.files_read:,} of {progress.files:,} files read{_rate_and_left(progress, seconds)}"
    )


class _PlainProgress:
    """A progress line on stderr every few seconds (ingest.progress_seconds), however long a phase lasts."""

    def __init__(self, every: float):
        import threading

        self.every, self.progress, self.started = every, None, time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ingest-progress", daemon=True)

    def update(self, progress: Progress) -> None:
        self.progress = progress

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            if self.progress is not None:
                typer.echo(progress_line(self.progress, time.monotonic() - self.started), err=True)

    def __enter__(self) -> _PlainProgress:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _rich_progress(console: Any) -> Any:
    """The bar on a terminal: articles stored of those to read, then files read, extracted, failed, rate and ETA."""
    from rich.progress import BarColumn, ProgressColumn, TaskProgressColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed:,.0f}/s" if task.speed else "", style="progress.data.speed")

    return Bar(
        TextColumn("ingest"),
        BarColumn(),
        TextColumn("{task.completed:,.0f}/{task.fields[articles]} stored"),
        TaskProgressColumn(),
        TextColumn("· files {task.fields[files]} · extracted {task.fields[extracted]}{task.fields[failed]}"),
        Rate(),
        TimeRemainingColumn(),
        console=console,
        transient=False,
    )


def ingest_with_progress(
    store: Store, paths: list[str], defaults: dict, *, jobs: int, progress: bool, echo: bool
) -> Summary:
    """Ingest files and folders: a Rich bar on stderr when it is a terminal (`progress`), else a line per article
    (`echo`) and a progress line every few seconds; errors and notes print as they come."""
    from claimtrack.config import settings
    from claimtrack.pipeline import files_of, ingest_files
    from claimtrack.tracking.tracker import IngestResult

    files = files_of(paths)

    def describe(result: IngestResult | IngestError) -> None:
        if echo and isinstance(result, IngestResult):
            typer.echo(_result_line(result))

    if not progress:
        if not echo:
            return ingest_files(store, files, defaults, jobs=jobs, report=err, on_note=note)
        with _PlainProgress(settings().ingest.progress_seconds) as plain:
            return ingest_files(
                store,
                files,
                defaults,
                jobs=jobs,
                report=err,
                on_result=describe,
                on_progress=plain.update,
                on_note=note,
            )
    from rich.console import Console

    from claimtrack.textutil import one_line

    console = Console(stderr=True)
    with _rich_progress(console) as bar:
        task = bar.add_task("ingest", total=None, articles="?", files="", extracted="0", failed="")

        def draw(now: Progress) -> None:
            bar.update(
                task,
                total=now.articles,
                completed=now.stored + now.failed,
                articles=f"{now.articles:,}" if now.articles is not None else "?",
                files=f"{now.files_read:,}/{now.files:,}",
                extracted=f"{now.extracted:,}",
                failed=f" · failed {now.failed:,}" if now.failed else "",
            )

        return ingest_files(
            store,
            files,
            defaults,
            jobs=jobs,
            report=lambda m: console.print(f"error: {one_line(m)}", markup=False, highlight=False),
            on_progress=draw,
            on_note=lambda m: console.print(f"note: {one_line(m)}", markup=False, highlight=False),
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
    try:
        summary = ingest_with_progress(
            state.store(),
            paths,
            defaults,
            jobs=jobs or (os.cpu_count() or 1),
            progress=not quiet and sys.stderr.isatty(),
            echo=not quiet,
        )
    except KeyboardInterrupt:  # before the first article was read: opening the database, listing folders
        from claimtrack.pipeline import Summary

        summary = Summary(stopped=True)
    typer.echo(summary.line())
    for repeated in summary.repeated_notes():
        note(repeated)
    if summary.stopped:
        typer.echo(summary.stop_line(), err=True)
        raise typer.Exit(130)
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
    noted: set[str] = set()
    for item in read_paths(paths, defaults):
        if isinstance(item, IngestError):
            err(str(item))
            failed += 1
            continue
        for found in item.notes:
            if found.key not in noted:  # each kind once
                noted.add(found.key)
                note(found.message)
        extraction = run_extract(item)
        if skip_private:
            extraction = extraction.public_only()
        typer.echo(json.dumps(extraction.to_dict(), ensure_ascii=False))
    if failed:
        raise typer.Exit(1)
