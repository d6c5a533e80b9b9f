"""The command line's refusals and rough endings, as a script or a person at a terminal meets
them: one ``scopekeeper: error:`` line and exit 2 for a refusal, nothing written, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.checks import db_state
from tests.conftest import PG_URL
from tests.factories import Cli

ROOT = Path(__file__).resolve().parents[2]


def refusal(done: tuple[int, str, str], *words: str) -> str:
    code, out, err = done
    assert code == 2, (code, out, err)
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("scopekeeper: error: "), err
    for word in words:
        assert word in lines[0], f"{word!r} not in {lines[0]!r}"
    return lines[0]


@pytest.mark.skipif(PG_URL is not None, reason="backup copies a SQLite file")
def test_a_backup_onto_a_folder_is_refused_and_the_folder_left_alone(
    demo: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    refusal(demo("backup", "-o", folder), "is a folder", "give a file name")
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(PG_URL is not None, reason="backup copies a SQLite file")
def test_a_backup_cannot_overwrite_the_database_it_copies(demo: Cli) -> None:
    before = Path(demo.db).read_bytes()
    refusal(demo("backup", "-o", demo.db), "cannot overwrite the database it copies")
    assert Path(demo.db).read_bytes() == before
    assert demo("check")[0] == 0


@pytest.mark.skipif(PG_URL is None, reason="a PostgreSQL database")
def test_a_backup_of_a_server_database_points_to_pg_dump(demo: Cli, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    refusal(demo("backup", "-o", target), "PostgreSQL", "pg_dump", "export-archive --all")
    assert not target.exists()


def test_show_names_the_engagement_a_spin_off_came_from(demo: Cli) -> None:
    out = demo.ok("show", "LUMI-2026-02")
    facts = {
        line.split(":", 1)[0].strip(): line.split(":", 1)[1].strip()
        for line in out.splitlines()
        if ":" in line
    }
    assert facts["Spin-off of"] == "LUMI-2026-01"
    assert "Spin-off of" not in demo.ok("show", "LUMI-2026-01")


def test_an_unreachable_database_server_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Nothing listens on port 1: the connection is refused at once.
    cli = Cli(capsys, "postgresql+psycopg://nobody:secret@127.0.0.1:1/scopekeeper")
    line = refusal(cli("list"), "cannot open the database", "cannot be reached")
    assert "secret" not in line  # the password never appears in a message


def test_a_reader_that_goes_away_ends_the_command_quietly(demo: Cli) -> None:
    """`scopekeeper list | head -0`: the pipe closes before the listing is written."""
    read, write = os.pipe()
    os.close(read)  # the reader has gone before the command writes anything
    try:
        done = subprocess.run(
            [sys.executable, "-m", "desktop.main", "--db", demo.db, "list"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    finally:
        os.close(write)
    assert done.returncode == 1
    assert done.stderr == ""


def test_a_refused_command_changes_nothing(demo: Cli, tmp_path: Path) -> None:
    """A command refused for a missing engagement or file leaves every row as it was."""
    from core.db import open_database

    db = open_database(demo.db, migrate=False)
    try:
        before = db_state(db)
        refusal(demo("show", "NOPE-0000"), "NOPE-0000")
        refusal(demo("import", tmp_path / "missing.json"), "missing.json")
        assert db_state(db) == before
    finally:
        db.close()
