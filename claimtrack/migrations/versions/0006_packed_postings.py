"""The claim index's postings packed: a term's live claims, with the terms of each one's key, as blocks of up to 480
numbers a row (termpostings; migrations/claim_postings.py) instead of a row per term and claim (claimterm), so a
lookup reads a few rows a term instead of thousands. Packed from claimterm as it is stored, in term and claim order,
a block at a time: nothing is held in memory beyond one block and one batch of rows to insert.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

from claimtrack.migrations.claim_postings import claim_of, packed_blocks, size_of, unpack

revision: str = "0006"
down_revision: Union[str, Sequence[str], None] = "0005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_READ = 50_000  # rows read at once
_WRITE = 2_000  # blocks inserted at once (up to 8 MB)


def upgrade() -> None:
    blocks = op.create_table(
        "termpostings",
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("first_id", sa.Integer(), nullable=False),
        sa.Column("postings", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("term", "first_id"),
    )
    connection = op.get_bind()
    old = sa.table("claimterm", sa.column("term"), sa.column("claim_id"), sa.column("terms"))
    rows = connection.execute(
        sa.select(old.c.term, old.c.claim_id, old.c.terms)
        .order_by(old.c.term, old.c.claim_id)  # claimterm's primary key: read in its order, never sorted
        .execution_options(yield_per=_READ)  # on the statement: a connection's options outlive the query
    )
    batch: list[dict] = []
    for term, first_id, postings in packed_blocks(rows):
        batch.append({"term": term, "first_id": first_id, "postings": postings})
        if len(batch) == _WRITE:
            connection.execute(sa.insert(blocks), batch)
            batch = []
    if batch:
        connection.execute(sa.insert(blocks), batch)
    op.drop_table("claimterm")


def downgrade() -> None:
    postings = op.create_table(
        "claimterm",
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("terms", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", "claim_id"),
        sqlite_with_rowid=False,
    )
    connection = op.get_bind()
    blocks = sa.table("termpostings", sa.column("term"), sa.column("first_id"), sa.column("postings"))
    read = connection.execute(
        sa.select(blocks.c.term, blocks.c.postings)
        .order_by(blocks.c.term, blocks.c.first_id)
        .execution_options(yield_per=_WRITE)
    )
    for batch in read.partitions():
        rows = [
            {"term": term, "claim_id": claim_of(value), "terms": size_of(value)}
            for term, packed in batch
            for value in unpack(packed)
        ]
        if rows:
            connection.execute(sa.insert(postings), rows)
    op.drop_table("termpostings")
