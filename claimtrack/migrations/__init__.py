"""The versioned schema: Alembic revisions shipped inside the package and run programmatically, no alembic.ini.

A new revision, after changing models.py: `python -m claimtrack.migrations revision "what changed"`.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

FIRST = "0001"
# The newest revision in versions/. Every command compares the database with it, so opening an up-to-date
# database needs no Alembic import; a test keeps it equal to what Alembic finds.
HEAD = "0006"


def config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    settings = Config()
    settings.set_main_option("script_location", "claimtrack:migrations")
    settings.attributes["connection"] = connection
    return settings


def include_name(name: str | None, type_: Any, parent_names: Any) -> bool:
    """What Alembic compares with models.py: everything but the search indexes, which search_index.py makes."""
    from claimtrack.migrations.search_index import OWN_NAMES

    return name not in OWN_NAMES


def head() -> str:
    return HEAD


@cache
def alembic_head() -> str | None:
    """The head revision as Alembic reads it from versions/ (HEAD must equal it; None only if there were none)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config()).get_current_head()


@cache
def known(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    return any(script.revision == revision for script in ScriptDirectory.from_config(config()).walk_revisions())


def _recorded(connection: Connection) -> str | None:
    """The revision in alembic_version, read with one query (None when there is no such table or row)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current(connection: Connection) -> str | None:
    """The database's revision; FIRST for a claimtrack database made before migrations; None when empty."""
    revision = _recorded(connection)
    if revision is None and inspect(connection).has_table("claim"):
        return FIRST
    return revision


def stamp(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    command.stamp(config(connection), revision)


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    if _recorded(connection) is None and inspect(connection).has_table("claim"):
        stamp(connection, FIRST)  # made by claimtrack 0.1.0, which had no version table
    command.upgrade(config(connection), revision)
