"""history search index

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04

The history filter looks for a typed text inside the actor, entity, action and before/after
text of one engagement's events. Without an index that reads every event of the stream; a
1,800,000-event history takes seconds. This revision adds a trigram index, which narrows
the search to the events that can hold the text; the exact comparison the queries make
(core.queries.history) then runs on those few rows only, so the results do not change.

SQLite: an FTS5 table with the ``trigram`` tokenizer (case folded by SQLite) over the
five columns, reading its text from ``history_event`` itself (external content: the text is
not stored twice). Three triggers keep it in step with every insert, and with the update
or delete that only tampering makes; they are plain SQL, so any program writing the file
keeps the index right. The existing events are indexed here ('rebuild').

PostgreSQL: GIN trigram indexes (the pg_trgm extension) on the folded text the queries
compare, ``replace(lower(col), '’', '''')``, which the planner then uses for the LIKE
filters unchanged. pg_trgm ships with PostgreSQL and is a trusted extension (version 13 and
later): a role that may create objects in the database can install it. When it is missing
or may not be installed, the revision still succeeds without the indexes (the search reads
every event as before, with the same results) and says so in a warning. An administrator
can later install pg_trgm and create the indexes with the statements below.
"""

from __future__ import annotations

import warnings

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

COLUMNS = ('actor', 'entity', 'action', 'before', 'after')
FTS = 'history_search'


def _quoted(columns: tuple[str, ...], prefix: str = '') -> str:
    return ', '.join(f'{prefix}"{c}"' for c in columns)


def _sqlite_upgrade() -> None:
    try:
        op.execute(
            f"CREATE VIRTUAL TABLE {FTS} USING fts5({_quoted(COLUMNS)}, "
            "content='history_event', content_rowid='rowid', tokenize='trigram')"
        )
    except sa.exc.OperationalError:  # an SQLite built without FTS5, or older than 3.34
        warnings.warn(
            "this SQLite has no FTS5 trigram tokenizer, so the history search has no index "
            "and reads every event (the results are the same)",
            stacklevel=1,
        )
        return
    values_new = _quoted(COLUMNS, 'new.')
    values_old = _quoted(COLUMNS, 'old.')
    op.execute(
        f"CREATE TRIGGER {FTS}_insert AFTER INSERT ON history_event BEGIN "
        f"INSERT INTO {FTS}(rowid, {_quoted(COLUMNS)}) VALUES (new.rowid, {values_new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {FTS}_delete AFTER DELETE ON history_event BEGIN "
        f"INSERT INTO {FTS}({FTS}, rowid, {_quoted(COLUMNS)}) "
        f"VALUES ('delete', old.rowid, {values_old}); END"
    )
    op.execute(
        f"CREATE TRIGGER {FTS}_update AFTER UPDATE ON history_event BEGIN "
        f"INSERT INTO {FTS}({FTS}, rowid, {_quoted(COLUMNS)}) "
        f"VALUES ('delete', old.rowid, {values_old}); "
        f"INSERT INTO {FTS}(rowid, {_quoted(COLUMNS)}) VALUES (new.rowid, {values_new}); END"
    )
    op.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")


def _postgresql_upgrade() -> None:
    bind = op.get_bind()
    schema = _trigram_schema(bind)
    if schema is None:
        warnings.warn(
            "the PostgreSQL extension pg_trgm is not installed and this database role may "
            "not install it, so the history search has no index and reads every event; "
            "an administrator can install pg_trgm and add the indexes of schema revision 0002",
            stacklevel=1,
        )
        return
    opclass = f'"{schema}".gin_trgm_ops'
    for column in COLUMNS:
        op.execute(
            f'CREATE INDEX ix_history_event_{column}_trgm ON history_event USING gin '
            f"((replace(lower(\"{column}\"), '\u2019', '''')) {opclass})"
        )


def _trigram_schema(bind: sa.engine.Connection) -> str | None:
    """The schema pg_trgm lives in, installing it when it is missing and allowed; None
    when it cannot be had. A refused CREATE EXTENSION is undone in a savepoint, so the
    upgrade's transaction goes on."""
    find = sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'"
    )
    schema = bind.execute(find).scalar()
    if schema is not None:
        return str(schema)
    available = bind.execute(
        sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
    ).scalar()
    if available is None:
        return None
    # Into "public" when allowed: an extension belongs to the whole database, and one
    # installed in a schema that is later dropped would take these indexes with it.
    for statement in (
        "CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    ):
        savepoint = bind.begin_nested()
        try:
            bind.execute(sa.text(statement))
        except sa.exc.DBAPIError:
            savepoint.rollback()
            continue
        savepoint.commit()
        schema = bind.execute(find).scalar()
        return None if schema is None else str(schema)
    return None


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _sqlite_upgrade()
    else:
        _postgresql_upgrade()


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for suffix in ('insert', 'delete', 'update'):
            op.execute(f'DROP TRIGGER IF EXISTS {FTS}_{suffix}')
        op.execute(f'DROP TABLE IF EXISTS {FTS}')
    else:
        for column in COLUMNS:
            op.execute(f'DROP INDEX IF EXISTS ix_history_event_{column}_trgm')
