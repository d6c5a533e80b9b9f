"""The integrity check: is the database file sound, is every history chain intact, and do
the stored records still obey the rules the services enforce?

The services never break these rules; a problem here means the data was changed behind
the application's back (an edited file, a partial restore, a bug)."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.check import records
from core.check.baselines import baseline_problems
from core.check.problem import Problem
from core.db import Database
from core.history import NO_HEAD, verify_streams
from core.models import Client, Engagement, ReviewTemplate

__all__ = ["Problem", "run_check"]


def run_check(db: Database) -> list[Problem]:
    """Every problem found, in a stable order; an empty list means all is well.

    On SQLite the file itself is checked too (``PRAGMA integrity_check`` and
    ``foreign_key_check``); PostgreSQL enforces foreign keys and guards its own pages.
    That file check runs inside SQLite's C code on its own read-only connection, in a
    thread, while Python hashes the history chains: the two overlap instead of adding up.
    Everything else is read in one transaction, so it sees one consistent state."""
    path = db.engine.url.database if db.is_sqlite else None
    with ThreadPoolExecutor(max_workers=1) as pool:
        file_check = pool.submit(_sqlite_file, path) if path else None
        problems: list[Problem] = []
        with db.reading() as session:
            problems += _history(session)
            problems += records.positions(session)
            problems += records.amounts(session)
            problems += [
                Problem("baseline", f"{code}: {detail}")
                for code, detail in baseline_problems(session)
            ]
            problems += records.signoff_fingerprints(session)
            problems += records.signatures(session)
            problems += records.diverted_ideas(session)
            problems += records.completed(session)
        return (file_check.result() if file_check else []) + problems


def _sqlite_file(path: str) -> list[Problem]:
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [Problem("database", f"the file cannot be opened for checking: {exc}")]
    try:
        problems = [
            Problem("database", f"the file is damaged: {detail}")
            for (detail,) in conn.execute("PRAGMA integrity_check")
            if detail != "ok"
        ]
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(
                Problem("database", f"a row of {table} (row {rowid}) refers to a missing {parent}")
            )
    except sqlite3.DatabaseError as exc:
        problems = [Problem("database", f"the file is damaged: {exc}")]
    finally:
        conn.close()
    return problems


class _Labels:
    """Readable names for history streams: engagement codes, client and template names."""

    def __init__(self, session: Session) -> None:
        self._names: dict[str, str] = {}
        for eid, code in session.execute(select(Engagement.id, Engagement.code)):
            self._names[f"engagement:{eid}"] = code
        for cid, name in session.execute(select(Client.id, Client.name)):
            self._names[f"client:{cid}"] = f"client {name}"
        for tid, name in session.execute(select(ReviewTemplate.id, ReviewTemplate.name)):
            self._names[f"template:{tid}"] = f"review template {name}"

    def __call__(self, key: str) -> str:
        if key in self._names:
            return f"the history of {self._names[key]}"
        kind, _, ident = key.partition(":")
        if ident:
            return f"the history of a deleted {kind} ({ident})"
        return f"the {key} history"


def _history(session: Session) -> list[Problem]:
    label = _Labels(session)
    problems = []
    for broken in verify_streams(session):
        if broken.message == NO_HEAD:
            message = (
                f"{label(broken.stream)} has events but no chain head: "
                "its record of the latest event was deleted"
            )
        else:
            message = f"{label(broken.stream)}, event {broken.seq}: {broken.message}"
        problems.append(Problem("history", message))
    return problems
