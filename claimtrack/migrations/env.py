"""Alembic's environment for claimtrack: migrations always run on a connection that claimtrack hands in."""

from alembic import context
from sqlmodel import SQLModel

import claimtrack.models  # noqa: F401 - registers the tables on SQLModel.metadata
from claimtrack.migrations import include_name

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "claimtrack's migrations run through claimtrack.migrations (Store.upgrade), not the alembic command"
    )

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
