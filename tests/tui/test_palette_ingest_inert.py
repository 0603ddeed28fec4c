"""The command palette (claims and speakers by name), ingest from the TUI, and article text kept inert."""

from __future__ import annotations

from pathlib import Path

from claimtrack.pipeline import ingest_paths
from claimtrack.store import ClaimQuery
from claimtrack.tui.app import ClaimtrackApp
from claimtrack.tui.screens.claims import ClaimsScreen
from claimtrack.tui.screens.detail import ClaimDetailScreen
from claimtrack.tui.screens.reader import SourceReaderScreen
from claimtrack.tui.widgets.ingest_progress import IngestProgress

from .conftest import SIZE, screen_text, settle, type_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


async def palette(pilot, query: str) -> None:
    """The command palette, showing its hits for the query (its search runs in a worker that settle waits for)."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await type_text(pilot, query)
    await settle(pilot)


async def test_palette_finds_a_speaker_and_lists_their_claims(app, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await palette(pilot, "Peskov")
        assert "speaker: Dmitry Peskov" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen) and app.claims_screen.speaker == "Dmitry Peskov"
        table = app.claims_screen.table
        assert table.row_count == 1 and table.row(0).id == weapons_claim.id


async def test_palette_finds_a_claim_by_its_words_and_opens_it(app, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await palette(pilot, "mengirimkan senjata")
        assert f"claim {weapons_claim.id}: Korea Utara" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimDetailScreen) and app.screen.claim_id == weapons_claim.id


async def test_i_ingests_a_file_with_progress_and_the_list_refreshes(app, sample_store):
    article = FIXTURES / "articles" / "reuters-2023-10-13-white-house-arms.md"
    before = sample_store.count_claims(ClaimQuery())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        await type_text(pilot, str(article))
        await pilot.press("enter")
        await settle(pilot, rounds=5)
        assert app.claims_screen.query_one(IngestProgress).display is False
        assert app.claims_screen.table.row_count == sample_store.count_claims(ClaimQuery())
        assert any("Ingest finished" == n.title for n in app._notifications)
    assert sample_store.counts()["sources"] == 2
    assert sample_store.count_claims(ClaimQuery()) >= before


async def test_i_refuses_a_path_that_does_not_exist(app, tmp_path, sample_store):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await pilot.pause()
        await type_text(pilot, str(tmp_path / "missing.md"))
        await pilot.press("enter")
        await pilot.pause()
        assert "does not exist" in str(app.screen.query_one("#path-hint").content)
        await pilot.press("escape")
        await settle(pilot)
    assert sample_store.counts()["sources"] == 1


async def test_hostile_article_text_stays_inert_in_every_screen(store):
    ingest_paths(store, [str(FIXTURES / "hostile_article.txt")], {}, jobs=1)
    app = ClaimtrackApp(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = [screen_text(app)]
        await pilot.press("slash")
        await type_text(pilot, "doubled")
        await pilot.press("enter")
        await settle(pilot)  # the search is applied before a key acts on its rows
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimDetailScreen)
        shown.append(screen_text(app))
        await pilot.press("o")
        await settle(pilot)
        assert isinstance(app.screen, SourceReaderScreen)
        shown.append(screen_text(app))
    for text in shown:
        assert "\x1b" not in text and "\u202e" not in text
    assert "<script>alert(1)</script>" in shown[1]  # shown as the characters it is
    assert "[the proof](http://evil.example/x)" in shown[2]
