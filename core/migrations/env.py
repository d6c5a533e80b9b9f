"""Alembic environment: always given a live connection by ``core.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from core.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("run migrations through core.migrate, which supplies a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    transaction_per_migration=False,
)
context.run_migrations()
