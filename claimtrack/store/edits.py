"""Every write goes through here: the Transaction (bulk rows for ingest and import, and the audit chain) and the
editors' changes (status, text, links, merges), each of which records a hash-chained audit event."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from sqlalchemy import bindparam, delete, exists, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from claimtrack import statuses
from claimtrack.errors import Conflict, NotFound, Refused, StoreError
from claimtrack.models import Actor, Alias, Claim, ClaimLink, Evidence, Source, Statement, StatusEvent, utcnow
from claimtrack.store.audit import event_hash
from claimtrack.store.engine import Connected, chunks, retrying
from claimtrack.store.queries import stamp_of_actors
from claimtrack.store.views import EventView, EvidenceView
from claimtrack.textutil import fold, one_line

T = TypeVar("T")


@dataclass
class ActorRewrite:
    """Every statement's actor decided again, written at once by `Edits.rewrite_actors` (`actors --repair`).

    `actors` is the whole directory afterwards: rows kept (positive ids, given these names, kinds and roles) and
    rows to create (negative ids, which `credits` and `aliases` may use too); any other actor is deleted.
    """

    actors: dict[int, tuple[str, str, str]]  # id → (name, kind, role)
    aliases: dict[str, tuple[int, str]]  # folded key → (actor id, alias): the whole alias table afterwards
    credits: dict[int, int | None]  # statement id → its actor, for the statements whose actor changes
    expected: tuple[int, ...]  # `Queries.actor_stamp()` when the rewrite was planned


class Transaction:
    """One unit of work inside a session: everything in it commits together or not at all."""

    def __init__(self, session: Session):
        self.session = session

    def add_source(self, **values: Any) -> int:
        return self._insert_returning_ids(Source, [{"ingested_at": utcnow(), **values}])[0]

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

    def flag_for_review(self, claim_id: int, reason: str, editor: str = "claimtrack") -> None:
        claim = self.claim(claim_id)
        if claim.needs_review and claim.review_reason == reason:
            return
        claim.needs_review = True
        claim.review_reason = reason
        _changed(self, claim)
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
        return self._insert_returning_ids(Claim, [{**defaults, **row} for row in rows])

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
        dialect = self.session.get_bind().dialect.name
        if dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as dialect_insert
        else:
            from sqlalchemy.dialects.sqlite import insert as dialect_insert
        self.session.connection().execute(
            dialect_insert(Alias.__table__).on_conflict_do_nothing(index_elements=["key"]), rows
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

    def asserting_actors(self, claim_ids: Iterable[int]) -> dict[int, set[int]]:
        """For each claim, the actors of its `asserts` statements."""
        out: dict[int, set[int]] = defaultdict(set)
        ids = list(set(claim_ids))
        for chunk in chunks(ids, 500):
            rows = (
                self.session.connection()
                .execute(
                    select(ClaimLink.claim_id, Statement.actor_id)
                    .join(Statement, Statement.id == ClaimLink.statement_id)
                    .where(
                        ClaimLink.claim_id.in_(chunk), ClaimLink.relation == "asserts", Statement.actor_id.is_not(None)
                    )
                )
                .all()
            )
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
                yield Transaction(session)
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

    # --- editing ----------------------------------------------------------------------------------------------
    def mark(
        self, claim_id: int, status: str, note: str, editor: str, *, expected_version: int | None = None
    ) -> EventView:
        return self.mark_many([claim_id], status, note, editor, expected_version=expected_version)[0]

    def mark_many(
        self, claim_ids: Iterable[int], status: str, note: str, editor: str, *, expected_version: int | None = None
    ) -> list[EventView]:
        """Set the status of claims in one transaction: one change, which one `undo` reverts whole."""
        if status not in statuses.names():
            raise StoreError(statuses.unknown_status_message(status))
        ids = list(dict.fromkeys(claim_ids))

        def work(tx: Transaction) -> list[EventView]:
            at, events = utcnow(), []
            for claim_id in ids:
                claim = self._live_claim(tx, claim_id)
                _expect(claim, expected_version)
                previous = claim.status
                claim.status = status
                claim.status_note = note
                claim.needs_review = False
                claim.review_reason = ""
                _changed(tx, claim)
                events.append(tx.record_event(claim.id, "status", previous, status, note, editor, at))
            return events

        return self.write(work)

    def edit_text(
        self, claim_id: int, text: str, editor: str, *, match_key: str, expected_version: int | None = None
    ) -> EventView:
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
            existing = (
                tx.session.exec(
                    select(ClaimLink).where(ClaimLink.claim_id == claim_id, ClaimLink.statement_id == statement_id)
                )
                .scalars()
                .first()
            )
            was = ""
            if existing is not None:
                was = f" (was {existing.relation}, {existing.origin})"
                existing.relation, existing.origin = relation, "manual"
                tx.session.add(existing)
            else:
                tx.session.add(
                    ClaimLink(
                        claim_id=claim_id, statement_id=statement_id, relation=relation, origin="manual", score=100.0
                    )
                )
            _changed(tx, claim)
            return tx.record_event(
                claim_id, "link", claim.status, claim.status, f"statement {statement_id} {relation}{was}", editor
            )

        return self.write(work)

    def unlink_statement(self, claim_id: int, statement_id: int, editor: str) -> EventView:
        def work(tx: Transaction) -> EventView:
            claim = self._live_claim(tx, claim_id)
            existing = (
                tx.session.exec(
                    select(ClaimLink).where(ClaimLink.claim_id == claim_id, ClaimLink.statement_id == statement_id)
                )
                .scalars()
                .first()
            )
            if existing is None:
                raise NotFound(f"statement {statement_id} is not linked to claim {claim_id}")
            relation = existing.relation
            tx.session.delete(existing)
            _changed(tx, claim)
            return tx.record_event(
                claim_id, "unlink", claim.status, claim.status, f"statement {statement_id} was {relation}", editor
            )

        return self.write(work)

    def assign(self, claim_id: int, assignee: str, editor: str, *, expected_version: int | None = None) -> EventView:
        """Give the claim to `assignee` to check ("" takes it from whoever had it)."""
        return self.assign_many([claim_id], assignee, editor, expected_version=expected_version)[0]

    def assign_many(
        self, claim_ids: Iterable[int], assignee: str, editor: str, *, expected_version: int | None = None
    ) -> list[EventView]:
        """Give claims to `assignee` in one transaction: one change, which one `undo` reverts whole."""
        assignee = " ".join(assignee.split())
        ids = list(dict.fromkeys(claim_ids))

        def work(tx: Transaction) -> list[EventView]:
            at, events = utcnow(), []
            for claim_id in ids:
                claim = self._live_claim(tx, claim_id)
                _expect(claim, expected_version)
                previous = claim.assignee
                claim.assignee = assignee
                _changed(tx, claim)
                note = f"assigned to {assignee}" if assignee else "unassigned"
                events.append(
                    tx.record_event(
                        claim.id, "assign", claim.status, claim.status, f"{note}; was {previous}", editor, at
                    )
                )
            return events

        return self.write(work)

    def add_evidence(self, claim_id: int, target: str, note: str, editor: str) -> EvidenceView:
        """Attach a web page (http/https) or a document (a file that exists) to a claim; the audit log records it."""
        kind, target = evidence_target(target)
        note = " ".join(note.split())

        def work(tx: Transaction) -> EvidenceView:
            claim = self._live_claim(tx, claim_id)
            row = Evidence(claim_id=claim.id, kind=kind, target=target, note=note, editor=editor, added_at=utcnow())
            tx.session.add(row)
            tx.session.flush()
            _changed(tx, claim)
            said = f" — {note}" if note else ""
            tx.record_event(
                claim.id, "evidence", claim.status, claim.status, f"evidence {row.id}: {target}{said}", editor
            )
            return EvidenceView(row.id, claim.id, kind, target, note, editor, row.added_at)

        return self.write(work)

    def undo(self, editor: str, *, claim_ids: Iterable[int] | None = None) -> list[EventView]:
        """Revert `editor`'s latest change that can be reverted (of these claims, if given), as new audit events.

        A change made to several claims at once (a bulk mark or assignment) is reverted whole. The log is never
        rewritten: each claim gets an undo event of its own, and an undone change is not undone twice. Refused
        when someone else has changed one of the claims since, and for merges (their history has moved).
        """
        wanted = set(claim_ids) if claim_ids is not None else None

        def work(tx: Transaction) -> list[EventView]:
            targets = _last_undoable(tx.session, editor, wanted)
            if not targets:
                raise NotFound(f"nothing of {editor}'s to undo")
            claims = {target.claim_id: self._live_claim(tx, target.claim_id) for target in targets}
            for target in targets:
                later = (
                    tx.session.exec(
                        select(StatusEvent.editor)
                        .where(
                            StatusEvent.claim_id == target.claim_id,
                            StatusEvent.id > target.id,
                            StatusEvent.editor != editor,
                        )
                        .limit(1)
                    )
                    .scalars()
                    .first()
                )
                if later is not None:
                    raise Conflict(
                        f"claim {target.claim_id} was changed by {later} after your {target.action}; "
                        "undo it by hand instead"
                    )
            at, events = utcnow(), []
            for target in targets:
                claim = claims[target.claim_id]
                what = _revert(tx, claim, target)
                _changed(tx, claim)
                events.append(
                    tx.record_event(
                        claim.id, "undo", target.to_status, claim.status, f"undid event {target.id}: {what}", editor, at
                    )
                )
            return events

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
            return tx.record_event(
                into_id, "merge", into.status, into.status, f"claim {from_id} merged in: {other.text}", editor
            )

        return self.write(work)

    def rewrite_actors(self, rewrite: ActorRewrite) -> dict[int, int]:
        """Create, update and delete actors, re-credit statements and replace the aliases, all in one transaction.

        Claims, links and the audit log are not touched. Raises `Conflict` when actors, aliases or statements
        changed since the rewrite was planned. Returns the ids the new actors were given (placeholder → id).
        """

        def work(tx: Transaction) -> dict[int, int]:
            session = tx.session
            aliases, actors, statements = Alias.__table__, Actor.__table__, Statement.__table__
            if session.get_bind().dialect.name == "postgresql":  # SQLite's writer already holds the only write lock
                session.connection().exec_driver_sql("LOCK TABLE actor, alias, statement IN SHARE ROW EXCLUSIVE MODE")
            if stamp_of_actors(session) != rewrite.expected:
                raise Conflict("actors or statements changed while the repair was being prepared; run it again")
            placeholders = sorted((a for a in rewrite.actors if a < 0), reverse=True)
            now = utcnow()
            created = dict(
                zip(
                    placeholders,
                    tx.add_actors(
                        [
                            {"name": name, "kind": kind, "role": role, "affiliation": "", "created_at": now}
                            for name, kind, role in (rewrite.actors[a] for a in placeholders)
                        ]
                    ),
                )
            )

            def real(actor_id: int | None) -> int | None:
                return created.get(actor_id, actor_id) if actor_id is not None else None

            kept = sorted(a for a in rewrite.actors if a > 0)
            for chunk in chunks(kept, 500):
                for actor in session.exec(select(Actor).where(Actor.id.in_(chunk))).scalars():
                    name, kind, role = rewrite.actors[actor.id]
                    if (actor.name, actor.kind, actor.role) != (name, kind, role):
                        actor.name, actor.kind, actor.role = name, kind, role
                        session.add(actor)
            session.flush()
            if rewrite.credits:
                session.connection().execute(
                    update(statements)
                    .where(statements.c.id == bindparam("statement"))
                    .values(actor_id=bindparam("actor")),
                    [{"statement": s, "actor": real(a)} for s, a in sorted(rewrite.credits.items())],
                )
            wanted = {key: (real(actor_id), alias) for key, (actor_id, alias) in rewrite.aliases.items()}
            stored = {
                key: (actor_id, alias)
                for actor_id, alias, key in session.exec(select(Alias.actor_id, Alias.alias, Alias.key))
            }
            stale = sorted(key for key, row in stored.items() if wanted.get(key) != row)
            for chunk in chunks(stale, 500):
                session.connection().execute(delete(aliases).where(aliases.c.key.in_(chunk)))
            tx.add_aliases(
                [
                    {"actor_id": actor_id, "alias": alias, "key": key}
                    for key, (actor_id, alias) in sorted(wanted.items())
                    if stored.get(key) != (actor_id, alias)
                ]
            )
            unneeded = sorted(set(session.exec(select(Actor.id)).scalars()) - set(kept) - set(created.values()))
            credited = exists().where(statements.c.actor_id == actors.c.id)
            for chunk in chunks(unneeded, 500):
                session.connection().execute(delete(actors).where(actors.c.id.in_(chunk), ~credited))
            return created

        return self.write(work)

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


def evidence_target(target: str) -> tuple[str, str]:
    """("url", the address) for http(s); ("file", its absolute path) for a file that exists; else `StoreError`."""
    target = " ".join(target.split())
    parts = urlsplit(target)
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return "url", target
    path = Path(target).expanduser()
    if not target or not path.is_file():
        if parts.scheme and len(parts.scheme) > 1:
            raise StoreError(f"{target!r}: evidence is an http(s) address or a file's path")
        raise StoreError(f"{target or 'evidence'}: no such file (evidence is an http(s) address or a file that exists)")
    return "file", str(path.resolve())


_UNDOABLE = ("status", "edit", "link", "unlink", "assign", "evidence")
_UNDONE = re.compile(r"^undid event (\d+):")
_STATEMENT_NOTE = re.compile(r"^statement (\d+) (?:was )?(\w+)(?: \(was (\w+), (\w+)\))?$")


def _expect(claim: Claim, expected_version: int | None) -> None:
    if expected_version is not None and claim.version != expected_version:
        raise Conflict(f"claim {claim.id} was changed by someone else since you opened it; reloaded")


def _last_undoable(session: Session, editor: str, claim_ids: set[int] | None) -> list[StatusEvent]:
    """The events of the editor's latest change not undone yet: one, or all of a change made to several claims at
    once (they share their time); an undo event is itself not undone."""
    undone: set[int] = set()
    statement = (
        select(StatusEvent)
        .where(StatusEvent.editor == editor, StatusEvent.action.in_((*_UNDOABLE, "undo")))
        .order_by(StatusEvent.id.desc())
    )
    if claim_ids is not None:
        statement = statement.where(StatusEvent.claim_id.in_(sorted(claim_ids)))
    change: list[StatusEvent] = []
    for event in session.exec(statement.execution_options(yield_per=200)).scalars():
        if change and (event.at != change[0].at or event.action != change[0].action):
            break
        if event.action == "undo":
            found = _UNDONE.match(event.note)
            if found:
                undone.add(int(found.group(1)))
        elif event.id not in undone:
            change.append(event)
    return change


def _revert(tx: Transaction, claim: Claim, event: StatusEvent) -> str:
    """Put the claim back as it was before `event`; say what was put back."""
    session = tx.session
    if event.action == "status":
        before = (
            session.exec(
                select(StatusEvent.note)
                .where(
                    StatusEvent.claim_id == claim.id,
                    StatusEvent.id < event.id,
                    StatusEvent.action.in_(("status", "import", "undo")),
                )
                .order_by(StatusEvent.id.desc())
                .limit(1)
            )
            .scalars()
            .first()
        )
        claim.status = event.from_status
        claim.status_note = "" if before is None or before.startswith("undid event") else before
        return f"status back to {event.from_status}"
    if event.action == "assign":
        previous = event.note.rsplit("; was ", 1)[-1] if "; was " in event.note else ""
        claim.assignee = previous
        return f"assignee back to {previous or 'nobody'}"
    if event.action == "edit":
        claim.text = event.note.removeprefix("text was: ")  # the match key already holds the old words too
        return "text restored"
    if event.action == "evidence":
        evidence_id = int(event.note.split(":", 1)[0].removeprefix("evidence "))
        row = session.get(Evidence, evidence_id)
        if row is not None:
            row.removed = True
            session.add(row)
        return f"evidence {evidence_id} withdrawn"
    found = _STATEMENT_NOTE.match(event.note)
    if found is None:
        raise StoreError(f"event {event.id} cannot be undone")
    statement_id, relation, old_relation, old_origin = found.groups()
    link = (
        session.exec(
            select(ClaimLink).where(ClaimLink.claim_id == claim.id, ClaimLink.statement_id == int(statement_id))
        )
        .scalars()
        .first()
    )
    if event.action == "link":
        if old_relation and link is not None:
            link.relation, link.origin = old_relation, old_origin
            session.add(link)
            return f"statement {statement_id} back to {old_relation}"
        if link is not None:
            session.delete(link)
        return f"statement {statement_id} unlinked"
    if link is None:
        session.add(
            ClaimLink(
                claim_id=claim.id, statement_id=int(statement_id), relation=relation, origin="manual", score=100.0
            )
        )
    return f"statement {statement_id} {relation} again"


def _changed(tx: Transaction, claim: Claim) -> None:
    """A claim changed: a new version (what the optimistic check compares) and a new time."""
    claim.version += 1
    claim.updated_at = utcnow()
    tx.session.add(claim)


@lru_cache(maxsize=None)
def _returning_insert(table: Any) -> Any:
    """One INSERT … RETURNING id per table, built once: SQLAlchemy then reuses its compiled form."""
    return insert(table).returning(table.c.id, sort_by_parameter_order=True)
