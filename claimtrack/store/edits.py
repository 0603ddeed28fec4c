"""The one door for writes: the Transaction (bulk rows for ingest and import, the audit chain, the clock every write
is stamped with) and `Edits` (a transaction, retried when the database is locked), which the editors' changes in
claim_edits, link_edits, actor_edits and undo build on."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from claimtrack.errors import Conflict, NotFound, Refused, StoreError
from claimtrack.migrations import search_index
from claimtrack.models import Actor, Alias, Claim, ClaimLink, Source, Statement, StatusEvent, utcnow
from claimtrack.store.audit import event_hash
from claimtrack.store.engine import Connected, chunks, retrying
from claimtrack.store.match_index import StoredIndex, lock_claims
from claimtrack.store.views import Asserted, EventView
from claimtrack.textutil import fold, one_line

T = TypeVar("T")


class Transaction:
    """One unit of work inside a session: everything in it commits together or not at all."""

    def __init__(self, session: Session):
        self.session = session
        self._index: StoredIndex | None = None
        self._claims_locked = False
        self._unsearched: list[tuple[int, str]] = []  # new claims' (id, text), for the search index at the end

    @property
    def index(self) -> StoredIndex:
        """The claim index kept in the database, read and kept on this transaction's connection."""
        if self._index is None:
            self._index = StoredIndex(self.session.connection())
        return self._index

    def finish(self) -> None:
        """Before commit: what the claim index and the search index hold back until the end of the transaction."""
        if self._index is not None:
            self._index.flush()
        self._search_new()

    def _search_new(self) -> None:
        """New claims into the search index, in one statement however many documents added them (nothing reads the
        search index inside a write)."""
        if self._unsearched:
            search_index.add(self.session.connection(), self._unsearched)
            self._unsearched = []

    def load_rows(self, model: type[SQLModel], rows: list[dict], *, searchable: bool = False) -> None:
        """Rows prepared elsewhere, their ids included, inserted as they are: a benchmark's database, built without
        extraction, audit events or match keys computed here. `searchable` claims also enter the search index."""
        for chunk in chunks(rows, 20_000):
            self.session.connection().execute(insert(model.__table__), chunk)
        if searchable:
            search_index.add(self.session.connection(), [(row["id"], row["text"]) for row in rows])

    def lock_claims(self) -> None:
        """Decide and change claims alone until commit: another process's new claims are seen, never made twice."""
        if not self._claims_locked:
            lock_claims(self.session.connection())
            self._claims_locked = True

    def now(self) -> datetime:
        """The time a write stamps on its rows and events. Every write takes it from this module's `utcnow`, so one
        clock stamps them all (the TUI's tests fix it here)."""
        return utcnow()

    def add_source(self, **values: Any) -> int | None:
        """The new source's id; None when a source with the same content hash is stored (by another writer whose
        commit this one waited for: content decides what a document is)."""
        connection = self.session.connection()
        return connection.execute(_new_source(connection.dialect.name), {"ingested_at": utcnow(), **values}).scalar()

    def add_statements(self, rows: list[dict]) -> list[int]:
        """Bulk insert with SQLAlchemy Core; returns the new ids in order."""
        if not rows:
            return []
        return self._insert_returning_ids(Statement, rows)

    def _insert_returning_ids(self, model: type[SQLModel], rows: list[dict]) -> list[int]:
        """Core insert on the session's connection (the ORM's bulk path is several times slower)."""
        result = self.session.connection().execute(_returning_insert(model.__table__), rows)
        return [row[0] for row in result]

    def sources_with(self, hashes: Iterable[str]) -> dict[str, int]:
        """The sources already stored among these content hashes, in one query."""
        found: dict[str, int] = {}
        for chunk in chunks(sorted(set(hashes)), 500):
            found.update(
                self.session.connection()
                .execute(select(Source.sha256, Source.id).where(Source.sha256.in_(chunk)))
                .all()
            )
        return found

    def set_responds_to(self, pairs: list[tuple[int, int]]) -> None:
        """Record which statement each denial answers, in one executemany."""
        if pairs:
            table = Statement.__table__
            self.session.connection().execute(
                update(table).where(table.c.id == bindparam("statement")).values(responds_to_id=bindparam("target")),
                [{"statement": s, "target": t} for s, t in pairs],
            )

    # actors
    def add_actor(self, name: str, kind: str, role: str = "") -> int:
        return self.add_actors([{"name": name, "kind": kind, "role": role, "affiliation": "", "created_at": utcnow()}])[
            0
        ]

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

    def claim_link(self, claim_id: int, statement_id: int) -> ClaimLink | None:
        """The link between this claim and this statement, if there is one."""
        return (
            self.session.exec(
                select(ClaimLink).where(ClaimLink.claim_id == claim_id, ClaimLink.statement_id == statement_id)
            )
            .scalars()
            .first()
        )

    def changed(self, claim: Claim) -> None:
        """A claim changed: a new version (what the optimistic check compares) and a new time."""
        claim.version += 1
        claim.updated_at = utcnow()
        self.session.add(claim)

    def flag_for_review(self, claim_id: int, reason: str, editor: str = "claimtrack") -> None:
        claim = self.claim(claim_id)
        if claim.needs_review and claim.review_reason == reason:
            return
        claim.needs_review = True
        claim.review_reason = reason
        self.changed(claim)
        self.record_event(claim_id, "flag", claim.status, claim.status, reason, editor)

    def record_event(
        self,
        claim_id: int,
        action: str,
        from_status: str,
        to_status: str,
        note: str,
        editor: str,
        at: datetime | None = None,
    ) -> EventView:
        self.claim(claim_id)  # the claim's lock orders its events: no two writers read the same previous hash
        previous = (
            self.session.exec(
                select(StatusEvent.hash)
                .where(StatusEvent.claim_id == claim_id)
                .order_by(StatusEvent.id.desc())
                .limit(1)
            )
            .scalars()
            .first()
            or ""
        )
        at = at or utcnow()
        digest = event_hash(previous, claim_id, action, from_status, to_status, note, editor, at)
        row = StatusEvent(
            claim_id=claim_id,
            action=action,
            from_status=from_status,
            to_status=to_status,
            note=note,
            editor=editor,
            at=at,
            prev_hash=previous,
            hash=digest,
        )
        self.session.add(row)
        self.session.flush()
        return EventView(row.id, claim_id, action, from_status, to_status, note, editor, at)

    # bulk work for ingest: one statement per row is too slow at a day's news
    def add_claims(self, rows: list[dict]) -> list[int]:
        if not rows:
            return []
        now = utcnow()
        defaults = {
            "language": "",
            "status": "unverified",
            "status_note": "",
            "checkworthiness": 0.0,
            "first_seen": None,
            "needs_review": False,
            "review_reason": "",
            "origin": "extracted",
            "provenance": "",
            "match_key": "",
            "merged_into_id": None,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        rows = [{**defaults, **row} for row in rows]
        self.lock_claims()
        ids = self._insert_returning_ids(Claim, rows)
        self.index.add(
            (claim_id, row["match_key"]) for claim_id, row in zip(ids, rows) if row["merged_into_id"] is None
        )
        self._unsearched.extend(zip(ids, (row["text"] for row in rows)))
        return ids

    def reindex_text(self, claim_id: int, text: str) -> None:
        """A claim's new wording, searchable once committed (the claims list searches claim_search, not the claim)."""
        self._search_new()
        search_index.replace(self.session.connection(), [(claim_id, text)])

    def add_claim(self, **values: Any) -> int:
        return self.add_claims([values])[0]

    def add_links(self, rows: list[dict]) -> None:
        if rows:
            now = utcnow()
            self.session.connection().execute(insert(ClaimLink.__table__), [{"created_at": now, **row} for row in rows])

    def add_aliases(self, rows: list[dict]) -> None:
        """Insert aliases, skipping keys another writer recorded first."""
        if not rows:
            return
        self.session.connection().execute(
            _dialect_insert(self.session)(Alias.__table__).on_conflict_do_nothing(index_elements=["key"]), rows
        )

    def update_claim(self, claim: Claim) -> None:
        """Keep the changes made to a claim read with `claims_for_update` (check-worthiness, first seen): no new
        version and no audit event, since neither its status nor its wording changed."""
        claim.updated_at = utcnow()
        self.session.add(claim)

    @contextmanager
    def refusals(self) -> Iterator[None]:
        """Inside this block a row the database refuses (a unique or foreign key) raises `Refused`, so the caller can
        drop that piece of work; a lock or a lost connection passes through, and the whole transaction is retried."""
        try:
            yield
        except IntegrityError as exc:
            raise Refused(one_line(str(exc.orig))) from exc

    def claims_for_update(self, claim_ids: Iterable[int]) -> dict[int, Claim]:
        ids = sorted(set(claim_ids))
        if not ids:
            return {}
        found = self.session.exec(select(Claim).where(Claim.id.in_(ids)).order_by(Claim.id).with_for_update()).scalars()
        return {claim.id: claim for claim in found}

    def asserted(self, claim_ids: Iterable[int]) -> dict[int, Asserted]:
        """For each claim, the actors, cues and words of its `asserts` statements, 500 claims a query."""
        out: dict[int, Asserted] = defaultdict(Asserted)
        for chunk in chunks(list(set(claim_ids)), 500):
            rows = (
                self.session.connection()
                .execute(
                    select(ClaimLink.claim_id, Statement.actor_id, Statement.cue, Statement.content)
                    .join(Statement, Statement.id == ClaimLink.statement_id)
                    .where(ClaimLink.claim_id.in_(chunk), ClaimLink.relation == "asserts")
                )
                .all()
            )
            for claim_id, actor_id, cue, content in rows:
                found = out[claim_id]
                if actor_id is not None:
                    found.actors.add(actor_id)
                found.cues.add(cue)
                found.contents.append(content)
        return dict(out)

    # bulk work for importing earlier fact-checks
    def add_sources(self, rows: list[dict]) -> list[int]:
        return self._insert_returning_ids(Source, rows) if rows else []

    def add_actors(self, rows: list[dict]) -> list[int]:
        return self._insert_returning_ids(Actor, rows) if rows else []

    def add_first_events(self, rows: list[dict]) -> None:
        """The first audit event of each of these new claims: nothing earlier to chain to."""
        if rows:
            at = utcnow()
            events = [
                {
                    **row,
                    "at": at,
                    "prev_hash": "",
                    "hash": event_hash(
                        "",
                        row["claim_id"],
                        row["action"],
                        row["from_status"],
                        row["to_status"],
                        row["note"],
                        row["editor"],
                        at,
                    ),
                }
                for row in rows
            ]
            self.session.connection().execute(insert(StatusEvent.__table__), events)


class Edits(Connected):
    """The one door for writes: a transaction, retried when the database is momentarily locked."""

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """A write transaction: commits when the block ends, rolls back on any exception."""
        with Session(self.engine.execution_options(claimtrack_write=True), expire_on_commit=False) as session:
            try:
                tx = Transaction(session)
                yield tx
                tx.finish()
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def write(self, work: Callable[[Transaction], T]) -> T:
        """Run `work(tx)` in a transaction, retrying when the database is momentarily locked."""

        def attempt() -> T:
            with self.transaction() as tx:
                return work(tx)

        return retrying(attempt)

    def _live_claim(self, tx: Transaction, claim_id: int, expected_version: int | None = None) -> Claim:
        """The claim, locked; refused when it is missing, merged into another, or (given the version the editor
        opened) changed by someone else since."""
        claim = tx.claim(claim_id)
        if claim is None:
            raise NotFound(f"no claim with id {claim_id}")
        if claim.merged_into_id is not None:
            raise StoreError(f"claim {claim_id} was merged into claim {claim.merged_into_id}; use that one")
        if expected_version is not None and claim.version != expected_version:
            raise Conflict(f"claim {claim.id} was changed by someone else since you opened it; reloaded")
        return claim


def _dialect_insert(session: Session) -> Any:
    """The database's own INSERT, which can skip a row whose unique key is taken (ON CONFLICT DO NOTHING)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


@lru_cache(maxsize=None)
def _new_source(dialect: str) -> Any:
    """INSERT … ON CONFLICT (sha256) DO NOTHING RETURNING id, built once per database kind."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    table = Source.__table__
    return dialect_insert(table).on_conflict_do_nothing(index_elements=["sha256"]).returning(table.c.id)


@lru_cache(maxsize=None)
def _returning_insert(table: Any) -> Any:
    """One INSERT … RETURNING id per table, built once: SQLAlchemy then reuses its compiled form."""
    return insert(table).returning(table.c.id, sort_by_parameter_order=True)
