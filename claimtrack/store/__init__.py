"""The database: the only part of claimtrack that opens sessions. SQLite (a file path) by default, PostgreSQL (or any
SQLAlchemy URL) when a newsroom shares one database.

engine   where the database is, engines, SQLite pragmas, bounded retries
schema   create, upgrade (Alembic) and back up
views    what reads return (ClaimView, StatementView, EventView, ActorView, StatementCredit, SourceText) and ClaimQuery
queries  every read: claim_lists (filters, sorts, counts), claim_detail (claims whole), actor_reads, source_reads
edits    the one door for writes: the Transaction (bulk rows, the audit chain) and `Edits` (a retried transaction),
         on which the editors' changes build: claim_edits (status, text, assignee, evidence), link_edits (links,
         merged claims), actor_edits (merged actors, `actors --repair`) and undo; each writes its audit event
audit    verifying the audit chain
"""

from __future__ import annotations

from claimtrack.errors import Conflict, NotFound, Refused, StoreError
from claimtrack.store.actor_edits import ActorEdits, ActorRewrite
from claimtrack.store.audit import AuditBreak, AuditReport, event_hash, verify
from claimtrack.store.claim_edits import ClaimEdits
from claimtrack.store.edits import Transaction
from claimtrack.store.engine import DEFAULT_DB, database_url, make_engine
from claimtrack.store.link_edits import LinkEdits
from claimtrack.store.queries import Queries
from claimtrack.store.schema import Schema, SchemaChange
from claimtrack.store.undo import Undo
from claimtrack.store.views import (
    RELATION_ORDER,
    TRIAGE_ORDER,
    ActorView,
    ClaimQuery,
    ClaimView,
    EventView,
    SourceText,
    SpeakerClaim,
    SpeakerRecord,
    StatementCredit,
    StatementView,
)

__all__ = [
    "DEFAULT_DB",
    "ActorRewrite",
    "RELATION_ORDER",
    "TRIAGE_ORDER",
    "ActorView",
    "AuditBreak",
    "AuditReport",
    "ClaimQuery",
    "ClaimView",
    "Conflict",
    "EventView",
    "NotFound",
    "Refused",
    "SchemaChange",
    "SourceText",
    "SpeakerClaim",
    "SpeakerRecord",
    "StatementCredit",
    "StatementView",
    "Store",
    "StoreError",
    "Transaction",
    "database_url",
    "event_hash",
    "make_engine",
]


class Store(Schema, Queries, ClaimEdits, LinkEdits, ActorEdits, Undo):
    """One database: its schema, its reads (Queries), and the editors' changes, which all write through one door
    (`Edits`, the `Transaction` and its audit chain)."""

    def __init__(self, url: str | None = None, *, create: bool = True):
        self.url = database_url(url) if url is None or "://" not in url else url
        self.engine = make_engine(self.url)
        if create:
            self.create_schema()

    def verify_audit(self) -> AuditReport:
        """Check every claim's chain of events; report the first broken link of each claim."""
        with self._read() as session:
            return verify(session)
