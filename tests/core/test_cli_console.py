"""The command line on unusual consoles and accounts: a console that cannot show Chinese or
accented names prints escapes instead of failing, and a session without a login name still
records who acted."""

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
