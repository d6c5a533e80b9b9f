"""A second read-only connection that reads the very state the check's session reads.

``scopekeeper check`` hashes the history chains on a connection of its own, in a thread,
while the session runs the other rules. Two SQLite connections each read the state of the
moment their read transaction began, so the two could differ if anything were committed
in between. They cannot go unnoticed:

1. this connection begins its read transaction first (:class:`Pinned`), and notes the
   database's ``PRAGMA data_version``;
2. the session then begins its own (``begin_reading``): its state is this one's, or newer;
3. once done, this connection ends its transaction and reads ``data_version`` again
   (:meth:`Pinned.unchanged`): SQLite changes it whenever another connection has committed
   since. Unchanged, nothing was committed between step 1 and now, so step 2 saw the same
   state; changed, the work done here is thrown away and redone in the session.

A commit while the check runs thus costs time, never a false or a missed finding."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.orm import Session


def read_only(path: str) -> sqlite3.Connection:
    """A read-only connection to the SQLite file at ``path``, usable from another thread.
    Raises ``sqlite3.Error`` when it cannot be opened.

    It reads with ``read()``, not through memory mapping: mapping saved about a second of
    system time at 10x, but a file cut short or a disk fault under a mapping kills the
    process with SIGBUS, where ``read()`` gives SQLite an error the check reports."""
    return sqlite3.connect(
        f"{Path(path).resolve().as_uri()}?mode=ro",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )


class Pinned:
    """A read-only connection whose read transaction began when it was made."""

    def __init__(self, path: str) -> None:
        self.connection = read_only(path)
        try:
            self.connection.execute("BEGIN")
            (self._version,) = self.connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            self.connection.close()
            raise

    def unchanged(self) -> bool:
        """End the read transaction: whether nothing was committed since it began (step 3
        above). The connection is closed."""
        try:
            self.connection.execute("COMMIT")
            (version,) = self.connection.execute("PRAGMA data_version").fetchone()
        except sqlite3.Error:
            return False
        finally:
            self.connection.close()
        return bool(version == self._version)

    def close(self) -> None:
        self.connection.close()


def begin_reading(session: Session) -> None:
    """Begin ``session``'s read transaction now (a SQLite transaction reads the state of its
    first read, not of its BEGIN)."""
    session.connection().exec_driver_sql("PRAGMA schema_version").all()
