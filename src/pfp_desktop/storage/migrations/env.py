"""Alembic environment: always given an open connection by storage.user_db."""

from __future__ import annotations

from alembic import context

from pfp_desktop.storage.user_schema import UserBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=UserBase.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move in batch mode
)
with context.begin_transaction():
    context.run_migrations()
