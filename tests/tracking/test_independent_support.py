"""`supports` says a second, independent source states the claim (session 29's blind check of every link: 23 of 28
`supports` were one source twice). Another speaker of the same article, and a news outlet's report with the person it
quotes, assert the claim with its first asserter instead, and so do the same words again (session 30); a named speaker
of another article, in words of their own, still supports it."""

from __future__ import annotations

from claimtrack.ingest.prepare import prepare
from claimtrack.store import ClaimQuery
from claimtrack.tracking.tracker import Tracker


def ingest(store, *articles: tuple[str, str]) -> None:
    tracker = Tracker(store)
    for number, (language, text) in enumerate(articles):
        tracker.ingest(prepare(text, title=f"Article {number}", language=language, origin=f"a{number}.txt"))


def relations(store, words: str) -> dict[str, str]:
    """Speaker → relation for the one claim whose wording holds `words`."""
    found = [c for c in store.claims(ClaimQuery(), with_history=True) if words in c.text]
    assert len(found) == 1, [c.text for c in store.claims()]
    return {s.speaker: s.relation for s in store.claim(found[0].id).statements}


KPK = (
    "id",
    "Komisi Pemberantasan Korupsi menyebut kerugian negara dalam kasus tol Trans Sumatera mencapai Rp 205 miliar.\n\n"
    '"Kerugian negara dalam kasus tol Trans Sumatera mencapai Rp 205 miliar," kata Plt Deputi Penindakan KPK '
    "Asep Guntur Rahayu.",
)


def test_the_same_article_s_spokesman_is_no_second_source(store):
    ingest(store, KPK)
    found = relations(store, "Rp 205 miliar")
    assert found == {"Komisi Pemberantasan Korupsi": "asserts", "Asep Guntur Rahayu": "asserts"}


def test_a_named_speaker_of_another_article_supports(store):
    other = (
        "id",
        "Auditor BPK Budi Santoso mengatakan kerugian negara akibat kasus korupsi tol Trans Sumatera mencapai Rp 205 "
        "miliar.",
    )
    ingest(store, KPK, other)
    assert relations(store, "Rp 205 miliar")["Budi Santoso"] == "supports"


def test_the_same_words_again_in_another_article_are_one_remark_reported_twice(store):
    """A syndicated copy, or one quotation credited to two people (session 30's blind check: the six `supports` of the
    Detik 1,000 and FNC-1 400-903 were all one source twice): it asserts the claim, it supports nothing."""
    other = (
        "id",
        '"Kerugian negara dalam kasus tol Trans Sumatera mencapai Rp 205 miliar," kata auditor BPK Budi Santoso '
        "kepada wartawan.",
    )
    ingest(store, KPK, other)
    found = relations(store, "Rp 205 miliar")
    assert found["Budi Santoso"] == "asserts" and "supports" not in found.values()


def test_an_outlet_s_report_and_its_source_are_one_source(store):
    ingest(
        store,
        (
            "en",
            "The Wall Street Journal reported that Uber is raising a new round of funding at a valuation of $40 "
            "billion.",
        ),
        ("en", "Sarah Lacy said that Uber is raising a new round of funding at a valuation of $40 billion."),
    )
    found = relations(store, "$40 billion")
    assert found.get("Sarah Lacy") == "asserts" and "supports" not in found.values()


def test_a_short_remark_found_inside_a_long_claim_is_no_second_source(store):
    """Session 46's blind read of links: the Foreign Office's stock "We are aware of reports" (about other reports)
    supported a claim about a death in Syria four times, its own name standing in for "we" and "aware" all it held of
    the claim. A second source states most of the claim's terms, its own name aside (`[claims] support_coverage`)."""
    claim = (
        "en",
        "Labour MP John Smith said the Foreign Office is aware of reports of the death of a British national in "
        "northern Syria on Monday.",
    )
    other = ("en", 'Another story entirely. The British Foreign Office said: "We are aware of reports."')
    ingest(store, claim, other)
    assert relations(store, "British national") == {"John Smith": "asserts"}


def test_a_second_source_stating_the_claim_in_more_words_still_supports(store):
    """A guard: a named speaker of another article who states the claim, and more, supports it."""
    claim = ("en", "Labour MP John Smith said a British aid worker was killed in northern Syria on Monday.")
    other = (
        "en",
        "Red Cross spokesman Tom Miller said the British aid worker had been killed in northern Syria on Monday by a "
        "bomb near the border.",
    )
    ingest(store, claim, other)
    assert relations(store, "British aid worker") == {"John Smith": "asserts", "Tom Miller": "supports"}
