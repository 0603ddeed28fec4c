"""One successor per audit event: (claim_id, prev_hash) is unique, so two writers cannot fork a claim's chain.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from typing import Sequence, Union

from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index("ux_statusevent_chain", "statusevent", ["claim_id", "prev_hash"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_statusevent_chain", table_name="statusevent")
