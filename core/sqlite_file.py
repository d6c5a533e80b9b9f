"""Is this file a healthy Scopekeeper database? Answered without writing a byte.

Standard library only (and platformdirs), so the command line can start the check before it
imports SQLAlchemy. The header, our mark and the schema revision are read on every start;
they cost the same for any size of file.

``PRAGMA quick_check`` reads every page, which grows with the file (0.1 s at 140 MB, more
than a second at 1.4 GB), so it runs only when the file may have changed outside
Scopekeeper since it was last closed cleanly:

- a WAL file lies beside it: the last connection did not close cleanly (a crash, a power
  cut, a killed process), or another instance has the file open right now;
- it is not the file Scopekeeper closed last at this path, as it was then: the closing
  record (device, inode, size, modification and change times) is missing or differs, so the
  file was copied, restored, moved, or written by another program since.

When Scopekeeper closes a file as the last connection (SQLite then folds the WAL into it and
removes the WAL), ``record_clean_close`` writes that record into the user's cache folder. A
page damaged while the file lay closed with its record intact (failing storage) is not
looked for at start: SQLite reports it as damaged (SQLITE_CORRUPT) when the page is read,
which core.faults turns into a refusal that saves nothing, and ``scopekeeper check`` runs
SQLite's full ``integrity_check``.

``scopekeeper check`` reads every page with that ``integrity_check`` anyway, so it may ask
the start not to read them first (``start_file_check(..., later=True)``). The start still
reads the header, our mark and the schema revisions, and it reads every page as before
whenever something would be written before the check: a WAL beside the file (opening it
folds committed pages into the file), a file not in WAL mode (the engine's pragma rewrites
the header), or, decided by ``core.db.open_database``, a schema to upgrade or built-in
templates to add. Until the check finds every page sound, the file is not recorded as
closed cleanly (``pages_verified``); when it finds damage, ``check_pages`` gives the very
refusal the start would have given."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from contextlib import suppress
from pathlib import Path

from core.errors import DatabaseRefusedError
from core.messages import msg

APPLICATION_ID = 0x53434B50  # "SCKP" in the SQLite header marks a Scopekeeper file.
DEFAULT_FILE = "scopekeeper.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"
CLEAN_CLOSES = "clean-closes.txt"
"""The file in the user's cache folder that holds the last clean close of recent databases."""
KEEP_CLEAN_CLOSES = 64
"""How many databases the record remembers (the most recently closed ones)."""
_WAL_MODE = b"\x02\x02"
"""The header's file format version numbers (bytes 18 and 19) of a database in WAL mode."""

_unverified: set[Path] = set()
"""Files opened in this process without their pages read at start, whose pages no check
has found sound since: their close is not recorded as clean."""
_unverified_lock = threading.Lock()


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Scopekeeper", appauthor=False)) / DEFAULT_FILE


def _clean_closes_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("Scopekeeper", appauthor=False)) / CLEAN_CLOSES


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _key(path: Path) -> str:
    return hashlib.sha256(os.fsencode(path.resolve())).hexdigest()


def _identity(path: Path) -> str | None:
    """What would change if anything wrote, replaced or moved the file; None if unreadable."""
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{st.st_dev} {st.st_ino} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns}"


def _read_clean_closes() -> dict[str, str]:
    try:
        lines = _clean_closes_file().read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    found: dict[str, str] = {}
    for line in lines:
        key, _, identity = line.partition(" ")
        if len(key) == 64 and identity:
            found[key] = identity
    return found


def record_clean_close(path: Path) -> None:
    """Remember that Scopekeeper has just closed ``path`` cleanly, as the last connection:
    the next start may skip the full page check while the file stays exactly as it is now.

    Call it after every connection to the file is closed. If a WAL file is still there
    (another connection is open), or the file was opened without its pages read and no
    check has found them sound since (``pages_verified``), nothing is recorded. Best
    effort: a cache folder that cannot be written only means the next start checks every
    page."""
    if _wal(path).exists() or pages_unverified(path):
        return
    identity = _identity(path)
    if identity is None:
        return
    key = _key(path)
    records = _read_clean_closes()
    records.pop(key, None)
    records[key] = identity  # the newest last, so the oldest are dropped first
    kept = list(records.items())[-KEEP_CLEAN_CLOSES:]
    target = _clean_closes_file()
    text = "".join(f"{k} {v}\n" for k, v in kept)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="ascii")
        os.replace(tmp, target)  # two processes closing at once: the last one wins
    except OSError:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


def needs_page_check(path: Path) -> bool:
    """Whether every page of ``path`` must be read before it is opened: True unless
    Scopekeeper closed this very file cleanly last and nothing has touched it since."""
    if _wal(path).exists():
        return True  # left by a crash, or another instance has it open
    identity = _identity(path)
    return identity is None or _read_clean_closes().get(_key(path)) != identity


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open without writing a byte. Without a WAL file beside it the database is opened
    ``immutable``, because a plain read-only open of a WAL-mode file leaves new -wal and
    -shm files behind; with one, those files already exist and hold committed data."""
    mode = "mode=ro" if _wal(path).exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)


def pages_unverified(path: Path) -> bool:
    """Whether ``path`` was opened without its pages read at start and no check has found
    them sound since (see the module's notes)."""
    with _unverified_lock:
        return path.resolve() in _unverified


def pages_verified(path: Path) -> None:
    """Say that a check has just read every page of ``path`` and found them sound: its
    next clean close may be recorded again."""
    with _unverified_lock:
        _unverified.discard(path.resolve())


def check_pages(path: Path) -> None:
    """Read every page of ``path`` (``PRAGMA quick_check``) without writing a byte, and
    refuse it, in the start's own words, when one is damaged."""
    try:
        conn = connect_readonly(path)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    if result is None or result[0] != "ok":
        raise _damaged(path, result[0] if result else msg("no answer"))
    pages_verified(path)


def _damaged(path: Path, problem: str) -> DatabaseRefusedError:
    return DatabaseRefusedError(
        msg(
            "{path} is damaged ({problem}); restore it from a backup. It was left untouched",
            path=str(path),
            problem=problem,
        )
    )


def inspect_sqlite_file(path: Path, *, later: bool = False) -> tuple[str, ...] | None:
    """Refuse, without writing a byte, a file that is not a healthy Scopekeeper database.

    Returns the schema revisions recorded in the file (``alembic_version``), or None when
    it has no such table, so the caller need not ask again.

    ``later``: the caller reads every page itself before trusting the file (``scopekeeper
    check``), so they are not read here when nothing needs them before it (see the module's
    notes); ``pages_unverified`` then tells."""
    if path.is_dir():
        raise DatabaseRefusedError(msg("{path} is a folder, not a database file", path=str(path)))
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseRefusedError(
            msg("cannot read {path}: {problem}", path=str(path), problem=exc.strerror or str(exc))
        ) from exc
    if size == 0:
        raise DatabaseRefusedError(
            msg(
                "{path} is an empty file, not a Scopekeeper database; it was left untouched",
                path=str(path),
            )
        )
    if not header.startswith(SQLITE_MAGIC):
        raise DatabaseRefusedError(
            msg(
                "{path} is not a Scopekeeper database (not an SQLite file); it was left untouched",
                path=str(path),
            )
        )
    if len(header) < 100:
        raise DatabaseRefusedError(
            msg("{path} is truncated; it was left untouched", path=str(path))
        )
    # Decided before the file is opened: opening it read-only writes nothing, but the
    # record must describe the file as it was found.
    page_check = needs_page_check(path)
    deferred = later and page_check and header[18:20] == _WAL_MODE and not _wal(path).exists()
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_count and size < page_count * page_size and not _wal(path).exists():
        raise DatabaseRefusedError(
            msg(
                "{path} is truncated ({size} bytes, the header promises {expected}); "
                "restore it from a backup. It was left untouched",
                path=str(path),
                size=size,
                expected=page_count * page_size,
            )
        )
    try:
        conn = connect_readonly(path)
        try:
            # The header on disk may be older than the WAL beside it (another instance
            # has the file open, or a crash left the WAL), so ask SQLite, not the bytes.
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            result: tuple[str] | None = None
            revisions = None
            if app_id == APPLICATION_ID:
                if page_check and not deferred:
                    result = conn.execute("PRAGMA quick_check").fetchone()
                else:
                    result = ("ok",)
                if conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
                ).fetchone():
                    revisions = tuple(
                        str(row[0])
                        for row in conn.execute("SELECT version_num FROM alembic_version")
                    )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    if app_id != APPLICATION_ID:
        raise DatabaseRefusedError(
            msg(
                "{path} is an SQLite file of another application, not a Scopekeeper database; "
                "it was left untouched",
                path=str(path),
            )
        )
    if result is None or result[0] != "ok":
        raise _damaged(path, result[0] if result else msg("no answer"))
    if deferred:
        with _unverified_lock:
            _unverified.add(path.resolve())
    return revisions


class FileCheck:
    """``inspect_sqlite_file`` running in a background thread; ``wait`` gives its verdict."""

    def __init__(self, path: Path, *, later: bool = False) -> None:
        self.path = path
        self._later = later
        self._error: DatabaseRefusedError | None = None
        self._revisions: tuple[str, ...] | None = None
        self._thread = threading.Thread(target=self._run, name="scopekeeper-file-check")
        # A daemon, so a usage error that ends the process early does not wait for it.
        self._thread.daemon = True
        self._thread.start()

    def _run(self) -> None:
        try:
            self._revisions = inspect_sqlite_file(self.path, later=self._later)
        except DatabaseRefusedError as exc:
            self._error = exc

    def wait(self) -> tuple[str, ...] | None:
        """Block until the check is done; raise its refusal, if any, or return what
        :func:`inspect_sqlite_file` returned."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._revisions


def start_file_check(target: str | None, *, later: bool = False) -> FileCheck | None:
    """Begin checking the SQLite file that ``core.db.open_database(target)`` will open.

    Only plain paths (and the default file) are checked early; URLs, and paths that do not
    exist yet, are left to ``open_database``. Pass the result to it as ``checked``.
    ``later``: see ``inspect_sqlite_file``."""
    value = target or os.environ.get("SCOPEKEEPER_DB")
    if value and "://" in value:
        return None
    path = (Path(value).expanduser() if value else default_path()).resolve()
    if not path.exists():
        return None
    return FileCheck(path, later=later)
