"""Claims and actors: list, show, mark, edit, link, unlink and merge."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from claimtrack import statuses
from claimtrack.cli.app import (
    AssigneeOption,
    CheckedOption,
    ContestedOption,
    EditorOption,
    FilterOption,
    JsonOption,
    LanguageOption,
    MineOption,
    OutletOption,
    SearchOption,
    SinceOption,
    SpeakerOption,
    StatusOption,
    UntilOption,
    UserError,
    app,
    claim_query,
    editor_name,
    id_list,
    print_json,
    say_speakers,
    state,
    status_list,
)
from claimtrack.textutil import plural


def _status_help() -> str:
    """The statuses an editor sets by hand first, in the TUI's key order, then the rest."""
    marked = [status for _, status in statuses.marking_keys()]
    names = marked + [name for name in statuses.names() if name not in marked]
    return f"{', '.join(names[:-1])} or {names[-1]}."


_STATUS_HELP = _status_help()


@app.command()
def claims(
    status: StatusOption = None,
    speaker: SpeakerOption = None,
    search: SearchOption = None,
    outlet: OutletOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    assignee: AssigneeOption = None,
    mine: MineOption = False,
    language: LanguageOption = None,
    contested: ContestedOption = None,
    checked: CheckedOption = None,
    where: FilterOption = None,
    sort: Annotated[
        str, typer.Option("--sort", help="triage (default), recent, checkworthiness, sources or id.")
    ] = "triage",
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="At most this many claims.", min=1)] = None,
    editor: EditorOption = None,
    as_json: JsonOption = False,
) -> None:
    """List claims, most in need of checking first; filters narrow the list (all must hold).

    Example: claimtrack claims --status unverified --speaker AHY --since 7d --limit 20
    """
    query = claim_query(
        status=status,
        speaker=speaker,
        search=search,
        outlet=outlet,
        since=since,
        until=until,
        assignee=assignee,
        mine=mine,
        language=language,
        contested=contested,
        checked=checked,
        where=where,
        sort=sort,
        editor=editor,
        limit=limit,
    )
    say_speakers(query)
    views = state.store().claims(query)
    if as_json:
        print_json([v.to_dict() for v in views])
        return
    from claimtrack.render import claims_table

    claims_table(views, empty=_nothing_shown(query))


def _nothing_shown(query) -> str:
    """What an empty list means: nothing matches these filters, or nothing is in the database yet."""
    from claimtrack.filters import describe
    from claimtrack.i18n import text

    if query.narrowed and state.store().count_claims():
        return text("no_claims_match", filters=describe(query, editor=editor_name(None)))
    return text("no_claims_yet")


@app.command()
def show(
    claim_id: Annotated[int, typer.Argument(help="Claim id.", metavar="ID")],
    as_json: JsonOption = False,
) -> None:
    """Show one claim: who asserts, supports and contradicts it, and its status history.

    Example: claimtrack show 1 --json
    """
    from claimtrack.tracking.explain import claim_reasons

    store = state.store()
    view = store.claim(store.resolve_claim(claim_id), with_history=True, with_context=not as_json)
    reasons = claim_reasons(view)
    if as_json:
        print_json({**view.to_dict(with_history=True), "checkworthiness_reasons": [str(r) for r in reasons]})
        return
    from claimtrack.render import claim_detail

    claim_detail(view, reasons)


@app.command()
def mark(
    claim_id: Annotated[int, typer.Argument(help="Claim id.", metavar="ID")],
    status: Annotated[
        str, typer.Argument(help=f"{_STATUS_HELP} Any case; Indonesian words too (benar, salah, menyesatkan …).")
    ],
    note: Annotated[str, typer.Option("--note", "-m", help="Why: the verdict note kept in the audit log.")] = "",
    editor: EditorOption = None,
) -> None:
    """Set a claim's verification status; the change is kept in the audit log.

    Example: claimtrack mark 1 disputed --note "Kremlin denies; no evidence published"
    """
    from claimtrack.i18n import status_word

    (name,) = status_list([status])
    event = state.store().mark(claim_id, name, note, editor_name(editor))
    typer.echo(f"claim {claim_id}: {status_word(event.from_status)} → {status_word(event.to_status)} by {event.editor}")


@app.command()
def edit(
    claim_id: Annotated[int, typer.Argument(help="Claim id.", metavar="ID")],
    text: Annotated[str, typer.Option("--text", "-t", help="The claim's canonical wording, in any language.")],
    editor: EditorOption = None,
) -> None:
    """Give a claim canonical wording; its statements keep their own words.

    Example: claimtrack edit 1 --text "North Korea sent weapons to Russia"
    """
    from claimtrack.tracking.tracker import Tracker

    Tracker(state.store()).edit_claim_text(claim_id, text, editor_name(editor))
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
    state.store().link_statement(claim_id, statement_id, relation, editor_name(editor))
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
    state.store().unlink_statement(claim_id, statement_id, editor_name(editor))
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
    from claimtrack.tracking.tracker import Tracker

    Tracker(state.store()).merge_claims(into_id, from_id, editor_name(editor))
    typer.echo(f"claim {from_id} merged into claim {into_id}")


# --- actors --------------------------------------------------------------------------------------------------------
actors_app = typer.Typer(
    help="Speakers: list them with their aliases (and repair them), or show one speaker's record.\n\n"
    "Example: claimtrack actors --search lavrov",
    rich_markup_mode=None,
    invoke_without_command=True,
)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors(
    ctx: typer.Context,
    search: Annotated[Optional[str], typer.Option("--search", help="Only actors with a name containing this.")] = None,
    repair: Annotated[
        bool,
        typer.Option(
            "--repair",
            help="Read every stored article again and decide each statement's speaker with today's rules; "
            "report what changes (a SQLite file is backed up first).",
        ),
    ] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="With --repair: report, write nothing.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="With --repair: every change, not the top ten of each list.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """List speakers with their aliases and statement counts, or repair them in a database built by an older
    claimtrack (cue words as aliases, honorifics in names, people credited in articles that never name them);
    `actors show NAME` gives one speaker's record.

    Example: claimtrack actors --search lavrov

    Example: claimtrack actors --repair --dry-run
    """
    if ctx.invoked_subcommand is not None:
        return
    if repair:
        if search:
            raise UserError("--search lists actors; --repair re-decides them all: use one or the other")
        _repair_actors(dry_run=dry_run, verbose=verbose, as_json=as_json)
        return
    if dry_run or verbose:
        raise UserError("--dry-run and --verbose go with --repair")
    views = state.store().actors(search or "")
    if as_json:
        print_json([v.to_dict() for v in views])
        return
    from claimtrack.render import actors_table

    actors_table(views)


@actors_app.command("show")
def actors_show(
    name: Annotated[str, typer.Argument(help="The speaker: any of their names (whole words), or an actor id.")],
    markdown: Annotated[bool, typer.Option("--markdown", "--md", help="Print the record as Markdown.")] = False,
    output: Annotated[
        Optional[str], typer.Option("--output", "-o", help="Write the record as Markdown to this file.", metavar="FILE")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """One speaker's record: names, roles, statements over time, and the claims they asserted by verdict.

    Example: claimtrack actors show "Sergei Lavrov" --md -o lavrov.md
    """
    store = state.store()
    if name.strip().isdigit():
        actor_id = int(name)
    else:
        found = store.speakers_called(name)
        if not found:
            raise UserError(f"no speaker is called {name!r}; `claimtrack actors --search` lists them")
        exact = [actor for actor in found if actor.name.casefold() == name.strip().casefold()]
        actor_id = (exact or found)[0].id
        others = [actor for actor in found if actor.id != actor_id]
        if others:
            also = ", ".join(f"{actor.name} (id {actor.id})" for actor in others[:5])
            typer.echo(f"also called {name!r}: {also}; give an id to see one of them", err=True)
    record = store.speaker_record(actor_id)
    if as_json:
        print_json(record.to_dict())
        return
    if markdown or output:
        from claimtrack.speaker_report import render_speaker

        text = render_speaker(record)
        if output:
            from claimtrack.interchange import write_atomic

            write_atomic(output, text)
            typer.echo(f"speaker record of {record.actor.name} written to {output}")
        else:
            typer.echo(text, nl=False)
        return
    from claimtrack.render import speaker_detail

    speaker_detail(record)


def _repair_actors(*, dry_run: bool, verbose: bool, as_json: bool) -> None:
    """Re-decide every statement's speaker, with a progress bar on a terminal, and print the report."""
    from claimtrack.tracking.repair import repair_actors

    store = state.store()
    if as_json or not sys.stderr.isatty():
        report = repair_actors(store, dry_run=dry_run)
    else:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(
            TextColumn("reading articles again"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        ) as bar:
            task = bar.add_task("repair", total=store.counts()["sources"])
            report = repair_actors(store, dry_run=dry_run, on_source=lambda: bar.advance(task))
    if as_json:
        print_json({"dry_run": dry_run, **report.to_dict()})
        return
    for line in report.lines(verbose=verbose):
        typer.echo(line)
    if dry_run and report.changed:
        typer.echo("\ndry run: nothing written; run without --dry-run to apply")
    elif report.applied:
        saved = f"; the database as it was is in {report.backup}" if report.backup else ""
        typer.echo(f"\nrepaired{saved}")


@app.command("merge-actors")
def merge_actors(
    into_id: Annotated[int, typer.Argument(help="The actor that stays.", metavar="ACTOR_INTO")],
    from_id: Annotated[int, typer.Argument(help="The actor merged into it.", metavar="ACTOR_FROM")],
    editor: EditorOption = None,
) -> None:
    """Merge two actors that are the same person or organisation; names become aliases. Each claim their statements
    bear on records it in its history; it cannot be undone.

    Example: claimtrack merge-actors 3 9
    """
    events = state.store().merge_actors(into_id, from_id, editor_name(editor))
    typer.echo(f"actor {from_id} merged into actor {into_id}; noted in the history of {plural(len(events), 'claim')}")


# --- the desk: assignment, evidence, undo -------------------------------------------------------------------------
@app.command()
def assign(
    claim_ids: Annotated[list[str], typer.Argument(help="Claim ids (comma-separate or repeat).", metavar="CLAIM...")],
    user: Annotated[str, typer.Option("--to", "-t", help="The editor to check them (me: yourself).")],
    editor: EditorOption = None,
) -> None:
    """Give claims to an editor to check; each change is kept in the audit log.

    Example: claimtrack assign 3 7 --to ana
    """
    who = editor_name(editor)
    assignee = who if user.strip().lower() in ("me", "saya") else user.strip()
    if not assignee:
        raise UserError("--to: give an editor's name (or use `claimtrack unassign`)")
    for event in state.store().assign_many(id_list(claim_ids, "CLAIM"), assignee, who):
        typer.echo(f"claim {event.claim_id}: assigned to {assignee}")


@app.command()
def unassign(
    claim_ids: Annotated[list[str], typer.Argument(help="Claim ids (comma-separate or repeat).", metavar="CLAIM...")],
    editor: EditorOption = None,
) -> None:
    """Take claims back from whoever was checking them.

    Example: claimtrack unassign 3
    """
    for event in state.store().assign_many(id_list(claim_ids, "CLAIM"), "", editor_name(editor)):
        typer.echo(f"claim {event.claim_id}: unassigned")


evidence_app = typer.Typer(
    help="What an editor found while checking a claim: web pages and documents.\n\n"
    "Example: claimtrack evidence add 3 https://example.org/report --note 'satellite images'",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(evidence_app, name="evidence")


@evidence_app.command("add")
def evidence_add(
    claim_id: Annotated[int, typer.Argument(help="Claim id.", metavar="CLAIM")],
    target: Annotated[str, typer.Argument(help="A web address (http/https) or a file's path.", metavar="URL|PATH")],
    note: Annotated[str, typer.Option("--note", "-m", help="What it shows.")] = "",
    editor: EditorOption = None,
) -> None:
    """Attach a web page or a document to a claim; `show` lists it and reports link it.

    Example: claimtrack evidence add 3 https://example.org/report --note "satellite images, 12 Oct"
    """
    added = state.store().add_evidence(claim_id, target, note, editor_name(editor))
    typer.echo(f"claim {claim_id}: evidence {added.id} added ({added.kind})")


@app.command()
def undo(
    claim: Annotated[
        Optional[int], typer.Option("--claim", "-c", help="Only a change to this claim.", metavar="ID")
    ] = None,
    editor: EditorOption = None,
) -> None:
    """Revert your last change (status, text, link, assignment, evidence) as a new audit event; run again to go
    further back. The audit log is never rewritten.

    Example: claimtrack undo
    """
    for event in state.store().undo(editor_name(editor), claim_ids=[claim] if claim is not None else None):
        typer.echo(f"claim {event.claim_id}: {event.note}")
