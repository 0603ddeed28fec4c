"""The language data: `lexicon check`, which a linguist runs after editing a lexicon, the gazetteer or the concepts."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from claimtrack.cli.app import app

lexicon_app = typer.Typer(
    help="The language data in data/: lexicons, gazetteer, concepts.\n\nExample: claimtrack lexicon check",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(lexicon_app, name="lexicon")


def _shown(path: Path) -> str:
    """A path as short as it can be said from here."""
    try:
        return os.path.relpath(path) if path.resolve().is_relative_to(Path.cwd()) else str(path)
    except ValueError:  # another drive
        return str(path)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


@lexicon_app.command("check")
def lexicon_check(
    files: Annotated[
        Optional[list[Path]],
        typer.Argument(
            help="Files or folders to check (default: every lexicon, the gazetteer and the concepts). "
            "gazetteer.toml and concepts.toml are checked as such; any other file as a lexicon.",
            metavar="FILE",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check language data against what the code reads: unknown sections and keys, wrong types, bad regular
    expressions, words listed twice. Prints each problem as FILE:LINE: problem and exits 1 when there is one.

    Example: claimtrack lexicon check data/lexicons/id.toml
    """
    from claimtrack.lexicon_schema import check_file, data_files

    paths = [p for f in files for p in (sorted(f.glob("*.toml")) if f.is_dir() else [f])] if files else data_files()
    problems = 0
    for path in paths:
        shown = str(path) if files else _shown(path)
        for problem in check_file(path)[1]:
            typer.echo(f"{shown}:{problem.line}: {problem.message}" if problem.line else f"{shown}: {problem.message}")
            problems += 1
    if problems:
        typer.echo(f"lexicon check: {_count(problems, 'problem')} in {_count(len(paths), 'file')}", err=True)
        raise typer.Exit(1)
    typer.echo(f"lexicon check: {_count(len(paths), 'file')} OK")
