"""What a database error means to the person who met it.

SQLite and PostgreSQL report the same few environmental failures in their own ways: the
database is busy (another writer holds it), the disk is full, the file is read-only or
damaged, the server went away, or another person's change collided with this one.
``explain`` turns each of them into a ``DomainError`` with a sentence a project manager can
act on, so the command line prints one line (exit 2) and the desktop app shows one dialog
instead of a traceback. The unit of work and read sessions call it (``core.uow``,
``core.db``); the command line calls it once more for anything raised elsewhere.

Errors that are not environmental (a malformed statement, a bug) are left alone: their
traceback is what a bug report needs."""

from __future__ import annotations

import sqlite3
from typing import Final

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from core.errors import DatabaseFaultError, DomainError, StaleEditError
from core.messages import msg

STALE: Final = msg(
    "someone else changed this record since you opened it; "
    "reload to see their change, then try again"
)
"""The refusal of an edit that lost a race with another person's change."""

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_READONLY, _SQLITE_BUSY, _SQLITE_LOCKED = 8, 5, 6
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_CONSTRAINT, _SQLITE_NOTADB = 19, 26

_BUSY = msg(
    "the database is busy: another program has been writing to it for more than 10 seconds "
    "(another Scopekeeper, a backup or a synchronisation tool?); nothing was saved. "
    "Try again once it has finished"
)
_SQLITE_FAULTS: Final = {
    _SQLITE_BUSY: _BUSY,
    _SQLITE_LOCKED: _BUSY,
    _SQLITE_FULL: msg(
        "the disk holding the database is full; nothing was saved. Free some space, then try again"
    ),
    _SQLITE_READONLY: msg(
        "the database file cannot be written (it, its folder or its disk is "
        "read-only); nothing was saved"
    ),
    _SQLITE_IOERR: msg(
        "the disk holding the database reported an error while reading or "
        "writing; nothing was saved. Check the disk, then try again"
    ),
    _SQLITE_CORRUPT: msg(
        "the database file is damaged; nothing was saved. Restore it from a "
        "backup (Scopekeeper keeps one before every upgrade)"
    ),
    _SQLITE_NOTADB: msg("the database file is damaged or is not a database; nothing was saved"),
    _SQLITE_CANTOPEN: msg(
        "the database file cannot be opened (was it moved, or its folder made "
        "inaccessible?); nothing was saved"
    ),
}

_LOST: Final = msg(
    "the connection to the database server was lost (the server stopped or restarted, or "
    "the network went away); nothing was saved. Try again once the server is back"
)
_LOST_WHILE_SAVING: Final = msg(
    "the connection to the database server was lost while saving; the change may or may "
    "not have been saved. Reload to check before trying again"
)
_PG_FAULTS: Final = {
    "53100": msg(
        "the database server's disk is full; nothing was saved. "
        "Ask the server's administrator to free some space"
    ),
    "53200": msg("the database server ran out of memory; nothing was saved. Try again in a moment"),
    "53300": msg(
        "the database server accepts no more connections just now; nothing was saved. "
        "Try again in a moment"
    ),
    "55P03": msg(
        "the records are being changed by someone else just now; nothing was saved. "
        "Try again in a moment"
    ),
    "57014": msg("the database server cancelled the command (it took too long); nothing was saved"),
    "25006": msg(
        "the database server accepts no changes (it is a read-only copy); nothing was saved"
    ),
}
_PG_RACES: Final = {"40001", "40P01"}  # serialization failure, deadlock detected
_PG_UNIQUE: Final = "23505"
_PG_NO_PRIVILEGE: Final = "42501"


def explain(error: BaseException, *, committing: bool = False) -> DomainError | None:
    """The readable refusal for a database error, or None when it is not one we explain.

    ``committing``: the error came from the final COMMIT, so a lost connection leaves the
    outcome unknown and the message says so.

    On PostgreSQL a unique key that collides is reported as someone else's change: the
    services check uniqueness themselves before writing, with their own message, so a
    collision the server still finds means another writer, running side by side, got there
    between that check and the write. (SQLite queues writers, so there it cannot happen.)"""
    if isinstance(error, DomainError):
        return error
    if not isinstance(error, DBAPIError):
        return None
    original = error.orig
    if isinstance(original, sqlite3.Error):
        return _sqlite(original)
    state = getattr(original, "sqlstate", None)
    if isinstance(error, IntegrityError):
        if state == _PG_UNIQUE:
            return StaleEditError(STALE)
        return DomainError(
            msg(
                "the database refused the change as inconsistent ({problem}); nothing was saved",
                problem=_first_line(original),
            )
        )
    if state in _PG_RACES:
        return StaleEditError(
            msg(
                "someone else was changing the same records at the same moment; nothing was "
                "saved. Reload to see their change, then try again"
            )
        )
    if state in _PG_FAULTS:
        return DatabaseFaultError(_PG_FAULTS[state])
    if state == _PG_NO_PRIVILEGE:
        return DatabaseFaultError(
            msg(
                "the database server does not allow this for your account ({problem}); "
                "nothing was saved",
                problem=_first_line(original),
            )
        )
    if error.connection_invalidated or (state or "").startswith(("08", "57P")):
        return DatabaseFaultError(_LOST_WHILE_SAVING if committing else _LOST)
    if isinstance(error, (OperationalError, InterfaceError)):
        if state is None and "connection" in str(original).lower():
            return DatabaseFaultError(
                msg(
                    "the database server cannot be reached ({problem}); nothing was saved. "
                    "Try again once it is back",
                    problem=_first_line(original),
                )
            )
        return DatabaseFaultError(
            msg(
                "the database could not complete the command ({problem}); nothing was saved",
                problem=_first_line(original),
            )
        )
    return None


def _sqlite(original: sqlite3.Error) -> DomainError | None:
    code = getattr(original, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary == _SQLITE_CONSTRAINT:
        # No race on SQLite (writers are queued and read the latest state): a collision
        # here is an inconsistency, never someone else's change.
        return DomainError(
            msg(
                "the database refused the change as inconsistent ({problem}); nothing was saved",
                problem=_first_line(original),
            )
        )
    if primary in _SQLITE_FAULTS:
        return DatabaseFaultError(_SQLITE_FAULTS[primary])
    return None  # e.g. "no such table": a fault of the program, not of its surroundings


def _first_line(error: BaseException | None) -> str:
    text = str(error or "").strip()
    return text.splitlines()[0] if text else type(error).__name__
