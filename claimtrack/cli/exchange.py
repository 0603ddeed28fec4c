"""Claims out and in: `export` (Markdown, ClaimReview JSON-LD, CSV, JSON) and `import-claims` (earlier fact-checks)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from claimtrack.cli.app import (
    EditorOption,
    SpeakerOption,
    StatusOption,
    UserError,
    app,
    editor_name,
    id_list,
    parse_day,
    state,
    status_list,
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
    since: Annotated[
        Optional[str], typer.Option("--since", help="Only claims first seen on or after YYYY-MM-DD.")
    ] = None,
    speaker: SpeakerOption = None,
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
        typer.Option("--lang", help="The report's language: en or id (default: report.language in the config)."),
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
    from claimtrack.interchange import claim_reviews, link_rows, to_csv, to_json, write_atomic
    from claimtrack.store import ClaimQuery

    if fmt not in EXPORT_FORMATS:
        raise UserError(f"--format: unknown format {fmt!r}; use one of: {', '.join(EXPORT_FORMATS)}")
    store = state.store()
    ids = tuple(dict.fromkeys(store.resolve_claim(i) for i in id_list(claim, "--claim")))
    query = ClaimQuery(
        statuses=status_list(status), claim_ids=ids, since=parse_day(since, "--since"), speaker=speaker or ""
    )
    views = store.claims(query, with_history=True)
    if fmt in ("md", "html"):
        from claimtrack.report import render_html, render_markdown

        filters = {"status": query.statuses, "claim": ids, "since": query.since, "speaker": query.speaker}
        text = render_markdown(views, filters=filters, language=lang, publisher=publisher, desk=desk, verbose=verbose)
        if fmt == "html":
            text = render_html(text, language=lang)
        written = f"{len(views)} claims"
    elif fmt == "claimreview":
        reviews, undecided, imported = claim_reviews(views)
        if undecided or imported:
            typer.echo(
                f"claimreview: left out {undecided} claims without a verdict and {imported} whose verdict"
                " was imported from another checker",
                err=True,
            )
        text, written = to_json(reviews), f"{len(reviews)} ClaimReviews"
    else:
        rows = link_rows(views)
        text, written = to_csv(rows) if fmt == "csv" else to_json(rows), f"{len(rows)} rows for {len(views)} claims"
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
