"""The claim index kept in the database: for each match-key term, the live claims holding it (`claimterm`, with the
number of terms each claim's key holds, by which candidates are ranked) and how many they are (`matchterm`). Every
write that adds, re-words or merges a claim keeps it, in the same transaction, so ingest reads it where it is instead
of rebuilding it in memory, and several ingest processes share it.

Ingest reads and changes it under one lock (`CLAIMS_LOCK`, a PostgreSQL advisory lock held until commit; SQLite's
write lock does the same), so a claim decided by one process is seen by the next and never made twice.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Integer, String, any_, bindparam, column, delete, func, insert, select, table, text, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Connection

from claimtrack.models import Claim, ClaimTerm, MatchTerm
from claimtrack.store.engine import chunks

ALL_CLAIMS = ""  # the term every key holds: its count is the number of claims indexed
CLAIMS_LOCK = 7_317_002  # PostgreSQL advisory lock key: one transaction at a time decides and changes claims

# SQLite reads a posting as one number: claim id × _PACKED + the terms of its key (capped: only keys of 65,535 terms or
# more, which no sentence has, would rank as equals)
_PACKED = 65_536
_PACKED_POSTINGS = (
    f"SELECT group_concat(claim_id * {_PACKED} + min(terms, {_PACKED - 1})) FROM claimterm WHERE term IN ({{}})"
)

_terms_table = MatchTerm.__table__
_postings_table = ClaimTerm.__table__
_claims_table = Claim.__table__


class StoredIndex:
    """The persisted claim index, read and changed on one transaction's connection (match.Candidates).

    On PostgreSQL the term lists travel as one array parameter, so each query's text is always the same and the
    server plans it once per connection; inserts go in as arrays too, one statement for many rows."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self.server = connection.dialect.name == "postgresql"
        self._size: int | None = None
        # counts read, kept as this index changes them: the lock ingest holds lets no one else change them meanwhile
        self._known: dict[str, int] = {}
        # claims added in this transaction, written at its end (`flush`): one statement for a batch of documents
        self._pending: list[tuple[str, int, int]] = []  # (term, claim id, terms in its key)
        self._pending_counts: Counter[str] = Counter()
        self._pending_terms: dict[str, list[tuple[int, int]]] = defaultdict(list)  # term → (claim id, key's terms)
        self._pending_keys: dict[int, str] = {}
        self._keys: dict[int, str] = {}  # candidates' keys read: a claim's key changes only by this index's writer
        # PostgreSQL: the stored claims sharing most of each of these term lists, ranked ahead (`rank_ahead`), until
        # the stored postings change
        self._ranked: dict[tuple[tuple[str, ...], int], list[tuple[int, str, int, int]]] = {}

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
                        self._plain_rows(
                            "SELECT term, claims FROM matchterm WHERE term IN ({}) AND claims > 0", list(chunk)
                        )
                    )
            self._known.update({term: read.get(term, 0) + self._pending_counts[term] for term in wanted})
        return {term: self._known[term] for term in terms if self._known.get(term)}

    def sharing(self, terms: Sequence[str], limit: int) -> list[tuple[int, str]]:
        """(id, match key) of the claims holding the most of these terms, at least two if any claim holds two: most
        shared first, then the shortest keys (which the terms cover most), then the oldest; at most `limit`."""
        if not terms:
            return []
        pending = [posting for term in terms for posting in self._pending_terms.get(term, ())]
        keys = self._keys
        sizes = dict(pending)
        # (claim id, terms shared, terms in its key) of this transaction's new claims, then of the stored ones
        ours = [(claim_id, n, sizes[claim_id]) for claim_id, n in Counter(claim_id for claim_id, _ in pending).items()]
        if self.server:  # ranked where the postings are: only the best rows cross the network
            best = self._ranked.get((tuple(terms), limit))
            if best is None:
                best = self.connection.execute(_sharing(), {"terms": list(terms), "limit": limit}).all()
            keys.update((claim_id, key) for claim_id, key, _, _ in best)
            counted = [(claim_id, n, size) for claim_id, _, n, size in best] + ours
            pool = [item for item in counted if item[1] >= 2] or counted
        else:
            # SQLite is in this process: the postings come as one string of numbers, each a claim's id and its key's
            # length (_PACKED), counted here as they are; only the claims sharing two terms are taken apart. (A row
            # per posting, and even an int per posting, would cost more than the count: at 1M claims, p95 of this
            # read 10 ms as tuples, 4.6 ms so.)
            stored = self._postings(terms)
            pool = [_unpacked(value, n) for value, n in stored.items() if n >= 2] + [
                item for item in ours if item[1] >= 2
            ]
            if not pool:
                pool = [_unpacked(value, n) for value, n in stored.items()] + ours
        ids = [
            claim_id for claim_id, _, _ in heapq.nsmallest(limit, pool, key=lambda item: (-item[1], item[2], item[0]))
        ]
        unread = [claim_id for claim_id in ids if claim_id not in keys and claim_id not in self._pending_keys]
        if unread:
            keys.update(self._plain_rows("SELECT id, match_key FROM claim WHERE id IN ({})", unread))
        pending_keys = self._pending_keys
        return [(claim_id, pending_keys[claim_id] if claim_id in pending_keys else keys[claim_id]) for claim_id in ids]

    def rank_ahead(self, asked: Iterable[Sequence[str]], limit: int) -> None:
        """PostgreSQL: rank the stored claims for many term lists in one query (a batch of documents' statements),
        so that `sharing` asked for one of them later needs no round trip of its own. The stored postings do not
        change meanwhile: the claims lock is held, and this transaction's new claims wait in memory until `flush`.
        (SQLite counts the postings in this process: nothing to save there.)"""
        if not self.server:
            return
        lists = [
            terms
            for terms in dict.fromkeys(tuple(terms) for terms in asked)
            if terms and (terms, limit) not in self._ranked
        ]
        if not lists:
            return
        numbers = [n for n, terms in enumerate(lists) for _ in terms]
        terms = [term for listed in lists for term in listed]
        ranked: dict[int, list[tuple[int, str, int, int]]] = defaultdict(list)
        for n, claim_id, key, shared, size in self.connection.execute(
            _ranked_ahead(), {"numbers": numbers, "terms": terms, "limit": limit}
        ):
            ranked[n].append((claim_id, key, shared, size))
        self._ranked.update(((listed, limit), ranked[n]) for n, listed in enumerate(lists))

    def _postings(self, terms: Sequence[str]) -> Counter[str]:
        """How many of these terms each stored claim holds, by its packed number (SQLite)."""
        cursor = self.connection.connection.cursor()
        try:
            sql = _PACKED_POSTINGS.format(", ".join("?" * len(terms)))
            (packed,) = cursor.execute(sql, list(terms)).fetchone()
        finally:
            cursor.close()
        return Counter(packed.split(",")) if packed else Counter()

    def _plain_rows(self, sql: str, values: list) -> list[tuple]:
        """Rows of a query whose `{}` takes one ? per value, as tuples from the SQLite cursor itself."""
        cursor = self.connection.connection.cursor()
        try:
            return cursor.execute(sql.format(", ".join("?" * len(values))), values).fetchall()
        finally:
            cursor.close()

    def _plain_many(self, sql: str, rows: Sequence[tuple]) -> None:
        """One SQLite statement for many rows of plain values, through the SQLite cursor (no dict per row)."""
        cursor = self.connection.connection.cursor()
        try:
            cursor.executemany(sql, rows)
        finally:
            cursor.close()

    # --- keeping it ---------------------------------------------------------------------------------------------
    def add(self, claims: Iterable[tuple[int, str]]) -> None:
        """Index new live claims by their match keys: seen by this transaction's lookups at once, written at its end."""
        claims = list(claims)
        held = [(claim_id, set(key.split())) for claim_id, key in claims]
        if not held:
            return
        self._pending_keys.update(claims)
        for claim_id, terms in held:
            for term in terms:
                self._pending.append((term, claim_id, len(terms)))
                self._pending_terms[term].append((claim_id, len(terms)))
        changes = Counter(term for _, terms in held for term in {ALL_CLAIMS, *terms})
        self._pending_counts.update(changes)
        self._remember(changes, +1)

    def flush(self) -> None:
        """Write the claims added in this transaction (before it commits)."""
        if self._pending:
            self._post(sorted(self._pending))
            self._count(self._pending_counts, +1)
            self._ranked = {}
        self._pending, self._pending_counts = [], Counter()
        self._pending_terms, self._pending_keys = defaultdict(list), {}

    def remove(self, claims: Iterable[tuple[int, str]]) -> None:
        """Forget claims (merged into another), given the keys they were indexed by."""
        held = [(claim_id, set(key.split())) for claim_id, key in claims]
        if not held:
            return
        self.flush()
        for claim_id, _ in held:
            self._keys.pop(claim_id, None)
        rows = [{"posted": term, "claim": claim_id} for claim_id, terms in held for term in terms]
        if rows:
            self.connection.execute(
                delete(_postings_table).where(
                    _postings_table.c.term == bindparam("posted"), _postings_table.c.claim_id == bindparam("claim")
                ),
                rows,
            )
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
        postings are staged unordered, then copied in key order, which B-trees take at append speed."""
        self.flush()
        self.connection.execute(delete(_postings_table))
        self.connection.execute(delete(_terms_table))
        self._size, self._known, self._ranked = None, {}, {}
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
        self.connection.execute(
            insert(_postings_table).from_select(
                ["term", "claim_id", "terms"],
                select(staged.c.term, staged.c.claim_id, staged.c.terms).order_by(staged.c.term, staged.c.claim_id),
            )
        )
        self.connection.execute(text("DROP TABLE staged_claimterm"))
        rows = [{"term": term, "claims": claims} for term, claims in sorted(counts.items())]
        for chunk in chunks(rows, 50_000):
            self.connection.execute(insert(_terms_table), list(chunk))
        return counts[ALL_CLAIMS]

    def _post(self, postings: list[tuple[str, int, int]]) -> None:
        """Insert (term, claim id, terms in the claim's key) postings."""
        for chunk in chunks(postings, 50_000):
            if self.server:
                terms, ids, sizes = (list(column) for column in zip(*chunk))
                self.connection.execute(_post_arrays(), {"terms": terms, "ids": ids, "sizes": sizes})
            else:
                self._plain_many("INSERT INTO claimterm (term, claim_id, terms) VALUES (?, ?, ?)", chunk)

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
            self._plain_many(
                "INSERT INTO matchterm (term, claims) VALUES (?, ?)"
                " ON CONFLICT (term) DO UPDATE SET claims = matchterm.claims + excluded.claims",
                ordered,
            )


def _unpacked(value: str, shared: int) -> tuple[int, int, int]:
    """(claim id, terms shared, terms in its key) from a packed posting and its count."""
    number = int(value)
    return number // _PACKED, shared, number % _PACKED


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
def _sharing() -> Any:
    """The best `limit` claims by terms shared, then key length, then id, ranked in the postings alone; their keys
    are read for those only."""
    shared = func.count().label("shared")
    size = func.min(_postings_table.c.terms).label("size")
    best = (
        select(_postings_table.c.claim_id, shared, size)
        .where(_among(_postings_table.c.term))
        .group_by(_postings_table.c.claim_id)
        .order_by(shared.desc(), size, _postings_table.c.claim_id)
        .limit(bindparam("limit"))
        .cte("best")
    )
    return (
        select(best.c.claim_id, _claims_table.c.match_key, best.c.shared, best.c.size)
        .join(_claims_table, _claims_table.c.id == best.c.claim_id)
        .order_by(best.c.shared.desc(), best.c.size, best.c.claim_id)
    )


@cache
def _ranked_ahead() -> Any:
    """`_sharing` for many term lists at once: list n's terms are the `terms` beside an n in `numbers`."""
    return text(
        "WITH asked AS (SELECT * FROM unnest(CAST(:numbers AS integer[]), CAST(:terms AS varchar[])) AS a (n, term)),"
        " counted AS (SELECT asked.n, claimterm.claim_id, count(*) AS shared, min(claimterm.terms) AS size"
        " FROM asked JOIN claimterm ON claimterm.term = asked.term GROUP BY asked.n, claimterm.claim_id),"
        " ranked AS (SELECT *, row_number() OVER (PARTITION BY n ORDER BY shared DESC, size, claim_id) AS place"
        " FROM counted)"
        " SELECT ranked.n, ranked.claim_id, claim.match_key, ranked.shared, ranked.size"
        " FROM ranked JOIN claim ON claim.id = ranked.claim_id WHERE ranked.place <= :limit"
        " ORDER BY ranked.n, ranked.shared DESC, ranked.size, ranked.claim_id"
    ).bindparams(
        bindparam("numbers", type_=postgresql.ARRAY(Integer)), bindparam("terms", type_=postgresql.ARRAY(String))
    )


@cache
def _post_arrays() -> Any:
    return text(
        "INSERT INTO claimterm (term, claim_id, terms)"
        " SELECT * FROM unnest(CAST(:terms AS varchar[]), CAST(:ids AS integer[]), CAST(:sizes AS integer[]))"
    ).bindparams(
        bindparam("terms", type_=postgresql.ARRAY(String)),
        bindparam("ids", type_=postgresql.ARRAY(Integer)),
        bindparam("sizes", type_=postgresql.ARRAY(Integer)),
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
