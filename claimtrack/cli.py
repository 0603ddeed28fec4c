"""The claimtrack command line: a thin Typer shell over the core. Library code raises; this reports.

Heavy modules (the database layer, extraction, Textual) are imported inside the commands that need them,
so `claimtrack --help` stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    from claimtrack.store import Store

class UserError(Exception):
    """Something the user can fix; reported as one line."""


def _handled_errors() -> tuple[type[BaseException], ...]:
    from claimtrack.config import ConfigError
    from claimtrack.ingest.document import IngestError
    from claimtrack.lexicon import LexiconError
    from claimtrack.store import StoreError

    return UserError, ConfigError, IngestError, LexiconError, StoreError


class _Commands(TyperGroup):
    """Reports the errors a user can cause as one line and exit status 1, under the runner as in a shell."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except _handled_errors() as exc:
            _err(str(exc))
            raise typer.Exit(1) from None


app = typer.Typer(
    name="claimtrack",
    cls=_Commands,
    help="Track who said what in the news, turn it into claims, and verify them.\n\n"
         "Example: claimtrack ingest seeds/ && claimtrack claims",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _State:
    db: str | None = None
    _store: Store | None = None

    def store(self) -> Store:
        if self._store is None:
            from claimtrack.store import Store, database_url

            self._store = Store(database_url(self.db))
        return self._store


state = _State()


@app.callback()
def _main(
    db: Annotated[Optional[str], typer.Option("--db", help="Database file or URL (default: $CLAIMTRACK_DB, else ./claimtrack.db).", metavar="PATH|URL")] = None,
) -> None:
    state.db = db
    state._store = None


# --- helpers ------------------------------------------------------------------------------------------------
def _err(message: str) -> None:
    from claimtrack.textutil import one_line

    typer.echo(f"error: {one_line(message)}", err=True)


def _print_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _parse_day(value: str | None, option: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UserError(f"{option}: {value!r} is not a date; use YYYY-MM-DD") from exc


def _defaults(published: str | None, outlet: str | None, lang: str | None) -> dict:
    _parse_day(published, "--published")
    from claimtrack.lexicon import available_languages

    if lang not in (None, "", "auto") and lang not in available_languages():
        raise UserError(f"--lang: {lang!r} is not supported; use auto or one of {', '.join(available_languages())}")
    return {"published": published or None, "outlet": outlet or None, "language": None if lang in (None, "auto") else lang}


PublishedOption = Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for articles that do not give one.")]
LangOption = Annotated[str, typer.Option("--lang", help="Language: auto, id or en (for articles that do not say).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
EditorOption = Annotated[Optional[str], typer.Option("--editor", help="Who is making the change (default: $CLAIMTRACK_EDITOR, else your login name).")]


def _editor(editor: str | None) -> str:
    from claimtrack.config import default_editor

    return editor or default_editor()


# --- ingest and extract -----------------------------------------------------------------------------------------
@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or - for stdin.", metavar="PATH...")],
    published: PublishedOption = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", help="Outlet name for articles that do not give one.")] = None,
    lang: LangOption = "auto",
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Extraction processes (default: the number of cores).", min=0)] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors and the summary.")] = False,
) -> None:
    """Read articles, extract who said what, and track the claims in the database.

    Example: claimtrack ingest seeds/ --published 2023-10-19
    """
    from claimtrack.pipeline import ingest_paths

    defaults = _defaults(published, outlet, lang)
    summary = ingest_paths(state.store(), paths, defaults, jobs=jobs or (os.cpu_count() or 1), report=_err,
                           progress=not quiet and sys.stderr.isatty(), echo=None if quiet else typer.echo)
    typer.echo(summary.line())
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for stdin.", metavar="PATH...")],
    published: PublishedOption = None,
    lang: LangOption = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per document per line (the default).")] = True,
    skip_private: Annotated[bool, typer.Option(
        "--skip-private", help="Leave out statements by private people (a resident, a trader, anyone named with their "
                               "age in brackets); public figures, institutions and circulating claims stay.")] = False,
) -> None:
    """Print the statements found in articles, without touching any database.

    Example: claimtrack extract seeds/*.md --published 2023-10-19 --json
    """
    from claimtrack.extract import extract as run_extract
    from claimtrack.ingest import IngestError, read_paths

    defaults = _defaults(published, None, lang)
    failed = 0
    for item in read_paths(paths, defaults):
        if isinstance(item, IngestError):
            _err(str(item))
            failed += 1
            continue
        extraction = run_extract(item)
        if skip_private:
            extraction = extraction.public_only()
        typer.echo(json.dumps(extraction.to_dict(), ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


# --- claims --------------------------------------------------------------------------------------------------------
def _status_list(status: list[str] | None) -> tuple[str, ...]:
    from claimtrack.models import STATUSES

    chosen = tuple(s.strip() for item in status or () for s in item.split(",") if s.strip())
    for s in chosen:
        if s not in STATUSES:
            raise UserError(f"unknown status {s!r}; use one of: {', '.join(STATUSES)}")
    return chosen


@app.command()
def claims(
    status: Annotated[Optional[list[str]], typer.Option("--status", "-s", help="Only these statuses (repeat or comma-separate).")] = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only claims with a statement by this actor (any alias).")] = None,
    search: Annotated[Optional[str], typer.Option("--search", help="Only claims whose text contains this.")] = None,
    sort: Annotated[str, typer.Option("--sort", help="triage (default), recent, checkworthiness or id.")] = "triage",
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="At most this many claims.", min=1)] = None,
    as_json: JsonOption = False,
) -> None:
    """List claims, most in need of checking first.

    Example: claimtrack claims --status unverified --limit 20
    """
    from claimtrack.store import ClaimQuery

    if sort not in ("triage", "recent", "checkworthiness", "id"):
        raise UserError(f"--sort: unknown order {sort!r}; use triage, recent, checkworthiness or id")
    query = ClaimQuery(statuses=_status_list(status), speaker=speaker or "", search=search or "", sort=sort, limit=limit)
    views = state.store().claims(query)
    if as_json:
        _print_json([v.to_dict() for v in views])
        return
    from claimtrack.render import claims_table

    claims_table(views)


@app.command()
def show(
    claim_id: Annotated[int, typer.Argument(help="Claim id.", metavar="ID")],
    as_json: JsonOption = False,
) -> None:
    """Show one claim: who asserts, supports and contradicts it, and its status history.

    Example: claimtrack show 1 --json
    """
    store = state.store()
    view = store.claim(store.resolve_claim(claim_id), with_history=True, with_context=not as_json)
    if as_json:
        _print_json(view.to_dict(with_history=True))
        return
    from claimtrack.render import claim_detail

    claim_detail(view)


@app.command()
def mark(
    claim_id: Annotated[int, typer.Argument(help="Claim id.", metavar="ID")],
    status: Annotated[str, typer.Argument(help="verified, disputed, false, misleading, unproven, in_review, dismissed or unverified.")],
    note: Annotated[str, typer.Option("--note", "-m", help="Why: the verdict note kept in the audit log.")] = "",
    editor: EditorOption = None,
) -> None:
    """Set a claim's verification status; the change is kept in the audit log.

    Example: claimtrack mark 1 disputed --note "Kremlin denies; no evidence published"
    """
    _status_list([status])
    event = state.store().mark(claim_id, status, note, _editor(editor))
    typer.echo(f"claim {claim_id}: {event.from_status} → {event.to_status} by {event.editor}")


@app.command()
def edit(
    claim_id: Annotated[int, typer.Argument(help="Claim id.", metavar="ID")],
    text: Annotated[str, typer.Option("--text", "-t", help="The claim's canonical wording, in any language.")],
    editor: EditorOption = None,
) -> None:
    """Give a claim canonical wording; its statements keep their own words.

    Example: claimtrack edit 1 --text "North Korea sent weapons to Russia"
    """
    from claimtrack.tracker import Tracker

    Tracker(state.store()).edit_claim_text(claim_id, text, _editor(editor))
    typer.echo(f"claim {claim_id}: text updated")


@app.command()
def link(
    claim_id: Annotated[int, typer.Argument(help="Claim id.", metavar="CLAIM")],
    statement_id: Annotated[int, typer.Argument(help="Statement id.", metavar="STATEMENT")],
    relation: Annotated[str, typer.Option("--as", help="asserts, supports or contradicts.")] = "supports",
    editor: EditorOption = None,
) -> None:
    """Link a statement to a claim by hand.

    Example: claimtrack link 1 7 --as contradicts
    """
    from claimtrack.models import RELATIONS

    if relation not in RELATIONS:
        raise UserError(f"--as: unknown relation {relation!r}; use one of: {', '.join(RELATIONS)}")
    state.store().link_statement(claim_id, statement_id, relation, _editor(editor))
    typer.echo(f"claim {claim_id}: statement {statement_id} {relation}")


@app.command()
def unlink(
    claim_id: Annotated[int, typer.Argument(help="Claim id.", metavar="CLAIM")],
    statement_id: Annotated[int, typer.Argument(help="Statement id.", metavar="STATEMENT")],
    editor: EditorOption = None,
) -> None:
    """Remove a statement from a claim.

    Example: claimtrack unlink 1 7
    """
    state.store().unlink_statement(claim_id, statement_id, _editor(editor))
    typer.echo(f"claim {claim_id}: statement {statement_id} unlinked")


@app.command()
def merge(
    into_id: Annotated[int, typer.Argument(help="The claim that stays.", metavar="CLAIM_INTO")],
    from_id: Annotated[int, typer.Argument(help="The claim merged into it.", metavar="CLAIM_FROM")],
    editor: EditorOption = None,
) -> None:
    """Merge two claims that state the same thing: links and history move to CLAIM_INTO.

    Example: claimtrack merge 1 4
    """
    from claimtrack.tracker import Tracker

    Tracker(state.store()).merge_claims(into_id, from_id, _editor(editor))
    typer.echo(f"claim {from_id} merged into claim {into_id}")


# --- actors --------------------------------------------------------------------------------------------------------
@app.command()
def actors(
    search: Annotated[Optional[str], typer.Option("--search", help="Only actors with a name containing this.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List speakers with their aliases and statement counts.

    Example: claimtrack actors --search lavrov
    """
    views = state.store().actors(search or "")
    if as_json:
        _print_json([v.to_dict() for v in views])
        return
    from claimtrack.render import actors_table

    actors_table(views)


@app.command("merge-actors")
def merge_actors(
    into_id: Annotated[int, typer.Argument(help="The actor that stays.", metavar="ACTOR_INTO")],
    from_id: Annotated[int, typer.Argument(help="The actor merged into it.", metavar="ACTOR_FROM")],
) -> None:
    """Merge two actors that are the same person or organisation; names become aliases.

    Example: claimtrack merge-actors 3 9
    """
    state.store().merge_actors(into_id, from_id)
    typer.echo(f"actor {from_id} merged into actor {into_id}")


# --- reports and interchange ----------------------------------------------------------------------------------------
EXPORT_FORMATS = ("md", "claimreview", "csv", "json")


def _id_list(values: list[str] | None, option: str) -> tuple[int, ...]:
    ids = []
    for item in values or ():
        for part in item.split(","):
            if part.strip():
                try:
                    ids.append(int(part))
                except ValueError as exc:
                    raise UserError(f"{option}: {part.strip()!r} is not a claim id") from exc
    return tuple(ids)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="md (a report), claimreview (JSON-LD), csv or json (one row per claim–statement link).")] = "md",
    status: Annotated[Optional[list[str]], typer.Option("--status", "-s", help="Only these statuses (repeat or comma-separate).")] = None,
    claim: Annotated[Optional[list[str]], typer.Option("--claim", "-c", help="Only these claim ids (repeat or comma-separate).", metavar="ID")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Only claims first seen on or after YYYY-MM-DD.")] = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Only claims with a statement by this actor (any alias).")] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="File to write (replaced whole, never half-written), or - for standard output.", metavar="FILE|-")] = "-",
) -> None:
    """Export claims as a Markdown report, ClaimReview JSON-LD, CSV or JSON.

    Example: claimtrack export --status disputed,false --format md -o report.md
    """
    from claimtrack.interchange import InterchangeError, claim_reviews, link_rows, to_csv, to_json, write_atomic
    from claimtrack.store import ClaimQuery

    if fmt not in EXPORT_FORMATS:
        raise UserError(f"--format: unknown format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}")
    store = state.store()
    ids = tuple(dict.fromkeys(store.resolve_claim(i) for i in _id_list(claim, "--claim")))
    query = ClaimQuery(statuses=_status_list(status), claim_ids=ids, since=_parse_day(since, "--since"), speaker=speaker or "")
    views = store.claims(query, with_history=True)
    if fmt == "md":
        from claimtrack.report import render_markdown

        filters = {"status": query.statuses, "claim": ids, "since": query.since, "speaker": query.speaker}
        text, written = render_markdown(views, filters=filters), f"{len(views)} claims"
    elif fmt == "claimreview":
        reviews, undecided, imported = claim_reviews(views)
        if undecided or imported:
            typer.echo(f"claimreview: left out {undecided} claims without a verdict and {imported} whose verdict"
                       " was imported from another checker", err=True)
        text, written = to_json(reviews), f"{len(reviews)} ClaimReviews"
    else:
        rows = link_rows(views)
        text, written = to_csv(rows) if fmt == "csv" else to_json(rows), f"{len(rows)} rows for {len(views)} claims"
    if output == "-":
        typer.echo(text, nl=False)
        return
    try:
        write_atomic(output, text)
    except InterchangeError as exc:
        raise UserError(str(exc)) from exc
    typer.echo(f"export: {written} written to {output}")


@app.command("import-claims")
def import_claims(
    path: Annotated[str, typer.Argument(help="ClaimReview JSON-LD, LIAR TSV or CSV file, or - for stdin.", metavar="FILE")],
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="claimreview, liar or csv (default: from the file's name and contents).")] = None,
    editor: EditorOption = None,
) -> None:
    """Import earlier fact-checks as claims; statements that repeat them later show as previously checked.

    Example: claimtrack import-claims factchecks.jsonld --format claimreview
    """
    from claimtrack.interchange import InterchangeError, import_verdicts, read_verdicts

    try:
        records = read_verdicts(path, fmt)
    except InterchangeError as exc:
        raise UserError(str(exc)) from exc
    summary = import_verdicts(state.store(), records, editor=_editor(editor))
    shown = 20
    for skipped in summary.skipped[:shown]:
        typer.echo(f"skipped: {skipped}", err=True)
    if len(summary.skipped) > shown:
        typer.echo(f"skipped: … and {len(summary.skipped) - shown} more", err=True)
    typer.echo(summary.line())


# --- demo and tui ----------------------------------------------------------------------------------------------------
@app.command()
def demo(
    fresh: Annotated[bool, typer.Option("--fresh/--keep", help="Start from an empty database (default).")] = True,
    open_tui: Annotated[bool, typer.Option("--tui/--no-tui", help="Open the TUI after loading (default when a terminal is attached).")] = True,
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
    summary = ingest_paths(state.store(), [str(seeds_dir())], {}, jobs=1, report=_err, progress=False, echo=None)
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
    """Open the terminal interface for triage and verification.

    Example: claimtrack --db newsroom.db tui
    """
    _run_tui()


# --- keeping the database safe: audit, backup, upgrade -----------------------------------------------------------
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def audit_verify(as_json: JsonOption = False) -> None:
    """Check every claim's chain of audit events and name the first broken link; exit 1 when one is broken.

    Example: claimtrack audit verify
    """
    report = state.store().verify_audit()
    if as_json:
        _print_json({"ok": report.ok, "claims": report.claims, "events": report.events, "digest": report.digest,
                     "breaks": [{"claim_id": b.claim_id, "event_id": b.event_id, "problem": b.problem} for b in report.breaks]})
    else:
        for broken in report.breaks:
            typer.echo(f"broken: {broken.line()}")
        verdict = "intact" if report.ok else f"{len(report.breaks)} claims with a broken chain"
        typer.echo(f"audit: {report.claims} claims, {report.events} events checked: {verdict} (digest {report.digest[:16]})")
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def backup(
    path: Annotated[str, typer.Argument(help="The new file to write; an existing file is never overwritten.", metavar="PATH")],
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


def main() -> None:
    """Console entry point: no traceback reaches the user, whatever goes wrong."""
    try:
        app()
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("CLAIMTRACK_DEBUG"):
            raise
        _err(f"unexpected {type(exc).__name__}: {exc} (set CLAIMTRACK_DEBUG=1 for details)")
        sys.exit(2)
