"""Claims out and in: `export` (Markdown, ClaimReview JSON-LD, CSV, JSON) and `import-claims` (earlier fact-checks)."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Optional

import typer

from claimtrack.cli.app import (
    AssigneeOption,
    CheckedOption,
    ContestedOption,
    EditorOption,
    FilterOption,
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
    say_speakers,
    state,
)

EXPORT_FORMATS = ("md", "html", "claimreview", "csv", "json")


@app.command()
def export(
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="md (a report), html (the same report as a web page), claimreview (JSON-LD), csv or json (one "
            "row per claim–statement link).",
        ),
    ] = "md",
    status: StatusOption = None,
    claim: Annotated[
        Optional[list[str]],
        typer.Option("--claim", "-c", help="Only these claim ids (repeat or comma-separate).", metavar="ID"),
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    speaker: SpeakerOption = None,
    search: SearchOption = None,
    outlet: OutletOption = None,
    assignee: AssigneeOption = None,
    mine: MineOption = False,
    language: LanguageOption = None,
    contested: ContestedOption = None,
    checked: CheckedOption = None,
    where: FilterOption = None,
    editor: EditorOption = None,
    output: Annotated[
        str,
        typer.Option(
            "--output",
            "-o",
            help="File to write (replaced whole, never half-written), or - for standard output.",
            metavar="FILE|-",
        ),
    ] = "-",
    lang: Annotated[
        Optional[str],
        typer.Option(
            "--lang",
            help="The report's language: en or id (default: the interface language, else report.language).",
        ),
    ] = None,
    publisher: Annotated[
        Optional[str],
        typer.Option("--publisher", help="Who the report is from (default: `claimtrack config get publisher`)."),
    ] = None,
    desk: Annotated[
        Optional[str], typer.Option("--desk", help="The desk that sends it (default: `claimtrack config get desk`).")
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", help="Add what only the desk needs: check-worthiness, language, review flags, history."
        ),
    ] = False,
) -> None:
    """Export claims as a Markdown or HTML report, ClaimReview JSON-LD, CSV or JSON.

    Example: claimtrack export --status disputed,false --format md --lang id -o laporan.md
    """
    from claimtrack.filters import describe
    from claimtrack.i18n import count
    from claimtrack.interchange import claim_reviews, link_rows, to_csv, to_json, write_atomic

    if fmt not in EXPORT_FORMATS:
        raise UserError(f"--format: unknown format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}")
    store = state.store()
    ids = tuple(dict.fromkeys(store.resolve_claim(i) for i in id_list(claim, "--claim")))
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
        editor=editor,
        claim_ids=ids,
    )
    say_speakers(query)
    views = store.claims(query, with_history=True)
    if fmt in ("md", "html"):
        from claimtrack.report import render_html, render_markdown

        rest = replace(query, statuses=(), speaker="", search="", claim_ids=(), since=None)
        filters = {
            "status": query.statuses,
            "claim": ids,
            "since": query.since,
            "speaker": query.speaker,
            "search": query.search,
            "filter": describe(rest, editor=editor_name(editor)),  # what the words above do not say
        }
        text = render_markdown(views, filters=filters, language=lang, publisher=publisher, desk=desk, verbose=verbose)
        if fmt == "html":
            text = render_html(text, language=lang)
        written = count(len(views), "claim")
    elif fmt == "claimreview":
        reviews, undecided, imported = claim_reviews(views)
        if undecided or imported:
            typer.echo(
                f"claimreview: left out {undecided} claims without a verdict and {imported} whose verdict"
                " was imported from another checker",
                err=True,
            )
        text, written = to_json(reviews), f"{len(reviews)} ClaimReview{'' if len(reviews) == 1 else 's'}"
    else:
        rows = link_rows(views)
        text = to_csv(rows) if fmt == "csv" else to_json(rows)
        written = f"{count(len(rows), 'row')} for {count(len(views), 'claim')}"
    if output == "-":
        typer.echo(text, nl=False)
        return
    write_atomic(output, text)
    typer.echo(f"export: {written} written to {output}")


@app.command("import-claims")
def import_claims(
    path: Annotated[
        str, typer.Argument(help="ClaimReview JSON-LD, LIAR TSV or CSV file, or - for stdin.", metavar="FILE")
    ],
    fmt: Annotated[
        Optional[str],
        typer.Option("--format", "-f", help="claimreview, liar or csv (default: from the file's name and contents)."),
    ] = None,
    editor: EditorOption = None,
) -> None:
    """Import earlier fact-checks as claims; statements that repeat them later show as previously checked.

    Example: claimtrack import-claims factchecks.jsonld --format claimreview
    """
    from claimtrack.interchange import import_verdicts, read_verdicts

    records = read_verdicts(path, fmt)
    summary = import_verdicts(state.store(), records, editor=editor_name(editor))
    shown = 20
    for skipped in summary.skipped[:shown]:
        typer.echo(f"skipped: {skipped}", err=True)
    if len(summary.skipped) > shown:
        typer.echo(f"skipped: … and {len(summary.skipped) - shown} more", err=True)
    typer.echo(summary.line())
