"""The claim index kept in the database: kept with every add, edit and merge, it holds what a rebuild from the claims'
keys would, and decides as the in-memory index does."""

from __future__ import annotations

import random

from sqlalchemy import select

from claimtrack.config import settings
from claimtrack.match import ClaimIndex, best_match, brute_force_best
from claimtrack.migrations.claim_postings import claim_of, size_of, unpack
from claimtrack.models import MatchTerm, TermPostings
from claimtrack.store import Store
from claimtrack.tracking.tracker import Tracker

VOCABULARY = [f"kata{i}" for i in range(300)]
PLACES = [f"@tempat{i}" for i in range(15)]


def _generated_keys(rng: random.Random, count: int) -> list[str]:
    return [
        " ".join(sorted(set(rng.sample(VOCABULARY, rng.randint(3, 8)) + rng.sample(PLACES, rng.randint(0, 2)))))
        for _ in range(count)
    ]


def _add(store: Store, keys: list[str]) -> list[int]:
    return store.write(
        lambda tx: tx.add_claims([{"text": f"claim {key}", "language": "id", "match_key": key} for key in keys])
    )


def _contents(store: Store) -> tuple[list, list]:
    with store.transaction() as tx:
        connection = tx.session.connection()
        blocks = connection.execute(select(TermPostings.term, TermPostings.postings)).all()
        counts = connection.execute(
            select(MatchTerm.term, MatchTerm.claims).where(MatchTerm.claims > 0).order_by("term")
        ).all()
    postings = sorted((term, claim_of(value), size_of(value)) for term, packed in blocks for value in unpack(packed))
    return postings, [tuple(row) for row in counts]


def _rebuilt(store: Store) -> tuple[list, list]:
    store.write(lambda tx: tx.index.rebuild())
    return _contents(store)


def test_the_stored_index_is_kept_through_adds_edits_and_merges_as_a_rebuild_would_make_it(store):
    rng = random.Random(5)
    ids = _add(store, _generated_keys(rng, 120))
    ids += _add(store, _generated_keys(rng, 40))  # a second transaction adds to the counts
    tracker = Tracker(store)
    for claim_id in rng.sample(ids, 15):
        tracker.edit_claim_text(claim_id, f"Korea Utara mengirimkan senjata kepada Rusia {claim_id}", editor="ana")
    for into_id, from_id in zip(ids[::2][:20], ids[1::2][:20]):
        tracker.merge_claims(into_id, from_id, editor="ana")

    kept = _contents(store)
    assert kept == _rebuilt(store)
    postings, counts = kept
    assert dict(counts)[""] == len(ids) - 20  # the merged claims left the index
    assert {claim_id for _, claim_id, _ in postings}.isdisjoint(ids[1::2][:20])


def test_the_stored_index_decides_as_the_in_memory_index_and_brute_force(store):
    rng = random.Random(3)
    keys = _generated_keys(rng, 600)
    ids = _add(store, keys)
    live = dict(zip(ids, keys))
    for into_id, from_id in zip(ids[:10], ids[10:20]):
        store.merge_claims(into_id, from_id, "ana")
        del live[from_id]
    memory = ClaimIndex.of(live.items())
    config = settings().match
    with store.transaction() as tx:
        for claim_id in rng.sample(sorted(live), 120):
            words = live[claim_id].split()
            words.remove(rng.choice(words))
            words.append(rng.choice(VOCABULARY))
            query = " ".join(sorted(set(words)))
            stored = best_match(tx.index, query, config.join_score, config)
            assert stored == memory.best(query)
            truth = brute_force_best(query, live, config.join_score)
            assert (stored is None) == (truth is None)
            if stored is not None:
                assert stored.score == truth.score


def test_a_later_run_joins_the_claims_an_earlier_run_stored(db_url, sample_article, tmp_path):
    """The same article under another title, ingested by a new store (as by another process), joins every claim the
    first run made and makes none."""
    from claimtrack.pipeline import ingest_paths

    first = Store(db_url)
    made = ingest_paths(first, [str(sample_article)], {}).new_claims
    first.close()
    retold = tmp_path / "retold.md"
    retold.write_text(sample_article.read_text(encoding="utf-8").replace('title: "', 'title: "Ulang: ', 1), "utf-8")

    again = Store(db_url)
    summary = ingest_paths(again, [str(retold)], {})
    assert made > 0
    assert (summary.added, summary.new_claims) == (1, 0)
    assert again.counts()["claims"] == made


def test_claims_added_in_a_transaction_are_found_before_it_commits_and_stored_when_it_does(store):
    """New claims' postings wait in the transaction (one write per batch), yet its next lookups already see them."""
    rng = random.Random(11)
    stored_keys = _generated_keys(rng, 200)
    _add(store, stored_keys)
    config = settings().match
    new_key = "@tempat3 kata1 kata2 kata3 kata4 kata5"
    with store.transaction() as tx:
        (new_id,) = tx.add_claims([{"text": "baru", "language": "id", "match_key": new_key}])
        found = best_match(tx.index, "@tempat3 kata1 kata2 kata3 kata4 kata6", config.join_score, config)
        expected = ClaimIndex.of([*enumerate(stored_keys, start=1), (new_id, new_key)]).best(
            "@tempat3 kata1 kata2 kata3 kata4 kata6"
        )
    assert found == expected
    assert found is not None and found.claim_id == new_id
    assert _contents(store) == _rebuilt(store)


def test_candidates_ranked_ahead_for_a_batch_are_those_each_lookup_would_read(store):
    """A batch's lookups ranked in one query (on PostgreSQL) find the same claims as asking one by one; after the
    batch adds claims, a lookup whose terms changed asks again and sees them."""
    from claimtrack.match import query_terms

    rng = random.Random(17)
    keys = _generated_keys(rng, 400)
    _add(store, keys)
    config = settings().match
    queries = [" ".join(sorted(set(key.split()[1:] + [rng.choice(VOCABULARY)]))) for key in rng.sample(keys, 60)]
    with store.transaction() as tx:
        alone = [tx.index.sharing(query_terms(tx.index, query, config), config.candidates) for query in queries]
    with store.transaction() as tx:
        tx.index.frequencies({term for query in queries for term in query.split()})
        tx.index.rank_ahead((query_terms(tx.index, query, config) for query in queries), config.candidates)
        ahead = [tx.index.sharing(query_terms(tx.index, query, config), config.candidates) for query in queries]
        (new_id,) = tx.add_claims([{"text": "baru", "language": "id", "match_key": queries[0]}])
        found = best_match(tx.index, queries[0], config.join_score, config)
    assert ahead == alone
    assert found is not None and found.claim_id == new_id


def test_many_postings_are_counted_by_numpy_to_the_same_candidates(store, monkeypatch):
    """A lookup reading many postings counts them with numpy instead of a Counter: the same claims, in the same
    order, whether some share two terms or each shares one."""
    from claimtrack.store import match_index

    rng = random.Random(29)
    keys = [" ".join(sorted(rng.sample(VOCABULARY[:40], rng.randint(3, 8)))) for _ in range(500)]  # dense terms
    _add(store, keys)
    queries = [key.split()[:4] for key in rng.sample(keys, 40)] + [[term] for term in rng.sample(VOCABULARY[:40], 10)]

    def candidates() -> list:
        with store.transaction() as tx:
            return [tx.index.sharing(terms, 5) for terms in queries]  # fewer than share: ranking decides

    by_counter = candidates()
    monkeypatch.setattr(match_index, "_MANY_POSTINGS", 0)
    assert candidates() == by_counter
    assert all(len(found) == 5 for found in by_counter[40:])  # one term: each claim shares one, the lowest first
    assert all(len(found) == 5 for found in by_counter[:40])
