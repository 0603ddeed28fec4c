"""What an editor changes on a claim itself: its status and note, its wording, who checks it, and the evidence
attached to it. Each change is one transaction with its audit event."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from claimtrack import statuses
from claimtrack.errors import StoreError
from claimtrack.models import Evidence
from claimtrack.store.edits import Edits, Transaction
from claimtrack.store.views import EventView, EvidenceView

LANGUAGE_WAS = " · language was: "  # after "text was: …" in an edit's note when the language changed


class ClaimEdits(Edits):
    """Status, text, assignee and evidence of claims."""

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
            at, events = tx.now(), []
            for claim_id in ids:
                claim = self._live_claim(tx, claim_id, expected_version)
                previous = claim.status
                claim.status = status
                claim.status_note = note
                claim.needs_review = False
                claim.review_reason = ""
                tx.changed(claim)
                events.append(tx.record_event(claim.id, "status", previous, status, note, editor, at))
            return events

        return self.write(work)

    def edit_text(
        self,
        claim_id: int,
        text: str,
        editor: str,
        *,
        match_key: str,
        expected_version: int | None = None,
        language: str | None = None,
    ) -> EventView:
        """New wording, and the language it is written in when that changes (kept in the note, for undo)."""
        text = " ".join(text.split())
        if not text:
            raise StoreError("the claim text cannot be empty")

        def work(tx: Transaction) -> EventView:
            tx.lock_claims()  # the index changes with the key
            claim = self._live_claim(tx, claim_id, expected_version)
            note = f"text was: {claim.text}"
            if language and language != claim.language:
                note += f"{LANGUAGE_WAS}{claim.language}"
                claim.language = language
            claim.text = text
            tx.index.replace(claim.id, claim.match_key, match_key)
            claim.match_key = match_key
            tx.changed(claim)
            tx.reindex_text(claim_id, text)
            return tx.record_event(claim.id, "edit", claim.status, claim.status, note, editor)

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
            at, events = tx.now(), []
            for claim_id in ids:
                claim = self._live_claim(tx, claim_id, expected_version)
                previous = claim.assignee
                claim.assignee = assignee
                tx.changed(claim)
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
            row = Evidence(claim_id=claim.id, kind=kind, target=target, note=note, editor=editor, added_at=tx.now())
            tx.session.add(row)
            tx.session.flush()
            tx.changed(claim)
            said = f" — {note}" if note else ""
            tx.record_event(
                claim.id, "evidence", claim.status, claim.status, f"evidence {row.id}: {target}{said}", editor
            )
            return EvidenceView(row.id, claim.id, kind, target, note, editor, row.added_at)

        return self.write(work)


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
