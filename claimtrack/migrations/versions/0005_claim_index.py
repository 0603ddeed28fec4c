"""The claim index kept in the database: each match-key term's live claims (claimterm, with the number of terms of
each claim's key) and their count (matchterm), filled from the claims' stored keys, so ingest no longer rebuilds the
index in memory on each run.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-30

(Numbered 0005: branch scale-tui adds 0004, full-text search, from the same parent; the two are chained at merge.)
"""

from collections import Counter
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004_search"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_BATCH = 50_000


def upgrade() -> None:
    terms = op.create_table(
        "matchterm",
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term"),
    )
    postings = op.create_table(
        "claimterm",
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("terms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", "claim_id"),
        sqlite_with_rowid=False,
    )
    # staged unordered, then copied in key order, which the B-tree takes at append speed
    connection = op.get_bind()
    connection.execute(
        sa.text("CREATE TEMPORARY TABLE staged_claimterm (term VARCHAR, claim_id INTEGER, terms INTEGER)")
    )
    staged = sa.table("staged_claimterm", sa.column("term"), sa.column("claim_id"), sa.column("terms"))
    claim = sa.table(
        "claim", sa.column("id", sa.Integer), sa.column("match_key", sa.String), sa.column("merged_into_id", sa.Integer)
    )
    counts: Counter[str] = Counter()
    rows = connection.execute(
        sa.select(claim.c.id, claim.c.match_key)
        .where(claim.c.merged_into_id.is_(None))
        .execution_options(yield_per=_BATCH)  # on the statement: a connection's options outlive the query
    )
    for batch in rows.partitions():
        keys = [(claim_id, set((key or "").split())) for claim_id, key in batch]
        posted = [{"term": term, "claim_id": claim_id, "terms": len(held)} for claim_id, held in keys for term in held]
        if posted:
            connection.execute(sa.insert(staged), posted)
        for _, held in keys:
            counts.update(held)
        counts[""] += len(keys)  # the empty term, which every key holds, counts the claims indexed
    connection.execute(
        sa.insert(postings).from_select(
            ["term", "claim_id", "terms"],
            sa.select(staged.c.term, staged.c.claim_id, staged.c.terms).order_by(staged.c.term, staged.c.claim_id),
        )
    )
    connection.execute(sa.text("DROP TABLE staged_claimterm"))
    counted = [{"term": term, "claims": n} for term, n in sorted(counts.items())]
    for start in range(0, len(counted), _BATCH):
        connection.execute(sa.insert(terms), counted[start : start + _BATCH])


def downgrade() -> None:
    op.drop_table("claimterm")
    op.drop_table("matchterm")
