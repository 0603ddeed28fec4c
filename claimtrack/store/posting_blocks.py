"""The claim index's postings as stored: blocks of packed postings (`termpostings`; migrations/claim_postings.py says
how they are packed), read a few rows a term, and kept block by block as claims are added, re-worded and merged.

SQLite is read and written through its own cursor (no dict per row); PostgreSQL takes every list as one array
parameter, so each statement's text is always the same and the server plans it once per connection.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Integer, LargeBinary, String, bindparam, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from claimtrack.migrations import claim_postings
from claimtrack.migrations.claim_postings import claim_of, cut, pack, packed_blocks, unpack
from claimtrack.store.engine import chunks, sqlite_many, sqlite_rows

_SQLITE_CHUNK = 500  # terms a statement names at most (SQLite's parameter limit)
_UPSERT = "ON CONFLICT (term, first_id) DO UPDATE SET postings = excluded.postings"


class PostingBlocks:
    """The stored postings on one transaction's connection."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self.server = connection.dialect.name == "postgresql"

    # --- reading ------------------------------------------------------------------------------------------------
    def postings(self, terms: Sequence[str]) -> array:
        """Every stored posting of these terms, one after another (a claim holding n of them is there n times)."""
        return unpack(b"".join(blob for _, blob in self._blocks(terms)))

    def postings_by_term(self, terms: Collection[str]) -> dict[str, array]:
        """Each term's stored postings, read in one statement (PostgreSQL: one round trip for a batch's terms)."""
        joined: dict[str, list[bytes]] = defaultdict(list)
        for term, blob in self._blocks(sorted(terms)):
            joined[term].append(blob)
        return {term: unpack(b"".join(blobs)) for term, blobs in joined.items()}

    def _blocks(self, terms: Sequence[str]) -> list[tuple[str, bytes]]:
        """(term, packed postings) of every block of these terms."""
        if self.server:
            return [tuple(row) for row in self.connection.execute(_blocks_of(), {"terms": list(terms)})]
        rows: list[tuple[str, bytes]] = []
        for chunk in chunks(terms, _SQLITE_CHUNK):
            rows += sqlite_rows(self.connection, "SELECT term, postings FROM termpostings WHERE term IN ({})", chunk)
        return rows

    # --- keeping them -------------------------------------------------------------------------------------------
    def change(self, added: Mapping[str, Iterable[int]], removed: Mapping[str, Collection[int]]) -> None:
        """Add packed postings and remove claims (by id), term by term. Each goes to the block its claim id falls in
        (a new claim's is the term's last block, read with the others' in one statement); a block grown past
        BLOCK is cut, an emptied one deleted."""
        terms = sorted(added.keys() | removed.keys())
        if not terms:
            return
        lasts = {term: (first_id, blob) for term, first_id, blob in self._read_lasts(terms)}
        written: list[tuple[str, int, bytes]] = []
        others: list[str] = []
        for term in terms:  # what ingest does: new claims, after every claim stored, onto each term's last block
            new = sorted(added.get(term, ()), key=claim_of)
            last = lasts.get(term)
            if term in removed or not new:
                others.append(term)
            elif last is None:  # a term no stored claim holds yet
                written += cut(term, new, claim_of(new[0]))
            elif claim_of(new[0]) > claim_of(unpack(last[1][-8:])[0]):
                first_id, blob = last
                if len(blob) // 8 + len(new) <= claim_postings.BLOCK:
                    written.append((term, first_id, blob + pack(new)))
                else:
                    written += cut(term, unpack(blob) + array("q", new), first_id)
            else:
                others.append(term)
        emptied = self._rewrite(others, added, removed, lasts, written)
        self._write(written, emptied)

    def _rewrite(
        self,
        terms: list[str],
        added: Mapping[str, Iterable[int]],
        removed: Mapping[str, Collection[int]],
        lasts: dict[str, tuple[int, bytes]],
        written: list[tuple[str, int, bytes]],
    ) -> list[tuple[str, int]]:
        """The other changes (claims merged or re-worded): each id routed to its block, read as needed; the blocks
        rewritten are added to `written`, and those emptied returned."""
        blocks = {(term, lasts[term][0]): unpack(lasts[term][1]) for term in terms if term in lasts}
        firsts = {term: lasts[term][0] for term in terms if term in lasts}
        adding: dict[tuple[str, int], list[int]] = defaultdict(list)
        removing: dict[tuple[str, int], set[int]] = defaultdict(set)
        for term in terms:
            for value in sorted(added.get(term, ()), key=claim_of):
                adding[self._block_of(term, claim_of(value), firsts, blocks)].append(value)
            for claim_id in removed.get(term, ()):
                removing[self._block_of(term, claim_id, firsts, blocks)].add(claim_id)
        emptied: list[tuple[str, int]] = []
        for place in sorted(adding.keys() | removing.keys()):
            block = blocks[place]
            if place in removing:
                gone = removing[place]
                block = array("q", [value for value in block if claim_of(value) not in gone])
            new = adding.get(place, [])
            if new and block and claim_of(block[-1]) > claim_of(new[0]):  # an older claim re-worded: in id order
                block = array("q", sorted([*block, *new], key=claim_of))
            elif new:
                block = block + array("q", new)
            if block:
                written += cut(place[0], block, place[1])
            else:
                emptied.append(place)
        return emptied

    def _block_of(
        self, term: str, claim_id: int, firsts: dict[str, int], blocks: dict[tuple[str, int], array]
    ) -> tuple[str, int]:
        """The block a claim id falls in (its first_id in `firsts` for a term's last block): the one with the greatest
        first_id at most the id, read now if needed (or a new block starting at the id when there is none)."""
        if term not in firsts:  # a term no stored claim holds: its first block starts here
            firsts[term] = claim_id
            blocks[term, claim_id] = array("q")
            return term, claim_id
        if claim_id >= firsts[term]:
            return term, firsts[term]
        row = self.connection.execute(_block_holding(), {"term": term, "claim": claim_id}).first()
        if row is not None and (term, row.first_id) not in blocks:
            blocks[term, row.first_id] = unpack(row.postings)
        known = [first_id for held, first_id in blocks if held == term and first_id <= claim_id]
        if not known:
            blocks[term, claim_id] = array("q")
            return term, claim_id
        return term, max(known)

    def _read_lasts(self, terms: list[str]) -> list[tuple[str, int, bytes]]:
        """The last block of each of these terms that has any: (term, first_id, postings)."""
        if self.server:
            return [tuple(row) for row in self.connection.execute(_last_blocks(), {"terms": terms})]
        rows = []
        for chunk in chunks(terms, _SQLITE_CHUNK):
            rows += sqlite_rows(
                self.connection,
                "WITH asked (term) AS (VALUES {}) SELECT block.term, block.first_id, block.postings FROM asked"
                " JOIN termpostings AS block ON block.term = asked.term AND block.first_id ="
                " (SELECT max(first_id) FROM termpostings AS later WHERE later.term = asked.term)",
                list(chunk),
                placeholder="(?)",
            )
        return rows

    def write(self, rows: Iterable[tuple[str, int, bytes]]) -> None:
        """Insert new blocks (term, first_id, packed postings)."""
        self._write(list(rows), [])

    def _write(self, written: list[tuple[str, int, bytes]], emptied: list[tuple[str, int]]) -> None:
        if self.server:
            if emptied:
                terms, firsts = (list(column) for column in zip(*emptied))
                self.connection.execute(_delete_arrays(), {"terms": terms, "firsts": firsts})
            for chunk in chunks(written, 5_000):
                terms, firsts, blobs = (list(column) for column in zip(*chunk))
                self.connection.execute(_upsert_arrays(), {"terms": terms, "firsts": firsts, "blobs": blobs})
            return
        if emptied:
            sqlite_many(self.connection, "DELETE FROM termpostings WHERE term = ? AND first_id = ?", emptied)
        if written:
            sqlite_many(
                self.connection,
                f"INSERT INTO termpostings (term, first_id, postings) VALUES (?, ?, ?) {_UPSERT}",
                written,
            )

    def rebuild(self, rows: Iterable[tuple[str, int, int]]) -> None:
        """Every block again from (term, claim id, terms of its key) rows in term and claim order."""
        batch: list[tuple[str, int, bytes]] = []
        for block in packed_blocks(rows):
            batch.append(block)
            if len(batch) == 5_000:
                self.write(batch)
                batch = []
        self.write(batch)


# --- the statements, built once -------------------------------------------------------------------------------------
_TERMS = bindparam("terms", type_=postgresql.ARRAY(String))


@cache
def _blocks_of() -> Any:
    return text("SELECT term, postings FROM termpostings WHERE term = ANY(:terms)").bindparams(_TERMS)


@cache
def _last_blocks() -> Any:
    return text(
        "SELECT last.term, last.first_id, last.postings FROM unnest(CAST(:terms AS varchar[])) AS asked (term)"
        " CROSS JOIN LATERAL (SELECT term, first_id, postings FROM termpostings WHERE termpostings.term = asked.term"
        " ORDER BY first_id DESC LIMIT 1) AS last"
    ).bindparams(_TERMS)


@cache
def _block_holding() -> Any:
    return text(
        "SELECT first_id, postings FROM termpostings WHERE term = :term AND first_id <= :claim"
        " ORDER BY first_id DESC LIMIT 1"
    )


@cache
def _delete_arrays() -> Any:
    return text(
        "DELETE FROM termpostings USING unnest(CAST(:terms AS varchar[]), CAST(:firsts AS integer[])) AS gone (term,"
        " first_id) WHERE termpostings.term = gone.term AND termpostings.first_id = gone.first_id"
    ).bindparams(_TERMS, bindparam("firsts", type_=postgresql.ARRAY(Integer)))


@cache
def _upsert_arrays() -> Any:
    return text(
        "INSERT INTO termpostings (term, first_id, postings) SELECT * FROM unnest(CAST(:terms AS varchar[]),"
        f" CAST(:firsts AS integer[]), CAST(:blobs AS bytea[])) {_UPSERT}"
    ).bindparams(
        _TERMS,
        bindparam("firsts", type_=postgresql.ARRAY(Integer)),
        bindparam("blobs", type_=postgresql.ARRAY(LargeBinary)),
    )
