"""Shared fixtures. Qt runs headless; every test gets a fresh database.

Set SCOPEKEEPER_TEST_PG_URL (a postgresql+psycopg:// URL) to run the database tests
against PostgreSQL: each test then gets its own schema, dropped afterwards."""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# The command line prints refusals in the session's language (core.messages.language_of);
# the tests that read them expect English whatever the machine's locale is.
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)
os.environ["LC_MESSAGES"] = "C.UTF-8"
# Opening and closing databases records clean closes in the user's cache folder (see
# core.sqlite_file); the suite's thousands of throwaway files would push the records of the
# machine's real databases out of it. The tests keep theirs in a folder of their own.
# (removed in pytest_unconfigure)
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="scopekeeper-test-cache-")

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from core.db import Database, open_database
from core.services import Services
from tests.factories import Cli

PG_URL = os.environ.get("SCOPEKEEPER_TEST_PG_URL")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ["XDG_CACHE_HOME"], ignore_errors=True)


def _pg_schema_url(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """A URL for a database that does not exist yet (file) or an empty schema (PostgreSQL)."""
    if not PG_URL:
        yield str(tmp_path / "scopekeeper.sqlite3")
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _pg_schema_url(PG_URL, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    try:
        yield database
    finally:
        database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db, "tester")


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], db_url: str) -> Cli:
    """The command line on this test's database (see tests.factories.Cli)."""
    return Cli(capsys, db_url)
