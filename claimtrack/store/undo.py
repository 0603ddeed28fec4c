"""Undo: an editor's latest change put back, recorded as new audit events (the log is never rewritten)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session

from claimtrack.errors import Conflict, NotFound, StoreError
from claimtrack.models import Claim, ClaimLink, Evidence, StatusEvent
from claimtrack.store.claim_edits import LANGUAGE_WAS
from claimtrack.store.edits import Edits, Transaction
from claimtrack.store.views import EventView


class Undo(Edits):
    """Reverting the editors' own changes."""

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
                            StatusEvent.action != "speaker",  # a speaker merge leaves the claim itself as it was
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
            at, events = tx.now(), []
            for target in targets:
                claim = claims[target.claim_id]
                what = _revert(tx, claim, target)
                tx.changed(claim)
                events.append(
                    tx.record_event(
                        claim.id, "undo", target.to_status, claim.status, f"undid event {target.id}: {what}", editor, at
                    )
                )
            return events

        return self.write(work)


_UNDOABLE = ("status", "edit", "link", "unlink", "assign", "evidence")
_UNDONE = re.compile(r"^undid event (\d+):")
# "statement 7 supports", "statement 7 supports (was contradicts, auto)" (link), "statement 7 was asserts (auto)"
# (unlink; older unlinks did not say the origin)
_STATEMENT_NOTE = re.compile(r"^statement (\d+) (?:was )?(\w+)(?: \((?:was (\w+), )?(\w+)\))?$")


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
        note = event.note.removeprefix("text was: ")
        text, changed, language = note.rpartition(LANGUAGE_WAS)
        if not changed:  # the language stayed
            text, language = note, ""
        claim.text = text  # the match key already holds the old words too
        tx.reindex_text(claim.id, text)
        if language:
            claim.language = language
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
    link = tx.claim_link(claim.id, int(statement_id))
    if event.action == "link":
        if old_relation and link is not None:
            link.relation, link.origin = old_relation, old_origin
            session.add(link)
            return f"statement {statement_id} back to {old_relation}"
        if link is not None:
            session.delete(link)
        return f"statement {statement_id} unlinked"
    if link is None:
        origin = old_origin or "manual"  # the match score of an automatic link is not kept: nothing reads it
        session.add(
            ClaimLink(claim_id=claim.id, statement_id=int(statement_id), relation=relation, origin=origin, score=100.0)
        )
    return f"statement {statement_id} {relation} again"
