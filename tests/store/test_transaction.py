"""The Transaction methods the tracker uses instead of reaching for the session or sqlalchemy.exc."""

from __future__ import annotations

import pytest

from claimtrack.store import Refused, StoreError


def test_a_refused_row_raises_refused_and_nothing_is_written(store):
    source = {
        "title": "t",
        "outlet": "",
        "url": "",
        "language": "id",
        "published_at": None,
        "dateline": "",
        "credit": "",
        "origin": "a.txt",
        "text": "body",
        "sha256": "0" * 64,
    }
    with pytest.raises(Refused) as raised:
        with store.transaction() as tx:
            tx.add_sources([source])
            with tx.refusals():
                tx.add_sources([{**source, "origin": "b.txt"}])  # the same content hash: a unique key
    assert isinstance(raised.value, StoreError) and "sha256" in str(raised.value).lower()
    assert store.counts()["sources"] == 0


def test_update_claim_keeps_changes_without_a_new_version_or_event(store):
    with store.transaction() as tx:
        claim_id = tx.add_claim(text="Harga beras naik", language="id", checkworthiness=0.2)
    before = store.claim(claim_id)
    with store.transaction() as tx:
        claim = tx.claims_for_update([claim_id])[claim_id]
        claim.checkworthiness = 0.9
        tx.update_claim(claim)
    after = store.claim(claim_id)
    assert after.checkworthiness == 0.9 and after.version == before.version and after.history == []
    assert after.updated_at >= before.updated_at


def test_rows_prepared_elsewhere_load_with_their_ids_and_searchable_claims_are_found(store):
    from claimtrack.models import Claim, utcnow
    from claimtrack.store import ClaimQuery

    now = utcnow()
    rows = [
        {
            "id": claim_id,
            "text": text,
            "language": "en",
            "status": "unverified",
            "status_note": "",
            "checkworthiness": 0.7,
            "needs_review": False,
            "review_reason": "",
            "origin": "extracted",
            "provenance": "",
            "match_key": "",
            "assignee": "",
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for claim_id, text in ((7, "Rice prices doubled since March"), (9, "The bridge was built in eleven months"))
    ]
    with store.transaction() as tx:
        tx.load_rows(Claim, rows, searchable=True)
    assert store.claim_ids(ClaimQuery(sort="id")) == [7, 9]
    assert [c.id for c in store.claims(ClaimQuery(search="bridge"))] == [9]
