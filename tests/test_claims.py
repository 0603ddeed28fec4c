"""Claims across articles: one claim per proposition, actors resolved, support and contradiction linked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimtrack.ingest import read_path
from claimtrack.store import ClaimQuery
from claimtrack.tracking.tracker import Tracker

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


def ingest(store, *paths):
    tracker = Tracker(store)
    results = []
    for path in paths:
        for document in read_path(path):
            results.append(tracker.ingest(document))
    return results


def weapons_claim(store):
    matches = [c for c in store.claims(ClaimQuery(), with_history=True) if "mengirimkan senjata" in c.text]
    assert len(matches) == 1, [c.text for c in store.claims()]
    return matches[0]


def speakers(claim, relation):
    return {s.speaker for s in claim.by_relation(relation)}


def test_sample_alone_gives_the_users_example(store, sample_article):
    ingest(store, sample_article)
    claim = weapons_claim(store)
    assert claim.status == "unverified"
    assert speakers(claim, "asserts") == {"Gedung Putih"}
    assert speakers(claim, "contradicts") == {"Dmitry Peskov"}
    assert claim.first_seen.isoformat() == "2023-10-12"  # "pekan lalu" before 19 October


def test_repetitions_in_other_articles_and_languages_join_the_claim(store, sample_article):
    ingest(
        store,
        sample_article,
        ARTICLES / "kompas-2023-10-14-kirby-amunisi.md",
        ARTICLES / "reuters-2023-10-13-white-house-arms.md",
    )
    claim = weapons_claim(store)
    contents = {s.content for s in claim.statements}
    assert "North Korea has delivered weapons to Russia for use in its war in Ukraine" in contents
    assert any("memasok senjata dan amunisi" in c for c in contents)
    # the White House in English is the same actor, so its repetition asserts (shown as the English article names
    # it); Kirby's supports
    english = next(s for s in claim.statements if s.content.startswith("North Korea"))
    sample = next(s for s in claim.statements if s.content.startswith("Korea Utara"))
    assert (english.speaker, english.relation) == ("White House", "asserts")
    assert (sample.speaker, sample.relation) == ("Gedung Putih", "asserts") and sample.actor_id == english.actor_id
    kompas = next(s for s in claim.statements if "memasok senjata" in s.content)
    assert kompas.relation == "supports"
    assert {"Dmitry Peskov", "Maria Zakharova"} <= speakers(claim, "contradicts")
    assert len(claim.sources) == 3


def test_unrelated_claims_do_not_join(store, sample_article):
    ingest(
        store,
        sample_article,
        ARTICLES / "kompas-2023-10-14-kirby-amunisi.md",
        ARTICLES / "unrelated-2023-11-02-rice-prices.md",
    )
    claim = weapons_claim(store)
    for statement in claim.statements:
        assert "satelit" not in statement.content
        assert "drone" not in statement.content
        assert "beras" not in statement.content
    rice = [c for c in store.claims() if "harga beras" in c.text.casefold()]
    assert len(rice) == 1


def test_a_surname_never_becomes_an_actor_of_its_own(store, sample_article):
    ingest(store, sample_article)
    names = {a.name for a in store.actors()}
    assert "Sergei Lavrov" in names
    assert "Lavrov" not in names
    lavrov = next(a for a in store.actors() if a.name == "Sergei Lavrov")
    assert "Lavrov" in lavrov.aliases
    assert lavrov.statements == 3


def test_contradiction_of_a_verified_claim_flags_it_without_changing_status(store, sample_article):
    ingest(store, ARTICLES / "reuters-2023-10-13-white-house-arms.md")
    first = next(c for c in store.claims() if c.text.startswith("North Korea"))
    store.mark(first.id, "verified", "confirmed by satellite imagery", "editor")
    ingest(store, ARTICLES / "kompas-2023-10-14-kirby-amunisi.md")
    claim = store.claim(first.id)
    assert claim.status == "verified"
    assert claim.needs_review
    assert "contradicts" in claim.review_reason
    assert claim.history[-1].action == "flag"


def test_repeating_a_false_claim_flags_it(store, sample_article):
    ingest(store, sample_article)
    claim = weapons_claim(store)
    store.mark(claim.id, "false", "", "editor")
    ingest(store, ARTICLES / "reuters-2023-10-13-white-house-arms.md")
    assert store.claim(claim.id).needs_review


def test_edit_gives_canonical_words_and_keeps_statements(cli, sample_article):
    cli("ingest", str(sample_article))
    claim_id = json.loads(cli("claims", "--json", "--search", "senjata").stdout)[0]["id"]
    result = cli("edit", str(claim_id), "--text", "North Korea sent weapons to Russia")
    assert result.exit_code == 0, result.output
    shown = json.loads(cli("show", str(claim_id), "--json").stdout)
    assert shown["text"] == "North Korea sent weapons to Russia"
    assert any(
        s["content"] == "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia" for s in shown["statements"]
    )
    assert shown["history"][-1]["action"] == "edit"
    assert shown["language"] == "en"  # the wording's language, for filters, reports and ClaimReview
    assert cli("undo").exit_code == 0
    restored = json.loads(cli("show", str(claim_id), "--json").stdout)
    assert (restored["text"], restored["language"]) == (
        "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia",
        "id",
    )
    cli("edit", str(claim_id), "--text", "North Korea sent weapons to Russia")
    # a later article still joins the claim under its new wording
    cli("ingest", str(ARTICLES / "reuters-2023-10-13-white-house-arms.md"))
    shown = json.loads(cli("show", str(claim_id), "--json").stdout)
    assert any(s["content"].startswith("North Korea has delivered") for s in shown["statements"])


def test_merge_moves_links_and_records_the_merge(cli, sample_article):
    cli("ingest", str(sample_article))
    claims = json.loads(cli("claims", "--json", "--sort", "id").stdout)
    into, other = claims[0]["id"], claims[1]["id"]
    moved = len(claims[1]["statements"])
    result = cli("merge", str(into), str(other))
    assert result.exit_code == 0, result.output
    shown = json.loads(cli("show", str(into), "--json").stdout)
    assert len(shown["statements"]) == len(claims[0]["statements"]) + moved
    assert any(e["action"] == "merge" and f"claim {other}" in e["note"] for e in shown["history"])
    remaining = {c["id"] for c in json.loads(cli("claims", "--json").stdout)}
    assert other not in remaining
    assert json.loads(cli("show", str(other), "--json").stdout)["id"] == into


def test_link_and_unlink_by_hand(cli, sample_article, store):
    cli("ingest", str(sample_article))
    claim = weapons_claim(store)
    tass = next(s for s in store.statements_search("pengarahan"))[0]
    assert cli("link", str(claim.id), str(tass.id), "--as", "supports").exit_code == 0
    assert any(
        s.id == tass.id and s.relation == "supports" and s.origin == "manual" for s in store.claim(claim.id).statements
    )
    assert cli("unlink", str(claim.id), str(tass.id)).exit_code == 0
    assert all(s.id != tass.id for s in store.claim(claim.id).statements)
    bad = cli("link", str(claim.id), str(tass.id), "--as", "likes")
    assert bad.exit_code == 1 and "unknown relation" in bad.stderr


def test_actors_json_and_merge_actors(cli, sample_article):
    cli("ingest", str(sample_article))
    actors = json.loads(cli("actors", "--json").stdout)
    assert set(actors[0]) == {"id", "name", "kind", "role", "aliases", "statements"}
    by_name = {a["name"]: a for a in actors}
    assert by_name["Dmitry Peskov"]["role"] == "juru bicara Kremlin"
    assert by_name["Gedung Putih"]["kind"] == "organization"
    into, tass = by_name["Kementerian Luar Negeri Rusia"]["id"], by_name["TASS"]["id"]
    result = cli("merge-actors", str(into), str(tass), "--editor", "ana")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"actor {tass} merged into actor {into}; noted in the history of 1 claim"
    briefing = json.loads(cli("claims", "--json", "--search", "pengarahan").stdout)[0]["id"]
    assert f"speaker TASS ({tass}) merged into" in cli("show", str(briefing)).stdout
    after = {a["name"]: a for a in json.loads(cli("actors", "--json").stdout)}
    assert "TASS" not in after
    assert "TASS" in after["Kementerian Luar Negeri Rusia"]["aliases"]


@pytest.mark.parametrize("status", ["disputed", "false"])
def test_claims_filter_by_status_and_speaker(cli, sample_article, status):
    cli("ingest", str(sample_article))
    claim_id = json.loads(cli("claims", "--json", "--search", "senjata").stdout)[0]["id"]
    cli("mark", str(claim_id), status)
    listed = json.loads(cli("claims", "--json", "--status", status).stdout)
    assert [c["id"] for c in listed] == [claim_id]
    by_speaker = json.loads(cli("claims", "--json", "--speaker", "peskov").stdout)
    assert [c["id"] for c in by_speaker] == [claim_id]


def test_a_document_that_fails_in_a_batch_is_rolled_back_alone(store, sample_article, monkeypatch):
    from claimtrack.ingest.document import IngestError
    from claimtrack.store import StoreError

    paths = (
        sample_article,
        ARTICLES / "kompas-2023-10-14-kirby-amunisi.md",
        ARTICLES / "unrelated-2023-11-02-rice-prices.md",
    )
    documents = [d for path in paths for d in read_path(path)]
    tracker = Tracker(store)
    original = Tracker._write

    def write_then_fail(self, tx, document, *args):
        result = original(self, tx, document, *args)  # everything is written first, then the document fails
        if "Kirby" in document.text:
            raise StoreError("simulated failure")
        return result

    monkeypatch.setattr(Tracker, "_write", write_then_fail)
    results = tracker.ingest_batch([(d, None, None) for d in documents])
    assert [type(r).__name__ for r in results] == ["IngestResult", "IngestError", "IngestResult"]
    assert isinstance(results[1], IngestError) and "simulated failure" in str(results[1])
    titles = {s.title for s in (store.source(r.source_id) for r in results if not isinstance(r, IngestError))}
    assert len(titles) == 2
    assert store.counts()["sources"] == 2
    assert not store.statements_search("Zakharova") and not store.statements_search("memasok senjata")
    # the failed document's claims did not reach the match index either: ingesting it again works normally
    monkeypatch.setattr(Tracker, "_write", original)
    again = tracker.ingest(documents[1])
    assert again.status == "added"
    assert any("memasok senjata" in s.content for s in weapons_claim(store).statements)
