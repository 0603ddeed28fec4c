"""The editor's desk at scale, on the 100k-claim (or 1M) database: a filter on speaker, outlet and date typed as one
text into the TUI's search box, and the speaker screen of an actor with 5,000 statements.

Driven with Textual's Pilot at 160×45, as bench/tui_speed.py does. The filter runs from setting the search box
(a paste) until the filtered list is painted; the speaker screen from pressing `p` on a claim of that actor until
its record is on screen. Medians over five runs of each.

    .venv/bin/python bench/desk_speed.py [--claims 100000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_db  # noqa: E402
import corpora  # noqa: E402
from tui_speed import until  # noqa: E402

STATEMENTS = 5000
RUNS = 5


def prepare(db: Path) -> tuple[int, str]:
    """Give one actor 5,000 statements; return its id and name."""
    connection = sqlite3.connect(db)
    actor_id, name = connection.execute("SELECT id, name FROM actor ORDER BY id LIMIT 1").fetchone()
    connection.execute(
        "UPDATE statement SET actor_id = ? WHERE id IN (SELECT id FROM statement ORDER BY id LIMIT ?)",
        (actor_id, STATEMENTS),
    )
    connection.commit()
    connection.close()
    return actor_id, name


async def measure(db: Path, actor_name: str) -> dict:
    from claimtrack.store import Store
    from claimtrack.tui.app import ClaimtrackApp
    from claimtrack.tui.screens.speaker import SpeakerScreen

    store = Store(str(db))
    app = ClaimtrackApp(store)
    filters, speaker = [], []
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.claims_screen
        await until(lambda: screen.counts_shown >= 1 and screen.table.row(0) is not None)  # as tui_speed.py waits
        await pilot.pause(0.5)
        search = screen.query_one("#search")
        painted_at: list[float] = []
        show = screen.table.show

        def show_and_note_paint(*args, **kwargs) -> None:
            show(*args, **kwargs)
            app.call_after_refresh(lambda: painted_at.append(time.perf_counter()))

        screen.table.show = show_and_note_paint
        words = [f'speaker:"{actor_name}" outlet:bench since:2021-01-01', f'speaker:"{actor_name}" until:2022-06-30']
        for _ in range(RUNS):
            for text in words:
                shown = screen.views_shown
                painted_at.clear()
                started = time.perf_counter()
                search.value = text
                await until(lambda shown=shown: screen.views_shown > shown and bool(painted_at))
                filters.append((painted_at[0] - started) * 1000)
                await pilot.pause(0.2)
        search.value = ""
        await pilot.pause(0.5)
        actor_id = store.speakers_called(actor_name)[0].id
        for _ in range(RUNS):
            started = time.perf_counter()
            app.push_screen(SpeakerScreen(store, actor_id))
            await until(lambda: isinstance(app.screen, SpeakerScreen) and app.screen.record is not None)
            await pilot.pause(0)
            speaker.append((time.perf_counter() - started) * 1000)
            app.pop_screen()
            await pilot.pause(0.2)
        statements = store.speaker_record(actor_id).actor.statements
    store.close()
    return {
        "tui_speaker_filter_ms": round(statistics.median(filters), 1),
        "tui_speaker_filter_ms_max": round(max(filters), 1),
        "tui_speaker_screen_ms": round(statistics.median(speaker), 1),
        "tui_speaker_screen_ms_max": round(max(speaker), 1),
        "speaker_statements": statements,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "desk.db"
        shutil.copy(build_db.database(args.claims), db)
        from claimtrack.store import Store

        Store(str(db)).close()  # bring the cached database to this schema before timing anything
        _, name = prepare(db)
        result = {"claims": args.claims, **asyncio.run(measure(db, name))}
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
