"""The indexes the claims list is read with, kept on disk so no reader holds every claim in memory.

claim_search           each claim's words as the search box compares them (`search_words`, folded), one row per
                       claim (rowid = claim id), written with the claim by the store's write path. On SQLite an FTS5
                       table with the trigram tokenizer, so any part of a word is found by index; on PostgreSQL a
                       table with a pg_trgm GIN index (when the extension can be created), which answers LIKE.
search_word            every word claims have used, for near misses of a typed word (a vocabulary, never pruned: a
                       word no claim holds any more finds nothing)
ix_claim_triage_order  claims in triage order (flagged first, then status, check-worthiness, id): the first page of
                       the claims list is read from its head, and a status filter is a range of it
ix_claim_checkworthiness_order  the same for the list sorted by check-worthiness (`t` in the TUI)

These live outside models.py (a virtual table and an expression index are not what SQLModel describes), so the
migration and a fresh schema both create them with `create`, and Alembic's comparison leaves them out (`OWN_NAMES`).
The store writes and reads them through this module (it sits below the store, as the migrations do).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, bindparam, delete, insert, literal_column
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from claimtrack.models import STATUSES
from claimtrack.textutil import search_words

TRIAGE_ORDER = {status: rank for rank, status in enumerate(STATUSES)}  # as the store sorts for triage
_METADATA = MetaData()
SEARCH = Table("claim_search", _METADATA, Column("rowid", Integer, primary_key=True), Column("words", Text))
VOCABULARY = Table("search_word", _METADATA, Column("word", String, primary_key=True))
TRIAGE_INDEX = "ix_claim_triage_order"
CHECKWORTHINESS_INDEX = "ix_claim_checkworthiness_order"
FLAGGED_OFFSET = 100  # the triage key of a claim not flagged for review: its status rank plus this
# what Alembic's comparison with models.py skips: the FTS5 table, its shadow tables, and the indexes made here
OWN_NAMES = frozenset(
    {SEARCH.name, VOCABULARY.name, TRIAGE_INDEX, CHECKWORTHINESS_INDEX, "ix_claim_search_words"}
    | {f"{SEARCH.name}_{shadow}" for shadow in ("data", "idx", "content", "docsize", "config")}
)


def triage_key_sql(table: str = "") -> str:
    """The triage order in one integer: flagged claims first, then by status rank (unknown statuses last)."""
    prefix = f"{table}." if table else ""
    ranks = " ".join(f"WHEN '{status}' THEN {rank}" for status, rank in TRIAGE_ORDER.items())
    return (
        f"(CASE WHEN {prefix}needs_review THEN 0 ELSE {FLAGGED_OFFSET} END + CASE {prefix}status {ranks} ELSE 99 END)"
    )


def triage_key() -> ColumnElement[int]:
    """The key as a column of `claim`, written exactly as the index has it (SQLite matches an index's expression
    only when the query's is the same)."""
    return literal_column(triage_key_sql("claim"), Integer)


def status_keys(statuses: Iterable[str]) -> list[int]:
    """The triage keys a claim with one of these statuses can have (flagged or not)."""
    ranks = [TRIAGE_ORDER[status] for status in statuses if status in TRIAGE_ORDER]
    return sorted(ranks + [rank + FLAGGED_OFFSET for rank in ranks])


def indexed_words(text: str) -> str:
    """What claim_search holds for a text: its words between spaces, so ' word' finds a word's beginning."""
    return f" {' '.join(search_words(text))} "


def create(connection: Connection) -> None:
    """Create the search table, the vocabulary and the triage index, and fill them from the claims there are."""
    key = triage_key_sql()
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("CREATE VIRTUAL TABLE claim_search USING fts5(words, tokenize='trigram')")
        connection.exec_driver_sql("CREATE TABLE search_word (word VARCHAR NOT NULL PRIMARY KEY) WITHOUT ROWID")
    else:
        connection.exec_driver_sql("CREATE TABLE claim_search (rowid BIGINT PRIMARY KEY, words TEXT NOT NULL)")
        connection.exec_driver_sql("CREATE TABLE search_word (word VARCHAR NOT NULL PRIMARY KEY)")
        operators = _trigram_operators(connection)
        if operators:
            connection.exec_driver_sql(
                f"CREATE INDEX ix_claim_search_words ON claim_search USING gin (words {operators})"
            )
    # SQLite's planner takes `merged_into_id IS NULL` as the first column's equality (a partial index it passed
    # over for ix_claim_merged_into_id); PostgreSQL's orders by no column after an IS NULL, but uses a partial index
    for name, columns in (
        (TRIAGE_INDEX, f"{key}, checkworthiness DESC, id"),
        (CHECKWORTHINESS_INDEX, "checkworthiness DESC, id"),
    ):
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql(f"CREATE INDEX {name} ON claim (merged_into_id, {columns})")
        else:
            connection.exec_driver_sql(f"CREATE INDEX {name} ON claim ({columns}) WHERE merged_into_id IS NULL")
    last = 0
    while True:
        rows = connection.exec_driver_sql(
            "SELECT id, text FROM claim WHERE id > %s ORDER BY id LIMIT 20000" % int(last)
        ).all()
        if not rows:
            break
        add(connection, rows)
        last = rows[-1][0]


def drop(connection: Connection) -> None:
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {CHECKWORTHINESS_INDEX}")
    connection.exec_driver_sql(f"DROP INDEX IF EXISTS {TRIAGE_INDEX}")
    connection.exec_driver_sql("DROP TABLE IF EXISTS search_word")
    connection.exec_driver_sql("DROP TABLE IF EXISTS claim_search")


def _trigram_operators(connection: Connection) -> str:
    """pg_trgm's GIN operator class, qualified by the schema it lives in; "" when it cannot be installed (a role
    without the right: search then reads the table instead of an index)."""
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - any refusal means the same: no index, the same answers, slower
        return ""
    schema = connection.exec_driver_sql(
        "SELECT nspname FROM pg_extension JOIN pg_namespace ON pg_namespace.oid = extnamespace"
        " WHERE extname = 'pg_trgm'"
    ).scalar()
    return f'"{schema}".gin_trgm_ops' if schema else ""


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def add(connection: Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Index new claims' texts (id, text)."""
    indexed = [(claim_id, indexed_words(text)) for claim_id, text in rows]
    if not indexed:
        return
    for chunk in _chunks(indexed, 5000):
        connection.execute(insert(SEARCH), [{"rowid": claim_id, "words": words} for claim_id, words in chunk])
    words = sorted({word for _, text in indexed for word in text.split()})
    dialect_insert: Any
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    for chunk in _chunks(words, 5000):
        connection.execute(dialect_insert(VOCABULARY).on_conflict_do_nothing(), [{"word": word} for word in chunk])


def replace(connection: Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Index claims whose text changed."""
    rows = list(rows)
    if rows:
        connection.execute(delete(SEARCH).where(SEARCH.c.rowid == bindparam("claim")), [{"claim": i} for i, _ in rows])
        add(connection, rows)
