"""Every schema migration can be undone: a database taken back to before the first revision
holds none of our tables, and upgrading it again gives exactly the schema of a new database
(what an administrator relies on when a release is rolled back). SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, inspect, text

from core import migrate
from core.db import make_engine, open_database, resolve_url
from core.services import Services
from tests.factories import make_active


def schema(engine: Engine) -> dict[str, object]:
    """Every table, index and trigger as the database itself describes it, comparable: on
    SQLite the statements in sqlite_master (expression indexes and the search index
    included); on PostgreSQL the columns, constraints and the definition of every index."""
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            rows = conn.execute(
                text("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
            )
            return {name: (kind, sql) for kind, name, sql in rows}
        found = inspect(conn)
        indexes = conn.execute(
            text("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()")
        )
        described: dict[str, object] = {f"index {name}": sql for name, sql in indexes}
        for table in found.get_table_names():
            described[table] = (
                [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(table)],
                found.get_pk_constraint(table)["constrained_columns"],
                sorted(
                    (f["referred_table"], tuple(f["constrained_columns"]))
                    for f in found.get_foreign_keys(table)
                ),
                sorted(str(c["sqltext"]) for c in found.get_check_constraints(table)),
            )
        return described


def run_alembic(engine: Engine, step: str, target: str) -> None:
    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, step)(config, target)


def test_the_migrations_go_back_to_an_empty_schema_and_up_again_to_the_same_one(
    db_url: str,
) -> None:
    db = open_database(db_url)
    try:
        make_active(Services(db, "tester"))  # rows in every table the downgrade drops
    finally:
        db.close()
    engine = make_engine(resolve_url(db_url))
    try:
        at_head = schema(engine)
        assert {"engagement", "milestone", "history_event", "idea"} <= set(at_head)

        run_alembic(engine, "downgrade", "base")
        assert [name for name in schema(engine) if "alembic_version" not in name] == []
        assert migrate.current_state(engine).revision is None

        run_alembic(engine, "upgrade", "head")
        assert schema(engine) == at_head
        assert migrate.current_state(engine).revision == migrate.HEAD
    finally:
        engine.dispose()
