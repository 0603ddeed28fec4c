"""What an editor changes between claims and statements: a statement linked to a claim (or its relation changed),
unlinked, and two claims merged into one. Each change is one transaction with its audit event."""

from __future__ import annotations

from sqlalchemy import select

from claimtrack.errors import NotFound, StoreError
from claimtrack.models import ClaimLink, Statement
from claimtrack.store.edits import Edits, Transaction
from claimtrack.store.views import EventView


class LinkEdits(Edits):
    """Links between claims and statements, and merges of claims."""

    def link_statement(self, claim_id: int, statement_id: int, relation: str, editor: str) -> EventView:
        def work(tx: Transaction) -> EventView:
            claim = self._live_claim(tx, claim_id)
            statement = tx.session.get(Statement, statement_id)
            if statement is None:
                raise NotFound(f"no statement with id {statement_id}")
            existing = tx.claim_link(claim_id, statement_id)
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
            tx.changed(claim)
            return tx.record_event(
                claim_id, "link", claim.status, claim.status, f"statement {statement_id} {relation}{was}", editor
            )

        return self.write(work)

    def unlink_statement(self, claim_id: int, statement_id: int, editor: str) -> EventView:
        def work(tx: Transaction) -> EventView:
            claim = self._live_claim(tx, claim_id)
            existing = tx.claim_link(claim_id, statement_id)
            if existing is None:
                raise NotFound(f"statement {statement_id} is not linked to claim {claim_id}")
            note = f"statement {statement_id} was {existing.relation} ({existing.origin})"  # what undo puts back
            tx.session.delete(existing)
            tx.changed(claim)
            return tx.record_event(claim_id, "unlink", claim.status, claim.status, note, editor)

        return self.write(work)

    def merge_claims(self, into_id: int, from_id: int, editor: str) -> EventView:
        """Fold `from_id` into `into_id`: its links move over and it points at `into_id`, kept so old ids resolve."""
        if into_id == from_id:
            raise StoreError("cannot merge a claim into itself")

        def work(tx: Transaction) -> EventView:
            tx.lock_claims()  # the merged claim leaves the index
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
            tx.index.remove([(from_id, other.match_key)])
            tx.changed(other)
            into.checkworthiness = max(into.checkworthiness, other.checkworthiness)
            if other.first_seen and (into.first_seen is None or other.first_seen < into.first_seen):
                into.first_seen = other.first_seen
            tx.changed(into)
            tx.session.add_all([into, other])
            tx.record_event(from_id, "merge", other.status, other.status, f"merged into claim {into_id}", editor)
            return tx.record_event(
                into_id, "merge", into.status, into.status, f"claim {from_id} merged in: {other.text}", editor
            )

        return self.write(work)
