"""The claims list stays virtual: only rows near the screen are fetched, and End still reaches the last claim."""

from __future__ import annotations

from claimtrack.store import ClaimQuery
from claimtrack.tui.app import ClaimtrackApp

from .conftest import SIZE, settle, wait_until

CLAIMS = 1500


def fill(store) -> None:
    def work(tx):
        for number in range(CLAIMS):
            tx.add_claim(
                text=f"Klaim nomor {number} tentang anggaran daerah",
                language="id",
                checkworthiness=(number % 100) / 100,
                match_key=f"klaim {number}",
            )

    store.write(work)


async def test_only_rows_near_the_screen_are_fetched(store):
    fill(store)
    app = ClaimtrackApp(store)
    order = store.claim_ids(ClaimQuery(sort="triage"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.claims_screen.table
        # PREFETCH_DELAY after the first paint (its first 60 rows), the table asks for rows down to a screenful below
        last_prefetched = 2 * (table.size.height - 1) - 1
        assert last_prefetched >= 60  # not one of the first paint's
        await wait_until(pilot, lambda: table.row(last_prefetched) is not None)
        await settle(pilot)
        assert table.row_count == CLAIMS
        assert table.row(0).id == order[0]
        fetched = [index for index in range(CLAIMS) if table.row(index) is not None]
        assert len(fetched) <= 3 * SIZE[1]
        await pilot.press("end")
        await settle(pilot)
        assert table.current_id == order[-1]
        assert table.row(CLAIMS - 1).id == order[-1]
        assert table.row(CLAIMS // 2) is None
        await pilot.press("pageup")
        await settle(pilot)
        assert table.cursor < CLAIMS - 1 and table.current_row is not None
