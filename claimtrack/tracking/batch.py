"""What one ingest batch decides and reports: each document's plan (applied to the tracker's caches once committed),
the rows written once at the batch's end, a document that failed, and the result of each document."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from claimtrack.match import ClaimIndex
from claimtrack.store import Transaction
from claimtrack.tracking.actors import ActorChanges


@dataclass
class IngestResult:
    origin: str
    status: str  # added, duplicate
    source_id: int | None = None
    title: str = ""
    statements: int = 0
    new_claims: list[int] = field(default_factory=list)
    joined_claims: list[int] = field(default_factory=list)
    flagged_claims: list[int] = field(default_factory=list)


@dataclass
class Plan:
    """What one document's transaction decided, applied to the tracker's caches only after it commits."""

    new_keys: dict[int, str] = field(default_factory=dict)
    new_texts: dict[int, str] = field(default_factory=dict)  # placeholder id → text, until inserted
    actors: ActorChanges = field(default_factory=ActorChanges)
    local_index: ClaimIndex | None = None  # this document's new claims, which later statements may join


@dataclass
class Deferred:
    """Rows nothing else in the batch reads back, inserted once at the end of the batch."""

    aliases: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)
    responses: list[tuple[int, int]] = field(default_factory=list)

    def flush(self, tx: Transaction) -> None:
        tx.add_aliases(self.aliases)
        tx.add_links(self.links)
        tx.set_responds_to(self.responses)


class DocumentFailed(Exception):
    """One document of a batch could not be stored; the batch is rolled back and retried one by one."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin, self.reason = origin, reason


def earliest(a: date | None, b: date | None) -> date | None:
    """The earlier of two dates, either of which may be unknown."""
    return min(a, b) if a and b else a or b
