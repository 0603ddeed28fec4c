"""The claim index kept in the database: for each match-key term, the live claims holding it (`termpostings`, packed
in blocks with the number of terms each claim's key holds, by which candidates are ranked; store/posting_blocks.py)
and how many they are (`matchterm`). Every write that adds, re-words or merges a claim keeps it, in the same
transaction, so ingest reads it where it is instead of rebuilding it in memory, and several ingest processes share it.

Ingest reads and changes it under one lock (`CLAIMS_LOCK`, a PostgreSQL advisory lock held until commit; SQLite's
write lock does the same), so a claim decided by one process is seen by the next and never made twice.
"""

from __future__ import annotations

import heapq
from array import array
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Integer, String, any_, bindparam, column, delete, insert, select, table, text, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from claimtrack.migrations.claim_postings import claim_of, posting
from claimtrack.models import Claim, MatchTerm, TermPostings
from claimtrack.store.engine import chunks, sqlite_many, sqlite_rows
from claimtrack.store.posting_blocks import PostingBlocks

ALL_CLAIMS = ""  # the term every key holds: its count is the number of claims indexed
CLAIMS_LOCK = 7_317_002  # PostgreSQL advisory lock key: one transaction at a time decides and changes claims
_MANY_POSTINGS = 8_000  # a lookup's postings from which numpy counts them (`_counted_best`)
_AHEAD_POSTINGS = 500_000  # PostgreSQL: postings read at once when ranking a batch's lookups ahead (4 MB)

_terms_table = MatchTerm.__table__
_postings_table = TermPostings.__table__
_claims_table = Claim.__table__


class StoredIndex:
    """The persisted claim index, read and changed on one transaction's connection (match.Candidates).

    A lookup reads its terms' posting blocks (a few rows a term) and counts in this process how many of the terms
    each claim holds; only the best claims' keys are read."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self.server = connection.dialect.name == "postgresql"
        self.blocks = PostingBlocks(connection)
        self._size: int | None = None
        # counts read, kept as this index changes them: the lock ingest holds lets no one else change them meanwhile
        self._known: dict[str, int] = {}
        # claims added in this transaction, written at its end (`flush`): one statement for a batch of documents
        self._pending_counts: Counter[str] = Counter()
        self._pending_terms: dict[str, list[int]] = defaultdict(list)  # term → packed postings
        self._pending_keys: dict[int, str] = {}
        self._keys: dict[int, str] = {}  # candidates' keys read: a claim's key changes only by this index's writer
        # PostgreSQL: the best stored claims (terms shared, packed posting) for each of these term lists, ranked ahead
        # (`rank_ahead`), until the stored postings change
        self._ranked: dict[tuple[tuple[str, ...], int], list[tuple[int, int]]] = {}

    # --- reading (match.Candidates) -----------------------------------------------------------------------------
    def size(self) -> int:
        if self._size is None:
            stored = self.connection.execute(_claims_indexed()).scalar()
            self._size = (stored or 0) + self._pending_counts[ALL_CLAIMS]
        return self._size

    def frequencies(self, terms: Collection[str]) -> dict[str, int]:
        """How many claims hold each of these terms (terms no claim holds are left out). Read once per term; a
        caller about to look up many keys (a batch of documents) asks for all their terms first."""
        wanted = sorted(set(terms) - {ALL_CLAIMS} - self._known.keys())
        if wanted:
            read: dict[str, int] = {}
            if self.server:
                read.update(self.connection.execute(_frequencies(), {"terms": wanted}).all())
            else:  # through SQLite's own cursor, as the postings are: SQLAlchemy's expanding IN cost more than the read
                for chunk in chunks(wanted, 500):
                    read.update(
                        sqlite_rows(
                            self.connection,
                            "SELECT term, claims FROM matchterm WHERE term IN ({}) AND claims > 0",
                            list(chunk),
                        )
                    )
            self._known.update({term: read.get(term, 0) + self._pending_counts[term] for term in wanted})
        return {term: self._known[term] for term in terms if self._known.get(term)}

    def sharing(self, terms: Sequence[str], limit: int) -> list[tuple[int, str]]:
        """(id, match key) of the claims holding the most of these terms, at least two if any claim holds two: most
        shared first, then the shortest keys (which the terms cover most), then the oldest; at most `limit`."""
        if not terms:
            return []
        ours = Counter(value for term in terms for value in self._pending_terms.get(term, ()))
        stored = self._ranked.get((tuple(terms), limit)) if self.server else None
        if stored is None:  # a few blocks a term, counted here: SQLite's walk of a row per posting cost more
            stored = _counted_best(self.blocks.postings(terms), limit)
        if ours:
            ours.update({value: n for n, value in stored})
            stored = _best(ours, limit)
        ids = [claim_of(value) for _, value in stored]
        self._read_keys(ids)
        keys, pending_keys = self._keys, self._pending_keys
        return [(claim_id, pending_keys[claim_id] if claim_id in pending_keys else keys[claim_id]) for claim_id in ids]

    def rank_ahead(self, asked: Iterable[Sequence[str]], limit: int) -> None:
        """PostgreSQL: the stored claims for many term lists (a batch of documents' statements) ranked from one
        read of their terms' blocks, and the best ones' keys in one more, so that `sharing` asked for one of them
        later needs no round trip of its own. The stored postings do not change meanwhile: the claims lock is held,
        and this transaction's new claims wait in memory until `flush`. (SQLite reads the blocks in this process:
        nothing to save there.)"""
        if not self.server:
            return
        lists = [
            terms
            for terms in dict.fromkeys(tuple(terms) for terms in asked)
            if terms and (terms, limit) not in self._ranked
        ]
        group: list[tuple[str, ...]] = []
        postings = 0
        for n, terms in enumerate(lists):
            group.append(terms)
            postings += sum(self._known.get(term, 0) for term in terms)
            if postings >= _AHEAD_POSTINGS or n == len(lists) - 1:
                read = self.blocks.postings_by_term({term for listed in group for term in listed})
                for listed in group:
                    postings = array("q")
                    for term in listed:
                        postings.extend(read.get(term, ()))
                    self._ranked[listed, limit] = _counted_best(postings, limit)
                group, postings = [], 0
        self._read_keys([claim_of(value) for ranked in self._ranked.values() for _, value in ranked])

    def _read_keys(self, ids: list[int]) -> None:
        """Read the keys of these claims not read yet (nor added in this transaction)."""
        unread = sorted({claim_id for claim_id in ids if claim_id not in self._keys} - self._pending_keys.keys())
        if not unread:
            return
        if self.server:
            self._keys.update(self.connection.execute(_keys_of(), {"ids": unread}).all())
        else:
            for chunk in chunks(unread, 500):
                self._keys.update(
                    sqlite_rows(self.connection, "SELECT id, match_key FROM claim WHERE id IN ({})", chunk)
                )

    # --- keeping it ---------------------------------------------------------------------------------------------
    def add(self, claims: Iterable[tuple[int, str]]) -> None:
        """Index new live claims by their match keys: seen by this transaction's lookups at once, written at its end."""
        claims = list(claims)
        held = [(claim_id, set(key.split())) for claim_id, key in claims]
        if not held:
            return
        self._pending_keys.update(claims)
        for claim_id, terms in held:
            value = posting(claim_id, len(terms))
            for term in terms:
                self._pending_terms[term].append(value)
        changes = Counter(term for _, terms in held for term in {ALL_CLAIMS, *terms})
        self._pending_counts.update(changes)
        self._remember(changes, +1)

    def flush(self) -> None:
        """Write the claims added in this transaction (before it commits)."""
        if self._pending_terms:
            self.blocks.change(self._pending_terms, {})
            self._count(self._pending_counts, +1)
            self._keys.update(self._pending_keys)
            self._ranked = {}
        self._pending_counts, self._pending_terms, self._pending_keys = Counter(), defaultdict(list), {}

    def remove(self, claims: Iterable[tuple[int, str]]) -> None:
        """Forget claims (merged into another), given the keys they were indexed by."""
        held = [(claim_id, set(key.split())) for claim_id, key in claims]
        if not held:
            return
        self.flush()
        removed: dict[str, set[int]] = defaultdict(set)
        for claim_id, terms in held:
            self._keys.pop(claim_id, None)
            for term in terms:
                removed[term].add(claim_id)
        self.blocks.change({}, removed)
        changes = Counter(term for _, terms in held for term in {ALL_CLAIMS, *terms})
        self._count(changes, -1)
        self._remember(changes, -1)
        self._ranked = {}

    def replace(self, claim_id: int, old_key: str, new_key: str) -> None:
        """A claim's key changed (its wording was edited)."""
        self.remove([(claim_id, old_key)])
        self.add([(claim_id, new_key)])

    def rebuild(self) -> int:
        """Index every live claim again from its stored key (a database whose index was lost or never made). The
        postings are staged unordered, then packed in term and claim order, a block at a time."""
        self.flush()
        self.connection.execute(delete(_postings_table))
        self.connection.execute(delete(_terms_table))
        self._size, self._known, self._ranked, self._keys = None, {}, {}, {}
        self.connection.execute(
            text("CREATE TEMPORARY TABLE staged_claimterm (term VARCHAR, claim_id INTEGER, terms INTEGER)")
        )
        staged = table("staged_claimterm", column("term"), column("claim_id"), column("terms"))
        result = self.connection.execute(
            select(_claims_table.c.id, _claims_table.c.match_key)
            .where(_claims_table.c.merged_into_id.is_(None))
            .execution_options(yield_per=20_000)  # on the statement: a connection's options outlive the query
        )
        counts: Counter[str] = Counter()
        for batch in result.partitions():
            held = [(claim_id, set(key.split())) for claim_id, key in batch]
            rows = [
                {"term": term, "claim_id": claim_id, "terms": len(terms)} for claim_id, terms in held for term in terms
            ]
            if rows:
                self.connection.execute(insert(staged), rows)
            counts.update(term for _, terms in held for term in {ALL_CLAIMS, *terms})
        self.blocks.rebuild(
            self.connection.execute(
                select(staged.c.term, staged.c.claim_id, staged.c.terms)
                .order_by(staged.c.term, staged.c.claim_id)
                .execution_options(yield_per=50_000)
            )
        )
        self.connection.execute(text("DROP TABLE staged_claimterm"))
        rows = [{"term": term, "claims": claims} for term, claims in sorted(counts.items())]
        for chunk in chunks(rows, 50_000):
            self.connection.execute(insert(_terms_table), list(chunk))
        return counts[ALL_CLAIMS]

    def _remember(self, changes: Counter[str], sign: int) -> None:
        """Keep the counts read so far as they change."""
        if ALL_CLAIMS in changes and self._size is not None:
            self._size += sign * changes[ALL_CLAIMS]
        for term, n in changes.items():
            if term in self._known:
                self._known[term] += sign * n

    def _count(self, changes: Counter[str], sign: int) -> None:
        """Add to (or take from) the terms' stored counts, in term order: concurrent writers lock rows in one order."""
        ordered = sorted(changes.items())
        if sign < 0:
            self.connection.execute(
                update(_terms_table)
                .where(_terms_table.c.term == bindparam("counted"))
                .values(claims=_terms_table.c.claims - bindparam("fewer")),
                [{"counted": term, "fewer": n} for term, n in ordered],
            )
        elif self.server:
            self.connection.execute(
                _count_arrays(), {"terms": [term for term, _ in ordered], "counts": [n for _, n in ordered]}
            )
        else:
            sqlite_many(
                self.connection,
                "INSERT INTO matchterm (term, claims) VALUES (?, ?)"
                " ON CONFLICT (term) DO UPDATE SET claims = matchterm.claims + excluded.claims",
                ordered,
            )


def _counted_best(postings: array, limit: int) -> list[tuple[int, int]]:
    """`_best` of these postings counted: by numpy when they are many (sorted, each number's run counted: twice as
    fast as a Counter from 8,000 postings, which at 1M claims the slowest twentieth of lookups read; importing it
    costs 130 ms and 16 MB, so only a process that needs it pays that)."""
    if len(postings) < _MANY_POSTINGS:
        return _best(Counter(postings), limit)
    import numpy

    numbers, counts = numpy.unique(numpy.frombuffer(postings, dtype=numpy.int64), return_counts=True)
    twice = counts >= 2
    if not twice.any():  # each claim shares one term: the lowest numbers, in the order numpy sorted them
        return [(1, int(number)) for number in numbers[:limit]]
    numbers, counts = numbers[twice], counts[twice]
    return [(int(counts[n]), int(numbers[n])) for n in numpy.lexsort((numbers, -counts))[:limit]]


def _best(counted: Counter[int], limit: int) -> list[tuple[int, int]]:
    """The best `limit` (terms shared, packed posting) of these counts: most shared first, then by the packed number
    (shortest key, then lowest id); only those sharing two terms when any does."""
    pool = [(-n, value) for value, n in counted.items() if n >= 2] or [(-n, value) for value, n in counted.items()]
    return [(-fewer, value) for fewer, value in heapq.nsmallest(limit, pool)]


def lock_claims(connection: Connection) -> None:
    """Wait for the lock under which claims are decided and the index changes (PostgreSQL; SQLite's writers hold
    the database's own lock from BEGIN IMMEDIATE). Released at commit or rollback."""
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SELECT pg_advisory_xact_lock({CLAIMS_LOCK})"))


# --- the statements, built once -------------------------------------------------------------------------------------
def _among(column: Any) -> Any:
    """`column` is one of the `terms` parameter's, an array (PostgreSQL: SQLite reads terms through its own cursor),
    so the query's text is the same whatever the count."""
    return column == any_(bindparam("terms", type_=postgresql.ARRAY(String)))


@cache
def _claims_indexed() -> Any:
    return select(_terms_table.c.claims).where(_terms_table.c.term == ALL_CLAIMS)


@cache
def _frequencies() -> Any:
    return select(_terms_table.c.term, _terms_table.c.claims).where(
        _among(_terms_table.c.term), _terms_table.c.claims > 0
    )


@cache
def _count_arrays() -> Any:
    return text(
        "INSERT INTO matchterm (term, claims)"
        " SELECT * FROM unnest(CAST(:terms AS varchar[]), CAST(:counts AS integer[]))"
        " ON CONFLICT (term) DO UPDATE SET claims = matchterm.claims + excluded.claims"
    ).bindparams(
        bindparam("terms", type_=postgresql.ARRAY(String)), bindparam("counts", type_=postgresql.ARRAY(Integer))
    )


@cache
def _keys_of() -> Any:
    return select(_claims_table.c.id, _claims_table.c.match_key).where(
        _claims_table.c.id == any_(bindparam("ids", type_=postgresql.ARRAY(Integer)))
    )
