"""The in-memory triage catalog: the same order as the store, status filters, and fuzzy search."""

from __future__ import annotations

import pytest

from claimtrack.store import ClaimQuery, Store
from claimtrack.tui.catalog import Catalog, search_words


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


def loaded(store: Store) -> Catalog:
    catalog = Catalog()
    catalog.ensure_loaded(store.triage_rows)
    catalog.ensure_index(store.claim_keys)
    return catalog


def test_triage_order_matches_the_store(claims):
    store, _ = claims
    assert list(loaded(store).view().ids) == store.claim_ids(ClaimQuery(sort="triage"))


def test_status_filter_and_counts(claims):
    store, ids = claims
    view = loaded(store).view(statuses=("unverified",))
    assert list(view.ids) == [ids[2], ids[0]]
    assert view.counts["unverified"] == 2 and view.counts["verified"] == 1
    assert sum(view.counts.values()) == len(ids)


def test_search_matches_every_word_exact_matches_first(claims):
    store, ids = claims
    catalog = loaded(store)
    assert list(catalog.view(search="senjata").ids) == [ids[0], ids[4]]  # "persenjataan" contains it
    assert list(catalog.view(search="rusia senjata").ids) == [ids[0]]
    assert list(catalog.view(search="RUSIA").ids) == [ids[2], ids[0]]


def test_search_tolerates_a_typo_but_ranks_it_after_exact_matches(claims):
    store, ids = claims
    catalog = loaded(store)
    view = catalog.view(search="senjta")
    assert ids[0] in view.ids and view.exact == 0
    view = catalog.view(search="inflsi")
    assert list(view.ids) == [ids[3]]


def test_search_and_status_together(claims):
    store, ids = claims
    view = loaded(store).view(statuses=("disputed",), search="senjata")
    assert list(view.ids) == [ids[4]]
    assert view.counts["unverified"] == 1  # counts ignore the status filter, not the search


def test_update_moves_a_claim_and_makes_its_new_text_searchable(claims):
    store, ids = claims
    catalog = loaded(store)
    store.mark(ids[0], "disputed", "", "tester")
    store.edit_text(ids[0], "Pyongyang memasok amunisi ke Moskow", "tester", match_key="x")
    catalog.update(store.claims_by_id([ids[0]]).values())
    assert list(catalog.view().ids) == store.claim_ids(ClaimQuery(sort="triage"))
    assert list(catalog.view(search="amunisi").ids) == [ids[0]]
    assert ids[0] not in catalog.view(search="senjata").ids
    assert catalog.text(ids[0]) == "Pyongyang memasok amunisi ke Moskow"


def test_remove_drops_a_merged_claim(claims):
    store, ids = claims
    catalog = loaded(store)
    catalog.remove([ids[4]])
    assert ids[4] not in catalog.view().ids and ids[4] not in catalog


def test_within_limits_to_given_ids(claims):
    store, ids = claims
    assert list(loaded(store).view(within=[ids[1], ids[3]]).ids) == [ids[3], ids[1]]  # flagged first


def test_find_returns_texts_for_pickers(claims):
    store, ids = claims
    found = loaded(store).find("senjata", exclude=[ids[0]])
    assert found == [(ids[4], "disputed", "Persenjataan baru dipamerkan di Pyongyang")]


def test_search_words_fold_case_accents_and_punctuation():
    assert search_words("Élysée: «Non», dit-il.") == ["elysee", "non", "dit", "il"]


def test_word_index_finds_what_a_plain_substring_scan_finds():
    """Every query length takes its own path (one letter, two letters, three or more): all agree with a scan."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimtrack.tui.catalog import _WordIndex

    word = st.text(alphabet="abcdeéz", min_size=1, max_size=6)

    @settings(max_examples=200, deadline=None)
    @given(claims=st.lists(st.lists(word, max_size=5), min_size=1, max_size=30), query=word)
    def agree(claims, query):
        index = _WordIndex(claims)
        found = index.mask(index.containing(query), len(claims))
        expected = [any(query in w for w in words) for words in claims]
        assert found.tolist() == expected

    agree()


def test_typo_matches_are_the_words_a_plain_scan_finds_with_the_same_first_letter():
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from rapidfuzz import fuzz

    from claimtrack.tui.catalog import _typo_cutoff, _WordIndex

    word = st.text(alphabet="abcde", min_size=1, max_size=14)

    @settings(max_examples=200, deadline=None)
    @given(
        vocabulary=st.lists(word, min_size=1, max_size=40, unique=True),
        query=st.text(alphabet="abcde", min_size=4, max_size=14),
    )
    def agree(vocabulary, query):
        index = _WordIndex([[w] for w in vocabulary])
        exact, typos = index.matching_words(query)
        cutoff = _typo_cutoff(query)
        expected = {
            i
            for i, w in enumerate(index.vocabulary)
            if w[:1] == query[:1] and len(w) >= len(query) - 1 and fuzz.ratio(query, w[: len(query)]) >= cutoff
        }
        assert set(typos) == expected - set(exact)
        assert set(exact) == {i for i, w in enumerate(index.vocabulary) if query in w}

    agree()


def test_a_typo_after_the_first_letter_still_finds_the_claim(claims):
    store, ids = claims
    catalog = loaded(store)
    found = catalog.view(search="sejnata")  # "senjata" with two letters swapped
    assert ids[0] in [int(i) for i in found.ids]
