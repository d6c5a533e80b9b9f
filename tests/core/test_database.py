"""Opening the database: created on first start, reopened, and every file that is not a
healthy Scopekeeper database of this version refused and left byte-for-byte untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text

from core import migrate
from core import sqlite_file as file_check
from core.db import APPLICATION_ID, Database, backup_sqlite, open_database, resolve_url
from core.errors import DatabaseRefusedError
from core.models import Engagement, ReviewTemplate
from core.services import Services
from core.sqlite_file import start_file_check
from tests.checks import page_checks
from tests.factories import make_active, run_fresh


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Iterator[Path]:
    """A real Scopekeeper SQLite file with an active engagement in it, closed again."""
    path = tmp_path / "real.sqlite3"
    db = open_database(str(path))
    make_active(Services(db, "tester"), milestones=2)
    db.close()
    yield path


def refused_file(path: Path, *words: str) -> None:
    """Opening ``path`` is refused with a message containing ``words``; the file is unchanged
    and no companion file (WAL, backup) is left behind."""
    before, names = digest(path), folder(path)
    with pytest.raises(DatabaseRefusedError) as caught:
        open_database(str(path))
    assert digest(path) == before
    assert folder(path) == names
    message = str(caught.value)
    assert str(path.name) in message
    for word in words:
        assert word.lower() in message.lower(), f"{word!r} not in {message!r}"


# --- creating and reopening ---------------------------------------------------------------


def test_a_new_path_creates_the_database_and_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there.sqlite3"
    db = open_database(str(path))
    try:
        assert path.is_file()
        with db.reading() as session:
            names = set(session.scalars(select(ReviewTemplate.name)))
        assert {"Creative deliverable", "Software release"} <= names
    finally:
        db.close()
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


def test_reopening_keeps_the_data_and_makes_no_backup(sqlite_file: Path) -> None:
    names = folder(sqlite_file)
    for _ in range(2):
        db = open_database(str(sqlite_file))
        try:
            with db.reading() as session:
                (code,) = session.scalars(select(Engagement.code)).all()
                assert code == "ACME-2026-01"
                assert len(session.scalars(select(ReviewTemplate)).all()) == 4
        finally:
            db.close()
    assert folder(sqlite_file) == names
    assert not any("before-upgrade" in name for name in folder(sqlite_file))


def test_the_environment_variable_names_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("SCOPEKEEPER_DB", str(path))
    assert resolve_url(None) == f"sqlite:///{path.resolve()}"
    assert resolve_url(str(tmp_path / "x.db")).endswith("x.db")


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("mysql://u:p@host/db", ["mysql", "not supported"]),
        ("sqlite://", ["in-memory"]),
        ("sqlite:///:memory:", ["in-memory"]),
    ],
)
def test_unsupported_targets_are_refused(target: str, words: list[str]) -> None:
    with pytest.raises(DatabaseRefusedError) as caught:
        open_database(target)
    for word in words:
        assert word in str(caught.value)


@pytest.mark.parametrize("url", ["postgresql://u:p@h/db", "postgresql+psycopg2://u:p@h/db"])
def test_postgresql_urls_always_use_the_bundled_driver(url: str) -> None:
    engine = create_engine(resolve_url(url))
    assert engine.dialect.driver == "psycopg"
    assert engine.url.database == "db"


def test_a_database_open_in_another_instance_can_be_opened_too(tmp_path: Path) -> None:
    """Until a checkpoint, a new file's header (with our mark) lives only in the WAL."""
    path = tmp_path / "shared.sqlite3"
    first = open_database(str(path))
    try:
        make_active(Services(first, "alice"), milestones=1)
        assert path.with_name("shared.sqlite3-wal").stat().st_size > 0
        other = open_database(str(path))
        try:
            with other.reading() as session:
                assert session.scalars(select(Engagement.code)).all() == ["ACME-2026-01"]
        finally:
            other.close()
    finally:
        first.close()


def test_a_database_left_with_its_wal_after_a_crash_opens_with_everything(tmp_path: Path) -> None:
    path = tmp_path / "live.sqlite3"
    db = open_database(str(path))
    try:
        make_active(Services(db, "alice"), milestones=1)
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        for suffix in ("", "-wal"):  # what a power cut leaves on disk
            (crashed / f"live.sqlite3{suffix}").write_bytes(
                path.with_name(f"live.sqlite3{suffix}").read_bytes()
            )
    finally:
        db.close()
    reopened = open_database(str(crashed / "live.sqlite3"))
    try:
        with reopened.reading() as session:
            assert session.scalars(select(Engagement.code)).all() == ["ACME-2026-01"]
    finally:
        reopened.close()


# --- refusing what is not ours ------------------------------------------------------------


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    refused_file(path, "empty file")


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Dear diary,\nthis is not a database.\n", encoding="utf-8")
    refused_file(path, "not an SQLite file")


def test_a_truncated_copy_of_a_real_database_is_refused(sqlite_file: Path) -> None:
    data = sqlite_file.read_bytes()
    assert len(data) > 8192
    copy = sqlite_file.with_name("copy.sqlite3")
    copy.write_bytes(data[: len(data) // 2])
    refused_file(copy, "truncated", "backup")


def test_a_truncated_header_is_refused(sqlite_file: Path) -> None:
    copy = sqlite_file.with_name("stub.sqlite3")
    copy.write_bytes(sqlite_file.read_bytes()[:60])
    refused_file(copy, "truncated")


def test_a_damaged_page_is_refused(sqlite_file: Path) -> None:
    data = bytearray(sqlite_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 : page * 2 + 200] = b"\xff" * 200  # scribble over a b-tree page
    copy = sqlite_file.with_name("damaged.sqlite3")
    copy.write_bytes(bytes(data))
    refused_file(copy, "damaged", "backup")


# --- the page check at start -------------------------------------------------------------
# Reading every page grows with the file, so a start skips it when Scopekeeper itself closed
# this very file cleanly last; anything else gets the full check.


@pytest.fixture
def clean_closes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The record of clean closes kept in a folder of the test's own."""
    record = tmp_path / "cache" / "clean-closes.txt"
    monkeypatch.setattr(file_check, "_clean_closes_file", lambda: record)
    return record


def scribble(path: Path, page: int) -> None:
    """Overwrite the start of a page in place, as failing storage or another program might."""
    with path.open("r+b") as fh:
        page_size = int.from_bytes(fh.read(18)[16:18], "big")
        fh.seek(page_size * (page - 1))
        fh.write(b"\xff" * 200)


def root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(
            conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[
                0
            ]
        )
    finally:
        conn.close()


def test_a_file_scopekeeper_closed_cleanly_opens_without_reading_every_page(
    clean_closes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mine.sqlite3"
    db = open_database(str(path))
    make_active(Services(db, "tester"), milestones=2)
    db.close()
    assert not path.with_name("mine.sqlite3-wal").exists()
    ran = page_checks(monkeypatch)
    for _ in range(2):
        reopened = open_database(str(path))
        with reopened.reading() as session:
            assert session.scalars(select(Engagement.code)).all() == ["ACME-2026-01"]
        reopened.close()
    assert ran == []


def test_every_page_is_read_when_the_file_was_not_closed_cleanly_by_scopekeeper(
    clean_closes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mine.sqlite3"
    open_database(str(path)).close()
    ran = page_checks(monkeypatch)
    # Another instance has it open (or a crash left its WAL): checked.
    other = open_database(str(path))
    try:
        make_active(Services(other, "alice"), milestones=1)
        assert path.with_name("mine.sqlite3-wal").exists()
        open_database(str(path)).close()
    finally:
        other.close()
    assert len(ran) == 1
    # Closed cleanly, then touched by something else: checked again.
    open_database(str(path)).close()
    assert len(ran) == 1
    os.utime(path)
    open_database(str(path)).close()
    assert len(ran) == 2
    # A copy elsewhere: checked once, then trusted after its own clean close.
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(path, copy)
    for _ in range(2):
        open_database(str(copy)).close()
    assert len(ran) == 3
    # Without the record (a new user account, a cleared cache): checked.
    clean_closes.unlink()
    open_database(str(path)).close()
    assert len(ran) == 4


def test_a_page_damaged_after_a_clean_close_is_still_refused(
    clean_closes: Path, sqlite_file: Path
) -> None:
    """The fixture's file was closed cleanly by Scopekeeper; writing into it afterwards
    changes its modification time, so the next start reads every page and refuses it."""
    open_database(str(sqlite_file)).close()
    scribble(sqlite_file, root_page(sqlite_file, "milestone"))
    refused_file(sqlite_file, "damaged", "backup")


def test_damage_the_start_cannot_see_is_refused_when_read_and_by_check(
    clean_closes: Path, sqlite_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Storage that fails while the file lies closed changes no time stamp, so the start
    trusts the file. The damage shows the moment the page is read: a refusal that saves
    nothing, never wrong or lost data; and ``check`` reads every page."""
    from core.errors import DatabaseFaultError
    from core.models import Milestone
    from desktop.main import main

    open_database(str(sqlite_file)).close()
    scribble(sqlite_file, root_page(sqlite_file, "milestone"))
    file_check.record_clean_close(sqlite_file)  # what the start sees: closed cleanly, unchanged
    db = open_database(str(sqlite_file))
    try:
        with pytest.raises(DatabaseFaultError, match="damaged"):
            with db.reading() as session:
                session.scalars(select(Milestone.title)).all()
    finally:
        db.close()
    capsys.readouterr()
    assert main(["--db", str(sqlite_file), "check"]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('hello')")
    conn.commit()
    conn.close()
    refused_file(path, "another application")


def test_a_file_with_our_mark_but_foreign_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "impostor.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    refused_file(path, "not Scopekeeper's", "untouched")


def test_a_database_from_a_newer_version_is_refused(sqlite_file: Path) -> None:
    conn = sqlite3.connect(sqlite_file)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()
    refused_file(sqlite_file, "newer version", "ffff9999", "untouched")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "folder.sqlite3"
    target.mkdir()
    with pytest.raises(DatabaseRefusedError) as caught:
        open_database(str(target))
    assert "is a folder" in str(caught.value)
    assert list(target.iterdir()) == []


def test_a_folder_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(DatabaseRefusedError) as caught:
        open_database(str(blocker / "db.sqlite3"))
    assert "cannot create the folder" in str(caught.value)
    assert blocker.read_text() == "x"


def test_the_newer_version_check_also_guards_postgresql(db: Database, db_url: str) -> None:
    """Whatever the backend under test, a schema stamped by a newer release is refused."""
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    db.close()
    with pytest.raises(DatabaseRefusedError) as caught:
        open_database(db_url)
    assert "newer version" in str(caught.value)


# --- connection settings ------------------------------------------------------------------


def test_every_sqlite_connection_gets_the_safety_pragmas(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "pragmas.sqlite3"))
    try:
        with db.engine.connect() as conn:
            values = {
                name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
            }
    finally:
        db.close()
    assert values == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 10000,
    }


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "fk.sqlite3"))
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO contact (id, client_id, position, name, role, email, signatory)"
                " VALUES ('c', 'no-such-client', 1, 'n', '', '', 0)"
            )
    finally:
        db.close()


def test_a_read_session_never_keeps_a_change(services: Services) -> None:
    built = make_active(services, milestones=1)
    with services.db.reading() as session:
        engagement = session.get(Engagement, built.engagement_id)
        assert engagement is not None
        engagement.title = "Changed in a read session"
        session.flush()
    with services.db.reading() as session:
        engagement = session.get(Engagement, built.engagement_id)
        assert engagement is not None and engagement.title == "Website relaunch"


# --- backups and upgrades -----------------------------------------------------------------


def test_backup_copies_a_live_database_including_uncheckpointed_changes(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite3"
    db = open_database(str(source))
    try:
        make_active(Services(db, "tester"), milestones=1)
        assert source.with_name("live.sqlite3-wal").exists()  # changes still in the WAL
        target = backup_sqlite(source, tmp_path / "copy.sqlite3")
    finally:
        db.close()
    assert target == tmp_path / "copy.sqlite3"
    assert not (tmp_path / "copy.sqlite3.part").exists()
    copy = open_database(str(target))
    try:
        with copy.reading() as session:
            assert session.scalars(select(Engagement.code)).all() == ["ACME-2026-01"]
    finally:
        copy.close()


def test_an_upgrade_makes_a_backup_next_to_the_database_first(
    sqlite_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pretend the file is one schema behind an unknown newer head."""
    real = migrate.current_state

    def one_behind(engine: object) -> migrate.SchemaState:
        state = real(engine)  # type: ignore[arg-type]
        return migrate.SchemaState(revision="0000", head=state.head, foreign=False, newer=False)

    monkeypatch.setattr(migrate, "current_state", one_behind)
    # The file check reads the revision too; make it disagree with this build's head.
    monkeypatch.setattr(migrate, "HEAD", "9999")
    db = open_database(str(sqlite_file))
    db.close()
    backups = [p for p in sqlite_file.parent.iterdir() if "before-upgrade-0000" in p.name]
    assert len(backups) == 1
    assert backups[0].name.startswith("real.before-upgrade-0000-")
    assert backups[0].suffix == ".sqlite3"
    monkeypatch.undo()
    copy = open_database(str(backups[0]))
    try:
        with copy.reading() as session:
            assert session.scalars(select(Engagement.code)).all() == ["ACME-2026-01"]
    finally:
        copy.close()


def test_a_failed_first_start_leaves_no_half_made_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_upgrade(engine: object) -> None:
        raise RuntimeError("migration crashed")

    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    path = tmp_path / "new.sqlite3"
    with pytest.raises(RuntimeError):
        open_database(str(path))
    assert list(tmp_path.iterdir()) == []


def test_the_head_constant_matches_the_shipped_migrations() -> None:
    from alembic.script import ScriptDirectory

    from core.migrate import HEAD, alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD


def test_the_early_file_check_refuses_a_damaged_file_like_the_late_one(
    sqlite_file: Path,
) -> None:
    """The command line checks the file in a thread while it imports; the verdict is the
    same refusal, and nothing is written."""
    data = bytearray(sqlite_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 : page * 2 + 200] = b"\xff" * 200
    damaged = sqlite_file.with_name("damaged.sqlite3")
    damaged.write_bytes(bytes(data))
    before, names = digest(damaged), folder(damaged)
    checked = start_file_check(str(damaged))
    assert checked is not None and checked.path == damaged.resolve()
    with pytest.raises(DatabaseRefusedError, match="damaged"):
        open_database(str(damaged), checked=checked)
    assert (digest(damaged), folder(damaged)) == (before, names)


def test_an_early_check_of_another_file_is_not_taken_for_this_one(
    sqlite_file: Path, tmp_path: Path
) -> None:
    healthy = start_file_check(str(sqlite_file))
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("meeting notes\n", encoding="utf-8")
    with pytest.raises(DatabaseRefusedError, match="not an SQLite file"):
        open_database(str(text_file), checked=healthy)


def test_no_early_check_for_urls_or_files_not_made_yet(tmp_path: Path) -> None:
    assert start_file_check("postgresql+psycopg://u:p@localhost/db") is None
    assert start_file_check(str(tmp_path / "new.sqlite3")) is None


def test_a_file_already_at_the_head_opens_without_loading_alembic(sqlite_file: Path) -> None:
    """A database with nothing to upgrade does not pay for importing the migration
    machinery at start-up."""
    script = (
        "import sys\n"
        "from core.db import open_database\n"
        f"open_database({str(sqlite_file)!r}).close()\n"
        "assert 'alembic' not in sys.modules, sorted(m for m in sys.modules if 'alembic' in m)\n"
    )
    run_fresh(script)


def test_a_stored_time_with_another_offset_reads_back_in_utc() -> None:
    from datetime import UTC, datetime

    from core.models.base import UTCTimestamp

    read = UTCTimestamp().process_result_value("2026-03-05T10:30:00+01:00", None)  # type: ignore[arg-type]
    assert read == datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
    assert read is not None and read.tzinfo is UTC
    stored = UTCTimestamp().process_result_value("2026-03-05T09:30:00Z", None)  # type: ignore[arg-type]
    assert stored is not None and stored.tzinfo is UTC
