"""Settings from the command line: `config set`, `config get`, `config unset` (the user's config file)."""

from __future__ import annotations

import json
from typing import Annotated, Any, Optional

import typer

from claimtrack.cli.app import app

config_app = typer.Typer(
    help="Settings such as the publisher and desk that sign reports, the report language and the time zone.\n\n"
    'Example: claimtrack config set publisher "Cek Fakta Harian"',
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(config_app, name="config")

KeyArgument = Annotated[
    str,
    typer.Argument(
        help="A setting: publisher, desk, lang, timezone, or any dotted name `config get` lists.", metavar="KEY"
    ),
]


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


@config_app.command("set")
def config_set(
    key: KeyArgument,
    value: Annotated[str, typer.Argument(help="The value; a list is comma-separated.", metavar="VALUE")],
) -> None:
    """Set a setting in your config file (checked before it is written).

    Example: claimtrack config set timezone Asia/Jakarta
    """
    from claimtrack.config import set_value
    from claimtrack.report import check_setting

    check_setting(key, value)
    dotted, stored, path = set_value(key, value)
    typer.echo(f"{dotted} = {json.dumps(stored, ensure_ascii=False)} (in {path})")


@config_app.command("get")
def config_get(
    key: Annotated[
        Optional[str], typer.Argument(help="A setting; without one, every setting.", metavar="[KEY]")
    ] = None,
) -> None:
    """Print one setting's value, or every setting (those your file sets are marked).

    Example: claimtrack config get publisher
    """
    from claimtrack.config import current, user_file

    found = current(key)
    if key is not None:
        typer.echo(_shown(found[0][1]))
        return
    typer.echo(f"# defaults, and your settings in {user_file()} (marked *)")
    for dotted, value, mine in found:
        typer.echo(f"{'*' if mine else ' '} {dotted} = {json.dumps(value, ensure_ascii=False)}")


@config_app.command("unset")
def config_unset(key: KeyArgument) -> None:
    """Remove a setting from your config file, so its default applies again.

    Example: claimtrack config unset desk
    """
    from claimtrack.config import current, unset_value

    dotted, path = unset_value(key)
    value = current(dotted)[0][1] if any(d == dotted for d, _, _ in current()) else None
    now = f"; now {json.dumps(value, ensure_ascii=False)}" if value is not None else ""
    typer.echo(f"{dotted} removed from {path}{now}")
