"""The claims list read from the database: the same order as the store, status filters, fuzzy search by the index,
and pages. These were the in-memory catalog's tests; the search index must answer them the same way."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count

import pytest
from rapidfuzz import fuzz

from claimtrack.store import ClaimQuery, Store
from claimtrack.store.claim_search import typo_cutoff
from claimtrack.textutil import search_words


def make_claims(store: Store, claims: list[tuple[str, str, float, bool]]) -> list[int]:
    """(text, status, check-worthiness, needs review) → claim ids, written through the store's transaction API."""

    def work(tx):
        ids = []
        for text, status, checkworthiness, review in claims:
            ids.append(
                tx.add_claim(
                    text=text,
                    status=status,
                    checkworthiness=checkworthiness,
                    needs_review=review,
                    language="id",
                    match_key=text.lower(),
                )
            )
        return ids

    return store.write(work)


@pytest.fixture
def claims(store):
    ids = make_claims(
        store,
        [
            ("Korea Utara mengirimkan senjata kepada Rusia", "unverified", 0.65, False),
            ("Harga beras naik dua kali lipat", "verified", 0.9, False),
            ("Rusia membantah tuduhan itu", "unverified", 0.8, False),
            ("Inflasi turun ke dua persen", "false", 0.7, True),
            ("Persenjataan baru dipamerkan di Pyongyang", "disputed", 0.3, False),
            ("Pemerintah menaikkan subsidi", "dismissed", 0.99, False),
        ],
    )
    return store, ids


@dataclass
class ListView:
    """A whole list as the TUI pages through it, with its counts."""

    ids: list[int]
    counts: dict[str, int] = field(default_factory=dict)
    exact: int = 0


def view(store: Store, statuses=(), search: str = "", within=None, page: int = 2) -> ListView:
    """Every page of the list, `page` claims at a time (so paging across the exact/typo boundary is exercised)."""
    query = ClaimQuery(statuses=tuple(statuses), claim_ids=tuple(within or ()))
    words = store.word_search(search)
    counts = store.list_counts(query, words)
    ids: list[int] = []
    exact = None
    while True:
        found = store.claim_page(query, words, len(ids), page, exact)
        exact = found.exact if found.exact is not None else exact
        ids += found.ids
        if len(found.ids) < page:
            break
    assert len(ids) == counts.total
    return ListView(ids, counts.counts, counts.exact)


def test_triage_order_matches_the_store(claims):
    store, _ = claims
    assert view(store).ids == store.claim_ids(ClaimQuery(sort="triage"))


def test_status_filter_and_counts(claims):
    store, ids = claims
    found = view(store, statuses=("unverified",))
    assert found.ids == [ids[2], ids[0]]
    assert found.counts["unverified"] == 2 and found.counts["verified"] == 1
    assert sum(found.counts.values()) == len(ids)


def test_search_matches_every_word_exact_matches_first(claims):
    store, ids = claims
    assert view(store, search="senjata").ids == [ids[0], ids[4]]  # "persenjataan" contains it
    assert view(store, search="rusia senjata").ids == [ids[0]]
    assert view(store, search="RUSIA").ids == [ids[2], ids[0]]


def test_search_tolerates_a_typo_but_ranks_it_after_exact_matches(claims):
    store, ids = claims
    found = view(store, search="senjta")
    assert ids[0] in found.ids and found.exact == 0
    assert view(store, search="inflsi").ids == [ids[3]]


def test_search_and_status_together(claims):
    store, ids = claims
    found = view(store, statuses=("disputed",), search="senjata")
    assert found.ids == [ids[4]]
    assert found.counts["unverified"] == 1  # counts ignore the status filter, not the search


def test_an_edited_claim_moves_and_its_new_text_is_searchable(claims):
    store, ids = claims
    store.mark(ids[0], "disputed", "", "tester")
    store.edit_text(ids[0], "Pyongyang memasok amunisi ke Moskow", "tester", match_key="x")
    assert view(store).ids == store.claim_ids(ClaimQuery(sort="triage"))
    assert view(store, search="amunisi").ids == [ids[0]]
    assert ids[0] not in view(store, search="senjata").ids
    store.undo("tester")
    assert view(store, search="amunisi").ids == []
    assert ids[0] in view(store, search="senjata").ids


def test_a_merged_claim_is_not_listed(claims):
    store, ids = claims
    store.merge_claims(ids[0], ids[4], "tester")
    assert ids[4] not in view(store).ids and ids[4] not in view(store, search="persenjataan").ids


def test_within_limits_to_given_ids(claims):
    store, ids = claims
    assert view(store, within=[ids[1], ids[3]]).ids == [ids[3], ids[1]]  # flagged first


def test_find_returns_texts_for_pickers(claims):
    store, ids = claims
    found = store.find_claims("senjata", exclude=[ids[0]])
    assert found == [(ids[4], "disputed", "Persenjataan baru dipamerkan di Pyongyang")]


def test_search_words_fold_case_accents_and_punctuation():
    assert search_words("Élysée: «Non», dit-il.") == ["elysee", "non", "dit", "il"]


def test_a_typo_after_the_first_letter_still_finds_the_claim(claims):
    store, ids = claims
    assert ids[0] in view(store, search="sejnata").ids  # "senjata" with two letters swapped


def test_pages_sorted_by_checkworthiness_follow_the_store(claims):
    store, _ = claims
    query = ClaimQuery(sort="checkworthiness")
    pages = [store.claim_page(query, store.word_search(""), offset, 2).ids for offset in (0, 2, 4)]
    assert sum(pages, []) == store.claim_ids(query)


def test_a_page_anywhere_in_the_list_is_that_part_of_the_whole(claims):
    store, _ = claims
    whole = view(store, search="a").ids
    words = store.word_search("a")
    assert store.claim_page(ClaimQuery(), words, 2, 3).ids == whole[2:5]
    assert store.claim_page(ClaimQuery(), words, len(whole), 3).ids == []


# --- the index answers as the in-memory catalog did --------------------------------------------------------------
def in_memory(texts: dict[int, str], order: list[int], search: str) -> tuple[list[int], int]:
    """The old catalog's search, claim by claim: every query word inside a word of the claim (exact), or a word of
    the claim beginning like a near miss of it (same first letter, rapidfuzz ratio over the typed length); exact
    matches first, each part in triage order. Returns the ids and how many match exactly."""
    query = search_words(search)

    def exact(words: list[str], word: str) -> bool:
        return any(word in candidate for candidate in words)

    def near(words: list[str], word: str) -> bool:
        cutoff = typo_cutoff(word)
        return cutoff is not None and any(
            candidate[:1] == word[:1]
            and len(candidate) >= len(word) - 1
            and fuzz.ratio(word, candidate[: len(word)]) >= cutoff
            for candidate in words
        )

    exact_ids, typo_ids = [], []
    for claim_id in order:
        words = search_words(texts[claim_id])
        if all(exact(words, word) for word in query):
            exact_ids.append(claim_id)
        elif all(exact(words, word) or near(words, word) for word in query):
            typo_ids.append(claim_id)
    return exact_ids + typo_ids, len(exact_ids)


SENTENCES = [
    "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia, kata Gedung Putih",
    "Kremlin: tuduhan Barat itu tidak disertai bukti",
    "Harga beras naik 20 persen sejak Januari",
    "Menkeu Sri Mulyani menyebut inflasi terkendali di bawah tiga persen",
    "Persenjataan baru dipamerkan di Pyongyang saat parade militer",
    "The unemployment rate fell to 3.5% last month, the lowest in decades",
    "Says the tax cuts paid for themselves within two years",
    "Obama's health care law raised premiums for most families",
    "Élysée: « Non », dit-il — l'accord n'est pas signé",
    "Pemerintah menaikkan subsidi pupuk untuk petani di Jawa Tengah",
    "Senjata api ilegal disita polisi di perbatasan",
    "Harga cabai rawit melonjak menjelang Lebaran",
]
QUERIES = [
    "senjata",
    "senjta",
    "sejnata",
    "rusia senjata",
    "persen",
    "harga naik",
    "inflsi",
    "tax cuts",
    "tax cts",
    "obama helth",
    "elysee",
    "non",
    "a",
    "se",
    "pe su",
    "3",
    "5%",
    "Sri Mul",
    "xyz",
    "premiums famlies",
    "lebaran",
    "pemerintah",
    "pemerintha",
    "cabe",
    "ilegal",
    "unemploymnt rate",
]


@pytest.mark.parametrize(
    "broad, depth", [(20_000, 1000), (1, 1000), (1, 4)], ids=["sorting-found-ids", "walking", "walking-then-sorting"]
)
def test_the_index_finds_what_the_in_memory_search_found(store, monkeypatch, broad, depth):
    """Both ways of reading a page (SQLite: sorting what the index finds, or walking the triage index when the words
    find many claims, down to a depth) give the same list."""
    monkeypatch.setattr("claimtrack.store.claim_search._BROAD", broad)
    monkeypatch.setattr("claimtrack.store.claim_search._WALK_DEPTH", depth)
    statuses = ["unverified", "verified", "false", "disputed"]
    ids = make_claims(
        store,
        [(text, statuses[i % 4], round(0.1 + (i * 7 % 10) / 11, 2), i % 5 == 0) for i, text in enumerate(SENTENCES)],
    )
    texts = dict(zip(ids, SENTENCES))
    order = store.claim_ids(ClaimQuery(sort="triage"))
    for search in QUERIES:
        expected, exact = in_memory(texts, order, search)
        found = view(store, search=search, page=3)
        assert (found.ids, found.exact) == (expected, exact), search


def test_random_claims_and_queries_agree_with_the_in_memory_search(tmp_path):
    """Each query length takes its own path (one or two letters: checked claim by claim; three or more: the trigram
    index; four or more: near misses from the vocabulary): all agree with the claim-by-claim search."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    word = st.text(alphabet="abcdeéz", min_size=1, max_size=8)
    numbers = count()

    @settings(max_examples=40, deadline=None)
    @given(
        sentences=st.lists(st.lists(word, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=12),
        search=st.lists(word, min_size=1, max_size=2).map(" ".join),
    )
    def agree(sentences, search):
        store = Store(str(tmp_path / f"random-{next(numbers)}.db"))
        try:
            ids = make_claims(store, [(text, "unverified", 0.5, False) for text in sentences])
            order = store.claim_ids(ClaimQuery(sort="triage"))
            expected, exact = in_memory(dict(zip(ids, sentences)), order, search)
            found = view(store, search=search, page=4)
            assert (found.ids, found.exact) == (expected, exact)
        finally:
            store.close()

    agree()
