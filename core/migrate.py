"""Alembic, driven from code: the schema is upgraded automatically at start.

On SQLite, Alembic rebuilds tables for many changes ("batch" mode: copy, drop, rename).
With foreign keys on, dropping the old table would cascade-delete child rows, so the
migration runs with ``PRAGMA foreign_keys=OFF`` (it can only change outside a
transaction) and ``PRAGMA foreign_key_check`` must come back empty before the commit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from core.errors import DatabaseRefusedError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@dataclass(frozen=True, slots=True)
class SchemaState:
    revision: str | None
    head: str
    foreign: bool
    newer: bool

    @property
    def pending(self) -> bool:
        return self.revision != self.head


def current_state(engine: Engine) -> SchemaState:
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if head is None:
        raise RuntimeError("no migrations are packaged with this build")
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = MigrationContext.configure(conn).get_current_revision()
    foreign = revision is None and bool(tables - {"alembic_version"})
    newer = False
    if revision is not None:
        try:
            known = script.get_revision(revision)
        except Exception:  # noqa: BLE001 - alembic raises several kinds for unknown ids
            known = None
        newer = known is None
    return SchemaState(revision=revision, head=head, foreign=foreign, newer=newer)


def upgrade(engine: Engine) -> None:
    config = alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        # The pragma is ignored inside a transaction, so it goes straight to the driver
        # connection (autocommit, see core.db.make_engine) before BEGIN.
        raw = conn.connection.dbapi_connection
        if sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseRefusedError(
                            f"the schema upgrade would leave {len(broken)} broken references; "
                            "it was rolled back and the database is unchanged"
                        )
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
