"""The Typer application, the options commands share, and the one place errors become a line and an exit status.

Heavy modules (the database layer, extraction, Textual) are imported inside the commands that need them,
so `claimtrack --help` stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from claimtrack.errors import ClaimtrackError

if TYPE_CHECKING:
    from claimtrack.store import Store


class UserError(ClaimtrackError):
    """Something the user can fix; reported as one line."""


def _handled_errors() -> tuple[type[BaseException], ...]:
    return (ClaimtrackError,)


class _Commands(TyperGroup):
    """Reports the errors a user can cause as one line and exit status 1, under the runner as in a shell."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _handled_errors() as exc:
            err(str(exc))
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
    db: Annotated[
        Optional[str],
        typer.Option(
            "--db", help="Database file or URL (default: $CLAIMTRACK_DB, else ./claimtrack.db).", metavar="PATH|URL"
        ),
    ] = None,
) -> None:
    state.db = db
    state._store = None


# --- options more than one command takes --------------------------------------------------------------------
PublishedOption = Annotated[
    Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for articles that do not give one.")
]
LangOption = Annotated[str, typer.Option("--lang", help="Language: auto, id or en (for articles that do not say).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
EditorOption = Annotated[
    Optional[str],
    typer.Option("--editor", help="Who is making the change (default: $CLAIMTRACK_EDITOR, else your login name)."),
]
StatusOption = Annotated[
    Optional[list[str]], typer.Option("--status", "-s", help="Only these statuses (repeat or comma-separate).")
]
SpeakerOption = Annotated[
    Optional[str], typer.Option("--speaker", help="Only claims with a statement by this actor (any alias).")
]


# --- helpers ------------------------------------------------------------------------------------------------
def err(message: str) -> None:
    from claimtrack.textutil import one_line

    typer.echo(f"error: {one_line(message)}", err=True)


def note(message: str) -> None:
    """Something the user should know that did not stop the command."""
    from claimtrack.textutil import one_line

    typer.echo(f"note: {one_line(message)}", err=True)


def print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def parse_day(value: str | None, option: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(value)  # type: ignore[arg-type]
    except ValueError as exc:
        raise UserError(f"{option}: {value!r} is not a date; use YYYY-MM-DD") from exc


def article_defaults(published: str | None, outlet: str | None, lang: str | None) -> dict[str, Any]:
    """What to assume for articles that do not say: publication date, outlet, language."""
    parse_day(published, "--published")
    from claimtrack.lexicon import available_languages

    if lang not in (None, "", "auto") and lang not in available_languages():
        raise UserError(f"--lang: {lang!r} is not supported; use auto or one of {', '.join(available_languages())}")
    return {
        "published": published or None,
        "outlet": outlet or None,
        "language": None if lang in (None, "auto") else lang,
    }


def editor_name(editor: str | None) -> str:
    from claimtrack.config import default_editor

    return editor or default_editor()


def status_list(status: list[str] | None) -> tuple[str, ...]:
    """--status values, comma-separated or repeated, each a known status."""
    from claimtrack import statuses

    chosen = tuple(s.strip() for item in status or () for s in item.split(",") if s.strip())
    for s in chosen:
        if s not in statuses.names():
            raise UserError(statuses.unknown_status_message(s))
    return chosen


def id_list(values: list[str] | None, option: str) -> tuple[int, ...]:
    ids = []
    for item in values or ():
        for part in item.split(","):
            if part.strip():
                try:
                    ids.append(int(part))
                except ValueError as exc:
                    raise UserError(f"{option}: {part.strip()!r} is not a claim id") from exc
    return tuple(ids)


def main() -> None:
    """Console entry point: no traceback reaches the user, whatever goes wrong."""
    try:
        app()
    except KeyboardInterrupt:
        err("interrupted")
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("CLAIMTRACK_DEBUG"):
            raise
        err(f"unexpected {type(exc).__name__}: {exc} (set CLAIMTRACK_DEBUG=1 for details)")
        sys.exit(2)
