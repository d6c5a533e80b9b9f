"""Database errors a user can meet, in the words they are shown (core.faults.explain), and
the unit of work's refusal paths on a real server: the action is refused with that sentence
and nothing of it is kept.

The server's own errors are built as psycopg raises them and wrapped as SQLAlchemy does, so
every code is checked on both test runs; the ones a test can provoke on PostgreSQL (a
read-only server, a lock held by someone else, a command that takes too long) are provoked."""

from __future__ import annotations

import sqlite3

import psycopg.errors as pg
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from core.db import Database, open_database
from core.errors import DatabaseFaultError, DomainError, StaleEditError, ValidationError
from core.faults import explain
from core.services import Services
from tests.checks import db_state
from tests.conftest import PG_URL
from tests.factories import make_draft

STATEMENT = "UPDATE engagement SET title=%(title)s WHERE engagement.id = %(id)s"


def wrapped(
    wrapper: type[DBAPIError], error: BaseException, *, invalidated: bool = False
) -> DBAPIError:
    return wrapper(STATEMENT, {"title": "x", "id": "y"}, error, connection_invalidated=invalidated)


# --- PostgreSQL's codes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "kind", "words"),
    [
        (pg.DiskFull("could not extend file"), DatabaseFaultError, "server's disk is full"),
        (pg.OutOfMemory("out of memory"), DatabaseFaultError, "ran out of memory"),
        (pg.TooManyConnections("too many clients"), DatabaseFaultError, "no more connections"),
        (pg.LockNotAvailable("lock timeout"), DatabaseFaultError, "changed by someone else"),
        (pg.QueryCanceled("statement timeout"), DatabaseFaultError, "it took too long"),
        (pg.ReadOnlySqlTransaction("read-only"), DatabaseFaultError, "read-only copy"),
        (
            pg.InsufficientPrivilege("permission denied for table engagement"),
            DatabaseFaultError,
            "does not allow this for your account (permission denied for table engagement)",
        ),
        (pg.SerializationFailure("could not serialize"), StaleEditError, "at the same moment"),
        (pg.DeadlockDetected("deadlock detected"), StaleEditError, "at the same moment"),
        (pg.AdminShutdown("terminating connection"), DatabaseFaultError, "connection"),
        (pg.DataCorrupted("invalid page"), DatabaseFaultError, "could not complete the command"),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else None,
)
def test_each_server_error_reads_as_its_sentence_and_says_nothing_was_saved(
    raised: Exception, kind: type[DomainError], words: str
) -> None:
    refusal = explain(wrapped(OperationalError, raised))
    assert type(refusal) is kind
    assert words in str(refusal)
    assert "nothing was saved" in str(refusal)


def test_a_unique_key_taken_meanwhile_on_the_server_is_someone_elses_change() -> None:
    taken = wrapped(IntegrityError, pg.UniqueViolation("duplicate key value"))
    refusal = explain(taken)
    assert isinstance(refusal, StaleEditError)
    assert "someone else changed this record" in str(refusal)


def test_another_broken_rule_on_the_server_names_the_rule() -> None:
    broken = wrapped(
        IntegrityError, pg.CheckViolation('new row violates check constraint "ck_amount"\nDETAIL')
    )
    refusal = explain(broken)
    assert type(refusal) is DomainError
    assert str(refusal) == (
        "the database refused the change as inconsistent "
        '(new row violates check constraint "ck_amount"); nothing was saved'
    )


def test_a_connection_lost_while_saving_leaves_the_outcome_open() -> None:
    lost = wrapped(OperationalError, pg.OperationalError("server closed"), invalidated=True)
    assert "nothing was saved" in str(explain(lost))
    at_commit = explain(lost, committing=True)
    assert isinstance(at_commit, DatabaseFaultError)
    assert "may or may not have been saved. Reload to check" in str(at_commit)


def test_a_server_that_cannot_be_reached_is_named_with_the_reason() -> None:
    refused = wrapped(
        OperationalError,
        pg.OperationalError('connection failed: connection to server at "10.0.0.9" refused'),
    )
    assert str(explain(refused)).startswith("the database server cannot be reached (connection")
    interface = wrapped(InterfaceError, pg.InterfaceError("the connection is closed"))
    assert "cannot be reached" in str(explain(interface))


def test_a_fault_of_the_program_is_left_alone_for_its_traceback() -> None:
    assert explain(wrapped(DBAPIError, pg.SyntaxError("syntax error at or near"))) is None
    assert explain(ZeroDivisionError("a bug")) is None
    refusal = ValidationError("title", "is required")
    assert explain(refusal) is refusal  # already a refusal: passed on as it is


# --- SQLite's codes -------------------------------------------------------------------------


def sqlite_error(code: int, text_: str) -> sqlite3.Error:
    error = sqlite3.OperationalError(text_)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (5, "the database is busy"),
        (6, "the database is busy"),
        (13, "the disk holding the database is full"),
        (8, "cannot be written (it, its folder or its disk is read-only)"),
        (10 | (3 << 8), "reported an error while reading or writing"),  # SQLITE_IOERR_WRITE
        (11, "the database file is damaged; nothing was saved. Restore it from a backup"),
        (26, "damaged or is not a database"),
        (14, "cannot be opened (was it moved"),
    ],
    ids=["busy", "locked", "full", "read-only", "io-error", "corrupt", "not-a-db", "cannot-open"],
)
def test_each_sqlite_fault_reads_as_its_sentence(code: int, words: str) -> None:
    refusal = explain(wrapped(OperationalError, sqlite_error(code, "raw")))
    assert isinstance(refusal, DatabaseFaultError)
    assert words in str(refusal)


def test_a_sqlite_constraint_is_an_inconsistency_never_a_race() -> None:
    error = sqlite_error(19 | (8 << 8), "UNIQUE constraint failed: engagement.code")
    refusal = explain(wrapped(IntegrityError, error))
    assert type(refusal) is DomainError
    assert "inconsistent (UNIQUE constraint failed: engagement.code)" in str(refusal)


def test_a_sqlite_error_of_the_program_is_left_alone() -> None:
    assert explain(wrapped(OperationalError, sqlite_error(1, "no such table: x"))) is None
    assert explain(wrapped(OperationalError, sqlite3.OperationalError("no code"))) is None


# --- provoked on a real PostgreSQL server ---------------------------------------------------

ON_PG = pytest.mark.skipif(PG_URL is None, reason="a PostgreSQL server's own refusals")


def with_setting(db_url: str, setting: str) -> str:
    """The test's database URL with one more server setting for its connections."""
    return db_url + "%20-c" + setting.replace("=", "%3D")


@pytest.fixture
def draft(services: Services) -> str:
    return make_draft(services).engagement_id


def refused_on(url: str, db: Database, draft: str, error: type[DomainError], words: str) -> None:
    """Rename the draft through ``url``'s connections: refused in ``words``, nothing kept."""
    before = db_state(db)
    other = open_database(url)
    try:
        with pytest.raises(error) as caught:
            Services(other, "Bob").engagements.update(draft, title="Renamed by Bob")
    finally:
        other.close()
    assert words in str(caught.value)
    assert db_state(db) == before


@ON_PG
def test_a_server_that_accepts_no_changes_refuses_the_edit_in_words(
    db_url: str, db: Database, draft: str
) -> None:
    read_only = with_setting(db_url, "default_transaction_read_only=on")
    refused_on(read_only, db, draft, DatabaseFaultError, "it is a read-only copy")


@ON_PG
@pytest.mark.parametrize(
    ("setting", "words"),
    [
        ("lock_timeout=200", "being changed by someone else just now"),
        ("statement_timeout=200", "cancelled the command (it took too long)"),
    ],
    ids=["lock-timeout", "statement-timeout"],
)
def test_a_record_locked_by_someone_else_refuses_the_edit_in_words(
    db_url: str, db: Database, draft: str, setting: str, words: str
) -> None:
    holder = create_engine(db_url)
    try:
        with holder.connect() as conn, conn.begin():
            conn.execute(text("SELECT id FROM engagement WHERE id = :id FOR UPDATE"), {"id": draft})
            refused_on(with_setting(db_url, setting), db, draft, DatabaseFaultError, words)
    finally:
        holder.dispose()
    Services(db, "Bob").engagements.update(draft, title="Renamed by Bob")  # free again: saved
