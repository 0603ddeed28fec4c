"""The database: engines, sessions and every query claimtrack makes. Nothing else opens a session.

SQLite (a file path) by default, PostgreSQL (or any SQLAlchemy URL) when a newsroom shares one database.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from sqlalchemy import bindparam, event, func, insert, literal, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import Session, SQLModel, create_engine

from claimtrack.models import RELATIONS, STATUSES, Actor, Alias, Claim, ClaimLink, Source, Statement, StatusEvent, utcnow
from claimtrack.textutil import fold, one_line

DEFAULT_DB = "claimtrack.db"
_BUSY_TIMEOUT_MS = 10_000
_RETRIES = 8
_SCHEMA_LOCK = 7_317_001  # PostgreSQL advisory lock key held while the schema is created or upgraded


class StoreError(Exception):
    """A database problem the user can act on (bad URL, unknown id, a conflicting edit)."""


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    """Someone else changed the claim since it was read."""


def database_url(db: str | None = None) -> str:
    """--db, else $CLAIMTRACK_DB, else claimtrack.db in the current folder; a path becomes a SQLite URL."""
    target = db or os.environ.get("CLAIMTRACK_DB") or DEFAULT_DB
    if "://" in target:
        return target
    if target == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(target).expanduser()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin(connection) -> None:
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

        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_connection, _record):
            dbapi_connection.isolation_level = None

        event.listen(engine, "begin", _begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # a missing driver raises ModuleNotFoundError, a bad URL ArgumentError
        raise StoreError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from exc


# PostgreSQL's codes for "try the transaction again": serialization failure, deadlock, lock not available
_TRANSIENT_SQLSTATES = {"40001", "40P01", "55P03"}


def _transient(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError):
        return False
    if getattr(exc.orig, "sqlstate", None) in _TRANSIENT_SQLSTATES:
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database table is locked" in message or "busy" in message


def _retrying(operation):
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
            time.sleep(0.05 * (2 ** attempt))
    raise StoreError("database is busy, try again")


def event_hash(prev_hash: str, claim_id: int, action: str, from_status: str, to_status: str, note: str,
               editor: str, at: datetime) -> str:
    """Hash of one audit event, chained to the previous event of the same claim."""
    payload = json.dumps([prev_hash, claim_id, action, from_status, to_status, note, editor, at.isoformat()],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# --- what queries return -------------------------------------------------------------------------------------
@dataclass
class StatementView:
    id: int
    relation: str
    origin: str
    speaker: str
    speaker_kind: str
    speaker_role: str
    cue: str
    content: str
    quote: str
    stance: str
    said_on: date | None
    date_text: str
    source_id: int
    source: str
    outlet: str
    url: str
    published: date | None
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    context: str = ""

    def to_dict(self) -> dict:
        return {
            "statement_id": self.id,
            "relation": self.relation,
            "origin": self.origin,
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "speaker_role": self.speaker_role,
            "cue": self.cue,
            "content": self.content,
            "quote": self.quote,
            "stance": self.stance,
            "source": self.source,
            "source_id": self.source_id,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "said_on": self.said_on.isoformat() if self.said_on else None,
            "date_text": self.date_text,
        }


@dataclass
class EventView:
    id: int
    claim_id: int
    action: str
    from_status: str
    to_status: str
    note: str
    editor: str
    at: datetime

    def to_dict(self) -> dict:
        return {"id": self.id, "claim_id": self.claim_id, "action": self.action, "from": self.from_status,
                "to": self.to_status, "note": self.note, "editor": self.editor, "at": self.at.isoformat(timespec="seconds")}


@dataclass
class ClaimView:
    id: int
    text: str
    language: str
    status: str
    status_note: str
    checkworthiness: float
    first_seen: date | None
    needs_review: bool
    review_reason: str
    origin: str
    provenance: str
    version: int
    updated_at: datetime
    statements: list[StatementView] = field(default_factory=list)
    history: list[EventView] = field(default_factory=list)

    def by_relation(self, relation: str) -> list[StatementView]:
        return [s for s in self.statements if s.relation == relation]

    @property
    def contested(self) -> bool:
        return any(s.relation == "contradicts" for s in self.statements)

    @property
    def asserted_by(self) -> list[str]:
        return list(dict.fromkeys(s.speaker for s in self.statements if s.relation == "asserts"))

    @property
    def first_by(self) -> str:
        asserting = [s for s in self.statements if s.relation in ("asserts", "supports")]
        return asserting[0].speaker if asserting else ""

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(s.source for s in self.statements))

    def to_dict(self, *, with_history: bool = False) -> dict:
        data = {
            "id": self.id,
            "text": self.text,
            "language": self.language,
            "status": self.status,
            "status_note": self.status_note,
            "checkworthiness": self.checkworthiness,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "first_seen_by": self.first_by,
            "needs_review": self.needs_review,
            "review_reason": self.review_reason,
            "origin": self.origin,
            "previously_checked": self.origin == "imported",
            "provenance": self.provenance,
            "version": self.version,
            "statements": [s.to_dict() for s in self.statements],
        }
        if with_history:
            data["history"] = [e.to_dict() for e in self.history]
        return data


@dataclass
class ActorView:
    id: int
    name: str
    kind: str
    role: str
    aliases: list[str]
    statements: int

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "role": self.role, "aliases": self.aliases,
                "statements": self.statements}


@dataclass
class ClaimQuery:
    statuses: tuple[str, ...] = ()
    speaker: str = ""
    search: str = ""
    claim_ids: tuple[int, ...] = ()
    since: date | None = None
    sort: str = "triage"  # triage, recent, checkworthiness, id
    limit: int | None = None
    offset: int = 0


TRIAGE_ORDER = {status: rank for rank, status in enumerate(STATUSES)}
RELATION_ORDER = {relation: rank for rank, relation in enumerate(RELATIONS)}


@dataclass
class SchemaChange:
    """What `Store.upgrade` did: from which revision (None: a fresh database) to which, and the backup it took."""

    before: str | None
    after: str
    backup: Path | None = None


@dataclass
class AuditBreak:
    claim_id: int
    event_id: int | None
    problem: str

    def line(self) -> str:
        where = f"event {self.event_id}" if self.event_id is not None else "no event"
        return f"claim {self.claim_id}, {where}: {self.problem}"


@dataclass
class AuditReport:
    claims: int = 0
    events: int = 0
    breaks: list[AuditBreak] = field(default_factory=list)
    digest: str = ""  # over every claim's latest hash: note it down to detect a rewrite of whole chains later

    @property
    def ok(self) -> bool:
        return not self.breaks


# --- the transaction API the tracker uses ----------------------------------------------------------------------
class Transaction:
    """One unit of work inside a session: everything in it commits together or not at all."""

    def __init__(self, session: Session):
        self.session = session

    def add_source(self, **values) -> int:
        return self._insert_returning_ids(Source, [{"ingested_at": utcnow(), **values}])[0]

    def add_statements(self, rows: list[dict]) -> list[int]:
        """Bulk insert with SQLAlchemy Core; returns the new ids in order."""
        if not rows:
            return []
        return self._insert_returning_ids(Statement, rows)

    def _insert_returning_ids(self, model, rows: list[dict]) -> list[int]:
        """Core insert on the session's connection (the ORM's bulk path is several times slower)."""
        result = self.session.connection().execute(_returning_insert(model.__table__), rows)
        return [row[0] for row in result]

    def sources_with(self, hashes: Iterable[str]) -> dict[str, int]:
        """The sources already stored among these content hashes, in one query."""
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(set(hashes)), 500):
            found.update(self.session.connection().execute(select(Source.sha256, Source.id).where(Source.sha256.in_(chunk))).all())
        return found

    def set_responds_to(self, pairs: list[tuple[int, int]]) -> None:
        """Record which statement each denial answers, in one executemany."""
        if pairs:
            table = Statement.__table__
            self.session.connection().execute(
                update(table).where(table.c.id == bindparam("statement")).values(responds_to_id=bindparam("target")),
                [{"statement": s, "target": t} for s, t in pairs])

    # actors
    def add_actor(self, name: str, kind: str, role: str = "") -> int:
        return self.add_actors([{"name": name, "kind": kind, "role": role, "affiliation": "", "created_at": utcnow()}])[0]

    def add_alias(self, actor_id: int, alias: str) -> None:
        key = fold(alias)
        if not key:
            return
        existing = self.session.exec(select(Alias).where(Alias.key == key)).scalars().first()
        if existing is None:
            self.session.add(Alias(actor_id=actor_id, alias=alias, key=key))
            self.session.flush()

    def rename_actor(self, actor_id: int, name: str, role: str = "") -> None:
        actor = self.session.get(Actor, actor_id)
        actor.name = name
        if role and not actor.role:
            actor.role = role
        self.session.add(actor)

    # claims
    def claim(self, claim_id: int) -> Claim | None:
        """The claim, locked for the rest of the transaction so concurrent changes queue instead of being lost."""
        return self.session.get(Claim, claim_id, with_for_update=True)

    def flag_for_review(self, claim_id: int, reason: str, editor: str = "claimtrack") -> None:
        claim = self.claim(claim_id)
        if claim.needs_review and claim.review_reason == reason:
            return
        claim.needs_review = True
        claim.review_reason = reason
        _changed(self, claim)
        self.record_event(claim_id, "flag", claim.status, claim.status, reason, editor)

    def record_event(self, claim_id: int, action: str, from_status: str, to_status: str, note: str, editor: str) -> EventView:
        self.claim(claim_id)  # the claim's lock orders its events: no two writers read the same previous hash
        previous = self.session.exec(
            select(StatusEvent.hash).where(StatusEvent.claim_id == claim_id).order_by(StatusEvent.id.desc()).limit(1)
        ).scalars().first() or ""
        at = utcnow()
        digest = event_hash(previous, claim_id, action, from_status, to_status, note, editor, at)
        row = StatusEvent(claim_id=claim_id, action=action, from_status=from_status, to_status=to_status, note=note,
                          editor=editor, at=at, prev_hash=previous, hash=digest)
        self.session.add(row)
        self.session.flush()
        return EventView(row.id, claim_id, action, from_status, to_status, note, editor, at)

    # bulk work for ingest: one statement per row is too slow at a day's news
    def add_claims(self, rows: list[dict]) -> list[int]:
        if not rows:
            return []
        now = utcnow()
        defaults = {"language": "", "status": "unverified", "status_note": "", "checkworthiness": 0.0, "first_seen": None,
                    "needs_review": False, "review_reason": "", "origin": "extracted", "provenance": "", "match_key": "",
                    "merged_into_id": None, "version": 1, "created_at": now, "updated_at": now}
        return self._insert_returning_ids(Claim, [{**defaults, **row} for row in rows])

    def add_claim(self, **values) -> int:
        return self.add_claims([values])[0]

    def add_links(self, rows: list[dict]) -> None:
        if rows:
            now = utcnow()
            self.session.connection().execute(insert(ClaimLink.__table__), [{"created_at": now, **row} for row in rows])

    def add_aliases(self, rows: list[dict]) -> None:
        """Insert aliases, skipping keys another writer recorded first."""
        if not rows:
            return
        dialect = self.session.get_bind().dialect.name
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        self.session.connection().execute(dialect_insert(Alias.__table__).on_conflict_do_nothing(index_elements=["key"]), rows)

    def claims_for_update(self, claim_ids: Iterable[int]) -> dict[int, Claim]:
        ids = sorted(set(claim_ids))
        if not ids:
            return {}
        found = self.session.exec(select(Claim).where(Claim.id.in_(ids)).order_by(Claim.id).with_for_update()).scalars()
        return {claim.id: claim for claim in found}

    def asserting_actors(self, claim_ids: Iterable[int]) -> dict[int, set[int]]:
        """For each claim, the actors of its `asserts` statements."""
        out: dict[int, set[int]] = defaultdict(set)
        ids = list(set(claim_ids))
        for chunk in _chunks(ids, 500):
            rows = self.session.connection().execute(
                select(ClaimLink.claim_id, Statement.actor_id).join(Statement, Statement.id == ClaimLink.statement_id)
                .where(ClaimLink.claim_id.in_(chunk), ClaimLink.relation == "asserts", Statement.actor_id.is_not(None))
            ).all()
            for claim_id, actor_id in rows:
                out[claim_id].add(actor_id)
        return out

    # bulk work for importing earlier fact-checks
    def add_sources(self, rows: list[dict]) -> list[int]:
        return self._insert_returning_ids(Source, rows) if rows else []

    def add_actors(self, rows: list[dict]) -> list[int]:
        return self._insert_returning_ids(Actor, rows) if rows else []

    def add_first_events(self, rows: list[dict]) -> None:
        """The first audit event of each of these new claims: nothing earlier to chain to."""
        if rows:
            at = utcnow()
            events = [{**row, "at": at, "prev_hash": "", "hash": event_hash(
                "", row["claim_id"], row["action"], row["from_status"], row["to_status"], row["note"], row["editor"], at)}
                for row in rows]
            self.session.connection().execute(insert(StatusEvent.__table__), events)


# --- the store ---------------------------------------------------------------------------------------------------
class Store:
    def __init__(self, url: str | None = None, *, create: bool = True):
        self.url = database_url(url) if url is None or "://" not in url else url
        self.engine = make_engine(self.url)
        if create:
            self.create_schema()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

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
            raise StoreError(f"database {self.describe()} has schema {revision}; this claimtrack needs {migrations.head()}: "
                             "back it up (pg_dump) and run `claimtrack upgrade`")
        self.upgrade()

    def _check_revision(self, revision: str | None) -> None:
        from claimtrack import migrations

        if revision is not None and not migrations.known(revision):
            raise StoreError(f"database {self.describe()} has schema {revision}, made by a newer claimtrack; upgrade claimtrack")

    @contextmanager
    def _schema_transaction(self) -> Iterator:
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
                    migrations.stamp(connection)
                    return SchemaChange(None, head)
                if revision == head:
                    return SchemaChange(revision, head)
                self._check_revision(revision)
                saved = self.backup(self._backup_name(revision)) if self.is_sqlite and self.engine.url.database else None
                migrations.upgrade(connection)
                return SchemaChange(revision, head, saved)

        try:
            return _retrying(work)
        except StoreError as exc:
            raise StoreError(f"cannot set up database {self.describe()}: {exc}") from exc

    def _backup_name(self, revision: str) -> Path:
        path = Path(self.engine.url.database)
        return path.with_name(f"{path.name}.schema-{revision}-{utcnow():%Y%m%dT%H%M%S}.bak")

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
                source.driver_connection.backup(copy)
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

    def verify_audit(self) -> AuditReport:
        """Check every claim's chain of events; report the first broken link of each claim."""
        report = AuditReport()
        with self._read() as session:
            statuses = dict(session.exec(select(Claim.id, Claim.status)).all())
            previous: dict[int, StatusEvent] = {}
            broken: set[int] = set()
            rows = session.exec(select(StatusEvent).order_by(StatusEvent.claim_id, StatusEvent.id).execution_options(yield_per=2000))
            for event in rows.scalars():
                report.events += 1
                if event.claim_id in broken:
                    continue
                before = previous.get(event.claim_id)
                expected_prev = before.hash if before else ""
                if event.prev_hash != expected_prev:
                    where = f"event {before.id}" if before else "no earlier event"
                    report.breaks.append(AuditBreak(event.claim_id, event.id, f"its previous-hash does not match {where}: "
                                                    "an event before it was removed, inserted or changed"))
                    broken.add(event.claim_id)
                elif event.hash != event_hash(event.prev_hash, event.claim_id, event.action, event.from_status,
                                              event.to_status, event.note, event.editor, event.at):
                    report.breaks.append(AuditBreak(event.claim_id, event.id, "its contents do not match its hash: "
                                                    "the event was changed after it was written"))
                    broken.add(event.claim_id)
                previous[event.claim_id] = event
        for claim_id, status in sorted(statuses.items()):
            report.claims += 1
            last = previous.get(claim_id)
            if claim_id in broken:
                continue
            if last is not None and last.to_status != status:
                report.breaks.append(AuditBreak(claim_id, last.id, f"the claim's status is {status!r} but its last event "
                                                f"says {last.to_status!r}: the status was changed outside the audit log"))
            elif last is None and status != "unverified":
                report.breaks.append(AuditBreak(claim_id, None, f"the claim's status is {status!r} but it has no audit "
                                                "event: the status was changed outside the audit log"))
        heads = "".join(f"{claim_id}:{event.hash}\n" for claim_id, event in sorted(previous.items()))
        report.digest = hashlib.sha256(heads.encode()).hexdigest()
        report.breaks.sort(key=lambda b: b.claim_id)
        return report

    def describe(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A write transaction: commits when the block ends, rolls back on any exception."""
        with Session(self.engine.execution_options(claimtrack_write=True), expire_on_commit=False) as session:
            try:
                yield Transaction(session)
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def write(self, work):
        """Run `work(tx)` in a transaction, retrying when the database is momentarily locked."""
        def attempt():
            with self.transaction() as tx:
                return work(tx)
        return _retrying(attempt)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    # --- counts and lists -----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self._read() as session:
            return {
                "sources": session.exec(select(func.count(Source.id))).scalar_one(),
                "statements": session.exec(select(func.count(Statement.id))).scalar_one(),
                "claims": session.exec(select(func.count(Claim.id)).where(Claim.merged_into_id.is_(None))).scalar_one(),
                "actors": session.exec(select(func.count(Actor.id))).scalar_one(),
            }

    def status_counts(self) -> dict[str, int]:
        with self._read() as session:
            rows = session.exec(select(Claim.status, func.count(Claim.id)).where(Claim.merged_into_id.is_(None)).group_by(Claim.status)).all()
        return {status: count for status, count in rows}

    def _claim_filter(self, statement, query: ClaimQuery):
        statement = statement.where(Claim.merged_into_id.is_(None))
        if query.statuses:
            statement = statement.where(Claim.status.in_(query.statuses))
        if query.claim_ids:
            statement = statement.where(Claim.id.in_(query.claim_ids))
        if query.since:
            statement = statement.where(Claim.first_seen >= query.since)
        if query.search:
            statement = statement.where(Claim.text.ilike(f"%{query.search}%"))
        if query.speaker:
            key = f"%{fold(query.speaker)}%"
            speaker_claims = (
                select(ClaimLink.claim_id).join(Statement, Statement.id == ClaimLink.statement_id)
                .join(Alias, Alias.actor_id == Statement.actor_id).where(Alias.key.like(key))
            )
            statement = statement.where(Claim.id.in_(speaker_claims))
        return statement

    def _ordered(self, statement, sort: str):
        if sort == "recent":
            return statement.order_by(Claim.updated_at.desc(), Claim.id.desc())
        if sort == "checkworthiness":
            return statement.order_by(Claim.checkworthiness.desc(), Claim.id)
        if sort == "id":
            return statement.order_by(Claim.id)
        from sqlalchemy import case

        rank = case({status: rank for status, rank in TRIAGE_ORDER.items()}, value=Claim.status, else_=99)
        return statement.order_by(Claim.needs_review.desc(), rank, Claim.checkworthiness.desc(), Claim.id)

    def count_claims(self, query: ClaimQuery | None = None) -> int:
        query = query or ClaimQuery()
        with self._read() as session:
            return session.exec(self._claim_filter(select(func.count(Claim.id)), query)).scalar_one()

    def claim_ids(self, query: ClaimQuery | None = None) -> list[int]:
        query = query or ClaimQuery()
        statement = self._ordered(self._claim_filter(select(Claim.id), query), query.sort)
        if query.limit is not None:
            statement = statement.limit(query.limit)
        if query.offset:
            statement = statement.offset(query.offset)
        with self._read() as session:
            return list(session.exec(statement).scalars().all())

    def claims(self, query: ClaimQuery | None = None, *, with_history: bool = False) -> list[ClaimView]:
        ids = self.claim_ids(query)
        views = self.claims_by_id(ids, with_history=with_history)
        return [views[i] for i in ids if i in views]

    def claims_by_id(self, ids: Iterable[int], *, with_history: bool = False, with_context: bool = False) -> dict[int, ClaimView]:
        ids = list(ids)
        if not ids:
            return {}
        views: dict[int, ClaimView] = {}
        with self._read() as session:
            # claims merged into these ones bring their statements and history along
            family: dict[int, int] = {i: i for i in ids}
            frontier = list(ids)
            while frontier:
                rows = session.exec(select(Claim.id, Claim.merged_into_id).where(Claim.merged_into_id.in_(frontier))).all()
                frontier = []
                for child, parent in rows:
                    if child not in family:
                        family[child] = family[parent]
                        frontier.append(child)
            # plain columns, not ORM objects: building entities (and loading every source's full text) was most
            # of the time when a report or the TUI loads thousands of claims
            claim_columns = (Claim.id, Claim.text, Claim.language, Claim.status, Claim.status_note, Claim.checkworthiness,
                             Claim.first_seen, Claim.needs_review, Claim.review_reason, Claim.origin, Claim.provenance,
                             Claim.version, Claim.updated_at)
            for chunk in _chunks(ids, 500):
                for row in session.exec(select(*claim_columns).where(Claim.id.in_(chunk))).all():
                    views[row.id] = ClaimView(**row._mapping)
            context = (func.substr(Source.text, Statement.sentence_start + 1, Statement.sentence_end - Statement.sentence_start)
                       if with_context else literal(""))
            members = list(family)
            for chunk in _chunks(members, 500):
                rows = session.exec(
                    select(ClaimLink.claim_id, ClaimLink.relation, ClaimLink.origin, Statement.id, Statement.speaker_mention,
                           Statement.speaker_role, Statement.cue, Statement.content, Statement.quote, Statement.stance,
                           Statement.said_on, Statement.date_text, Statement.start, Statement.end, Statement.sentence_start,
                           Statement.sentence_end, Source.id, Source.title, Source.origin, Source.outlet, Source.url,
                           Source.published_at, Actor.name, Actor.kind, Actor.role, context)
                    .join(Statement, Statement.id == ClaimLink.statement_id)
                    .join(Source, Source.id == Statement.source_id)
                    .outerjoin(Actor, Actor.id == Statement.actor_id)
                    .where(ClaimLink.claim_id.in_(chunk))
                    .order_by(ClaimLink.claim_id, Statement.said_on, Source.published_at, Statement.id)
                ).all()
                for (claim_id, relation, link_origin, statement_id, mention, role, cue, content, quote, stance, said_on,
                     date_text, start, end, sentence_start, sentence_end, source_id, title, source_origin, outlet, url,
                     published, actor_name, actor_kind, actor_role, sentence) in rows:
                    views[family[claim_id]].statements.append(StatementView(
                        id=statement_id, relation=relation, origin=link_origin,
                        speaker=actor_name if actor_name is not None else mention,
                        speaker_kind=actor_kind if actor_kind is not None else "unknown",
                        speaker_role=role or actor_role or "",
                        cue=cue, content=content, quote=quote, stance=stance, said_on=said_on, date_text=date_text,
                        source_id=source_id, source=title or source_origin, outlet=outlet, url=url, published=published,
                        start=start, end=end, sentence_start=sentence_start, sentence_end=sentence_end, context=sentence or ""))
            if with_history:
                event_columns = (StatusEvent.id, StatusEvent.claim_id, StatusEvent.action, StatusEvent.from_status,
                                 StatusEvent.to_status, StatusEvent.note, StatusEvent.editor, StatusEvent.at)
                for chunk in _chunks(members, 500):
                    for row in session.exec(select(*event_columns).where(StatusEvent.claim_id.in_(chunk))
                                            .order_by(StatusEvent.at, StatusEvent.id)).all():
                        views[family[row.claim_id]].history.append(EventView(**row._mapping))
        for view in views.values():
            view.statements.sort(key=lambda s: (RELATION_ORDER.get(s.relation, 9), s.said_on or s.published or date.max, s.id))
            view.history.sort(key=lambda e: (e.at, e.id))
        return views

    def claim(self, claim_id: int, *, with_history: bool = True, with_context: bool = False) -> ClaimView:
        views = self.claims_by_id([claim_id], with_history=with_history, with_context=with_context)
        if claim_id not in views:
            raise NotFound(f"no claim with id {claim_id}")
        return views[claim_id]

    def resolve_claim(self, claim_id: int) -> int:
        """The claim an id stands for now (following merges)."""
        with self._read() as session:
            seen = set()
            current = session.get(Claim, claim_id)
            if current is None:
                raise NotFound(f"no claim with id {claim_id}")
            while current.merged_into_id is not None and current.id not in seen:
                seen.add(current.id)
                current = session.get(Claim, current.merged_into_id)
            return current.id

    def actor_rows(self) -> list[tuple[int, str, str, str]]:
        """(id, name, kind, role) of every actor, for resolving speakers in memory during ingest."""
        with self._read() as session:
            return [tuple(row) for row in session.connection().execute(select(Actor.id, Actor.name, Actor.kind, Actor.role))]

    def alias_index(self) -> dict[str, int]:
        """Every alias key with its actor, so ingest resolves known speakers without a query each."""
        with self._read() as session:
            return {key: actor_id for key, actor_id in session.exec(select(Alias.key, Alias.actor_id)).all()}

    def imported_claim_ids(self) -> set[int]:
        """Ids of the claims that came in as earlier fact-checks (`import-claims`)."""
        with self._read() as session:
            return set(session.exec(select(Claim.id).where(Claim.origin == "imported")).scalars())

    def claim_keys(self) -> Iterator[tuple[int, str, str]]:
        """(id, text, match_key) of every live claim, for building the match index."""
        with self._read() as session:
            result = session.exec(select(Claim.id, Claim.text, Claim.match_key).where(Claim.merged_into_id.is_(None)).execution_options(yield_per=5000))
            for row in result:
                yield row[0], row[1], row[2]

    # --- editing ----------------------------------------------------------------------------------------------
    def mark(self, claim_id: int, status: str, note: str, editor: str, *, expected_version: int | None = None) -> EventView:
        if status not in STATUSES:
            raise StoreError(f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")

        def work(tx: Transaction) -> EventView:
            claim = self._live_claim(tx, claim_id)
            if expected_version is not None and claim.version != expected_version:
                raise Conflict(f"claim {claim_id} was changed by someone else since you opened it; reloaded")
            previous = claim.status
            claim.status = status
            claim.status_note = note
            claim.needs_review = False
            claim.review_reason = ""
            _changed(tx, claim)
            return tx.record_event(claim.id, "status", previous, status, note, editor)

        return self.write(work)

    def edit_text(self, claim_id: int, text: str, editor: str, *, match_key: str, expected_version: int | None = None) -> EventView:
        text = " ".join(text.split())
        if not text:
            raise StoreError("the claim text cannot be empty")

        def work(tx: Transaction) -> EventView:
            claim = self._live_claim(tx, claim_id)
            if expected_version is not None and claim.version != expected_version:
                raise Conflict(f"claim {claim_id} was changed by someone else since you opened it; reloaded")
            old = claim.text
            claim.text = text
            claim.match_key = match_key
            _changed(tx, claim)
            return tx.record_event(claim.id, "edit", claim.status, claim.status, f"text was: {old}", editor)

        return self.write(work)

    def _live_claim(self, tx: Transaction, claim_id: int) -> Claim:
        claim = tx.claim(claim_id)
        if claim is None:
            raise NotFound(f"no claim with id {claim_id}")
        if claim.merged_into_id is not None:
            raise StoreError(f"claim {claim_id} was merged into claim {claim.merged_into_id}; use that one")
        return claim

    def link_statement(self, claim_id: int, statement_id: int, relation: str, editor: str) -> EventView:
        def work(tx: Transaction) -> EventView:
            claim = self._live_claim(tx, claim_id)
            statement = tx.session.get(Statement, statement_id)
            if statement is None:
                raise NotFound(f"no statement with id {statement_id}")
            existing = tx.session.exec(select(ClaimLink).where(ClaimLink.claim_id == claim_id, ClaimLink.statement_id == statement_id)).scalars().first()
            if existing is not None:
                existing.relation, existing.origin = relation, "manual"
                tx.session.add(existing)
            else:
                tx.session.add(ClaimLink(claim_id=claim_id, statement_id=statement_id, relation=relation, origin="manual", score=100.0))
            _changed(tx, claim)
            return tx.record_event(claim_id, "link", claim.status, claim.status, f"statement {statement_id} {relation}", editor)

        return self.write(work)

    def unlink_statement(self, claim_id: int, statement_id: int, editor: str) -> EventView:
        def work(tx: Transaction) -> EventView:
            claim = self._live_claim(tx, claim_id)
            existing = tx.session.exec(select(ClaimLink).where(ClaimLink.claim_id == claim_id, ClaimLink.statement_id == statement_id)).scalars().first()
            if existing is None:
                raise NotFound(f"statement {statement_id} is not linked to claim {claim_id}")
            relation = existing.relation
            tx.session.delete(existing)
            _changed(tx, claim)
            return tx.record_event(claim_id, "unlink", claim.status, claim.status, f"statement {statement_id} was {relation}", editor)

        return self.write(work)

    def merge_claims(self, into_id: int, from_id: int, editor: str) -> EventView:
        if into_id == from_id:
            raise StoreError("cannot merge a claim into itself")

        def work(tx: Transaction) -> EventView:
            into = self._live_claim(tx, into_id)
            other = self._live_claim(tx, from_id)
            taken = set(tx.session.exec(select(ClaimLink.statement_id).where(ClaimLink.claim_id == into_id)).scalars())
            for link in tx.session.exec(select(ClaimLink).where(ClaimLink.claim_id == from_id)).scalars().all():
                if link.statement_id in taken:
                    tx.session.delete(link)
                else:
                    link.claim_id = into_id
                    tx.session.add(link)
            other.merged_into_id = into_id
            _changed(tx, other)
            into.checkworthiness = max(into.checkworthiness, other.checkworthiness)
            if other.first_seen and (into.first_seen is None or other.first_seen < into.first_seen):
                into.first_seen = other.first_seen
            _changed(tx, into)
            tx.session.add_all([into, other])
            tx.record_event(from_id, "merge", other.status, other.status, f"merged into claim {into_id}", editor)
            return tx.record_event(into_id, "merge", into.status, into.status, f"claim {from_id} merged in: {other.text}", editor)

        return self.write(work)

    # --- actors ---------------------------------------------------------------------------------------------------
    def actors(self, search: str = "") -> list[ActorView]:
        with self._read() as session:
            statement = select(Actor).order_by(Actor.name)
            if search:
                statement = statement.where(Actor.id.in_(select(Alias.actor_id).where(Alias.key.like(f"%{fold(search)}%"))))
            actors = list(session.exec(statement).scalars())
            ids = [a.id for a in actors]
            aliases: dict[int, list[str]] = defaultdict(list)
            counts: dict[int, int] = {}
            for chunk in _chunks(ids, 500):
                for alias in session.exec(select(Alias).where(Alias.actor_id.in_(chunk)).order_by(Alias.id)).scalars():
                    aliases[alias.actor_id].append(alias.alias)
                for actor_id, count in session.exec(select(Statement.actor_id, func.count(Statement.id)).where(Statement.actor_id.in_(chunk)).group_by(Statement.actor_id)).all():
                    counts[actor_id] = count
        return [ActorView(a.id, a.name, a.kind, a.role, [x for x in aliases[a.id] if x != a.name], counts.get(a.id, 0)) for a in actors]

    def merge_actors(self, into_id: int, from_id: int) -> None:
        if into_id == from_id:
            raise StoreError("cannot merge an actor into itself")

        def work(tx: Transaction) -> None:
            into, other = tx.session.get(Actor, into_id), tx.session.get(Actor, from_id)
            if into is None or other is None:
                raise NotFound(f"no actor with id {from_id if into else into_id}")
            tx.session.execute(update(Statement).where(Statement.actor_id == from_id).values(actor_id=into_id))
            tx.session.execute(update(Alias).where(Alias.actor_id == from_id).values(actor_id=into_id))
            tx.add_alias(into_id, other.name)
            if not into.role and other.role:
                into.role = other.role
                tx.session.add(into)
            tx.session.delete(other)

        self.write(work)

    # --- sources and statements -------------------------------------------------------------------------------
    def source(self, source_id: int) -> Source:
        with self._read() as session:
            source = session.get(Source, source_id)
            if source is None:
                raise NotFound(f"no source with id {source_id}")
            return source

    def source_statements(self, source_id: int) -> list[Statement]:
        with self._read() as session:
            return list(session.exec(select(Statement).where(Statement.source_id == source_id).order_by(Statement.start)).scalars())

    def statement_claims(self, statement_ids: Iterable[int]) -> dict[int, list[tuple[int, str]]]:
        """For each statement, the claims it is linked to as (claim id, relation)."""
        out: dict[int, list[tuple[int, str]]] = defaultdict(list)
        with self._read() as session:
            for chunk in _chunks(list(statement_ids), 500):
                for link in session.exec(select(ClaimLink).where(ClaimLink.statement_id.in_(chunk))).scalars():
                    out[link.statement_id].append((link.claim_id, link.relation))
        return out

    def statements_search(self, text: str = "", limit: int = 50) -> list[tuple[Statement, str, str]]:
        """Statements with their speaker and source title, newest first; for pickers."""
        with self._read() as session:
            statement = (select(Statement, Actor.name, Source.title).join(Source, Source.id == Statement.source_id)
                         .outerjoin(Actor, Actor.id == Statement.actor_id).order_by(Statement.id.desc()).limit(limit))
            if text:
                statement = statement.where(Statement.content.ilike(f"%{text}%"))
            return [(row[0], row[1] or row[0].speaker_mention, row[2]) for row in session.exec(statement).all()]

    def events(self, claim_id: int | None = None) -> list[StatusEvent]:
        with self._read() as session:
            statement = select(StatusEvent).order_by(StatusEvent.claim_id, StatusEvent.id)
            if claim_id is not None:
                statement = statement.where(StatusEvent.claim_id == claim_id)
            return list(session.exec(statement).scalars())

    # --- for the TUI -------------------------------------------------------------------------------------------
    def triage_rows(self) -> list[tuple[int, str, bool, float]]:
        """(id, status, needs_review, checkworthiness) of every live claim, by id: an in-memory triage list's keys."""
        with self._read() as session:
            rows = session.exec(select(Claim.id, Claim.status, Claim.needs_review, Claim.checkworthiness)
                                .where(Claim.merged_into_id.is_(None)).order_by(Claim.id)).all()
        return [(row[0], row[1], bool(row[2]), row[3] or 0.0) for row in rows]


def _changed(tx: Transaction, claim: Claim) -> None:
    """A claim changed: a new version (what the optimistic check compares) and a new time."""
    claim.version += 1
    claim.updated_at = utcnow()
    tx.session.add(claim)


@lru_cache(maxsize=None)
def _returning_insert(table):
    """One INSERT … RETURNING id per table, built once: SQLAlchemy then reuses its compiled form."""
    return insert(table).returning(table.c.id, sort_by_parameter_order=True)


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
