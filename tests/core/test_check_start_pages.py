"""``scopekeeper check`` on a file without a clean-close record (a copy, a restore, a file
another program wrote): the start does not read every page before the check's own
``integrity_check`` reads them again, yet a damaged file is refused in the start's words and
never written to, whatever would have written to it (an upgrade, built-in templates), and a
file is recorded as closed cleanly only once the check found every page sound.

Always SQLite, even in the PostgreSQL run: a file's pages are SQLite's alone."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from core import migrate
from core import sqlite_file as file_check
from tests.checks import page_checks
from tests.factories import Cli, active_file

CODE = "ACME-2026-01"
REFUSAL = "restore it from a backup. It was left untouched"


@pytest.fixture
def original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An active engagement's database, closed cleanly (so in WAL mode, without a WAL)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # the clean-close record
    return active_file(tmp_path / "original.sqlite3", code=CODE, milestones=2)


def _copy(original: Path, name: str = "copy.sqlite3") -> Path:
    """A copy at a new path: no clean-close record speaks for it."""
    copy = original.with_name(name)
    shutil.copyfile(original, copy)
    assert file_check.needs_page_check(copy)
    return copy


def _scribble(path: Path, table: str) -> None:
    """Overwrite the start of ``table``'s root page, as failing storage might."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    with path.open("r+b") as fh:
        page_size = int.from_bytes(fh.read(18)[16:18], "big")
        fh.seek(page_size * (root - 1))
        fh.write(b"\xff" * 200)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _refused_untouched(cli: Cli, path: Path) -> str:
    before = _digest(path)
    code, out, err = cli("check", db=str(path))
    assert (code, out) == (2, "")
    assert f"{path} is damaged (" in err and REFUSAL in err, err
    assert _digest(path) == before
    assert not path.with_name(path.name + "-wal").exists()
    assert file_check.needs_page_check(path)  # no clean close recorded for it
    return err


def test_check_of_a_sound_copy_reads_its_pages_once_and_records_the_clean_close(
    original: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = _copy(original)
    ran = page_checks(monkeypatch)

    code, out, err = Cli(capsys, str(copy))("check")

    assert (code, err) == (0, ""), err
    assert out == f"no problems found in {copy}\n"
    assert ran == []  # the check's integrity_check was the only reading of every page
    assert not file_check.needs_page_check(copy)  # found sound: the next start trusts it


def test_check_refuses_a_damaged_copy_in_the_words_of_the_start(
    original: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(original)
    _scribble(copy, "milestone")
    cli = Cli(capsys, str(copy))

    said = _refused_untouched(cli, copy)

    code, _, opened = cli("list")  # any other command: the start refuses it the same way
    assert code == 2 and opened == said


def test_check_never_upgrades_a_damaged_copy(
    original: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file with a schema to upgrade has its pages read before anything is written."""
    copy = _copy(original)
    with closing(sqlite3.connect(copy)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy.with_name(copy.name + "-wal").unlink(missing_ok=True)
    _scribble(copy, "milestone")
    upgrades: list[object] = []
    monkeypatch.setattr(migrate, "upgrade", lambda engine: upgrades.append(engine))

    _refused_untouched(Cli(capsys, str(copy)), copy)

    assert upgrades == []
    assert not list(copy.parent.glob("*.bak*")) and not list(copy.parent.glob("*backup*"))


def test_check_never_writes_templates_into_a_damaged_copy(
    original: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _copy(original)
    with closing(sqlite3.connect(copy)) as conn:  # built-in templates gone, and nothing else
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in ("template_criterion", "template_checklist_item", "review_template"):
            conn.execute(f"DELETE FROM {table}")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy.with_name(copy.name + "-wal").unlink(missing_ok=True)
    _scribble(copy, "milestone")

    _refused_untouched(Cli(capsys, str(copy)), copy)


def test_damage_only_the_whole_file_check_sees_is_reported_not_refused(
    original: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An index entry that names a missing row: every page reads well, so the start would
    have let it through; ``check`` reports it, as it did when the start read every page."""
    copy = _copy(original)
    with closing(sqlite3.connect(copy)) as conn:  # an index of titles, then said to be of ids
        conn.execute("CREATE INDEX ix_check_scratch ON milestone (title)")
        conn.commit()
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_check_scratch ON milestone (id)'"
            " WHERE name = 'ix_check_scratch'"
        )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy.with_name(copy.name + "-wal").unlink(missing_ok=True)
    with closing(sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)

    code, out, err = Cli(capsys, str(copy))("check")

    assert code == 1, err
    assert "[database] the file is damaged" in out and "ix_check_scratch" in out, out
