"""The claims list read from disk: an FTS5 trigram table of claims' words (pg_trgm on PostgreSQL), the vocabulary for
near misses, and an index in triage order (claimtrack.migrations.search_index says what each holds).

Revision ID: 0004_search
Revises: 0003
Create Date: 2026-11-30
"""

from typing import Sequence, Union

from alembic import op

from claimtrack.migrations import search_index

revision: str = "0004_search"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    search_index.create(op.get_bind())


def downgrade() -> None:
    search_index.drop(op.get_bind())
