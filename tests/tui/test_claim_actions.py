"""Every key that changes a claim, pressed for real, checked in the database (status, history, editor)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from claimtrack.store import ClaimQuery
from claimtrack.tui.screens.claim_actions import STATUS_KEYS
from claimtrack.tui.screens.confirm import ConfirmModal
from claimtrack.tui.screens.detail import ClaimDetailScreen
from claimtrack.tui.screens.note_prompt import NotePrompt

from .conftest import SIZE, settle, type_text


def last_event(store, claim_id):
    return store.claim(claim_id, with_history=True).history[-1]


@pytest.mark.parametrize(("key", "status"), STATUS_KEYS)
async def test_status_key_prompts_for_a_note_and_saves_it(app, sample_store, weapons_claim, key, status):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await type_text(pilot, "checked with two sources")
        await pilot.press("enter")
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


async def test_an_empty_note_is_asked_for_once_more_then_allowed(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d", "enter")
        await settle(pilot)
        assert isinstance(app.screen, NotePrompt)
        assert "Enter again saves without one" in str(app.screen.query_one("#prompt-hint").content)
        assert sample_store.claim(weapons_claim.id).status == "unverified"
        await pilot.press("enter")
        await settle(pilot)
    assert sample_store.claim(weapons_claim.id).status == "disputed"
    assert last_event(sample_store, weapons_claim.id).note == ""


async def test_escape_cancels_the_note_prompt(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await type_text(pilot, "not sure")
        await pilot.press("escape")
        await settle(pilot)
    claim = sample_store.claim(weapons_claim.id, with_history=True)
    assert claim.status == "unverified" and claim.history == []


async def test_the_list_shows_the_new_status_after_marking(app, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await type_text(pilot, "confirmed")
        await pilot.press("enter")
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
        await pilot.press("d")
        await type_text(pilot, "Peskov denies")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.view.status == "disputed"
    assert last_event(sample_store, weapons_claim.id).note == "Peskov denies"


async def test_a_conflict_reloads_the_claim_and_offers_the_typed_note_again(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        sample_store.mark(weapons_claim.id, "in_review", "mine now", "colleague")
        await pilot.press("v")
        await type_text(pilot, "two sources confirm")
        await pilot.press("enter")
        await settle(pilot)
        assert any("someone else" in n.message for n in app._notifications)
        table = app.claims_screen.table
        assert (
            next(table.row(i) for i in range(table.row_count) if table.row(i).id == weapons_claim.id).status
            == "in_review"
        )
        assert isinstance(app.screen, NotePrompt)  # asked again, on the claim as it is now
        assert app.screen.query_one(Input).value == "two sources confirm"
        assert "by colleague" in str(app.screen.query_one("#prompt-notice").content)
        assert "as verified" in app.screen.title_text
        assert [e.editor for e in sample_store.claim(weapons_claim.id, with_history=True).history] == ["colleague"]
        await pilot.press("enter")
        await settle(pilot)
    claim = sample_store.claim(weapons_claim.id, with_history=True)
    assert (claim.status, claim.status_note) == ("verified", "two sources confirm")
    assert [e.editor for e in claim.history] == ["colleague", "tester"]


async def test_e_edits_the_canonical_text(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "end")
        await type_text(pilot, " pada 2023")
        await pilot.press("enter")
        await settle(pilot)
    claim = sample_store.claim(weapons_claim.id, with_history=True)
    assert claim.text == weapons_claim.text + " pada 2023"
    assert claim.history[-1].action == "edit" and claim.history[-1].editor == "tester"


async def test_l_links_a_statement_with_the_chosen_relation(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await type_text(pilot, "dukungan penuh")
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
        await type_text(pilot, "pengarahan")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)  # a merge cannot be undone: asked first
        assert sample_store.resolve_claim(other.id) == other.id
        await pilot.press("y")
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
        await pilot.press("slash")
        await type_text(pilot, "senjata")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("E", "enter")  # accept the suggested file name
        await settle(pilot)
    report = (tmp_path / "claims.md").read_text(encoding="utf-8")
    assert "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia" in report
    assert "Sergei Lavrov berterima kasih" not in report
    assert "senjata" in report.splitlines()[0]  # the title names the filter


async def test_shift_e_with_nothing_chosen_asks_before_exporting_everything_and_before_replacing(
    app, sample_store, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims.md").write_text("yesterday's report", encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal) and "every claim (4)" in app.screen.title_text
        await pilot.press("y", "enter")  # yes, everything; the suggested name
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal) and "Replace it?" in app.screen.title_text
        await pilot.press("n")
        await settle(pilot)
        assert (tmp_path / "claims.md").read_text(encoding="utf-8") == "yesterday's report"
        await pilot.press("E", "y", "enter")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
    report = (tmp_path / "claims.md").read_text(encoding="utf-8")
    assert all(f"### Claim {claim.id}" in report for claim in sample_store.claims(ClaimQuery()))


async def test_selected_claims_are_marked_assigned_and_exported_together(app, sample_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first, second, third = sample_store.claim_ids(ClaimQuery(sort="triage"))[:3]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("space", "shift+down")  # the first, then the second and third
        await settle(pilot)
        assert app.claims_screen.selected_ids() == sorted([first, second, third])
        await pilot.press("space")  # the cursor is on the third: unselect it
        await settle(pilot)
        await pilot.press("x")
        await type_text(pilot, "opinion")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("a", "ctrl+shift+a")
        await type_text(pilot, "ana")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("E", "enter")  # only the selection: no question
        await settle(pilot)
        await pilot.press("z")  # the bulk assignment was one change: undone whole
        await settle(pilot)
        assert {sample_store.claim(claim_id).assignee for claim_id in (first, second)} == {""}
        await pilot.press("a", "ctrl+shift+a")
        await type_text(pilot, "ana")
        await pilot.press("enter")
        await settle(pilot)
    for claim_id in (first, second):
        claim = sample_store.claim(claim_id)
        assert (claim.status, claim.status_note, claim.assignee) == ("dismissed", "opinion", "ana")
    assert sample_store.claim(third).status == "unverified" and sample_store.claim(third).assignee == ""
    report = (tmp_path / "claims.md").read_text(encoding="utf-8")
    assert f"### Claim {first}" in report and f"### Claim {third}" not in report


async def test_z_undoes_my_last_change(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await type_text(pilot, "fabricated")
        await pilot.press("enter")
        await settle(pilot)
        assert sample_store.claim(weapons_claim.id).status == "false"
        await pilot.press("z")
        await settle(pilot)
        table = app.claims_screen.table
        assert table.row(0).id == weapons_claim.id and table.row(0).status == "unverified"
    history = sample_store.claim(weapons_claim.id, with_history=True).history
    assert [e.action for e in history] == ["status", "undo"] and sample_store.verify_audit().ok


async def test_b_attaches_evidence_shown_in_the_detail(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("b")
        await type_text(pilot, "https://example.org/sat")
        await pilot.press("enter")
        await type_text(pilot, "satellite images")
        await pilot.press("enter")
        await settle(pilot)
        shown = str(app.screen.query_one("#evidence").content)
        assert "https://example.org/sat — satellite images (tester)" in shown
    assert [e.target for e in sample_store.claim(weapons_claim.id).evidence] == ["https://example.org/sat"]


async def test_shift_e_in_the_detail_exports_that_claim(app, tmp_path, weapons_claim):
    target = tmp_path / "out" / "weapons.md"
    target.parent.mkdir()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("ctrl+shift+a")
        await type_text(pilot, str(target))
        await pilot.press("enter")
        await settle(pilot)
    report = target.read_text(encoding="utf-8")
    assert f"claim {weapons_claim.id}" in report and "Dmitry Peskov" in report


async def test_export_refuses_a_missing_folder(app, tmp_path):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("ctrl+shift+a")
        await type_text(pilot, str(tmp_path / "nope" / "x.md"))
        await pilot.press("enter")
        await pilot.pause()
        assert "does not exist" in str(app.screen.query_one("#path-hint").content)
        await pilot.press("escape")
    assert not (tmp_path / "nope").exists()


async def test_the_link_dialog_finds_statements_by_their_speaker(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        await type_text(pilot, "TASS")
        await settle(pilot)
        choices = app.screen.query_one("#choices")
        assert choices.option_count >= 1
        assert str(choices.get_option_at_index(0).prompt).startswith("TASS: ")
