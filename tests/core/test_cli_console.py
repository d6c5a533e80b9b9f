"""The command line on unusual consoles and accounts: a console that cannot show Chinese or
accented names prints escapes instead of failing, a session without a login name still
records who acted, and without a database named the one in the user's data folder is used."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.main import default_actor
from tests.factories import Cli

ROOT = Path(__file__).resolve().parents[2]


def test_a_console_that_only_shows_ascii_gets_escapes_not_a_crash(demo: Cli) -> None:
    env = dict(os.environ, PYTHONIOENCODING="ascii", PYTHONUTF8="0", LC_ALL="C")
    done = subprocess.run(
        [sys.executable, "-m", "desktop.main", "--db", demo.db, "list"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("ascii")  # nothing but ASCII reached the console
    assert "SENAL-2026-01" in out
    assert "\\u81fa\\u5317" in out  # 臺北, the Taipei client's name, as escapes


def test_without_a_login_name_the_program_name_is_the_actor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_login() -> str:
        raise OSError("no login name in this container")

    monkeypatch.delenv("SCOPEKEEPER_ACTOR", raising=False)
    monkeypatch.setattr(getpass, "getuser", no_login)
    assert default_actor() == "scopekeeper"
    monkeypatch.setenv("SCOPEKEEPER_ACTOR", "  Zoë Tester ")
    assert default_actor() == "Zoë Tester"


def test_without_a_database_named_the_one_in_the_users_data_folder_is_used(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SCOPEKEEPER_DB"}
    env.update(XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop.main", "list"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "Scopekeeper" / "scopekeeper.sqlite3").is_file()


def test_a_folder_given_as_the_database_is_refused_in_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = Cli(capsys, str(tmp_path))("list")
    assert (code, out) == (2, "")
    assert err == f"scopekeeper: error: {tmp_path} is a folder, not a database file\n"
