"""The claims screen driven with real keys: triage order, search as you type, status filter."""

from __future__ import annotations

from claimtrack.store import ClaimQuery
from claimtrack.tui.screens.claims import ClaimsScreen
from claimtrack.tui.widgets.claim_table import ClaimTable

from .conftest import SIZE, screen_text, settle, type_text


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
        await pilot.press("slash")
        await type_text(pilot, "senjata")
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
        await pilot.press("slash")
        await type_text(pilot, "senjta rusa")
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


async def test_at_80x24_the_id_status_and_claim_show_and_the_footer_keeps_help_and_quit(app, weapons_claim):
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(app).splitlines()
    row = next(line for line in lines if "Korea Utara" in line)
    assert f" {weapons_claim.id} ● unverified" in row
    assert len(row.split("Korea Utara", 1)[1]) >= 20  # the claim keeps room; other columns gave way
    assert "? help" in lines[-1] and "q quit" in lines[-1]
    assert all(word in lines[0] for word in ("unver", "rev", "verif", "mislead", "disp", "unpr", "false", "dism"))


async def test_slash_finds_a_speakers_statements_not_only_their_name_in_the_text(app, sample_store):
    said_by_lavrov = set(sample_store.claim_ids_said_by("Lavrov"))
    assert len(said_by_lavrov) >= 1
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "Sergei Lavrov")
        await settle(pilot)
        shown = {app.claims_screen.table.row(i).id for i in range(app.claims_screen.table.row_count)}
    assert said_by_lavrov <= shown


async def test_the_search_box_takes_the_filter_language(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "contested outlet:antara")
        await settle(pilot)
        assert [row.id for row in map(app.claims_screen.table.row, range(app.claims_screen.table.row_count))] == [
            weapons_claim.id
        ]
        await pilot.press("ctrl+shift+a")
        await type_text(pilot, "speaker:nobody")
        await settle(pilot)
        assert app.claims_screen.table.row_count == 0
        assert "no claims match speaker:nobody" in screen_text(app)
        await pilot.press("ctrl+shift+a")
        await type_text(pilot, "since:yesterday")
        await settle(pilot)
        assert "is not a date" in str(app.claims_screen.query_one("#filters").content)


async def test_t_cycles_the_sort_and_shift_a_shows_my_claims(app, sample_store, weapons_claim):
    sample_store.assign(weapons_claim.id, "tester", "tester")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert app.claims_screen.sort == "recent"
        recent = sample_store.claim_ids(ClaimQuery(sort="recent"))
        assert [app.claims_screen.table.row(i).id for i in range(len(recent))] == recent
        await pilot.press("A")
        await settle(pilot)
        assert app.claims_screen.table.row_count == 1 and app.claims_screen.table.row(0).id == weapons_claim.id
        await pilot.press("escape")
        await settle(pilot)
        assert app.claims_screen.table.row_count == len(recent)


async def test_each_screen_has_its_own_legend_in_the_help(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert any(symbol == "cw" for symbol, _ in app.screen.legend)
        await pilot.press("escape", "enter")
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert not any(symbol == "cw" for symbol, _ in app.screen.legend)
        assert any("linked by hand" in symbol for symbol, _ in app.screen.legend)
