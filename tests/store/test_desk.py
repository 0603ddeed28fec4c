"""The editor's desk in the store: speakers by whole words, filters and sorts, assignment, evidence and undo."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.pipeline import ingest_paths
from claimtrack.store import ClaimQuery, Conflict, NotFound


@pytest.fixture
def desk(store, sample_article):
    ingest_paths(store, [str(sample_article)], {}, jobs=1)
    with store.transaction() as tx:  # a speaker whose name holds another's letters: Eri Cahyadi is not AHY
        ahy = tx.add_actor("Agus Harimurti Yudhoyono", "person")
        tx.add_alias(ahy, "Agus Harimurti Yudhoyono")
        tx.add_alias(ahy, "AHY")
        eri = tx.add_actor("Eri Cahyadi", "person")
        tx.add_alias(eri, "Eri Cahyadi")
    return store


def weapons(store):
    return next(c for c in store.claims(ClaimQuery()) if "senjata" in c.text)


def test_a_speaker_is_found_by_whole_words_of_any_alias(desk):
    assert [a.name for a in desk.speakers_called("AHY")] == ["Agus Harimurti Yudhoyono"]
    assert [a.name for a in desk.speakers_called("cahyadi")] == ["Eri Cahyadi"]
    assert desk.speakers_called("ahya") == [] and desk.speakers_called("ov") == []
    assert [a.name for a in desk.speakers_called("lavrov")] == ["Sergei Lavrov"]
    assert [a.name for a in desk.speakers_called("Peskov")] == ["Dmitry Peskov"]


def test_the_speaker_filter_takes_whole_words_not_any_letters(desk):
    said_by_peskov = desk.claims(ClaimQuery(speaker="peskov"))
    assert [c.id for c in said_by_peskov] == [weapons(desk).id]
    assert desk.claims(ClaimQuery(speaker="esko")) == []


def test_filters_by_outlet_date_contested_and_language(desk):
    every = {c.id for c in desk.claims(ClaimQuery())}
    assert {c.id for c in desk.claims(ClaimQuery(outlet="antara"))} == every
    assert desk.claims(ClaimQuery(outlet="detik")) == []
    assert [c.id for c in desk.claims(ClaimQuery(contested=True))] == [weapons(desk).id]
    assert weapons(desk).id not in {c.id for c in desk.claims(ClaimQuery(contested=False))}
    assert {c.id for c in desk.claims(ClaimQuery(until=date(2023, 10, 12)))} == {weapons(desk).id}
    assert desk.claims(ClaimQuery(since=date(2023, 10, 20))) == []
    assert {c.id for c in desk.claims(ClaimQuery(language="id"))} == every
    assert ClaimQuery().narrowed is False and ClaimQuery(outlet="x").narrowed is True
    # speaker, outlet and dates hold of one statement: Peskov spoke on the 19th, the White House on the 12th
    assert [c.id for c in desk.claims(ClaimQuery(speaker="Gedung Putih", until=date(2023, 10, 12)))] == [
        weapons(desk).id
    ]
    assert desk.claims(ClaimQuery(speaker="Peskov", until=date(2023, 10, 12))) == []


def test_sorts_by_recency_and_sources(desk):
    first = weapons(desk)
    desk.mark(first.id, "false", "", "ana")  # triage would put it last; recency does not look at status
    recent = desk.claim_ids(ClaimQuery(sort="recent"))
    assert recent == sorted(recent, reverse=True)  # all said on the 19th: newest id first
    assert sorted(desk.claim_ids(ClaimQuery(sort="sources"))) == sorted(recent)
    assert desk.claim_ids(ClaimQuery(sort="triage"))[-1] == first.id


def test_assignment_is_an_audit_event_and_a_filter(desk):
    claim = weapons(desk)
    desk.assign(claim.id, "ana", "budi")
    assert desk.claim(claim.id).assignee == "ana"
    assert [c.id for c in desk.claims(ClaimQuery(assignee="ana"))] == [claim.id]
    assert claim.id not in {c.id for c in desk.claims(ClaimQuery(assignee=""))}
    desk.assign(claim.id, "", "budi")
    history = desk.claim(claim.id, with_history=True).history
    assert [(e.action, e.note, e.editor) for e in history] == [
        ("assign", "assigned to ana; was ", "budi"),
        ("assign", "unassigned; was ana", "budi"),
    ]
    with pytest.raises(Conflict):
        desk.assign(claim.id, "ana", "budi", expected_version=1)
    assert desk.verify_audit().ok


def test_evidence_is_listed_with_its_claim_and_recorded(desk, tmp_path):
    claim = weapons(desk)
    call = tmp_path / "call.pdf"
    call.write_bytes(b"%PDF")
    desk.add_evidence(claim.id, "https://example.org/report", "satellite images", "ana")
    desk.add_evidence(claim.id, str(call), "", "ana")
    shown = desk.claim(claim.id, with_history=True)
    assert [(e.kind, e.target, e.note) for e in shown.evidence] == [
        ("url", "https://example.org/report", "satellite images"),
        ("file", str(call.resolve()), ""),
    ]
    assert shown.history[-1].action == "evidence" and "call.pdf" in shown.history[-1].note
    assert shown.to_dict()["evidence"][0]["target"] == "https://example.org/report"


def test_undo_reverts_the_editors_last_change_as_a_new_event(desk):
    claim = weapons(desk)
    desk.mark(claim.id, "in_review", "asking the embassy", "ana")
    desk.mark(claim.id, "false", "no evidence", "ana")
    desk.add_evidence(claim.id, "https://example.org/a", "", "ana")
    desk.undo("ana")
    assert desk.claim(claim.id).evidence == []
    desk.undo("ana")
    after = desk.claim(claim.id, with_history=True)
    assert (after.status, after.status_note) == ("in_review", "asking the embassy")
    assert [e.action for e in after.history] == ["status", "status", "evidence", "undo", "undo"]
    assert after.history[-1].note.startswith(f"undid event {after.history[1].id}:")
    desk.undo("ana")
    assert desk.claim(claim.id).status == "unverified"
    with pytest.raises(NotFound, match="nothing of ana's to undo"):
        desk.undo("ana")
    assert desk.verify_audit().ok


def test_a_change_to_several_claims_at_once_is_undone_whole(desk):
    ids = desk.claim_ids(ClaimQuery(sort="id"))
    desk.mark(ids[0], "in_review", "", "ana")
    desk.mark_many(ids, "false", "hoax", "ana")
    undone = desk.undo("ana")
    assert sorted(event.claim_id for event in undone) == ids
    assert [desk.claim(i).status for i in ids] == ["in_review"] + ["unverified"] * (len(ids) - 1)
    assert len(ids) >= 3
    desk.assign_many(ids[1:], "budi", "ana")
    assert [event.claim_id for event in desk.undo("ana")] == sorted(ids[1:], reverse=True)
    assert all(desk.claim(i).assignee == "" for i in ids)


def test_undo_is_refused_when_someone_else_changed_the_claim_since(desk):
    claim = weapons(desk)
    desk.mark(claim.id, "false", "", "ana")
    desk.mark(claim.id, "disputed", "not so fast", "budi")
    with pytest.raises(Conflict, match="changed by budi"):
        desk.undo("ana")
    assert desk.claim(claim.id).status == "disputed"


def test_undo_of_a_link_puts_back_the_relation_it_replaced(desk):
    claim = weapons(desk)
    peskov = claim.by_relation("contradicts")[0]
    desk.link_statement(claim.id, peskov.id, "supports", "ana")
    desk.undo("ana")
    back = desk.claim(claim.id).by_relation("contradicts")
    assert [(s.id, s.origin) for s in back] == [(peskov.id, peskov.origin)]
    desk.unlink_statement(claim.id, peskov.id, "ana")
    desk.undo("ana")
    back = desk.claim(claim.id).by_relation("contradicts")
    assert [(s.id, s.origin) for s in back] == [(peskov.id, "auto")]  # as claimtrack found it, not linked by hand


def test_merging_speakers_notes_it_on_their_claims_and_undo_leaves_it(desk):
    claim = weapons(desk)
    actors = {actor.name: actor for actor in desk.actors()}
    peskov, white_house = actors["Dmitry Peskov"], actors["Gedung Putih"]
    desk.mark(claim.id, "false", "no shipment seen", "ana")
    events = desk.merge_actors(white_house.id, peskov.id, "budi")
    assert [(e.claim_id, e.action, e.editor) for e in events] == [(claim.id, "speaker", "budi")]
    assert events[0].note == f"speaker Dmitry Peskov ({peskov.id}) merged into Gedung Putih ({white_house.id})"
    assert {s.speaker for s in desk.claim(claim.id).statements} == {"Gedung Putih"}
    desk.undo("ana")  # another editor's speaker merge leaves the claim as it was: ana's mark can still be undone
    assert desk.claim(claim.id).status == "unverified"
    with pytest.raises(NotFound):  # and the merge is not budi's to undo
        desk.undo("budi")
    after = {actor.name: actor for actor in desk.actors()}
    assert "Dmitry Peskov" not in after and "Dmitry Peskov" in after["Gedung Putih"].aliases
    assert desk.verify_audit().ok


def test_evidence_goes_into_the_markdown_report_as_links_and_into_claimreview_as_citations(desk, tmp_path):
    from markdown_it import MarkdownIt

    from claimtrack.interchange import claim_reviews
    from claimtrack.report import render_markdown

    claim = weapons(desk)
    notes = tmp_path / "call_notes.txt"
    notes.write_text("notes", encoding="utf-8")
    desk.add_evidence(claim.id, "https://example.org/report", "satellite [images]", "ana")
    desk.add_evidence(claim.id, str(notes), "", "ana")
    desk.mark(claim.id, "false", "no shipment seen", "ana")
    view = desk.claim(claim.id, with_history=True)
    html = MarkdownIt("commonmark").render(render_markdown([view]))
    assert '<a href="https://example.org/report">https://example.org/report</a>: satellite [images]' in html
    assert str(notes.resolve()) in html
    (review,), _, _ = claim_reviews([view])
    assert review["citation"] == [
        {"@type": "CreativeWork", "url": "https://example.org/report", "name": "satellite [images]"}
    ]
