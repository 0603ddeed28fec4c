"""The tables: sources, actors and their aliases, statements, claims, claim links and the audit log."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import Column, Index, LargeBinary, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from claimtrack import statuses

STATUSES = statuses.names()  # in triage order, from data/statuses.toml
RELATIONS = ("asserts", "supports", "contradicts")
QUOTES = ("direct", "indirect", "mixed")
STANCES = ("assert", "deny")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Source(SQLModel, table=True):
    """One ingested article; `text` is the clean body that statement offsets index into."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    outlet: str = ""
    url: str = ""
    language: str = ""
    published_at: date | None = Field(default=None, index=True)
    dateline: str = ""
    credit: str = ""
    origin: str = ""
    text: str = Field(sa_column=Column(Text, nullable=False))
    sha256: str = Field(unique=True, max_length=64)
    ingested_at: datetime = Field(default_factory=utcnow)


class Actor(SQLModel, table=True):
    """A speaker, person or organisation, under its canonical name."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    kind: str = "person"
    role: str = ""
    affiliation: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class Alias(SQLModel, table=True):
    """Another name for an actor; `key` is the folded form and is unique, so a name means one actor."""

    id: int | None = Field(default=None, primary_key=True)
    actor_id: int = Field(foreign_key="actor.id", index=True, ondelete="CASCADE")
    alias: str
    key: str = Field(unique=True)


class Statement(SQLModel, table=True):
    """One attributed utterance in a source; `start`/`end` are offsets into Source.text."""

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True, ondelete="CASCADE")
    actor_id: int | None = Field(default=None, foreign_key="actor.id", index=True)
    local_id: str = ""
    speaker_mention: str = ""
    speaker_role: str = ""
    cue: str = ""
    content: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    sentence_start: int = 0
    sentence_end: int = 0
    quote: str = "indirect"
    stance: str = "assert"
    said_on: date | None = None
    date_text: str = ""
    checkworthiness: float = 0.0
    responds_to_id: int | None = Field(default=None, foreign_key="statement.id")


class Claim(SQLModel, table=True):
    """A checkable proposition in canonical words, with its verification status."""

    __table_args__ = (Index("ix_claim_triage", "status", "checkworthiness"),)

    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    language: str = ""
    status: str = Field(default="unverified", index=True)
    status_note: str = ""
    checkworthiness: float = 0.0
    first_seen: date | None = None
    needs_review: bool = False
    review_reason: str = ""
    origin: str = "extracted"  # extracted, imported, manual
    provenance: str = ""  # for imported verdicts: who checked it, where
    match_key: str = ""  # normalised words used for matching
    merged_into_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    assignee: str = Field(default="", index=True)  # the editor checking it; "" for nobody
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class MatchTerm(SQLModel, table=True):
    """A match-key term and how many live claims hold it: the persisted claim index's term frequencies. The empty
    term, which every key holds, counts the claims indexed."""

    term: str = Field(primary_key=True)
    claims: int = 0


class TermPostings(SQLModel, table=True):
    """A block of the persisted claim index: up to 480 live claims whose match key holds `term`, packed with the
    number of terms each key holds (candidates are ranked by it without reading the claims), from claim `first_id` up
    to the term's next block (migrations/claim_postings.py). Kept with the claims (store/posting_blocks.py) as they
    are added, edited and merged; read by term, a few rows a term, so the primary key is (term, first_id)."""

    term: str = Field(primary_key=True)
    first_id: int = Field(primary_key=True)
    postings: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ClaimLink(SQLModel, table=True):
    """A statement's place in a claim: it asserts, supports or contradicts it."""

    __table_args__ = (UniqueConstraint("claim_id", "statement_id", name="uq_claimlink_claim_statement"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True, ondelete="CASCADE")
    statement_id: int = Field(foreign_key="statement.id", index=True, ondelete="CASCADE")
    relation: str = "asserts"
    origin: str = "auto"  # auto, manual
    score: float = 0.0
    created_at: datetime = Field(default_factory=utcnow)


class Evidence(SQLModel, table=True):
    """What an editor found while checking a claim: a web page or a document, with a note."""

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    kind: str = "url"  # url, file
    target: str = Field(sa_column=Column(Text, nullable=False))
    note: str = ""
    editor: str = ""
    added_at: datetime = Field(default_factory=utcnow)
    removed: bool = False  # evidence is withdrawn (by undo), never deleted: the audit log refers to it


class StatusEvent(SQLModel, table=True):
    """The audit log: one row per change to a claim. Rows are never updated or deleted.

    Each row carries the hash of the claim's previous event; one successor per event keeps the chain unforked.
    """

    __table_args__ = (Index("ux_statusevent_chain", "claim_id", "prev_hash", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    action: str = "status"  # status, edit, merge, link, unlink, flag, import, assign, evidence, undo, speaker
    from_status: str = ""
    to_status: str = ""
    note: str = ""
    editor: str = ""
    at: datetime = Field(default_factory=utcnow)
    prev_hash: str = ""
    hash: str = ""
