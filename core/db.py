"""Opening the database: URL resolution, the one engine factory, safety checks, migrations.

SQLite is the embedded default (one file in the user's data folder); a team points the
same app at PostgreSQL with a ``postgresql+psycopg://`` URL. A file that is not ours, is
damaged, or was written by a newer Scopekeeper is refused and never touched."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from core.errors import DatabaseRefusedError
from core.sqlite_file import (
    APPLICATION_ID,
    FileCheck,
    connect_readonly,
    default_path,
    inspect_sqlite_file,
)
from core.text import search_fold

if TYPE_CHECKING:
    from core.migrate import SchemaState
    from core.uow import UnitOfWork


def resolve_url(target: str | None) -> str:
    """``--db`` value, else ``SCOPEKEEPER_DB``, else the file in the user's data folder."""
    value = target or os.environ.get("SCOPEKEEPER_DB") or str(default_path())
    if "://" in value:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise DatabaseRefusedError(f"'{value}' is not a database URL ({exc})") from exc
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise DatabaseRefusedError(
                f"'{url.get_backend_name()}' databases are not supported: "
                "use a file path or a postgresql+psycopg:// URL"
            )
        if url.get_backend_name() == "postgresql" and url.get_driver_name() != "psycopg":
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(value).expanduser().resolve()}"


FOLD_FUNCTION = "sk_lower"
"""An SQL function on every SQLite connection: ``core.text.search_fold`` (Python's
lower-casing, for every script, and the typographic apostrophe as the keyboard one)."""


def _fold(value: object) -> object:
    return search_fold(value) if isinstance(value, str) else value


def make_engine(url: str) -> Engine:
    """The one engine factory.

    SQLite pragmas, set on every connection:
    - ``foreign_keys=ON``: SQLite leaves them off by default; our rules rely on them.
    - ``journal_mode=WAL``: readers (the GUI) never block the writer and vice versa.
    - ``busy_timeout=10000``: a second process waits for the write lock instead of failing.
    - ``synchronous=FULL``: in WAL mode NORMAL can lose the last commits on power loss.
      A recorded signature or issued sign-off that disappears after the app said it was
      saved is worse than a few milliseconds per commit, so every commit is made durable.
    Every SQLite connection also gets the SQL function ``sk_lower`` (``FOLD_FUNCTION``):
    SQLite's own ``lower()`` and ``LIKE`` fold ASCII letters only, so the text filters of
    the queries fold with ``core.text.search_fold`` instead.
    Transactions that write start with ``BEGIN IMMEDIATE`` (see ``UnitOfWork``): taking the
    write lock up front means a writer never fails half-way on a stale read snapshot.
    """
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 10})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=10000")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()
            dbapi_conn.create_function(FOLD_FUNCTION, 1, _fold, deterministic=True)

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            write = conn.get_execution_options().get("scopekeeper_write", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An open, migrated database and the factories for read sessions and units of work."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._write_engine = engine.execution_options(scopekeeper_write=True)
        self._sessions = sessionmaker(expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def unit_of_work(self, actor: str) -> UnitOfWork:
        """One user action: one session, one transaction, rolled back unless committed."""
        # Imported here: the unit of work writes history through the ORM models, which
        # opening a database and reading its first screen do not need (core.schema_light).
        from core.uow import UnitOfWork

        return UnitOfWork(self._sessions(bind=self._write_engine), actor)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; anything it might have changed is rolled back."""
        session = self._sessions(bind=self.engine)
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | None = None, *, migrate: bool = True, checked: FileCheck | None = None
) -> Database:
    """Open (creating if the file does not exist yet) and migrate the database.

    ``checked`` is the file check the caller started early (``start_file_check``); its
    verdict is used when it is about the same file, otherwise the file is checked here."""
    from core import migrate as migrations

    url = resolve_url(target)
    path = _sqlite_path(url)
    created = False
    state: SchemaState | None = None
    if path is not None:
        if path.exists():
            if checked is not None and checked.path == path:
                revisions = checked.wait()
            else:
                revisions = inspect_sqlite_file(path)
            state = _file_state(url, path, revisions)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseRefusedError(
                    f"cannot create the folder for {path}: {exc.strerror}"
                ) from exc
            created = True
    engine = make_engine(url)
    try:
        if path is not None and created:
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                if raw is not None:
                    raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
        if state is None:  # PostgreSQL, or a file made just now
            state = migrations.current_state(engine)
            _refuse_foreign_or_newer(url, state)
        if migrate and state.pending:
            if path is not None and not created and state.revision is not None:
                backup_sqlite(path, _backup_name(path, state.revision))
            migrations.upgrade(engine)
        db = Database(engine, url)
        if migrate:
            from core.templates import ensure_builtin_templates

            ensure_builtin_templates(db)
        return db
    except BaseException:
        engine.dispose()
        if created and path is not None:
            _remove_new_file(path)
        raise


def _file_state(url: str, path: Path, revisions: tuple[str, ...] | None) -> SchemaState:
    """The schema state of an existing SQLite file, decided before the engine opens it:
    the engine's pragmas (WAL) would write to a file that is about to be refused.
    ``revisions`` are the ones the file check has just read."""
    from core import migrate as migrations

    if revisions == (migrations.HEAD,):
        return migrations.AT_HEAD  # nothing to upgrade, and no need to ask Alembic
    readonly = create_engine("sqlite://", creator=lambda: connect_readonly(path))
    try:
        state = migrations.current_state(readonly)
    finally:
        readonly.dispose()
    _refuse_foreign_or_newer(url, state)
    return state


def _refuse_foreign_or_newer(url: str, state: SchemaState) -> None:
    if state.foreign:
        raise DatabaseRefusedError(
            f"{_label(url)} holds tables that are not Scopekeeper's; it was left untouched"
        )
    if state.newer:
        raise DatabaseRefusedError(
            f"{_label(url)} was written by a newer version of Scopekeeper "
            f"(schema {state.revision}); install the newer version to open it. "
            "The file was left untouched."
        )


def _label(url: str) -> str:
    path = _sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise DatabaseRefusedError("an in-memory database cannot hold your engagements")
    return Path(parsed.database)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with SQLite's online backup API (consistent under WAL)."""
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return target


def _backup_name(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")


def _remove_new_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def copy_file(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)


def ping(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
