"""The TUI at scale: first paint of the claims screen and one search keystroke, on a 100k- (or 1M-) claim database.

Driven with Textual's Pilot at 160×45, as the tests drive it. First paint runs from constructing the app
(the store already open) until the first row of claims is on screen. A keystroke runs from pressing a
key in the search box until Pilot's `press` returns with the filtered list shown: that includes Pilot's
own wait for the app to go idle (two quiet 20 ms windows, so at least 40 ms), so it overstates what a
person waits. The same keystrokes are also timed to the moment the filtered list has been painted
(`tui_filter_paint_ms`, via `call_after_refresh` on the list's update). Reports medians over the
query's keystrokes. Then the search is cleared and the list paged through (End, Page Up, Home), so the peak
memory reported (`peak_rss_mb`, this process: the TUI and Pilot) includes scrolling a whole list.

    .venv/bin/python bench/tui_speed.py [--claims 100000] [--query "tax cuts"]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import build_db  # noqa: E402
import corpora  # noqa: E402


async def until(predicate, timeout: float = 120.0) -> float:
    started = time.perf_counter()
    while not predicate():
        await asyncio.sleep(0.002)
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the TUI did not get there in time")
    return time.perf_counter()


async def measure(db: Path, query: str) -> dict:
    from claimtrack.store import Store
    from claimtrack.tui.app import ClaimtrackApp

    store = Store(str(db))
    started = time.perf_counter()
    app = ClaimtrackApp(store)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.claims_screen
        painted = await until(lambda: screen.views_shown >= 1 and screen.table.row(0) is not None)
        first_paint = painted - started
        await until(lambda: screen.counts_shown >= 1)
        counted = time.perf_counter() - started
        await pilot.pause(0.5)
        await pilot.press("slash")
        await pilot.pause()
        painted_at: list[float] = []
        show = screen.table.show

        def show_and_note_paint(*args, **kwargs) -> None:
            show(*args, **kwargs)
            app.call_after_refresh(lambda: painted_at.append(time.perf_counter()))

        screen.table.show = show_and_note_paint
        keystrokes, paints = [], []
        for character in query:
            shown = screen.views_shown
            painted_at.clear()
            pressed = time.perf_counter()
            await pilot.press("space" if character == " " else character)
            done = await until(
                lambda shown=shown: (
                    screen.views_shown > shown and (screen.table.row_count == 0 or screen.table.row(0) is not None)
                )
            )
            await until(lambda: bool(painted_at))
            keystrokes.append((done - pressed) * 1000)
            paints.append((painted_at[0] - pressed) * 1000)
            await pilot.pause(0.3)
        await pilot.press("escape", "escape")
        await until(lambda: screen.search_text == "" and screen.counts_shown > 0)
        await pilot.pause(0.5)
        for key in ("end", "pageup", "pageup", "home", "end"):
            await pilot.press(key)
            await until(lambda: screen.table.current_row is not None)
    store.close()
    return {
        "tui_first_paint_s": round(first_paint, 3),
        "tui_filter_ms": round(statistics.median(keystrokes), 1),
        "tui_filter_ms_max": round(max(keystrokes), 1),
        "tui_filter_paint_ms": round(statistics.median(paints), 1),
        "tui_filter_paint_ms_max": round(max(paints), 1),
        "counts_shown_s": round(counted, 2),
        "keystrokes": len(keystrokes),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--query", default="tax cuts")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not corpora.available():
        print("skipped: ../shared/corpus not found", file=sys.stderr)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "tui.db"
        shutil.copy(build_db.database(args.claims), db)
        result = {"claims": args.claims, **asyncio.run(measure(db, args.query))}
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
