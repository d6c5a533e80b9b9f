"""Faults of the surroundings — a busy or full database, a read-only or full disk, a
database server that goes away, a command killed half-way — end the command line with one
readable line and exit 2, never a traceback, and leave the data as it was.

Each case runs the real command line in its own process, against a real fault: another
process holding SQLite's write lock, a small tmpfs filled up, a tmpfs mounted read-only, a
PostgreSQL backend terminated while the command waits on it. Mounting needs root, as in CI."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event, text

from core.db import open_database, resolve_url
from core.errors import DatabaseFaultError
from core.services import Services
from desktop.main import main
from tests.checks import db_state

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-05-01"
PG_URL = os.environ.get("SCOPEKEEPER_TEST_PG_URL")

KILL_HALF_WAY = """
import os, signal, sys
from sqlalchemy import func, select
import core.demo
from core.models import Engagement
from desktop.main import main

def killed(builder):
    with builder.s.db.reading() as session:
        count = session.scalar(select(func.count()).select_from(Engagement))
    print(f"engagements written so far: {count}", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)

core.demo._PORTFOLIO = (*core.demo._PORTFOLIO[:2], killed)
main(sys.argv[1:])
"""
"""The command line, killed (SIGKILL, no clean-up of any kind) after two of the sample's
four engagements were built."""


def command(db: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop.main", "--db", db, "--actor", "Zoë Tester", *args]


def run(db: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(db, *args),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=timeout,
    )


def refused(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 2 and one readable line on stderr holding every word; returns that line."""
    err = done.stderr
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert done.returncode == 2, (done.returncode, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("scopekeeper: error: "), err
    for word in words:
        assert word.lower() in lines[0].lower(), f"{word!r} not in {lines[0]!r}"
    return lines[0]


def state(url: str) -> dict[str, list[str]]:
    """Every row of every table (see test_history.db_state)."""
    db = open_database(url, migrate=False)
    try:
        return db_state(db)
    finally:
        db.close()


def fresh(url: str) -> None:
    """Create and migrate the database (built-in templates included)."""
    assert main(["--db", url, "list"]) == 0


@contextmanager
def tmpfs(path: Path, options: str) -> Iterator[Path]:
    """A small file system of its own at ``path`` (``mount -t tmpfs -o OPTIONS``)."""
    path.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.fail(f"these tests mount a tmpfs, which needs root: {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


def fill(folder: Path, leave_kib: int) -> None:
    """Take all the space of ``folder``'s file system but about ``leave_kib`` KiB."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    (folder / "filler").write_bytes(b"\0" * max(0, free - leave_kib * 1024))


# --- SQLite ------------------------------------------------------------------------------


def test_a_database_another_process_holds_locked_is_refused_in_words(tmp_path: Path) -> None:
    url = str(tmp_path / "busy.sqlite3")
    fresh(url)
    before = state(url)
    holder = sqlite3.connect(url, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program writing, for longer than we wait
    try:
        done = run(url, "demo", "--today", TODAY)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    refused(done, "busy", "another program", "nothing was saved", "try again")
    assert state(url) == before
    assert run(url, "demo", "--today", TODAY).returncode == 0  # once it is free, it works


def test_a_full_disk_under_the_database_is_refused_in_words(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "size=4m") as disk:
        url = str(disk / "full.sqlite3")
        fresh(url)
        before = state(url)
        fill(disk, leave_kib=48)
        refused(run(url, "demo", "--today", TODAY), "disk", "full", "nothing was saved")
        assert state(url) == before
        assert run(url, "check").returncode == 0
        (disk / "filler").unlink()  # space freed: the same command now succeeds
        done = run(url, "demo", "--today", TODAY)
        assert done.returncode == 0, done.stderr


def test_a_backup_onto_a_read_only_disk_is_refused_in_words(tmp_path: Path) -> None:
    url = str(tmp_path / "live.sqlite3")
    assert main(["--db", url, "demo", "--today", TODAY]) == 0
    before = state(url)
    with tmpfs(tmp_path / "ro", "ro,size=1m") as readonly:
        refused(run(url, "backup", "-o", str(readonly / "copy.sqlite3")), "read-only")
        assert list(readonly.iterdir()) == []
    assert state(url) == before


def test_a_backup_onto_a_full_disk_leaves_no_partial_copy(tmp_path: Path) -> None:
    url = str(tmp_path / "live.sqlite3")
    assert main(["--db", url, "demo", "--today", TODAY]) == 0
    with tmpfs(tmp_path / "disk", "size=256k") as disk:
        earlier = disk / "copy.sqlite3"
        earlier.write_bytes(b"last week's copy")
        fill(disk, leave_kib=16)
        refused(run(url, "backup", "-o", str(earlier)), "disk", "full")
        assert sorted(p.name for p in disk.iterdir()) == ["copy.sqlite3", "filler"]
        assert earlier.read_bytes() == b"last week's copy"


def test_an_xlsx_history_export_to_a_full_disk_says_so_and_nothing_else(
    tmp_path: Path,
) -> None:
    url = str(tmp_path / "live.sqlite3")
    assert main(["--db", url, "demo", "--today", TODAY]) == 0
    with tmpfs(tmp_path / "disk", "size=256k") as disk:
        earlier = disk / "history.xlsx"
        earlier.write_bytes(b"an earlier export")
        fill(disk, leave_kib=8)  # the export needs some 15 KiB
        done = run(url, "export-history", "LUMI-2026-01", "--format", "xlsx", "-o", str(earlier))
        refused(done, "disk", "full")
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "history.xlsx"]
        assert earlier.read_bytes() == b"an earlier export"


# --- both databases ----------------------------------------------------------------------


def test_a_demo_killed_half_way_leaves_nothing_and_can_be_loaded_again(db_url: str) -> None:
    fresh(db_url)
    before = state(db_url)
    killed = subprocess.run(
        [sys.executable, "-c", KILL_HALF_WAY, "--db", db_url, "demo", "--today", TODAY],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert "engagements written so far: 3" in killed.stdout  # two and a spin-off, unsaved
    assert state(db_url) == before  # no half sample
    done = run(db_url, "demo", "--today", TODAY)
    assert done.returncode == 0, done.stderr
    assert "LUMI-2026-01" in done.stdout
    assert run(db_url, "check").returncode == 0


def test_the_unit_of_work_words_a_full_database(db_url: str) -> None:
    """The same fault in-process, as the desktop app meets it: a refusal, not a crash.
    On SQLite a page limit on the connection stands in for the disk; on PostgreSQL a
    trigger raises the server's own "disk full" error (SQLSTATE 53100)."""
    db = open_database(db_url)
    services = Services(db, "tester")
    try:
        if db.is_sqlite:

            @event.listens_for(db.engine, "connect")
            def _limit(dbapi_conn: sqlite3.Connection, _record: object) -> None:
                pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
                dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

            db.engine.dispose()  # the connections made from now on have the limit
        else:
            with db.engine.begin() as conn:
                conn.execute(
                    text(
                        "CREATE FUNCTION sk_full() RETURNS trigger LANGUAGE plpgsql AS $$ "
                        "BEGIN RAISE EXCEPTION 'could not extend file' "
                        "USING ERRCODE = 'disk_full'; END $$"
                    )
                )
                conn.execute(
                    text(
                        "CREATE TRIGGER sk_full BEFORE INSERT ON client "
                        "FOR EACH ROW EXECUTE FUNCTION sk_full()"
                    )
                )
        before = db_state(db)
        with pytest.raises(DatabaseFaultError, match=r"disk.* is full") as caught:
            # an address long enough to need new pages
            services.clients.create(name="ACME SA", address="12 rue de la Paix " * 400)
        assert "nothing was saved" in str(caught.value)
        assert db_state(db) == before
    finally:
        db.close()


# --- PostgreSQL --------------------------------------------------------------------------


@pytest.mark.skipif(not PG_URL, reason="a server that goes away: PostgreSQL only")
def test_a_server_that_goes_away_mid_command_is_refused_in_words(db_url: str) -> None:
    """The command's server process is terminated (as a shutdown or crash of the server
    does) while the command is half-way through loading the sample."""
    fresh(db_url)
    before = state(db_url)
    engine = create_engine(resolve_url(db_url))
    try:
        with engine.connect() as holder:
            # Held until the command has written its first records and then waits on it.
            holder.execute(text("LOCK TABLE idea IN ACCESS EXCLUSIVE MODE"))
            me = holder.execute(text("SELECT pg_backend_pid()")).scalar_one()
            process = subprocess.Popen(
                command(db_url, "demo", "--today", TODAY),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                cwd=ROOT,
            )
            try:
                waiting = _blocked_by(engine, me, process)
                with engine.connect() as admin:
                    query = admin.execute(
                        text("SELECT query FROM pg_stat_activity WHERE pid = :pid"),
                        {"pid": waiting},
                    ).scalar_one()
                    assert "alembic" not in query  # the command itself, not its opening
                    admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": waiting})
                out, err = process.communicate(timeout=60)
            finally:
                if process.poll() is None:
                    process.kill()
                    process.wait()
            holder.rollback()
    finally:
        engine.dispose()
    done = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    refused(done, "connection", "lost", "nothing was saved")
    assert state(db_url) == before
    again = run(db_url, "demo", "--today", TODAY)
    assert again.returncode == 0, again.stderr


def _blocked_by(engine: Engine, holder_pid: int, process: subprocess.Popen[str]) -> int:
    """The server process of the command once it waits on ``holder_pid``'s lock."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        with engine.connect() as conn:
            pid = conn.execute(
                text("SELECT pid FROM pg_stat_activity WHERE :holder = ANY(pg_blocking_pids(pid))"),
                {"holder": holder_pid},
            ).scalar()
        if pid is not None:
            return int(pid)
        time.sleep(0.1)
    raise AssertionError("the command never reached the locked table")
