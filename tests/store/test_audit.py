"""The tamper-evident audit log: `claimtrack audit verify` finds an edited, removed or forged event."""

from __future__ import annotations

import json
import sqlite3

import pytest


@pytest.fixture
def history(store) -> tuple[int, list[int]]:
    """A claim with four audit events; returns its id and the event ids."""
    claim_id = store.write(lambda tx: tx.add_claim(text="Korea Utara mengirimkan senjata kepada Rusia", language="id"))
    for status, note in (
        ("in_review", "taken"),
        ("disputed", "Kremlin denies"),
        ("false", "no evidence"),
        ("misleading", "partly shown"),
    ):
        store.mark(claim_id, status, note, "ana")
    return claim_id, [e.id for e in store.events(claim_id)]


@pytest.fixture
def tamper(store, db_path):
    """What someone with the database file and the sqlite3 shell (or psql on a server) could do."""

    def run(sql: str, *params) -> None:
        if store.is_sqlite:
            connection = sqlite3.connect(db_path)
            connection.execute(sql, params)
            connection.commit()
            connection.close()
        else:
            with store.engine.begin() as connection:
                connection.exec_driver_sql(sql.replace("?", "%s"), params)

    return run


def test_an_untouched_log_verifies(cli, history):
    result = cli("audit", "verify")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("audit: 1 claims, 4 events checked: intact")


def test_an_edited_note_is_named_by_claim_and_event(cli, history, tamper):
    claim_id, events = history
    tamper("UPDATE statusevent SET note = 'confirmed by two sources' WHERE id = ?", events[1])
    result = cli("audit", "verify")
    assert result.exit_code == 1
    assert f"broken: claim {claim_id}, event {events[1]}: its contents do not match its hash" in result.stdout


def test_a_rewritten_event_with_a_recomputed_hash_breaks_the_next_link(cli, store, history, tamper):
    from claimtrack.store import event_hash

    claim_id, events = history
    event = store.events(claim_id)[1]
    forged = event_hash(
        event.prev_hash, claim_id, event.action, event.from_status, "verified", event.note, event.editor, event.at
    )
    tamper("UPDATE statusevent SET to_status = 'verified', hash = ? WHERE id = ?", forged, events[1])
    result = cli("audit", "verify")
    assert result.exit_code == 1
    assert (
        f"broken: claim {claim_id}, event {events[2]}: its previous-hash does not match event {events[1]}"
        in result.stdout
    )


def test_a_removed_event_is_found(cli, history, tamper):
    claim_id, events = history
    tamper("DELETE FROM statusevent WHERE id = ?", events[2])
    result = cli("audit", "verify", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert report["breaks"] == [
        {"claim_id": claim_id, "event_id": events[3], "problem": report["breaks"][0]["problem"]}
    ]
    assert "removed" in report["breaks"][0]["problem"]


def test_a_status_changed_behind_the_logs_back_is_found(cli, history, tamper):
    claim_id, events = history
    tamper("UPDATE claim SET status = 'verified' WHERE id = ?", claim_id)
    result = cli("audit", "verify")
    assert result.exit_code == 1
    assert (
        f"broken: claim {claim_id}, event {events[-1]}: the claim's status is 'verified' but its last event says "
        "'misleading'"
    ) in result.stdout


def test_a_dropped_last_event_is_found_through_the_claims_status(cli, history, tamper):
    claim_id, events = history
    tamper("DELETE FROM statusevent WHERE id = ?", events[-1])
    result = cli("audit", "verify")
    assert result.exit_code == 1
    assert f"broken: claim {claim_id}, event {events[-2]}: the claim's status is 'misleading'" in result.stdout


def test_a_forked_chain_cannot_be_written(store, history):
    """Two events that both follow the same one: the database itself refuses the second."""
    from sqlalchemy.exc import IntegrityError

    from claimtrack.models import StatusEvent, utcnow

    claim_id, _ = history
    with pytest.raises(IntegrityError):
        with store.transaction() as tx:
            tx.session.add(
                StatusEvent(
                    claim_id=claim_id,
                    action="status",
                    from_status="unverified",
                    to_status="verified",
                    note="",
                    editor="mallory",
                    at=utcnow(),
                    prev_hash="",
                    hash="0" * 64,
                )
            )
