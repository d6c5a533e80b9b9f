"""Alembic, driven from code: the schema is upgraded automatically at start.

On SQLite, Alembic rebuilds tables for many changes ("batch" mode: copy, drop, rename).
With foreign keys on, dropping the old table would cascade-delete child rows, so the
migration runs with ``PRAGMA foreign_keys=OFF`` (it can only change outside a
transaction) and ``PRAGMA foreign_key_check`` must come back empty before the commit."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from core.errors import DatabaseRefusedError
from core.messages import msg_n

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "0005"
"""The newest revision this build ships. A test keeps it equal to Alembic's head, so a
database already at HEAD opens without importing Alembic (it costs start-up time)."""


def alembic_config() -> Config:
    from alembic.config import Config

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


AT_HEAD = SchemaState(revision=HEAD, head=HEAD, foreign=False, newer=False)


def current_state(engine: Engine) -> SchemaState:
    with engine.connect() as conn:
        if inspect(conn).has_table("alembic_version"):
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
            if found == [HEAD]:
                return AT_HEAD
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

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
        except Exception:
            known = None
        newer = known is None
    return SchemaState(revision=revision, head=head, foreign=foreign, newer=newer)


def upgrade(engine: Engine) -> None:
    from alembic import command

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
                            msg_n(
                                len(broken),
                                "the schema upgrade would leave %n broken reference; "
                                "it was rolled back and the database is unchanged",
                                "the schema upgrade would leave %n broken references; "
                                "it was rolled back and the database is unchanged",
                            )
                        )
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
