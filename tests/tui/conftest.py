"""TUI fixtures: the sample article in a fresh database, a fixed clock and editor, and a way to let workers finish."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from claimtrack.pipeline import ingest_paths
from claimtrack.store import ClaimQuery, Store
from claimtrack.tui.app import ClaimtrackApp

FIXED_NOW = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
SIZE = (140, 40)


@pytest.fixture(autouse=True)
def fixed_clock_and_editor(monkeypatch):
    """Audit events carry a fixed time and editor, so screens (and snapshots) do not depend on the clock."""
    monkeypatch.setattr("claimtrack.store.edits.utcnow", lambda: FIXED_NOW)
    monkeypatch.setenv("CLAIMTRACK_EDITOR", "tester")


@pytest.fixture
def sample_store(store: Store, sample_article) -> Store:
    ingest_paths(store, [str(sample_article)], {}, jobs=1)
    return store


@pytest.fixture
def weapons_claim(sample_store: Store):
    """The claim the user's example is about: North Korea sent weapons to Russia."""
    return next(c for c in sample_store.claims(ClaimQuery()) if "senjata" in c.text)


@pytest.fixture
def app(sample_store: Store) -> ClaimtrackApp:
    return ClaimtrackApp(sample_store)


async def settle(pilot, rounds: int = 3) -> None:
    """Let workers finish and their messages land (a handler may start another worker, hence the rounds)."""
    for _ in range(rounds):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def screen_text(app) -> str:
    """What the terminal shows on the top screen, as plain lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
