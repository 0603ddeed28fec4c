"""The paste box (`L` on the claims screen), with real keys: look a text up, read the relations, open a claim."""

from __future__ import annotations

from textual import events
from textual.widgets import OptionList, TextArea

from claimtrack.tui.screens.claims import ClaimsScreen
from claimtrack.tui.screens.detail import ClaimDetailScreen
from claimtrack.tui.screens.lookup_box import LookupBox

from .conftest import SIZE, screen_text, settle, type_text


def listed(app) -> list[str]:
    results = app.screen.query_one("#lookup-results", OptionList)
    return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]


async def test_l_opens_the_paste_box_and_enter_looks_the_text_up(app, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, LookupBox)
        await type_text(pilot, "North Korea sent weapons to Russia")
        await pilot.press("enter")
        await settle(pilot)
        first = listed(app)[0]
        assert first.startswith("✓ supports") and f"#{weapons_claim.id}" in first and "unverified" in first
        assert "Enter opens the claim" in screen_text(app)


async def test_enter_on_a_result_opens_the_claim(app, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await type_text(pilot, "Korea Utara tidak pernah mengirim senjata ke Rusia")
        await pilot.press("enter")
        await settle(pilot)
        assert listed(app)[0].startswith("✗ contradicts")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimDetailScreen)
        assert app.screen.view.id == weapons_claim.id
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)


async def test_a_pasted_article_is_looked_up_whole(app, weapons_claim):
    article = (
        "North Korea has sent weapons to Russia, the White House said on Friday.\n\n"
        "Kremlin spokesman Dmitry Peskov said the accusation was not backed by any evidence."
    )
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        app.post_message(events.Paste(article))  # as the terminal delivers a paste
        await settle(pilot)
        assert app.screen.query_one(TextArea).text == article
        await pilot.press("enter")
        await settle(pilot)
        assert listed(app)[0].startswith("~ mentions") and f"#{weapons_claim.id}" in listed(app)[0]


async def test_a_text_that_matches_nothing_says_so(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await type_text(pilot, "Hujan deras mengguyur Bogor")
        await pilot.press("enter")
        await settle(pilot)
        assert listed(app) == ["no tracked claim matches this text"]


async def test_an_empty_text_gets_one_line_and_the_box_stays(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("L", "enter")
        await settle(pilot)
        assert isinstance(app.screen, LookupBox)
        assert "text 1: empty; give the text to look up" in screen_text(app)
        assert not app.screen.query_one("#lookup-results", OptionList).display


async def test_escape_closes_the_box(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await type_text(pilot, "senjata")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)


async def test_the_key_is_in_the_help(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert dict(app.screen.keys)["L"] == "look up"
