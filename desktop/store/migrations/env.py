"""Alembic environment: runs on the connection that desktop.store.migrate hands over."""

from __future__ import annotations

from alembic import context

from desktop.store.models import Base
from desktop.store.schema import is_model_table

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying
    compare_type=True,
    include_name=lambda name, kind, _parent: kind != "table" or is_model_table(name or ""),
)
with context.begin_transaction():
    context.run_migrations()
