"""Claim detail (statements grouped by relation, in context, with history) and the source reader (o, n, p)."""

from __future__ import annotations

from textual.worker import WorkerFailed

from claimtrack.tui.screens.claims import ClaimsScreen
from claimtrack.tui.screens.detail import ClaimDetailScreen
from claimtrack.tui.screens.reader import SourceReaderScreen
from claimtrack.tui.widgets.statement_list import StatementList

from .conftest import SIZE, screen_text, settle, type_text


async def open_weapons_claim(pilot):
    await settle(pilot)
    await pilot.press("slash")
    await type_text(pilot, "senjata")
    await pilot.press("enter")
    await settle(pilot)  # the search is applied before a key acts on its rows
    await pilot.press("enter")
    await settle(pilot)


async def test_detail_groups_statements_with_speaker_role_date_and_source(app, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        await open_weapons_claim(pilot)
        assert isinstance(app.screen, ClaimDetailScreen) and app.screen.claim_id == weapons_claim.id
        statements = app.screen.query_one(StatementList)
        prompts = [str(statements.get_option_at_index(i).prompt) for i in range(statements.option_count)]
        asserts = prompts.index("Asserted by (1)")
        contradicts = prompts.index("Contradicted by (1)")
        assert "Gedung Putih" in prompts[asserts + 1] and "2023-10-12" in prompts[asserts + 1]
        peskov = prompts[contradicts + 1]
        assert "Dmitry Peskov, juru bicara Kremlin" in peskov and "ANTARA" in peskov
        assert "tidak disertai bukti" in peskov
        assert "Supported by (0)" in prompts


async def test_detail_highlights_the_statement_inside_its_sentence(app):
    async with app.run_test(size=SIZE) as pilot:
        await open_weapons_claim(pilot)
        statements = app.screen.query_one(StatementList)
        prompt = next(
            statements.get_option_at_index(i).prompt
            for i in range(statements.option_count)
            if "Peskov" in str(statements.get_option_at_index(i).prompt)
        )
        quote = statements.get_component_rich_style("statement-list--quote")
        highlighted = [prompt.plain[span.start : span.end] for span in prompt.spans if span.style == quote]
        assert highlighted == ["tuduhan Barat itu tidak disertai bukti"]
        assert "Namun juru bicara Kremlin Dmitry Peskov mengatakan" in prompt.plain


async def test_detail_shows_the_history_with_note_and_editor(app, sample_store, weapons_claim):
    sample_store.mark(weapons_claim.id, "in_review", "asked the ministry", "desk-editor")
    async with app.run_test(size=SIZE) as pilot:
        await open_weapons_claim(pilot)
        text = screen_text(app)
        assert "desk-editor" in text and "asked the ministry" in text and "2024-03-01 09:30" in text


async def test_escape_goes_back_to_the_list_with_the_filter_kept(app):
    async with app.run_test(size=SIZE) as pilot:
        await open_weapons_claim(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)
        assert app.claims_screen.table.row_count == 1


async def test_o_opens_the_source_reader_on_the_statement_and_n_p_move(app, sample_store):
    async with app.run_test(size=SIZE) as pilot:
        await open_weapons_claim(pilot)
        await pilot.press("o")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, SourceReaderScreen)
        current = reader.statements[reader.current]
        assert current.speaker_mention == "Gedung Putih"
        assert "Sergei Lavrov terima kasih Korea Utara" in screen_text(app)
        start = reader.current
        await pilot.press("n")
        await pilot.pause()
        assert reader.current == start + 1
        await pilot.press("p", "p")
        await pilot.pause()
        assert reader.current == start - 1
        assert f"statement {start} of {len(reader.statements)}" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ClaimDetailScreen)


async def test_enter_on_a_statement_opens_its_source(app):
    async with app.run_test(size=SIZE) as pilot:
        await open_weapons_claim(pilot)
        statements = app.screen.query_one(StatementList)
        await pilot.press("down")
        await pilot.pause()
        assert "Peskov" in str(statements.current_statement.speaker)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.statements[app.screen.current].speaker_mention.endswith("Peskov")


async def test_the_reader_highlights_every_statement(app, sample_store):
    async with app.run_test(size=SIZE) as pilot:
        await open_weapons_claim(pilot)
        await pilot.press("o")
        await settle(pilot)
        article = app.screen.query_one("#article")
        marked = []  # every styled stretch of the article: only statements are styled
        for paragraph in article.query(".paragraph"):
            text = paragraph.content
            marked.extend(text.plain[span.start : span.end] for span in text.spans)
        contents = [s.content for s in app.screen.statements]
        assert len(marked) == len(contents)
        assert all(any(content in m or m in content for m in marked) for content in contents)


async def test_an_unexpected_database_error_is_reported_not_swallowed(app, sample_store, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk I/O error")

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        monkeypatch.setattr(sample_store, "claim", broken)
        await pilot.press("enter")
        try:
            await settle(pilot)
        except WorkerFailed:
            # the failure this test provokes: whether the worker manager still holds the failed worker when `settle`
            # waits on it is a matter of timing (on PostgreSQL it sometimes does, and `wait_for_complete` re-raises)
            await pilot.pause()
        assert any(n.title == "Something went wrong" and "disk I/O error" in n.message for n in app._notifications)


async def test_p_opens_the_speakers_record_and_enter_opens_one_of_their_claims(app, sample_store, weapons_claim):
    from claimtrack.tui.screens.speaker import SpeakerScreen

    sample_store.mark(weapons_claim.id, "false", "", "tester")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "senjata")
        await pilot.press("enter")
        await settle(pilot)  # the search is applied before a key acts on its rows
        await pilot.press("p")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        summary = str(app.screen.query_one("#speaker-summary").content)
        assert "Gedung Putih" in summary and "White House" in summary and "1 false" in summary
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimDetailScreen) and app.screen.claim_id == weapons_claim.id
