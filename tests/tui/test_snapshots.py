"""Snapshots of the three main screens on the sample article (fixed size, fixed clock, fixed editor).

Update after an intended change with: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from .conftest import SIZE, settle, type_text


def test_claims_screen(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=settle)


def test_claim_detail(snap_compare, app, sample_store, weapons_claim):
    sample_store.mark(weapons_claim.id, "in_review", "asked the White House for the intelligence", "tester")

    async def open_detail(pilot):
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "senjata")
        await pilot.press("enter")
        await settle(pilot)  # the search is applied before a key acts on its rows
        await pilot.press("enter")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=open_detail)


def test_source_reader(snap_compare, app):
    async def open_reader(pilot):
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("down", "o")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=open_reader)


def test_claims_screen_at_80x24_keeps_id_status_claim_and_help_and_quit(snap_compare, app, sample_store, weapons_claim):
    sample_store.mark(weapons_claim.id, "false", "", "tester")
    sample_store.assign(weapons_claim.id, "ana", "tester")
    assert snap_compare(app, terminal_size=(80, 24), run_before=settle)


def test_claims_screen_at_200x60_with_a_selection_and_a_filter(snap_compare, app, sample_store, weapons_claim):
    sample_store.assign(weapons_claim.id, "ana", "tester")

    async def select_and_filter(pilot):
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "outlet:antara")
        await pilot.press("enter")
        await settle(pilot)  # the search is applied before a key acts on its rows
        await pilot.press("space")
        await settle(pilot)

    assert snap_compare(app, terminal_size=(200, 60), run_before=select_and_filter)
