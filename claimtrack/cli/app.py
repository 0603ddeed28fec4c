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
    create: bool = False  # --create: a database file that does not exist yet is made without a notice
    _store: Store | None = None

    def store(self) -> Store:
        if self._store is None:
            from claimtrack.store import Store, database_url

            url = database_url(self.db)
            missing = missing_database(url)
            if missing is not None and not self.create:
                from claimtrack.i18n import text

                typer.echo(f"note: {text('creating_database', path=missing)}", err=True)
            self._store = Store(url)
            change = self._store.opened_upgrade
            if change is not None:  # a read-only command changes the file too: say so, and where the copy is
                from claimtrack.i18n import text

                said = text("upgraded_database", before=change.before, after=change.after, backup=change.backup)
                typer.echo(f"note: {said}", err=True)
        return self._store


def missing_database(url: str) -> str | None:
    """The path of a SQLite database file that does not exist yet, else None (it exists, or it is a server)."""
    from pathlib import Path

    if not url.startswith("sqlite:///"):
        return None
    path = url.removeprefix("sqlite:///")
    return None if path in ("", ":memory:") or Path(path).exists() else path


state = _State()


@app.callback()
def _main(
    db: Annotated[
        Optional[str],
        typer.Option(
            "--db", help="Database file or URL (default: $CLAIMTRACK_DB, else ./claimtrack.db).", metavar="PATH|URL"
        ),
    ] = None,
    create: Annotated[
        bool, typer.Option("--create", help="Create the database file if it does not exist, without a notice.")
    ] = False,
    lang: Annotated[
        Optional[str],
        typer.Option(
            "--lang",
            help="Interface language: en or id (default: $CLAIMTRACK_LANG, else en).",
            metavar="en|id",
            is_eager=False,
        ),
    ] = None,
) -> None:
    from claimtrack.i18n import set_language

    state.db = db
    state.create = create
    state._store = None
    set_language(lang)


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
    Optional[str],
    typer.Option("--speaker", help="Only claims with a statement by this actor: whole words of any of its names."),
]
SearchOption = Annotated[Optional[str], typer.Option("--search", help="Only claims whose text contains this.")]
OutletOption = Annotated[
    Optional[str], typer.Option("--outlet", help="Only claims with a statement in an outlet whose name holds this.")
]
SinceOption = Annotated[
    Optional[str],
    typer.Option("--since", help="Only claims with a statement said (else published) on or after YYYY-MM-DD or Nd."),
]
UntilOption = Annotated[
    Optional[str], typer.Option("--until", help="Only claims with a statement said (else published) by YYYY-MM-DD.")
]
AssigneeOption = Annotated[
    Optional[str], typer.Option("--assignee", help="Only claims assigned to this editor (none: to nobody).")
]
MineOption = Annotated[bool, typer.Option("--mine", help="Only claims assigned to you (see --editor).")]
LanguageOption = Annotated[Optional[str], typer.Option("--language", help="Only claims in this language (id, en).")]
ContestedOption = Annotated[
    Optional[bool], typer.Option("--contested/--uncontested", help="Only claims some statement contradicts, or none.")
]
CheckedOption = Annotated[
    Optional[bool],
    typer.Option("--checked/--unchecked", help="Only claims checked before (imported verdicts), or only new ones."),
]
FilterOption = Annotated[
    Optional[str],
    typer.Option(
        "--filter",
        "-w",
        help='The filter language the TUI\'s search box takes, e.g. "status:false speaker:AHY since:7d".',
        metavar="TEXT",
    ),
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
    """--status values, comma-separated or repeated, each a status word in either language and any case."""
    from claimtrack.filters import status_words

    return tuple(dict.fromkeys(name for item in status or () for name in status_words(item)))


def claim_query(
    *,
    status: list[str] | None = None,
    speaker: str | None = None,
    search: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    assignee: str | None = None,
    mine: bool = False,
    language: str | None = None,
    contested: bool | None = None,
    checked: bool | None = None,
    where: str | None = None,
    sort: str = "triage",
    editor: str | None = None,
    **extra: Any,
) -> Any:
    """One ClaimQuery from the filter options `claims` and `export` share, then the --filter text on top."""
    from claimtrack.filters import day, parse
    from claimtrack.store import ClaimQuery
    from claimtrack.store.views import SORTS

    if sort not in SORTS:
        raise UserError(f"--sort: unknown order {sort!r}; use one of: {', '.join(SORTS)}")
    if mine and assignee:
        raise UserError("--mine and --assignee choose the same thing: use one")
    me = editor_name(editor)
    chosen_assignee = me if mine else None if assignee is None else "" if assignee.lower() == "none" else assignee
    query = ClaimQuery(
        statuses=status_list(status),
        speaker=speaker or "",
        search=search or "",
        outlet=outlet or "",
        since=day(since, "--since") if since else None,
        until=day(until, "--until") if until else None,
        assignee=chosen_assignee,
        language=(language or "").lower(),
        contested=contested,
        previously_checked=checked,
        sort=sort,
        **extra,
    )
    return parse(where, editor=me, base=query).query if where else query


def say_speakers(query: Any) -> None:
    """--speaker resolves to actors: say which (or that none is called so), on stderr."""
    if not query.speaker:
        return
    from claimtrack.i18n import text

    found = state.store().speakers_called(query.speaker)
    if not found:
        typer.echo(text("no_speaker", name=query.speaker), err=True)
        return
    names = ", ".join(f"{actor.name} ({actor.statements})" for actor in found[:8])
    more = f" and {len(found) - 8} more" if len(found) > 8 else ""
    typer.echo(text("speaker_is", name=query.speaker, actors=names + more), err=True)


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
