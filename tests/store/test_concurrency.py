"""Several editors at once: real processes changing one claim; every change lands, in order, in the audit log."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys

import pytest

from claimtrack.models import STATUSES
from claimtrack.store import Conflict, Store

EDITORS = 8
CHANGES = 25


def _new_claim(store: Store) -> int:
    return store.write(lambda tx: tx.add_claim(text="Korea Utara mengirimkan senjata kepada Rusia", language="id"))


def _editor(url: str, claim_id: int, number: int, barrier) -> list[str]:
    """One editor process: CHANGES status changes, each its own transaction; returns the errors it saw."""
    store = Store(url)
    errors = []
    barrier.wait()  # all editors start together, so their writes collide
    for change in range(CHANGES):
        status = STATUSES[(number + change) % len(STATUSES)]
        try:
            store.mark(claim_id, status, f"editor {number} change {change}", f"editor-{number}")
        except Exception as exc:  # noqa: BLE001 - counted and shown, the test fails on any
            errors.append(f"{type(exc).__name__}: {exc}")
    store.close()
    return errors


def test_eight_editors_changing_one_claim_keep_every_change_in_one_unbroken_chain(store, db_url):
    claim_id = _new_claim(store)
    store.close()  # no engine crosses the fork
    context = multiprocessing.get_context("fork")
    barrier = context.Manager().Barrier(EDITORS)
    with context.Pool(EDITORS) as pool:
        errors = pool.starmap(_editor, [(db_url, claim_id, n, barrier) for n in range(EDITORS)])

    assert [e for per_editor in errors for e in per_editor] == []
    events = store.events(claim_id)
    assert len(events) == EDITORS * CHANGES
    for number in range(EDITORS):  # each editor's changes landed in the order it made them
        notes = [e.note for e in events if e.editor == f"editor-{number}"]
        assert notes == [f"editor {number} change {change}" for change in range(CHANGES)]
    for before, after in zip(events, events[1:]):  # each change saw the one before it
        assert after.from_status == before.to_status
        assert after.prev_hash == before.hash
    assert store.verify_audit().ok
    claim = store.claim(claim_id)
    assert claim.status == events[-1].to_status
    assert claim.version == 1 + EDITORS * CHANGES


def test_an_edit_made_on_a_stale_version_is_refused_not_lost(store):
    claim_id = _new_claim(store)
    seen = store.claim(claim_id).version
    store.mark(claim_id, "in_review", "taken", "ana")
    with pytest.raises(Conflict, match="changed by someone else"):
        store.mark(claim_id, "verified", "on what I saw earlier", "budi", expected_version=seen)
    assert store.claim(claim_id).status == "in_review"
    store.mark(claim_id, "verified", "after reloading", "budi", expected_version=seen + 1)
    assert [e.editor for e in store.events(claim_id)] == ["ana", "budi"]


def test_editors_using_the_command_line_at_once_never_see_database_is_locked(store, db_url, tmp_path):
    claim_id = _new_claim(store)
    store.close()
    env = {**os.environ, "CLAIMTRACK_DB": db_url}
    script = (
        "import sys\nfrom claimtrack.cli import main\n"
        f"for status in ['in_review', 'verified', 'disputed']:\n"
        f"    sys.argv = ['claimtrack', 'mark', '{claim_id}', status, '--editor', sys.argv[1]]\n"
        "    try:\n        main()\n    except SystemExit as exc:\n        assert not exc.code, exc.code\n"
    )
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, f"desk-{n}"],
            env=env,
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    outputs = [p.communicate(timeout=120) for p in processes]

    assert [p.returncode for p in processes] == [0] * 4, outputs
    assert all("locked" not in out + err for out, err in outputs)
    assert len(Store(db_url).events(claim_id)) == 12
