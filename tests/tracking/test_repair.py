"""`actors --repair` on a database an older claimtrack built: junk actors go, statements carry the right speaker or
none, aliases are names, and claims and the audit chain stay exactly as they were."""

from __future__ import annotations

import pytest

from claimtrack.errors import Conflict
from claimtrack.ingest.prepare import prepare
from claimtrack.tracking.repair import Recredit, RepairReport, plan_actor_repair, repair_actors
from claimtrack.tracking.tracker import Tracker
from tests.tracking.old_database import AHY, build_old_database, claims_and_history, documents, speakers


@pytest.fixture
def old(store):
    """The old database and its statement ids by label."""
    return build_old_database(store)


def actor_ids(store) -> dict[str, int]:
    return {name: actor_id for actor_id, name, _, _ in store.actor_rows()}


def test_junk_actors_are_gone_and_the_real_people_remain(store, old):
    repair_actors(store)
    names = set(actor_ids(store))
    assert not names & {"Pak Prabowo", "Namun Prabowo", "N. Luhut", "hakim", "katanya"}
    assert {AHY, "Prabowo Subianto", "Luhut Binsar Pandjaitan", "Agus"} <= names


def test_statements_carry_the_speaker_their_article_names_or_none(store, old):
    repair_actors(store)
    speaker = speakers(store)
    assert speaker[old["A1"]] == speaker[old["A2"]] == AHY
    assert speaker[old["B1"]] == "Agus"  # B only says "Agus": not Agus Harimurti Yudhoyono
    assert speaker[old["C1"]] == speaker[old["C2"]] == "Prabowo Subianto"
    assert speaker[old["D1"]] is None  # "ujarnya" with no one named: no speaker
    assert speaker[old["D2"]] is None  # a bare role
    assert speaker[old["E1"]] == speaker[old["E2"]] == "Luhut Binsar Pandjaitan"


def test_a_statement_extraction_no_longer_finds_keeps_its_person_only_where_the_article_names_them(store, old):
    report = repair_actors(store)
    speaker = speakers(store)
    assert speaker[old["A0"]] == AHY  # A names him in full
    assert speaker[old["D0"]] is None  # D only has his old alias "ujarnya", a cue word
    assert report.not_found_again == 2


def test_aliases_are_names_of_their_actor(store, old):
    repair_actors(store)
    aliases = store.alias_index()
    assert not set(aliases) & {"katanya", "ujarnya", "hakim", "pak prabowo", "namun prabowo", "n luhut"}
    ids = actor_ids(store)
    assert aliases["agus"] == ids["Agus"]
    assert aliases["prabowo"] == ids["Prabowo Subianto"]


def test_actors_keep_their_ids_where_the_name_is_the_same(store, old):
    before = actor_ids(store)
    repair_actors(store)
    after = actor_ids(store)
    assert after[AHY] == before[AHY]
    assert after["Prabowo Subianto"] == before["Prabowo Subianto"]
    ahy = next(view for view in store.actors() if view.name == AHY)
    assert ahy.role == "Ketua Umum Partai Demokrat"  # not "Irjen", learnt from another article about another Agus


def test_claims_links_and_the_audit_chain_are_unchanged(store, old):
    before, audit = claims_and_history(store), store.verify_audit()
    repair_actors(store)
    assert claims_and_history(store) == before
    after = store.verify_audit()
    assert after.ok and after.digest == audit.digest and after.events == audit.events == 2


def test_the_report_names_what_changed(store, old):
    report = repair_actors(store, dry_run=True)
    moves = {(r.old, r.new): r.statements for r in report.recredited}
    assert moves[(AHY, "Agus")] == 1
    assert moves[(AHY, None)] == 2
    assert moves[("N. Luhut", "Luhut Binsar Pandjaitan")] == 2
    assert report.left_without_actor == 3
    merge = next(m for m in report.merged if m.into == "Prabowo Subianto")
    assert sorted(merge.merged) == ["Namun Prabowo", "Pak Prabowo"] and merge.statements == 2
    assert {r.name for r in report.removed} == {"Pak Prabowo", "Namun Prabowo", "N. Luhut", "hakim", "katanya"}
    assert sorted(report.created) == ["Agus", "Luhut Binsar Pandjaitan"]
    assert {"katanya", "ujarnya"} <= set(report.aliases_removed)
    assert (report.actors_before, report.actors_after) == (7, 4)
    text = "\n".join(report.lines())
    assert "Agus Harimurti Yudhoyono → Agus" in text and "Prabowo Subianto ← " in text
    assert report.to_dict()["statements"]["left_without_actor"] == 3


def test_a_dry_run_writes_nothing(store, old):
    actors, aliases, statements = store.actor_rows(), store.alias_rows(), speakers(store)
    report = repair_actors(store, dry_run=True)
    assert report.changed and not report.applied
    assert (store.actor_rows(), store.alias_rows(), speakers(store)) == (actors, aliases, statements)


def test_running_it_twice_changes_nothing_the_second_time(store, old):
    assert repair_actors(store).applied
    actors, aliases, statements = store.actor_rows(), store.alias_rows(), speakers(store)
    again = repair_actors(store)
    assert not again.changed and not again.applied
    assert again.lines()[-1] == "nothing to repair"
    assert (store.actor_rows(), store.alias_rows(), speakers(store)) == (actors, aliases, statements)


def test_a_database_built_by_this_version_needs_no_repair(store):
    tracker = Tracker(store)
    for document in documents().values():
        tracker.ingest(document)
    report = repair_actors(store, dry_run=True)
    assert not report.changed
    assert report.statements == 9 and report.not_found_again == 0


def test_a_change_made_while_the_repair_was_prepared_refuses_it(store, old):
    repair = plan_actor_repair(store)
    Tracker(store).ingest(
        prepare('"Harga bawang merah turun pekan ini," kata Budi Santoso.', title="Bawang", language="id")
    )
    with pytest.raises(Conflict):
        store.rewrite_actors(repair.rewrite)
    assert "Pak Prabowo" in actor_ids(store)  # nothing written


def test_imported_verdicts_keep_the_speaker_they_named(store):
    from claimtrack.interchange import import_verdicts, read_verdicts
    from tests.conftest import FIXTURES

    import_verdicts(store, read_verdicts(str(FIXTURES / "liar_sample.tsv")), editor="tester")
    before = speakers(store)
    assert any(before.values())
    report = repair_actors(store)
    assert speakers(store) == before
    assert not report.recredited


def test_the_plain_report_shows_the_top_ten_of_each_list_unless_verbose():
    report = RepairReport(recredited=[Recredit(f"Old {n}", f"New {n}", 20 - n) for n in range(12)])
    short, full = "\n".join(report.lines()), "\n".join(report.lines(verbose=True))
    assert "Old 9 → New 9" in short and "Old 10" not in short
    assert "… and 2 more" in short and "--verbose shows all" in short
    assert "Old 11 → New 11" in full and "more" not in full
