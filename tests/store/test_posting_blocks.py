"""The claim index's postings packed in blocks: the format round-trips, and the blocks kept through adds, merges and
re-wordings hold what the claims' keys say, split by claim id as a lookup and the next write expect. Blocks of three
postings here, so that a few dozen claims make terms of many blocks."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from claimtrack.config import settings
from claimtrack.match import ClaimIndex, best_match
from claimtrack.migrations import claim_postings
from claimtrack.migrations.claim_postings import (
    claim_of,
    cut,
    pack,
    packed_blocks,
    posting,
    size_of,
    unpack,
)
from claimtrack.models import TermPostings
from claimtrack.store import Store

VOCABULARY = [f"kata{i}" for i in range(12)]  # few words: every term is held by many claims


@pytest.fixture
def small_blocks(monkeypatch):
    monkeypatch.setattr(claim_postings, "BLOCK", 3)


def test_a_posting_holds_its_claim_and_key_size_and_orders_as_candidates_rank():
    assert (claim_of(posting(4_000_000, 7)), size_of(posting(4_000_000, 7))) == (4_000_000, 7)
    assert size_of(posting(1, 70_000)) == 65_535  # capped: such keys rank as equals
    assert sorted([posting(1, 9), posting(2, 3), posting(3, 3)]) == [posting(2, 3), posting(3, 3), posting(1, 9)]
    values = [posting(claim_id, claim_id % 5 + 1) for claim_id in (1, 2, 300, 2**31 - 1)]
    assert list(unpack(pack(values))) == values
    assert pack(values)[:8] == values[0].to_bytes(8, "little")  # the same bytes on every machine


def test_postings_are_cut_into_blocks_each_starting_at_its_first_claim(small_blocks):
    rows = [("a", 5, 2), ("a", 9, 3), ("a", 12, 2), ("a", 20, 4), ("b", 7, 1)]
    blocks = [(term, first_id, [claim_of(v) for v in unpack(blob)]) for term, first_id, blob in packed_blocks(rows)]
    assert blocks == [("a", 5, [5, 9, 12]), ("a", 20, [20]), ("b", 7, [7])]
    rows = cut("a", [posting(claim_id, 1) for claim_id in (3, 4, 8, 10)], 1)
    assert [(term, first_id, [claim_of(v) for v in unpack(blob)]) for term, first_id, blob in rows] == [
        ("a", 1, [3, 4, 8]),
        ("a", 10, [10]),
    ]


def _blocks(store: Store) -> dict[str, list[tuple[int, list[int]]]]:
    """Each term's blocks in order: (first_id, [(claim id, key size)])."""
    with store.transaction() as tx:
        rows = tx.session.connection().execute(
            select(TermPostings.term, TermPostings.first_id, TermPostings.postings).order_by("term", "first_id")
        )
        found: dict[str, list] = {}
        for term, first_id, blob in rows:
            found.setdefault(term, []).append((first_id, [(claim_of(v), size_of(v)) for v in unpack(blob)]))
    return found


def _check(store: Store, live: dict[int, str]) -> None:
    """The blocks hold exactly each live claim under each term of its key, with its key's size, split by id."""
    expected: dict[str, list[tuple[int, int]]] = {}
    for claim_id in sorted(live):
        terms = set(live[claim_id].split())
        for term in terms:
            expected.setdefault(term, []).append((claim_id, len(terms)))
    blocks = _blocks(store)
    assert {term: [p for _, part in held for p in part] for term, held in blocks.items()} == expected
    for held in blocks.values():
        starts = [first_id for first_id, _ in held] + [2**62]
        for (first_id, part), following in zip(held, starts[1:]):
            ids = [claim_id for claim_id, _ in part]
            assert 0 < len(ids) <= 3 and ids == sorted(ids)
            assert first_id <= ids[0] and ids[-1] < following


def test_blocks_are_kept_through_adds_merges_and_rewordings(store, small_blocks):
    rng = random.Random(23)

    def key() -> str:
        return " ".join(sorted(rng.sample(VOCABULARY, rng.randint(2, 5))))

    live: dict[int, str] = {}
    for _ in range(4):  # four transactions of new claims, each appended to the terms' last blocks
        keys = [key() for _ in range(rng.randint(5, 12))]
        ids = store.write(
            lambda tx, keys=keys: tx.add_claims([{"text": k, "language": "id", "match_key": k} for k in keys])
        )
        live.update(zip(ids, keys))
        _check(store, live)
    for _ in range(8):  # claims merged away from the middle of blocks; others re-worded, back into theirs
        into_id, from_id = rng.sample(sorted(live), 2)
        store.merge_claims(into_id, from_id, "ana")
        del live[from_id]
        claim_id = rng.choice(sorted(live))
        live[claim_id] = key()
        store.edit_text(claim_id, f"reworded {claim_id}", "ana", match_key=live[claim_id])
        _check(store, live)
    config = settings().match
    memory = ClaimIndex.of(live.items())
    with store.transaction() as tx:
        for _ in range(30):
            query = key()
            assert best_match(tx.index, query, config.join_score, config) == memory.best(query)


def test_a_rebuild_packs_what_was_kept(store, small_blocks):
    keys = [" ".join(VOCABULARY[n % 7 : n % 7 + 3]) for n in range(20)]
    ids = store.write(lambda tx: tx.add_claims([{"text": k, "language": "id", "match_key": k} for k in keys]))
    store.merge_claims(ids[0], ids[5], "ana")
    live = {claim_id: key for claim_id, key in zip(ids, keys) if claim_id != ids[5]}
    _check(store, live)
    assert store.write(lambda tx: tx.index.rebuild()) == len(live)
    _check(store, live)
