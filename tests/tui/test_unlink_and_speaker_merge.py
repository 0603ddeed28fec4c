"""`U` unlinks a statement from the claim in the detail; `M` on a speaker's record merges the speaker into another.

Both ask first, write through the store (an audit event each), and show the change on every screen; an unlink is undone
with `z`, a speaker merge cannot be undone and says so. Checked in the database and on the screen.
"""

from __future__ import annotations

from claimtrack import i18n
from claimtrack.store import ClaimQuery
from claimtrack.tui.screens.confirm import ConfirmModal
from claimtrack.tui.screens.detail import ClaimDetailScreen
from claimtrack.tui.screens.help import HelpScreen
from claimtrack.tui.screens.speaker import SpeakerScreen
from claimtrack.tui.screens.speaker_picker import SpeakerPicker
from claimtrack.tui.widgets.statement_list import StatementList

from .conftest import SIZE, screen_text, settle, type_text


async def open_on_peskov(pilot):
    """The weapons claim's detail, with Peskov's denial highlighted."""
    await settle(pilot)
    await pilot.press("slash")
    await type_text(pilot, "senjata")
    await pilot.press("enter")
    await settle(pilot)  # the search is applied before a key acts on its rows
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("down")
    await pilot.pause()
    statement = pilot.app.screen.query_one(StatementList).current_statement
    assert statement.speaker == "Dmitry Peskov" and statement.relation == "contradicts"
    return statement


def listed(app, claim_id):
    table = app.claims_screen.table
    return next(table.row(i) for i in range(table.row_count) if table.row(i).id == claim_id)


async def test_shift_u_unlinks_the_highlighted_statement_after_asking_and_z_links_it_again(
    app, sample_store, weapons_claim
):
    async with app.run_test(size=SIZE) as pilot:
        peskov = await open_on_peskov(pilot)
        await pilot.press("U")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        assert app.screen.title_text == f"Unlink statement {peskov.id} from claim {weapons_claim.id}?"
        assert app.screen.detail.startswith("Dmitry Peskov (contradicts): ")
        assert "ANTARA — " in app.screen.detail and app.screen.detail.endswith("z (undo) links it again.")
        assert peskov.id in {s.id for s in sample_store.claim(weapons_claim.id).statements}  # nothing yet
        await pilot.press("y")
        await settle(pilot)
        detail = app.screen
        assert isinstance(detail, ClaimDetailScreen)
        assert peskov.id not in {s.id for s in detail.view.statements}  # the detail shows the claim as it is now
        assert "Contradicted by (0)" in screen_text(app)
        notices = [n.message for n in app._notifications]
        assert f"statement {peskov.id} unlinked from claim {weapons_claim.id}" in notices
        await pilot.press("escape")
        await settle(pilot)
        assert not listed(app, weapons_claim.id).contested  # the list too: nothing contradicts it now
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("z")
        await settle(pilot)
        back = {s.id: s for s in app.screen.view.statements}
        assert back[peskov.id].relation == "contradicts" and back[peskov.id].origin == "auto"
        assert "linked by hand" not in screen_text(app)  # put back as claimtrack found it, not as an editor's link
    claim = sample_store.claim(weapons_claim.id, with_history=True)
    assert [(e.action, e.editor) for e in claim.history] == [("unlink", "tester"), ("undo", "tester")]
    assert [s.id for s in claim.by_relation("contradicts")] == [peskov.id]
    assert sample_store.verify_audit().ok


async def test_no_or_escape_at_the_question_leaves_the_statement_linked(app, sample_store, weapons_claim):
    async with app.run_test(size=SIZE) as pilot:
        peskov = await open_on_peskov(pilot)
        for answer in ("n", "escape"):
            await pilot.press("U")
            await settle(pilot)
            assert isinstance(app.screen, ConfirmModal)
            await pilot.press(answer)
            await settle(pilot)
            assert isinstance(app.screen, ClaimDetailScreen)
            assert peskov.id in {s.id for s in app.screen.view.statements}
    claim = sample_store.claim(weapons_claim.id, with_history=True)
    assert peskov.id in {s.id for s in claim.statements} and claim.history == []


async def open_tass(pilot, app):
    """TASS's record, from the claim it asserts."""
    await settle(pilot)
    await pilot.press("slash")
    await type_text(pilot, "pengarahan")
    await pilot.press("enter")
    await settle(pilot)  # the search is applied before a key acts on its rows
    await pilot.press("p")
    await settle(pilot)
    assert isinstance(app.screen, SpeakerScreen) and app.screen.record.actor.name == "TASS"
    return app.screen.record


async def test_shift_m_merges_the_speaker_into_the_one_chosen_after_naming_both(app, sample_store):
    actors = {actor.name: actor for actor in sample_store.actors()}
    tass, ministry = actors["TASS"], actors["Kementerian Luar Negeri Rusia"]
    briefing = next(c for c in sample_store.claims(ClaimQuery()) if "pengarahan" in c.text)
    async with app.run_test(size=SIZE) as pilot:
        await open_tass(pilot, app)
        assert tass.id in app.tracker.actors.actors  # what ingest knows of speakers, loaded before the merge
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerPicker)
        await type_text(pilot, "kementerian luar")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        question = app.screen
        assert isinstance(question, ConfirmModal)
        assert question.title_text == "Merge speaker TASS into Kementerian Luar Negeri Rusia? It cannot be undone."
        assert f"TASS (id {tass.id}, 1 statement) becomes another name of Kementerian Luar Negeri Rusia" in (
            question.detail
        )
        assert "TASS" in {actor.name for actor in sample_store.actors()}  # nothing yet
        await pilot.press("y")
        await settle(pilot)
        speaker = app.screen
        assert isinstance(speaker, SpeakerScreen) and speaker.actor_id == ministry.id  # now the merged record
        summary = str(speaker.query_one("#speaker-summary").content)
        assert "Kementerian Luar Negeri Rusia" in summary and "TASS" in summary
        assert f"claim-{briefing.id}" in {
            speaker.query_one("#speaker-claims").get_option_at_index(i).id
            for i in range(speaker.query_one("#speaker-claims").option_count)
        }
        assert any(n.message == "speaker TASS merged into Kementerian Luar Negeri Rusia" for n in app._notifications)
        assert tass.id not in app.tracker.actors.actors  # ingest will not credit a statement to the merged actor
        await pilot.press("escape")
        await settle(pilot)
        assert listed(app, briefing.id).first_by == "Kementerian Luar Negeri Rusia"  # the list beneath read it again
    after = {actor.name: actor for actor in sample_store.actors()}
    assert "TASS" not in after and "TASS" in after["Kementerian Luar Negeri Rusia"].aliases
    event = sample_store.claim(briefing.id, with_history=True).history[-1]
    assert (event.action, event.editor) == ("speaker", "tester")
    assert event.note == f"speaker TASS ({tass.id}) merged into Kementerian Luar Negeri Rusia ({ministry.id})"
    assert sample_store.verify_audit().ok


async def test_z_after_a_speaker_merge_does_not_undo_it(app, sample_store):
    async with app.run_test(size=SIZE) as pilot:
        await open_tass(pilot, app)
        await pilot.press("M")
        await type_text(pilot, "kementerian luar")
        await settle(pilot)
        await pilot.press("enter", "y")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("z")
        await settle(pilot)
        assert any("nothing of tester's to undo" in n.message for n in app._notifications)
    assert "TASS" not in {actor.name for actor in sample_store.actors()}


async def test_escape_in_the_picker_or_no_at_the_question_merges_nothing(app, sample_store):
    before = sample_store.actors()
    async with app.run_test(size=SIZE) as pilot:
        await open_tass(pilot, app)
        await pilot.press("M")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen)
        await pilot.press("M")
        await type_text(pilot, "kementerian luar")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, SpeakerScreen) and app.screen.record.actor.name == "TASS"
    assert sample_store.actors() == before
    assert all(not sample_store.claim(c.id, with_history=True).history for c in sample_store.claims(ClaimQuery()))


async def test_before_typing_the_picker_offers_the_speakers_named_like_this_one(app, sample_store):
    with sample_store.transaction() as tx:
        tx.add_alias(tx.add_actor("D. Peskov", "person"), "D. Peskov")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "senjata")
        await pilot.press("enter")
        await settle(pilot)  # the search is applied before a key acts on its rows
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("down", "p")  # Dmitry Peskov's record
        await settle(pilot)
        assert app.screen.record.actor.name == "Dmitry Peskov"
        await pilot.press("M")
        await settle(pilot)
        choices = app.screen.query_one("#choices")
        offered = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert offered == ["D. Peskov · person · 0 statements"]  # not itself, nor Gedung Putih or TASS
        await type_text(pilot, "TASS")
        await settle(pilot)
        assert str(choices.get_option_at_index(0).prompt).startswith("TASS · organization · 1 statement")


async def test_help_and_footer_list_the_new_keys(app):
    async with app.run_test(size=SIZE) as pilot:
        await open_on_peskov(pilot)
        assert "U unlink" in screen_text(app).splitlines()[-1]
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen) and ("U", "unlink") in app.screen.keys
        await pilot.press("escape", "p")
        await settle(pilot)
        assert "M merge into…" in screen_text(app).splitlines()[-1]
        await pilot.press("question_mark")
        await settle(pilot)
        assert ("M", "merge into…") in app.screen.keys


async def test_notices_and_questions_follow_the_interface_language(app, sample_store, weapons_claim):
    i18n.set_language("id")
    try:
        async with app.run_test(size=SIZE) as pilot:
            peskov = await open_on_peskov(pilot)
            await pilot.press("U")
            await settle(pilot)
            assert app.screen.title_text == f"Lepas tautan pernyataan {peskov.id} dari klaim {weapons_claim.id}?"
            assert "y atau Enter: ya" in screen_text(app)
            await pilot.press("y")
            await settle(pilot)
            await pilot.press("v")
            await type_text(pilot, "dua sumber")
            await pilot.press("enter")
            await settle(pilot)
            notices = [n.message for n in app._notifications]
            assert f"tautan pernyataan {peskov.id} dilepas dari klaim {weapons_claim.id}" in notices
            assert f"klaim {weapons_claim.id} ditandai benar" in notices
            await pilot.press("p")  # Gedung Putih's record
            await settle(pilot)
            await pilot.press("M")
            await type_text(pilot, "kementerian luar")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert app.screen.title_text.endswith("Ini tidak bisa diurungkan.")
    finally:
        i18n.set_language(None)
