"""The schema: created whole on a fresh database, upgraded in place by Alembic (a SQLite file after a backup)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from claimtrack.errors import StoreError
from claimtrack.migrations import search_index
from claimtrack.models import utcnow
from claimtrack.store.engine import Connected, retrying
from claimtrack.textutil import one_line

_SCHEMA_LOCK = 7_317_001  # PostgreSQL advisory lock key held while the schema is created or upgraded


@dataclass
class SchemaChange:
    """What `Store.upgrade` did: from which revision (None: a fresh database) to which, and the backup it took."""

    before: str | None
    after: str
    backup: Path | None = None


class Schema(Connected):
    """Creating, checking, upgrading and backing up the database."""

    # what opening did to a schema made by an earlier claimtrack (None: nothing), for the CLI to say so
    opened_upgrade: SchemaChange | None = None

    def create_schema(self) -> None:
        """A fresh database gets the whole schema in one step; one made by an earlier claimtrack is upgraded
        (a SQLite file after a backup beside it; a shared server only by `claimtrack upgrade`)."""
        from claimtrack import migrations

        try:
            with self.engine.connect() as connection:
                revision = migrations.current(connection)
        except DBAPIError as exc:
            raise StoreError(f"cannot open database {self.describe()}: {one_line(str(exc.orig))}") from exc
        if revision == migrations.head():
            return
        self._check_revision(revision)
        if revision is not None and not self.is_sqlite:
            raise StoreError(
                f"database {self.describe()} has schema {revision}; this claimtrack needs {migrations.head()}: "
                "back it up (pg_dump) and run `claimtrack upgrade`"
            )
        change = self.upgrade()
        if change.before is not None and change.before != change.after:
            self.opened_upgrade = change

    def _check_revision(self, revision: str | None) -> None:
        from claimtrack import migrations

        if revision is not None and not migrations.known(revision):
            raise StoreError(
                f"database {self.describe()} has schema {revision}, made by a newer claimtrack; upgrade claimtrack"
            )

    @contextmanager
    def _schema_transaction(self) -> Iterator[Connection]:
        """One schema change at a time: SQLite's write lock, or a transaction-scoped advisory lock on a server."""
        with self.engine.execution_options(claimtrack_write=True).begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_SCHEMA_LOCK})")
            yield connection

    def upgrade(self) -> SchemaChange:
        """Bring the schema to this version's head: create it when empty, else back up (SQLite) and migrate."""
        from claimtrack import migrations

        def work() -> SchemaChange:
            with self._schema_transaction() as connection:
                revision = migrations.current(connection)
                head = migrations.head()
                if revision is None:
                    SQLModel.metadata.create_all(connection)
                    search_index.create(connection)
                    migrations.stamp(connection)
                    return SchemaChange(None, head)
                if revision == head:
                    return SchemaChange(revision, head)
                self._check_revision(revision)
                saved = self.backup_beside(f"schema-{revision}")
                migrations.upgrade(connection)
                return SchemaChange(revision, head, saved)

        try:
            return retrying(work)
        except StoreError as exc:
            raise StoreError(f"cannot set up database {self.describe()}: {exc}") from exc

    def backup_beside(self, purpose: str) -> Path | None:
        """Before a change that cannot be undone, a copy of a SQLite file beside it (None: a server database)."""
        if not self.is_sqlite or self.engine.url.database in (None, "", ":memory:"):
            return None
        path = Path(self.engine.url.database)
        return self.backup(path.with_name(f"{path.name}.{purpose}-{utcnow():%Y%m%dT%H%M%S}.bak"))

    def backup(self, target: str | Path) -> Path:
        """A consistent copy of a SQLite database, taken with SQLite's online backup while others keep working."""
        if not self.is_sqlite:
            raise StoreError("backup copies SQLite files; back up a PostgreSQL database with pg_dump")
        target = Path(target).expanduser()
        if target.exists():
            raise StoreError(f"{target} already exists; choose a new file name")
        if not target.parent.is_dir():
            raise StoreError(f"cannot write {target}: folder {target.parent} does not exist")
        partial = target.with_name(f".{target.name}.partial")
        source = self.engine.raw_connection()
        try:
            copy = sqlite3.connect(partial)
            try:
                source.driver_connection.backup(copy)  # type: ignore[union-attr]
            finally:
                copy.close()
            os.replace(partial, target)
        except (sqlite3.Error, OSError) as exc:
            partial.unlink(missing_ok=True)
            raise StoreError(f"cannot back up to {target}: {exc}") from exc
        finally:
            source.close()
        return target

    def schema_revision(self) -> str | None:
        from claimtrack import migrations

        with self.engine.connect() as connection:
            return migrations.current(connection)
