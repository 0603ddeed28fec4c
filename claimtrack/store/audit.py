"""The tamper-evident audit log: each claim's events form a hash chain; `verify` names the first broken link."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlmodel import Session

from claimtrack.models import Claim, StatusEvent


def event_hash(
    prev_hash: str, claim_id: int, action: str, from_status: str, to_status: str, note: str, editor: str, at: datetime
) -> str:
    """Hash of one audit event, chained to the previous event of the same claim."""
    payload = json.dumps(
        [prev_hash, claim_id, action, from_status, to_status, note, editor, at.isoformat()],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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


def verify(session: Session) -> AuditReport:
    """Check every claim's chain of events; report the first broken link of each claim."""
    report = AuditReport()
    statuses: dict[int, str] = dict(session.exec(select(Claim.id, Claim.status)).all())
    previous: dict[int, StatusEvent] = {}
    broken: set[int] = set()
    rows = session.exec(
        select(StatusEvent).order_by(StatusEvent.claim_id, StatusEvent.id).execution_options(yield_per=2000)
    )
    for event in rows.scalars():
        report.events += 1
        if event.claim_id in broken:
            continue
        before = previous.get(event.claim_id)
        expected_prev = before.hash if before else ""
        if event.prev_hash != expected_prev:
            where = f"event {before.id}" if before else "no earlier event"
            report.breaks.append(
                AuditBreak(
                    event.claim_id,
                    event.id,
                    f"its previous-hash does not match {where}: an event before it was removed, inserted or changed",
                )
            )
            broken.add(event.claim_id)
        elif event.hash != event_hash(
            event.prev_hash,
            event.claim_id,
            event.action,
            event.from_status,
            event.to_status,
            event.note,
            event.editor,
            event.at,
        ):
            report.breaks.append(
                AuditBreak(
                    event.claim_id,
                    event.id,
                    "its contents do not match its hash: the event was changed after it was written",
                )
            )
            broken.add(event.claim_id)
        previous[event.claim_id] = event
    for claim_id, status in sorted(statuses.items()):
        report.claims += 1
        last = previous.get(claim_id)
        if claim_id in broken:
            continue
        if last is not None and last.to_status != status:
            report.breaks.append(
                AuditBreak(
                    claim_id,
                    last.id,
                    f"the claim's status is {status!r} but its last event "
                    f"says {last.to_status!r}: the status was changed outside the audit log",
                )
            )
        elif last is None and status != "unverified":
            report.breaks.append(
                AuditBreak(
                    claim_id,
                    None,
                    f"the claim's status is {status!r} but it has no audit "
                    "event: the status was changed outside the audit log",
                )
            )
    heads = "".join(f"{claim_id}:{event.hash}\n" for claim_id, event in sorted(previous.items()))
    report.digest = hashlib.sha256(heads.encode()).hexdigest()
    report.breaks.sort(key=lambda b: b.claim_id)
    return report
