"""The versioned schema: Alembic revisions shipped inside the package and run programmatically, no alembic.ini.

A new revision, after changing models.py: `python -m claimtrack.migrations revision "what changed"`.
"""

from __future__ import annotations

from functools import cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

FIRST = "0001"


def config(connection: Connection | None = None) -> Config:
    settings = Config()
    settings.set_main_option("script_location", "claimtrack:migrations")
    settings.attributes["connection"] = connection
    return settings


@cache
def head() -> str:
    return ScriptDirectory.from_config(config()).get_current_head()


@cache
def known(revision: str) -> bool:
    return any(script.revision == revision for script in ScriptDirectory.from_config(config()).walk_revisions())


def current(connection: Connection) -> str | None:
    """The database's revision; FIRST for a claimtrack database made before migrations; None when empty."""
    revision = MigrationContext.configure(connection).get_current_revision()
    if revision is None and inspect(connection).has_table("claim"):
        return FIRST
    return revision


def stamp(connection: Connection, revision: str = "head") -> None:
    command.stamp(config(connection), revision)


def upgrade(connection: Connection, revision: str = "head") -> None:
    if MigrationContext.configure(connection).get_current_revision() is None and inspect(connection).has_table("claim"):
        stamp(connection, FIRST)  # made by claimtrack 0.1.0, which had no version table
    command.upgrade(config(connection), revision)
