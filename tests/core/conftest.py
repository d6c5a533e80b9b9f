"""Core fixtures: the demo portfolio, loaded through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.db import backup_sqlite
from desktop.main import main
from tests.factories import Cli

DEMO_TODAY = "2026-05-01"
"""The day the demo is loaded as of (its due dates and reviews fall around it)."""


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo loaded once through the command line; SQLite tests start from a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "--actor", "Zoë Tester", "demo", "--today", DEMO_TODAY]) == 0
    return path


@pytest.fixture
def demo(cli: Cli, demo_file: Path) -> Cli:
    """The command line on a fresh database holding the demo (a copy of it, unless testing
    PostgreSQL)."""
    if "://" in cli.db:
        code, out, err = cli("demo", "--today", DEMO_TODAY)
        assert code == 0, err
        assert "LUMI-2026-01" in out
    else:
        backup_sqlite(demo_file, Path(cli.db))
    return cli
