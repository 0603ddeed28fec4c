"""The claim index kept in the database: for each match-key term, the live claims holding it (`claimterm`) and how
many they are (`matchterm`). Every write that adds, re-words or merges a claim keeps it, in the same transaction, so
ingest reads it where it is instead of rebuilding it in memory, and several ingest processes share it.

Ingest reads and changes it under one lock (`CLAIMS_LOCK`, a PostgreSQL advisory lock held until commit; SQLite's
write lock does the same), so a claim decided by one process is seen by the next and never made twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection

from claimtrack.models import Claim, ClaimTerm, MatchTerm
from claimtrack.store.engine import chunks

ALL_CLAIMS = ""  # the term every key holds: its count is the number of claims indexed
CLAIMS_LOCK = 7_317_002  # PostgreSQL advisory lock key: one transaction at a time decides and changes claims

_terms_table = MatchTerm.__table__
_postings_table = ClaimTerm.__table__


def _term_count(key_column):  # type: ignore[no-untyped-def]
    """How many terms a stored match key holds (terms are separated by one space), in SQL every database runs."""
    return func.length(key_column) - func.length(func.replace(key_column, " ", "")) + 1


class StoredIndex:
    """The persisted claim index, read and changed on one transaction's connection (match.Candidates)."""

    def __init__(self, connection: Connection):
        self.connection = connection
        self._size: int | None = None

    # --- reading (match.Candidates) -----------------------------------------------------------------------------
    def size(self) -> int:
        if self._size is None:
            self._size = (
                self.connection.execute(select(_terms_table.c.claims).where(_terms_table.c.term == ALL_CLAIMS)).scalar()
                or 0
            )
        return self._size

    def frequencies(self, terms: Collection[str]) -> dict[str, int]:
        """How many claims hold each of these terms (terms no claim holds are left out)."""
        found: dict[str, int] = {}
        for chunk in chunks(sorted(set(terms) - {ALL_CLAIMS}), 500):
            rows = self.connection.execute(
                select(_terms_table.c.term, _terms_table.c.claims).where(
                    _terms_table.c.term.in_(chunk), _terms_table.c.claims > 0
                )
            )
            found.update((term, claims) for term, claims in rows)
        return found

    def sharing(self, terms: Sequence[str], limit: int) -> list[tuple[int, str]]:
        """(id, match key) of the claims holding the most of these terms, at least two if any claim holds two: most
        shared first, then the shortest keys (which the terms cover most), then the oldest; at most `limit`."""
        if not terms:
            return []
        for at_least in (2, 1):
            shared = (
                select(_postings_table.c.claim_id, func.count().label("shared"))
                .where(_postings_table.c.term.in_(list(terms)))
                .group_by(_postings_table.c.claim_id)
                .having(func.count() >= at_least)
                .subquery()
            )
            rows = self.connection.execute(
                select(Claim.id, Claim.match_key)
                .join(shared, shared.c.claim_id == Claim.id)
                .order_by(shared.c.shared.desc(), _term_count(Claim.match_key), Claim.id)
                .limit(limit)
            ).all()
            if rows:
                return [(claim_id, key) for claim_id, key in rows]
        return []

    # --- keeping it ---------------------------------------------------------------------------------------------
    def add(self, claims: Iterable[tuple[int, str]]) -> None:
        """Index new live claims by their match keys."""
        claims = list(claims)
        if not claims:
            return
        self._post([{"term": term, "claim_id": claim_id} for claim_id, key in claims for term in set(key.split())])
        self._count(Counter(term for _, key in claims for term in {ALL_CLAIMS, *key.split()}), +1)

    def remove(self, claims: Iterable[tuple[int, str]]) -> None:
        """Forget claims (merged into another), given the keys they were indexed by."""
        claims = list(claims)
        if not claims:
            return
        rows = [{"posted": term, "claim": claim_id} for claim_id, key in claims for term in set(key.split())]
        if rows:
            self.connection.execute(
                delete(_postings_table).where(
                    _postings_table.c.term == bindparam("posted"), _postings_table.c.claim_id == bindparam("claim")
                ),
                rows,
            )
        self._count(Counter(term for _, key in claims for term in {ALL_CLAIMS, *key.split()}), -1)

    def replace(self, claim_id: int, old_key: str, new_key: str) -> None:
        """A claim's key changed (its wording was edited): only the terms that differ move."""
        old, new = set(old_key.split()), set(new_key.split())
        gone, added = sorted(old - new), sorted(new - old)
        if gone:
            self.connection.execute(
                delete(_postings_table).where(_postings_table.c.claim_id == claim_id, _postings_table.c.term.in_(gone))
            )
            self._count(Counter(gone), -1)
        if added:
            self._post([{"term": term, "claim_id": claim_id} for term in added])
            self._count(Counter(added), +1)

    def rebuild(self) -> int:
        """Index every live claim again from its stored key (a database whose index was lost or never made)."""
        self.connection.execute(delete(_postings_table))
        self.connection.execute(delete(_terms_table))
        self._size = None
        indexed = 0
        rows = self.connection.execute(
            select(Claim.id, Claim.match_key)
            .where(Claim.merged_into_id.is_(None))
            .execution_options(yield_per=20_000)  # on the statement: a connection's options outlive the query
        )
        counts: Counter[str] = Counter()
        for batch in rows.partitions():
            postings = [{"term": term, "claim_id": claim_id} for claim_id, key in batch for term in set(key.split())]
            for chunk in chunks(postings, 50_000):
                self.connection.execute(insert(_postings_table), list(chunk))
            counts.update(term for _, key in batch for term in {ALL_CLAIMS, *key.split()})
            indexed += len(batch)
        rows_out = [{"term": term, "claims": claims} for term, claims in sorted(counts.items())]
        for chunk in chunks(rows_out, 50_000):
            self.connection.execute(insert(_terms_table), list(chunk))
        return indexed

    def _post(self, rows: list[dict]) -> None:
        if rows:
            self.connection.execute(insert(_postings_table), rows)

    def _count(self, changes: Counter[str], sign: int) -> None:
        """Add to (or take from) the terms' counts, in term order: concurrent writers lock rows in one order."""
        if ALL_CLAIMS in changes and self._size is not None:
            self._size += sign * changes[ALL_CLAIMS]
        if sign > 0:
            rows = [{"term": term, "claims": n} for term, n in sorted(changes.items())]
            self.connection.execute(_upsert(self.connection.dialect.name), rows)
        else:
            self.connection.execute(
                update(_terms_table)
                .where(_terms_table.c.term == bindparam("counted"))
                .values(claims=_terms_table.c.claims - bindparam("fewer")),
                [{"counted": term, "fewer": n} for term, n in sorted(changes.items())],
            )


def lock_claims(connection: Connection) -> None:
    """Wait for the lock under which claims are decided and the index changes (PostgreSQL; SQLite's writers hold
    the database's own lock from BEGIN IMMEDIATE). Released at commit or rollback."""
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"SELECT pg_advisory_xact_lock({CLAIMS_LOCK})"))


def _upsert(dialect: str):  # type: ignore[no-untyped-def]
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    statement = dialect_insert(_terms_table)
    return statement.on_conflict_do_update(
        index_elements=["term"], set_={"claims": _terms_table.c.claims + statement.excluded.claims}
    )
