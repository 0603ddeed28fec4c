"""The footer follows the keys that work where the focus is: it is told only when they change (key_order.py), so
every change must still reach it — the search box, a pushed screen, a selection, the way back."""

from __future__ import annotations

from .conftest import SIZE, screen_text, settle


def footer(app) -> str:
    return screen_text(app).splitlines()[-1]


async def test_the_footer_follows_the_search_box_the_detail_and_the_way_back(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = footer(app)
        assert "space select" in listing and "? help" in listing and "esc back" not in listing
        await pilot.press("slash")
        await settle(pilot)
        assert "space select" not in footer(app)  # typing: letters go to the box
        await pilot.press("escape")
        await settle(pilot)
        assert footer(app) == listing
        await pilot.press("enter")
        await settle(pilot)
        assert "esc back" in footer(app) and "space select" not in footer(app)
        await pilot.press("escape")
        await settle(pilot)
        assert footer(app) == listing


async def test_a_prompt_over_the_list_leaves_the_list_s_footer_as_it_was(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = footer(app)
        await pilot.press("d")  # the note prompt for "disputed"
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert footer(app) == listing
