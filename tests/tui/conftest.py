"""TUI fixtures: the sample article in a fresh database, a fixed clock and editor, ways to let workers finish, to
type text and to wait for a condition."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from time import monotonic

import pytest
from textual import events
from textual.keys import _character_to_key
from textual.worker import WorkerCancelled

from claimtrack.pipeline import ingest_paths
from claimtrack.resources import seeds_dir
from claimtrack.store import ClaimQuery, Store
from claimtrack.tui.app import ClaimtrackApp
from tests.conftest import TEST_DB_URL

FIXED_NOW = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
SIZE = (140, 40)


@pytest.fixture(autouse=True, scope="session")
def quick_idle_checks():
    """Pilot waits after every key until the process looks idle: by default it samples CPU time in 20 ms windows,
    which was most of these tests' time (90 s). 2 ms windows, idle below 20% of one, answer the same question
    sooner. Much shorter windows are slower again: a busy process then never looks idle and each wait runs to its
    one-second limit. Textual is pinned, and setattr fails loudly if these names ever move."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("textual._wait.SLEEP_GRANULARITY", 1 / 500)
        patch.setattr("textual._wait.SLEEP_IDLE", 1 / 500 / 5)
        # A list is counted once it has been shown for a moment, so that typing does not count every prefix;
        # here nobody types between keys, and the pause would only add up (0.15 s for each list a test shows).
        patch.setattr("claimtrack.tui.screens.claims._COUNT_AFTER", 0.0)
        yield


@pytest.fixture(autouse=True)
def fixed_clock_and_editor(monkeypatch):
    """Audit events carry a fixed time and editor, so screens (and snapshots) do not depend on the clock."""
    monkeypatch.setattr("claimtrack.store.edits.utcnow", lambda: FIXED_NOW)
    monkeypatch.setenv("CLAIMTRACK_EDITOR", "tester")


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory) -> Path | None:
    """The sample article ingested once per run, as the clock and editor above set it; each test gets a copy.

    None on PostgreSQL ($CLAIMTRACK_TEST_DB_URL), where each test ingests into its own schema instead: a copy of a
    database there (CREATE DATABASE … TEMPLATE) takes about as long as the ingest, and needs CREATEDB.
    """
    if TEST_DB_URL:
        return None
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("claimtrack.store.edits.utcnow", lambda: FIXED_NOW)
        patch.setenv("CLAIMTRACK_EDITOR", "tester")
        store = Store(str(path))
        ingest_paths(store, [str(next(seeds_dir().glob("*82f9e3bc*")))], {}, jobs=1)
        store.close()  # the last connection checkpoints the WAL: the file alone holds the database
    return path


@pytest.fixture
def sample_db_url(request, sample_template: Path | None, tmp_path: Path) -> str:
    """Where this test's database holding the sample article is: a copy of the session's, or (on PostgreSQL) a fresh
    schema it was ingested into."""
    if sample_template is None:
        url = request.getfixturevalue("db_url")
        store = Store(url)
        ingest_paths(store, [str(request.getfixturevalue("sample_article"))], {}, jobs=1)
        store.close()
        return url
    path = tmp_path / "sample.db"
    shutil.copyfile(sample_template, path)
    return str(path)


@pytest.fixture
def sample_store(sample_db_url: str) -> Iterator[Store]:
    store = Store(sample_db_url)
    yield store
    store.close()


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
        try:
            await pilot.app.workers.wait_for_complete()
        except WorkerCancelled:
            pass  # a worker the app cancelled meanwhile (the palette's search, on the next key) is done too
        await pilot.pause()


async def type_text(pilot, text: str) -> None:
    """Type text into the focused box, one key event per character as a fast typist's terminal sends them.

    Pilot.press waits for the app to go idle after every key (about 14 ms a character, most of this suite's typing);
    the box gets the same keys in the same order here, and the app takes them all before this returns.
    """
    for character in text:
        key = events.Key(_character_to_key(character), character)
        key.set_sender(pilot.app)
        pilot.app.post_message(key)
    await pilot.pause()  # the app hands each key to the focused widget
    await pilot.pause()  # which has taken them all


async def wait_until(pilot, condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Pause until condition() holds (what a timer starts, say); fail if it does not within timeout seconds."""
    deadline = monotonic() + timeout
    while not condition():
        assert monotonic() < deadline, f"still not true after {timeout} s"
        await pilot.pause(0.02)


def screen_text(app) -> str:
    """What the terminal shows on the top screen, as plain lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
