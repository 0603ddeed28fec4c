"""Every key that changes a claim, pressed for real, checked in the database (status, history, editor)."""

from __future__ import annotations

import pytest

from claimtrack.store import ClaimQuery
from claimtrack.tui.screens.claim_actions import STATUS_KEYS
from claimtrack.tui.screens.detail import ClaimDetailScreen

from .conftest import SIZE, settle


def last_event(store, claim_id):
    return store.claim(claim_id, with_history=True).history[-1]


@pytest.mark.parametrize(("key", "status"), STATUS_KEYS)
async def test_status_key_prompts_for_a_note_and_saves_it(app, sample_store, weapons_claim, key, status):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(key, *"checked with two sources", "enter")
        await settle(pilot)
    claim = sample_store.claim(weapons_claim.id, with_history=True)
    assert claim.status == status and claim.status_note == "checked with two sources"
    event = claim.history[-1]
    assert (event.from_status, event.to_status, event.note, event.editor) == (
        "unverified",
        status,
        "checked with two sources",
        "tester",
    )


async def test_empty_note_is_allowed(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d", "enter")
        await settle(pilot)
    assert sample_store.claim(weapons_claim.id).status == "disputed"
    assert last_event(sample_store, weapons_claim.id).note == ""


async def test_escape_cancels_the_note_prompt(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"not sure", "escape")
        await settle(pilot)
    claim = sample_store.claim(weapons_claim.id, with_history=True)
    assert claim.status == "unverified" and claim.history == []


async def test_the_list_shows_the_new_status_after_marking(app, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v", "enter")
        await settle(pilot)
        table = app.claims_screen.table
        rows = [table.row(i) for i in range(table.row_count)]
        assert next(r for r in rows if r.id == weapons_claim.id).status == "verified"
        assert rows[-1].id == weapons_claim.id  # verified claims sort after unverified ones


async def test_marking_from_the_detail(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimDetailScreen)
        await pilot.press("d", *"Peskov denies", "enter")
        await settle(pilot)
        assert app.screen.view.status == "disputed"
    assert last_event(sample_store, weapons_claim.id).note == "Peskov denies"


async def test_a_claim_changed_by_someone_else_is_refused_and_reloaded(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sample_store.mark(weapons_claim.id, "in_review", "mine now", "colleague")
        await pilot.press("v", *"too late", "enter")
        await settle(pilot)
        assert any("someone else" in n.message for n in app._notifications)
        table = app.claims_screen.table
        assert (
            next(table.row(i) for i in range(table.row_count) if table.row(i).id == weapons_claim.id).status
            == "in_review"
        )
    claim = sample_store.claim(weapons_claim.id, with_history=True)
    assert claim.status == "in_review" and [e.editor for e in claim.history] == ["colleague"]


async def test_e_edits_the_canonical_text(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "end", *" pada 2023", "enter")
        await settle(pilot)
    claim = sample_store.claim(weapons_claim.id, with_history=True)
    assert claim.text == weapons_claim.text + " pada 2023"
    assert claim.history[-1].action == "edit" and claim.history[-1].editor == "tester"


async def test_l_links_a_statement_with_the_chosen_relation(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press(*"dukungan penuh")
        await settle(pilot)
        await pilot.press("enter")  # the best match
        await pilot.pause()
        await pilot.press("down", "enter")  # asserts → supports
        await settle(pilot)
    claim = sample_store.claim(weapons_claim.id)
    supports = claim.by_relation("supports")
    assert len(supports) == 1 and "dukungan penuh" in supports[0].content and supports[0].origin == "manual"


async def test_escape_in_the_relation_step_goes_back_and_escape_again_cancels(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("enter", "escape", "escape")
        await settle(pilot)
    assert len(sample_store.claim(weapons_claim.id).statements) == len(weapons_claim.statements)


async def test_shift_m_merges_another_claim_into_this_one(app, sample_store, weapons_claim):
    other = next(c for c in sample_store.claims(ClaimQuery()) if "pengarahan" in c.text)
    total = len(sample_store.claims(ClaimQuery()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("M")
        await settle(pilot)
        await pilot.press(*"pengarahan")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.claims_screen.table.row_count == total - 1
    assert sample_store.resolve_claim(other.id) == weapons_claim.id
    assert any(
        s.content in other.text or other.text in s.content for s in sample_store.claim(weapons_claim.id).statements
    )


async def test_shift_e_exports_the_filtered_list(app, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"senjata", "enter")
        await settle(pilot)
        await pilot.press("E", "enter")  # accept the suggested file name
        await settle(pilot)
    report = (tmp_path / "claims.md").read_text(encoding="utf-8")
    assert "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia" in report
    assert "Sergei Lavrov berterima kasih" not in report
    assert "senjata" in report.splitlines()[0]  # the title names the filter


async def test_shift_e_in_the_detail_exports_that_claim(app, tmp_path, weapons_claim):
    target = tmp_path / "out" / "weapons.md"
    target.parent.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("ctrl+shift+a", *str(target), "enter")
        await settle(pilot)
    report = target.read_text(encoding="utf-8")
    assert f"claim {weapons_claim.id}" in report and "Dmitry Peskov" in report


async def test_export_refuses_a_missing_folder(app, tmp_path):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("ctrl+shift+a", *str(tmp_path / "nope" / "x.md"), "enter")
        await pilot.pause()
        assert "does not exist" in str(app.screen.query_one("#path-hint").content)
        await pilot.press("escape")
    assert not (tmp_path / "nope").exists()
