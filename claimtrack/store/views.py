"""What the store's reads return: plain, typed read models with `to_dict()` for the JSON contracts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from claimtrack.models import RELATIONS, STATUSES


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
    actor_id: int | None = None
    language: str = ""  # its source's

    def to_dict(self) -> dict[str, Any]:
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "claim_id": self.claim_id,
            "action": self.action,
            "from": self.from_status,
            "to": self.to_status,
            "note": self.note,
            "editor": self.editor,
            "at": self.at.isoformat(timespec="seconds"),
        }


@dataclass
class EvidenceView:
    id: int
    claim_id: int
    kind: str  # url, file
    target: str
    note: str
    editor: str
    added_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "target": self.target,
            "note": self.note,
            "editor": self.editor,
            "added_at": self.added_at.isoformat(timespec="seconds"),
        }


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
    assignee: str = ""
    statements: list[StatementView] = field(default_factory=list)
    history: list[EventView] = field(default_factory=list)
    evidence: list[EvidenceView] = field(default_factory=list)

    def by_relation(self, relation: str) -> list[StatementView]:
        return [s for s in self.statements if s.relation == relation]

    @property
    def contested(self) -> bool:
        return any(s.relation == "contradicts" for s in self.statements)

    @property
    def asserted_by(self) -> list[str]:
        """Who asserts the claim, each actor once: an entity known in several languages by the name a statement in
        the claim's language shows ("White House" for an English claim also asserted in an Indonesian article)."""
        shown: dict[object, tuple[str, bool]] = {}  # actor → (name, from a statement in the claim's language)
        for s in self.statements:
            key = s.actor_id if s.actor_id is not None else s.speaker
            if s.relation == "asserts" and (key not in shown or s.language == self.language and not shown[key][1]):
                shown[key] = (s.speaker, s.language == self.language)
        return list(dict.fromkeys(name for name, _ in shown.values()))

    @property
    def first_by(self) -> str:
        asserting = [s for s in self.statements if s.relation in ("asserts", "supports")]
        return asserting[0].speaker if asserting else ""

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(s.source for s in self.statements))

    @property
    def context(self) -> str:
        """The headline of the article the claim was first seen in (its first asserting or supporting statement's,
        else its first statement's): what the claim is about when its own words leave the place, the case or the
        programme to the story ("Sebanyak 186 siswa keracunan usai santap MBG" in "186 Siswa di Garut Keracunan
        …"). Shown beside the claim wherever it is listed; "" when the claim has no statement or its source no
        title."""
        asserting = [s for s in self.statements if s.relation in ("asserts", "supports")]
        first = asserting[0] if asserting else self.statements[0] if self.statements else None
        return first.source if first is not None else ""

    @property
    def verdict_event(self) -> EventView | None:
        """The audit event that set the current status (a mark here, or an import), when the history is loaded."""
        setting = [e for e in self.history if e.action in ("status", "import") and e.to_status == self.status]
        return setting[-1] if setting else None

    def to_dict(self, *, with_history: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "language": self.language,
            "status": self.status,
            "status_note": self.status_note,
            "checkworthiness": self.checkworthiness,
            "first_seen": self.first_seen.isoformat() if self.first_seen else None,
            "first_seen_by": self.first_by,
            "context": self.context,
            "needs_review": self.needs_review,
            "review_reason": self.review_reason,
            "origin": self.origin,
            "previously_checked": self.origin == "imported",
            "provenance": self.provenance,
            "version": self.version,
            "assignee": self.assignee,
            "statements": [s.to_dict() for s in self.statements],
            "evidence": [e.to_dict() for e in self.evidence],
        }
        if with_history:
            data["history"] = [e.to_dict() for e in self.history]
        return data


@dataclass
class Asserted:
    """What a claim's `asserts` statements hold, as the tracker weighs a new statement against them: their actors,
    their cues and their words."""

    actors: set[int] = field(default_factory=set)
    cues: set[str] = field(default_factory=set)
    contents: list[str] = field(default_factory=list)


@dataclass
class ActorView:
    id: int
    name: str
    kind: str
    role: str
    aliases: list[str]
    statements: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "aliases": self.aliases,
            "statements": self.statements,
        }


@dataclass
class SpeakerClaim:
    """A claim a speaker's statement is linked to, with how the statement bears on it."""

    id: int
    text: str
    status: str
    relation: str
    said: date | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "status": self.status,
            "relation": self.relation,
            "said": self.said.isoformat() if self.said else None,
        }


@dataclass
class SpeakerRecord:
    """An actor's track record: names, roles, statements per month, and the claims they asserted by verdict."""

    actor: ActorView
    roles: list[tuple[str, int]]  # role as articles give it, with how many statements carry it
    months: list[tuple[str, int]]  # "YYYY-MM" (said, else published) → statements, oldest first; "" undated
    verdicts: dict[str, int]  # status → claims the actor asserted
    claims: list[SpeakerClaim]  # every claim their statements are linked to, newest first

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.actor.to_dict(),
            "roles": [{"role": role, "statements": count} for role, count in self.roles],
            "statements_by_month": [{"month": month or None, "statements": count} for month, count in self.months],
            "asserted_claims_by_status": self.verdicts,
            "claims": [claim.to_dict() for claim in self.claims],
        }


@dataclass(frozen=True)
class SourceText:
    """A stored article as extraction reads it again: the clean body statements index into, and its metadata."""

    id: int
    title: str
    language: str
    published: date | None
    text: str


@dataclass(frozen=True)
class StatementCredit:
    """Where a stored statement sits and whom it is credited to; `local_id` is empty for statements that came in
    with imported verdicts rather than from extraction."""

    id: int
    source_id: int
    actor_id: int | None
    start: int
    end: int
    local_id: str
    speaker_mention: str
    speaker_role: str


SORTS = ("triage", "recent", "checkworthiness", "sources", "id")


@dataclass
class ClaimQuery:
    """Which claims, in which order. Every filter narrows: a claim must pass them all."""

    statuses: tuple[str, ...] = ()
    speaker: str = ""  # an actor by any alias, whole words ("AHY" is not Eri Cahyadi)
    actor_ids: tuple[int, ...] = ()  # claims with a statement by one of these actors
    search: str = ""
    claim_ids: tuple[int, ...] = ()
    since: date | None = None  # a statement said (else published) on or after this day
    until: date | None = None  # ... on or before this day
    outlet: str = ""  # a statement in an outlet whose name contains this (any case)
    assignee: str | None = None  # None: anyone's; "": nobody's
    language: str = ""
    contested: bool | None = None  # True: some statement contradicts it
    previously_checked: bool | None = None  # True: an earlier fact-check (imported verdict)
    sort: str = "triage"  # one of SORTS; recent: the latest statement first
    limit: int | None = None
    offset: int = 0

    @property
    def narrowed(self) -> bool:
        """Whether any filter is set (an empty answer then means "nothing matches", not "nothing yet")."""
        return any(
            (
                self.statuses,
                self.speaker,
                self.actor_ids,
                self.search,
                self.claim_ids,
                self.since,
                self.until,
                self.outlet,
                self.assignee is not None,
                self.language,
                self.contested is not None,
                self.previously_checked is not None,
            )
        )


TRIAGE_ORDER = {status: rank for rank, status in enumerate(STATUSES)}
RELATION_ORDER = {relation: rank for rank, relation in enumerate(RELATIONS)}
