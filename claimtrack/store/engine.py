"""Where the database is and how to talk to it: URLs, engines, SQLite pragmas, and bounded retries of writes."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, create_engine

from claimtrack.errors import StoreError
from claimtrack.textutil import one_line

DEFAULT_DB = "claimtrack.db"
_BUSY_TIMEOUT_MS = 10_000
_RETRIES = 8
# PostgreSQL's codes for "try the transaction again": serialization failure, deadlock, lock not available
_TRANSIENT_SQLSTATES = {"40001", "40P01", "55P03"}

T = TypeVar("T")


def database_url(db: str | None = None) -> str:
    """--db, else $CLAIMTRACK_DB, else claimtrack.db in the current folder; a path becomes a SQLite URL."""
    target = db or os.environ.get("CLAIMTRACK_DB") or DEFAULT_DB
    if "://" in target:
        return target
    if target == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(target).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _no_pysqlite_begin(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _begin(connection: Any) -> None:
    # writers take the lock at BEGIN, so two writers queue on the busy timeout instead of failing mid-transaction
    writing = connection.get_execution_options().get("claimtrack_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as exc:  # SQLAlchemy raises ArgumentError and ValueError for bad URLs
        raise StoreError(f"not a database path or URL: {url!r}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).expanduser().resolve().parent
            if not folder.is_dir():
                raise StoreError(f"cannot create database {database}: folder {folder} does not exist")
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": _BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "connect", _no_pysqlite_begin)
        event.listen(engine, "begin", _begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # a missing driver raises ModuleNotFoundError, a bad URL ArgumentError
        raise StoreError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from exc


def _transient(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):
        return False
    if getattr(exc.orig, "sqlstate", None) in _TRANSIENT_SQLSTATES:
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database table is locked" in message or "busy" in message


def retrying(operation: Callable[[], T]) -> T:
    """Run a write, retrying a bounded number of times when the database is momentarily locked.

    A unique-key clash is retried once too: a concurrent writer may have just added the same row
    (the same article from two desks), and the second attempt then sees it.
    """
    clashes = 0
    for attempt in range(_RETRIES):
        try:
            return operation()
        except IntegrityError as exc:
            clashes += 1
            if clashes > 1:
                raise StoreError(f"the database refused the change: {one_line(str(exc.orig))}") from exc
        except DBAPIError as exc:
            if not _transient(exc):
                raise StoreError(f"database error: {one_line(str(exc.orig))}") from exc
            if attempt == _RETRIES - 1:
                raise StoreError(f"database is busy, try again ({one_line(str(exc.orig))})") from exc
            time.sleep(0.05 * (2**attempt))
    raise StoreError("database is busy, try again")


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """Slices of at most `size` items: IN lists stay under every database's parameter limit."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def sqlite_rows(connection: Connection, sql: str, values: Sequence[Any], placeholder: str = "?") -> list[tuple]:
    """Rows of a SQLite query whose `{}` takes one placeholder per value, as tuples from SQLite's own cursor: for the
    claim index's reads, where SQLAlchemy's rows and expanding IN cost more than the read."""
    cursor = connection.connection.cursor()
    try:
        return cursor.execute(sql.format(", ".join([placeholder] * len(values))), list(values)).fetchall()
    finally:
        cursor.close()


def sqlite_many(connection: Connection, sql: str, rows: Sequence[tuple]) -> None:
    """One SQLite statement for many rows of plain values, through SQLite's own cursor (no dict per row)."""
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def like_escape(text: str) -> str:
    """`text` with LIKE's wildcards escaped (for `escape="\\"`), so a search matches what was typed."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Connected:
    """What every part of the store shares: the engine, its name for messages, and a read session."""

    url: str
    engine: Engine

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session
