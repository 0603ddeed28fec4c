"""How the claim index's postings are packed (table `termpostings`): each match-key term's live claims, in blocks.

A posting is one 64-bit number, the terms of the claim's key (capped at 65,535) above its id (32 bits), so numbers
order as candidates are ranked: shortest key first, then lowest id. A block is one row, (term, first_id, postings):
up to `BLOCK` postings sorted by claim id, written as little-endian 64-bit numbers. A term's blocks split its claims by
id: a block holds ids from its `first_id` up to the next block's, so a new claim (the highest id) goes to the term's
last block, and a lookup reads a few rows a term however many claims hold it.

The store keeps the blocks (store/posting_blocks.py) and the migration that made them packs the old rows with
`packed_blocks`; both sit above this module (as the search index's are above migrations/search_index.py).
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence

BLOCK = 480  # postings a block holds at most: 3,840 bytes, so a full block still fits one 4 KiB SQLite page
_ID_BITS = 32
_ID_MASK = (1 << _ID_BITS) - 1
_MAX_SIZE = (1 << 16) - 1  # keys of more terms (no sentence has them) rank as equals
_SWAP = sys.byteorder == "big"  # stored little-endian on every machine


def posting(claim_id: int, size: int) -> int:
    """The packed number of a claim whose key holds `size` terms."""
    return min(size, _MAX_SIZE) << _ID_BITS | claim_id


def claim_of(posting: int) -> int:
    return posting & _ID_MASK


def size_of(posting: int) -> int:
    return posting >> _ID_BITS


def pack(postings: Iterable[int]) -> bytes:
    values = postings if isinstance(postings, array) and not _SWAP else array("q", postings)
    if _SWAP:
        values.byteswap()
    return values.tobytes()


def unpack(blob: bytes) -> array:
    """A block's (or several blocks' joined) postings as numbers."""
    values = array("q")
    values.frombytes(blob)
    if _SWAP:
        values.byteswap()
    return values


def cut(term: str, postings: Sequence[int], first_id: int) -> list[tuple[str, int, bytes]]:
    """A block's postings (sorted by claim id) as rows (term, first_id, packed postings) of at most BLOCK postings:
    the first keeps the block's `first_id`, each other starts at its own first claim."""
    parts = [postings[start : start + BLOCK] for start in range(0, len(postings), BLOCK)]
    return [(term, first_id if n == 0 else claim_of(part[0]), pack(part)) for n, part in enumerate(parts)]


def packed_blocks(rows: Iterable[tuple[str, int, int]]) -> Iterator[tuple[str, int, bytes]]:
    """(term, first_id, packed postings) from (term, claim id, terms of its key) rows in term and claim order, as
    a term's claims are added one after another: one block in memory at a time."""
    term: str | None = None
    block: list[int] = []
    for row_term, claim_id, size in rows:
        if row_term != term or len(block) == BLOCK:
            if block:
                yield term, claim_of(block[0]), pack(block)  # type: ignore[misc]
            term, block = row_term, []
        block.append(posting(claim_id, size))
    if block:
        yield term, claim_of(block[0]), pack(block)  # type: ignore[misc]
