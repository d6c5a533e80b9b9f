"""Opening the database: URL resolution, the one engine factory, safety checks, migrations.

SQLite is the embedded default (one file in the user's data folder); a team points the
same app at PostgreSQL with a ``postgresql+psycopg://`` URL. A file that is not ours, is
damaged, or was written by a newer Scopekeeper is refused and never touched."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from core.errors import DatabaseRefusedError, DomainError
from core.faults import explain
from core.messages import msg
from core.sqlite_file import (
    APPLICATION_ID,
    FileCheck,
    check_pages,
    connect_readonly,
    default_path,
    inspect_sqlite_file,
    pages_unverified,
    record_clean_close,
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
        except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
            raise DatabaseRefusedError(
                msg("'{value}' is not a database URL ({problem})", value=value, problem=str(exc))
            ) from exc
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise DatabaseRefusedError(
                msg(
                    "'{backend}' databases are not supported: "
                    "use a file path or a postgresql+psycopg:// URL",
                    backend=url.get_backend_name(),
                )
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


_JOINED: ContextVar[tuple[Database, Connection] | None] = ContextVar(
    "scopekeeper_joined_transaction", default=None
)
"""The database and connection whose one transaction this thread's sessions join
(``Database.one_transaction``), if any."""


class Database:
    """An open, migrated database and the factories for read sessions and units of work."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url
        self._write_engine = engine.execution_options(scopekeeper_write=True)
        self._sessions = sessionmaker(expire_on_commit=False)

    def _joined(self) -> Connection | None:
        joined = _JOINED.get()
        return joined[1] if joined is not None and joined[0] is self else None

    def _session(self, engine: Engine) -> Session:
        connection = self._joined()
        if connection is None:
            return self._sessions(bind=engine)
        # Inside one_transaction: the session works in a savepoint of the shared
        # transaction; its commit releases the savepoint, its rollback undoes only its own
        # work, and nothing is kept until the shared transaction commits.
        return self._sessions(bind=connection, join_transaction_mode="create_savepoint")

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

        return UnitOfWork(self._session(self._write_engine), actor)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; anything it might have changed is rolled back.

        A database error while reading (busy, connection lost) leaves as the readable
        refusal of ``core.faults.explain``."""
        session = self._session(self.engine)
        try:
            yield session
        except DBAPIError as exc:
            refusal = explain(exc)
            if refusal is None:
                raise
            raise refusal from exc
        finally:
            with suppress(DBAPIError):  # the connection may be the thing that broke
                session.rollback()
            session.close()

    @contextmanager
    def one_transaction(self) -> Iterator[None]:
        """Make every unit of work and read opened in the block, on this thread, part of a
        single transaction: the block's changes are kept together when it ends normally,
        and none of them if it raises or the process dies before its end.

        Services each open their own unit of work; this is how a sequence of them (the
        sample data, say) becomes one action. Each unit of work runs in a savepoint, so a
        refusal inside the block undoes only that unit's work, as it would outside; the
        caller decides whether to go on. A nested call simply joins the outer block."""
        if self._joined() is not None:
            yield
            return
        with self._write_engine.connect() as connection:
            transaction = connection.begin()
            token = _JOINED.set((self, connection))
            try:
                yield
            except BaseException:
                with suppress(DBAPIError):
                    transaction.rollback()
                raise
            finally:
                _JOINED.reset(token)
            try:
                transaction.commit()
            except DBAPIError as exc:
                refusal = explain(exc, committing=True)
                if refusal is None:
                    raise
                raise refusal from exc

    def close(self) -> None:
        """Close every pooled connection. On SQLite, when that was the last connection to
        the file (SQLite has folded the WAL into it and removed it), the clean close is
        recorded, so the next start need not read every page (``core.sqlite_file``)."""
        self.engine.dispose()
        path = _sqlite_path(self.url) if self.is_sqlite else None
        if path is not None:
            record_clean_close(path)


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
            if revisions != (migrations.HEAD,) and pages_unverified(path):
                check_pages(path)  # every page is read before anything is upgraded
            state = _file_state(url, path, revisions)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseRefusedError(
                    msg(
                        "cannot create the folder for {path}: {problem}",
                        path=str(path),
                        problem=exc.strerror or str(exc),
                    )
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
                _backup_before_upgrade(path, state.revision)
            migrations.upgrade(engine)
        db = Database(engine, url)
        if migrate:
            from core.templates import ensure_builtin_templates

            if path is not None and pages_unverified(path):
                # every page is read before built-in templates are written into the file,
                # and a damaged page met on the way is refused as the start refuses it
                unread = path
                try:
                    ensure_builtin_templates(db, before_writing=lambda: check_pages(unread))
                except DatabaseRefusedError:
                    raise
                except DomainError:
                    check_pages(unread)
                    raise
            else:
                ensure_builtin_templates(db)
        return db
    except BaseException:
        engine.dispose()
        if created and path is not None:
            _remove_new_file(path)
        raise


def cannot_open(problem: str) -> str:
    """The refusal of a database that could not be reached or read at start, ``problem``
    saying why (a core message itself, when ``core.faults.explain`` worded it)."""
    return msg("cannot open the database: {problem}", problem=problem)


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
            msg(
                "{database} holds tables that are not Scopekeeper's; it was left untouched",
                database=_label(url),
            )
        )
    if state.newer:
        raise DatabaseRefusedError(
            msg(
                "{database} was written by a newer version of Scopekeeper (schema {revision}); "
                "install the newer version to open it. The file was left untouched.",
                database=_label(url),
                revision=str(state.revision),
            )
        )


def _label(url: str) -> str:
    path = _sqlite_path(url)
    return str(path) if path is not None else make_url(url).render_as_string(hide_password=True)


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise DatabaseRefusedError(msg("an in-memory database cannot hold your engagements"))
    return Path(parsed.database)


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database with SQLite's online backup API (consistent under WAL).

    The copy is made beside ``target`` and renamed into place when complete: a failure (a
    full or read-only disk) leaves no partial file, and any earlier file at ``target`` as it
    was. The error is raised as it came: ``OSError`` or ``sqlite3.Error``."""
    tmp = target.with_name(target.name + ".part")
    try:
        # Created first by hand, so a folder that refuses it says why (errno), where
        # SQLite would only say "unable to open database file".
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666))
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
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with suppress(OSError):  # best effort; the first error is the one to report
                leftover.unlink(missing_ok=True)
        raise
    return target


def _backup_before_upgrade(path: Path, revision: str) -> None:
    target = _backup_name(path, revision)
    try:
        backup_sqlite(path, target)
    except (OSError, sqlite3.Error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DatabaseRefusedError(
            msg(
                "{path} needs an upgrade, and the backup made first could not be written to "
                "{folder} ({reason}); the database was left untouched. "
                "Free some space there, or make its folder writable, then open it again",
                path=str(path),
                folder=str(target.parent),
                reason=reason,
            )
        ) from exc


def _backup_name(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")


def _remove_new_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()
