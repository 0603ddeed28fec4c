"""lookup: a text against the tracked claims, best first, and whether it supports, contradicts or mentions each."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest

from claimtrack.config import settings
from claimtrack.errors import ClaimtrackError
from claimtrack.interchange import import_verdicts
from claimtrack.interchange.records import Verdict
from claimtrack.match import match_key
from claimtrack.pipeline import ingest_paths
from claimtrack.store import ClaimQuery, Store
from claimtrack.tracking.lookup import (
    Lookup,
    LookupTextError,
    bearing,
    lookup,
    read,
    texts_from_bytes,
    texts_from_stream,
)
from tests.conftest import FIXTURES

WEAPONS = "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia"
# an article of our own: a claim of its own, stated plainly, and one the other articles do not make
HARBOUR = (
    '---\ntitle: "Pelabuhan Rajin ramai kapal kargo"\noutlet: Antara\npublished: 2023-10-20\nlanguage: id\n---\n'
    "Kepala Dinas Perhubungan Provinsi Hamgyong Utara Kim Chol mengatakan pelabuhan Rajin menerima 40 kapal kargo "
    "dari Vladivostok sepanjang September 2023.\n"
)
MBG = Verdict(
    text="Program MBG sudah menjangkau 36,7 juta penerima",
    label="Salah",
    status="false",
    checker="Tempo CekFakta",
    reviewed_on=date(2025, 9, 1),
    review_url="https://cekfakta.example/fakta/456",
    language="id",
    where="cekfakta.jsonld#1",
)


@pytest.fixture(scope="module")
def tracked(tmp_path_factory) -> Store:
    """The sample article, the test articles that repeat and deny its weapons claim, one of ours, and one verdict
    imported from an earlier fact-check; read-only for every test here."""
    folder = tmp_path_factory.mktemp("lookup")
    (folder / "harbour.md").write_text(HARBOUR, encoding="utf-8")
    store = Store(str(folder / "lookup.db"))
    articles = [next(FIXTURES.parent.parent.joinpath("seeds").glob("*82f9e3bc*"))]
    articles += sorted((FIXTURES / "articles").glob("*.md")) + [folder / "harbour.md"]
    ingest_paths(store, [str(path) for path in articles], {}, jobs=1)
    import_verdicts(store, [MBG], editor="tester")
    yield store
    store.close()


@pytest.fixture(scope="module")
def weapons(tracked):
    return next(c for c in tracked.claims(ClaimQuery()) if c.text == WEAPONS)


def top(store, text, **options):
    (result,) = lookup(store, [text], **options)
    assert result.matches, f"nothing matches {text!r}"
    return result.matches[0]


# --- the user's example in both languages ---------------------------------------------------------------------
def test_the_same_proposition_in_english_supports_the_indonesian_claim(tracked, weapons):
    match = top(tracked, "North Korea sent weapons to Russia")
    assert (match.claim_id, match.relation, match.status) == (weapons.id, "supports", "unverified")
    assert match.score >= settings().match.join_score
    assert match.text == WEAPONS


@pytest.mark.parametrize(
    "text",
    [
        "Korea Utara tidak pernah mengirim senjata ke Rusia",
        "the claim that North Korea sent weapons to Russia is false",
        "North Korea did not send weapons to Russia",
        "Kabar Korea Utara mengirim senjata ke Rusia adalah hoaks",
    ],
)
def test_a_denial_or_the_negation_contradicts_the_claim(tracked, weapons, text):
    match = top(tracked, text)
    assert (match.claim_id, match.relation) == (weapons.id, "contradicts")


@pytest.mark.parametrize(
    "text",
    [
        "North Korea reportedly sent weapons to Russia",
        "Beredar kabar Korea Utara mengirim senjata ke Rusia",
        "Korea Utara disebut-sebut mengirim senjata ke Rusia",
        "The White House said North Korea sent weapons to Russia",
    ],
)
def test_a_text_that_only_reports_the_claim_mentions_it(tracked, weapons, text):
    match = top(tracked, text)
    assert (match.claim_id, match.relation) == (weapons.id, "mentions")


def test_a_confirmation_of_reports_supports_the_claim(tracked, weapons):
    match = top(tracked, "The Pentagon confirmed reports that North Korea sent weapons to Russia")
    assert (match.claim_id, match.relation) == (weapons.id, "supports")


def test_another_proposition_is_listed_below_the_join_score(tracked, weapons):
    """Troops are not weapons: the claim is worth showing, but not as the same proposition."""
    found = {m.claim_id: m for m in lookup(tracked, ["Korea Utara mengirim pasukan ke Rusia"])[0].matches}
    assert weapons.id in found
    assert settings().match.lookup_score <= found[weapons.id].score < settings().match.join_score


def test_a_text_about_something_else_matches_nothing(tracked):
    assert lookup(tracked, ["The weather in Bandung was sunny and mild all week"])[0].matches == ()


# --- ranking, limits, order, provenance -----------------------------------------------------------------------
def test_matches_come_best_first_and_the_limit_holds(tracked):
    text = "Korea Utara mengirim senjata ke Rusia dan menerima teknologi satelit militer dari Moskow"
    (result,) = lookup(tracked, [text], limit=10)
    scores = [m.score for m in result.matches]
    assert len(scores) >= 2 and scores == sorted(scores, reverse=True)
    (limited,) = lookup(tracked, [text], limit=1)
    assert limited.matches == result.matches[:1]


def test_results_follow_the_order_of_the_texts_and_say_their_language(tracked, weapons):
    texts = ["The weather in Bandung was sunny", "Korea Utara tidak pernah mengirim senjata ke Rusia"]
    results = lookup(tracked, texts)
    assert [r.text for r in results] == texts
    assert results[0].matches == () and results[1].matches[0].claim_id == weapons.id
    assert [r.language for r in results] == ["en", "id"]


def test_an_imported_verdict_comes_back_with_its_provenance(tracked):
    match = top(tracked, "Program MBG sudah menjangkau 36,7 juta penerima")
    assert match.previously_checked and match.status == "false"
    assert "Tempo CekFakta" in match.provenance and "Salah" in match.provenance
    data = match.to_dict()
    assert data["provenance"] == match.provenance and data["previously_checked"] is True


def test_a_tracked_claim_has_no_provenance_in_json(tracked):
    data = top(tracked, "North Korea sent weapons to Russia").to_dict()
    assert {"claim_id", "score", "relation", "text", "status"} <= set(data)
    assert data["provenance"] is None and data["previously_checked"] is False


def test_one_lookup_answers_many_texts_with_one_index(tracked, weapons):
    finder = Lookup(tracked)
    first = finder.lookup(["North Korea sent weapons to Russia"])
    index = finder.index
    second = finder.lookup(["Korea Utara tidak pernah mengirim senjata ke Rusia"])
    assert finder.index is index
    assert first[0].matches[0].claim_id == second[0].matches[0].claim_id == weapons.id


# --- texts of several sentences ---------------------------------------------------------------------------------
def test_an_article_that_states_the_claim_in_its_own_voice_supports_it(tracked, weapons):
    article = "Pyongyang has delivered weapons to Russia. The shipments crossed the border by rail last month."
    match = top(tracked, article)
    assert (match.claim_id, match.relation) == (weapons.id, "supports")
    assert match.evidence == "Pyongyang has delivered weapons to Russia."


def test_an_article_that_reports_the_claim_and_a_denial_mentions_it(tracked, weapons):
    article = (
        "North Korea has sent weapons to Russia, the White House said on Friday.\n\n"
        "Kremlin spokesman Dmitry Peskov said the Western accusation was not backed by any evidence."
    )
    match = top(tracked, article)
    assert (match.claim_id, match.relation) == (weapons.id, "mentions")


def test_an_article_matches_a_claim_whose_words_it_spreads_over_sentences(tracked):
    article = (
        "Kapal kargo terus berdatangan. Pelabuhan Rajin di Hamgyong Utara kini sibuk.\n\n"
        "Sepanjang September 2023 tercatat 40 kapal dari Vladivostok."
    )
    (result,) = lookup(tracked, [article])
    assert any("pelabuhan rajin" in m.text.casefold() for m in result.matches)


# --- how a reading bears on one claim, without a store ------------------------------------------------------------
def test_bearing_finds_the_negation_through_the_opposite_key():
    claim = match_key(WEAPONS, "id")
    denial = bearing(read("Korea Utara belum pernah mengirim senjata ke Rusia"), claim, threshold=32)
    assert denial is not None and denial.relation == "contradicts" and denial.score == 100
    assert bearing(read("Harga beras naik 12 persen di Jakarta"), claim, threshold=32) is None


def test_a_text_in_no_known_language_is_keyed_in_every_language():
    reading = read("Pyongyang senjata Rusia")
    assert reading.language == ""
    assert bearing(reading, match_key(WEAPONS, "id"), threshold=32) is not None


# --- bad input: one clear line ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   ", "\n\t", "?!…"])
def test_an_empty_text_is_refused_with_one_line(tracked, text):
    with pytest.raises(LookupTextError) as caught:
        lookup(tracked, ["North Korea sent weapons to Russia", text])
    message = str(caught.value)
    assert "\n" not in message and message.startswith("text 2:")
    assert isinstance(caught.value, ClaimtrackError)


def test_no_texts_at_all_is_refused(tracked):
    with pytest.raises(LookupTextError, match="no text to look up"):
        lookup(tracked, [])


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"])
def test_binary_input_is_refused_with_one_line(data):
    with pytest.raises(ClaimtrackError) as caught:
        texts_from_bytes(data, "stdin")
    assert str(caught.value) == "stdin: looks like a binary file, not text"


def test_a_nul_inside_a_text_is_refused(tracked):
    with pytest.raises(LookupTextError, match="binary"):
        lookup(tracked, ["North Korea\x00 sent weapons"])


def test_stdin_gives_one_text_per_non_blank_line():
    data = "North Korea sent weapons to Russia\n\n  Korea Utara kirim senjata  \r\n".encode()
    assert texts_from_bytes(data) == ["North Korea sent weapons to Russia", "Korea Utara kirim senjata"]
    with pytest.raises(LookupTextError, match="stdin: no text to look up"):
        texts_from_bytes(b"\n \n")


def test_stdin_beyond_the_byte_limit_is_refused(monkeypatch, tmp_path):
    config = tmp_path / "small.toml"
    config.write_text("[ingest]\nmax_bytes = 10\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMTRACK_CONFIG", str(config))
    settings.cache_clear()
    try:
        with pytest.raises(LookupTextError, match="10-byte limit"):
            texts_from_stream(BytesIO(b"North Korea sent weapons to Russia\n"))
    finally:
        monkeypatch.delenv("CLAIMTRACK_CONFIG")
        settings.cache_clear()
