"""The workers that save a claim change: each is store calls in a thread, recorded with the editor's name.

A single claim's change carries the version shown, so a claim someone else changed meanwhile is refused and
comes back as a `Retry` (the claim as it is now, with the editor's note or text) for the screen to offer again.
Either way the screen hears the outcome, and its list reads the database again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import work
from textual.message import Message

from claimtrack.config import default_editor
from claimtrack.errors import ClaimtrackError
from claimtrack.i18n import count, status_word, text
from claimtrack.store import ClaimView, Conflict, Store


@dataclass(frozen=True)
class Retry:
    """A change refused by a conflict, to offer again on the reloaded claim: the status and note, or the text."""

    claim: ClaimView  # as it is now
    status: str = ""
    note: str = ""
    text: str = ""


class ClaimChanges:
    """Mixed into a claim screen: the changes it saves, and the messages that say how each went."""

    store: Store

    class Changed(Message):
        """A change was saved; `note` says what, for a notice."""

        def __init__(self, claim_ids: list[int], note: str) -> None:
            super().__init__()
            self.claim_ids = claim_ids
            self.note = note

    class Refused(Message):
        """A change was not saved: a conflicting edit, a merged claim, a busy database."""

        def __init__(self, reason: str, conflict: bool, retry: Retry | None = None) -> None:
            super().__init__()
            self.reason = reason
            self.conflict = conflict
            self.retry = retry

    @work(thread=True, exit_on_error=False, group="write")
    def mark(self, claim_id: int, version: int, status: str, note: str) -> None:
        self._save(
            [claim_id],
            lambda: self.store.mark(claim_id, status, note, default_editor(), expected_version=version),
            text("notice_marked", claim=claim_id, status=status_word(status)),
            retry=lambda fresh: Retry(fresh, status=status, note=note),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def mark_many(self, claim_ids: list[int], status: str, note: str) -> None:
        self._save(
            claim_ids,
            lambda: self.store.mark_many(claim_ids, status, note, default_editor()),
            text("notice_marked_many", claims=count(len(claim_ids), "claim"), status=status_word(status)),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def assign_many(self, claim_ids: list[int], name: str, version: int | None) -> None:
        def change() -> None:
            self.store.assign_many(claim_ids, name, default_editor(), expected_version=version)

        label = f"{text('claim')} {claim_ids[0]}" if len(claim_ids) == 1 else count(len(claim_ids), "claim")
        said = text("notice_assigned", claims=label, name=name) if name else text("notice_unassigned", claims=label)
        self._save(claim_ids, change, said)

    @work(thread=True, exit_on_error=False, group="write")
    def add_evidence(self, claim_id: int, target: str, note: str) -> None:
        self._save(
            [claim_id],
            lambda: self.store.add_evidence(claim_id, target, note, default_editor()),
            text("notice_evidence_added", claim=claim_id),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def undo(self) -> None:
        try:
            events = self.store.undo(default_editor())
        except ClaimtrackError as exc:
            self.post_message(self.Refused(str(exc), conflict=isinstance(exc, Conflict)))
            return
        claim_ids = [event.claim_id for event in events]
        said = (
            text("notice_undone", claim=claim_ids[0], what=events[0].note)
            if len(events) == 1
            else text("notice_undone_many", claims=count(len(events), "claim"))
        )
        self.post_message(self.Changed(claim_ids, said))

    @work(thread=True, exit_on_error=False, group="write")
    def edit_text(self, claim_id: int, version: int, wording: str) -> None:
        def change() -> None:
            self.app.tracker.edit_claim_text(  # type: ignore[attr-defined]
                claim_id, wording, default_editor(), expected_version=version
            )

        self._save(
            [claim_id],
            change,
            text("notice_text_saved", claim=claim_id),
            retry=lambda fresh: Retry(fresh, text=wording),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def link(self, claim_id: int, statement_id: int, relation: str) -> None:
        self._save(
            [claim_id],
            lambda: self.store.link_statement(claim_id, statement_id, relation, default_editor()),
            text("notice_linked", statement=statement_id, relation=relation, claim=claim_id),
        )

    @work(thread=True, exit_on_error=False, group="write")
    def merge(self, into_id: int, from_id: int) -> None:
        def change() -> None:
            self.app.tracker.merge_claims(into_id, from_id, default_editor())  # type: ignore[attr-defined]

        self._save([into_id], change, text("notice_claims_merged", merged=from_id, into=into_id))

    def _save(
        self,
        claim_ids: list[int],
        change: Callable[[], object],
        note: str,
        retry: Callable[[ClaimView], Retry] | None = None,
    ) -> None:
        """Make the change, then say what happened (which reloads)."""
        outcome: Message
        try:
            change()
        except Conflict as exc:
            again = None
            if retry is not None and len(claim_ids) == 1:
                again = retry(self.store.claim(claim_ids[0], with_history=True))
            outcome = self.Refused(str(exc), conflict=True, retry=again)
        except ClaimtrackError as exc:
            outcome = self.Refused(str(exc), conflict=False)
        else:
            outcome = self.Changed(claim_ids, note)
        self.post_message(outcome)
