"""`lookup`: have we seen or checked this? Texts against the tracked claims, with how each text bears on each."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from claimtrack.cli.app import app, state


def _texts(arguments: list[str]) -> list[str]:
    """The texts in order; `-` stands for stdin, one text per non-blank line."""
    from claimtrack.tracking.lookup import texts_from_stream

    texts: list[str] = []
    for argument in arguments:
        texts.extend(texts_from_stream(sys.stdin.buffer) if argument == "-" else [argument])
    return texts


@app.command()
def lookup(
    texts: Annotated[
        list[str], typer.Argument(help="Texts to look up, or - for one text per line on stdin.", metavar="TEXT...")
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many claims per text.", min=1)] = 5,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per text, one per line, in the order given.")
    ] = False,
) -> None:
    """Have we seen or checked this? The tracked claims each text matches, best first, and whether the text
    supports, contradicts or only mentions each.

    Example: claimtrack lookup "North Korea sent weapons to Russia"
    """
    from claimtrack.tracking.lookup import Lookup

    results = Lookup(state.store()).lookup(_texts(texts), limit)
    if as_json:
        for result in results:
            typer.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        return
    from claimtrack.render import lookup_results

    lookup_results(results)
