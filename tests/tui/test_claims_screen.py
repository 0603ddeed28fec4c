"""The claims screen driven with real keys: triage order, search as you type, status filter."""

from __future__ import annotations

from claimtrack.store import ClaimQuery
from claimtrack.tui.screens.claims import ClaimsScreen
from claimtrack.tui.widgets.claim_table import ClaimTable

from .conftest import SIZE, settle


def shown_texts(app) -> list[str]:
    table = app.claims_screen.table
    return [table.row(index).text for index in range(table.row_count)]


async def test_lists_every_claim_in_triage_order(app, sample_store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)
        expected = [c.text for c in sample_store.claims(ClaimQuery(sort="triage"))]
        assert shown_texts(app) == expected
        assert "senjata" in expected[0]  # most check-worthy unverified claim first
        assert all(app.claims_screen.table.row(i).status == "unverified" for i in range(len(expected)))


async def test_slash_searches_as_you_type_enter_keeps_it_escape_clears_it(app, sample_store):
    total = len(sample_store.claims(ClaimQuery()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"senjata")
        await settle(pilot)
        assert shown_texts(app) == ["Korea Utara baru-baru ini mengirimkan senjata kepada Rusia"]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.focused, ClaimTable)
        assert len(shown_texts(app)) == 1
        await pilot.press("escape")
        await settle(pilot)
        assert len(shown_texts(app)) == total


async def test_search_is_fuzzy(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"senjta rusa")
        await settle(pilot)
        assert shown_texts(app)[0] == "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia"


async def test_s_cycles_the_status_filter(app, sample_store, weapons_claim):
    sample_store.mark(weapons_claim.id, "verified", "", "someone")
    total = len(sample_store.claims(ClaimQuery()))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert app.claims_screen.status_filter == "unverified"
        assert len(shown_texts(app)) == total - 1 and weapons_claim.text not in shown_texts(app)
        await pilot.press("s", "s")
        await settle(pilot)
        assert app.claims_screen.status_filter == "verified"
        assert shown_texts(app) == [weapons_claim.text]
        await pilot.press("S", "S", "S")
        await settle(pilot)
        assert app.claims_screen.status_filter == ""
        assert len(shown_texts(app)) == total


async def test_cursor_keys_move_and_enter_opens_the_claim_under_the_cursor(app, sample_store):
    second = sample_store.claims(ClaimQuery(sort="triage"))[1]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.screen.claim_id == second.id


async def test_q_quits(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_help_lists_the_keys_of_the_screen(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        keys = dict(app.screen.keys)
        assert keys["d"] == "mark disputed" and keys["/"] == "search" and keys["i"] == "ingest"
        assert "Copy selected text" not in keys.values()  # Textual's own keys stay out of claimtrack's help
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ClaimsScreen)
