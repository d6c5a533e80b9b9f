"""The integrity check: is the database file sound, is every history chain intact, and do
the stored records still obey the rules the services enforce?

The services never break these rules; a problem here means the data was changed behind
the application's back (an edited file, a partial restore, a bug). An archive import runs
the same rules (``RULES``) on the records it adds, inside its transaction, and refuses the
archive if any of them finds a problem (``added_problems``)."""

from __future__ import annotations

import inspect
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from core.check import ranges, records, values
from core.check.baselines import baselines
from core.check.chains import SUSPECTS, history
from core.check.problem import Problem
from core.check.scope import Scope
from core.check.snapshot import Pinned, begin_reading, read_only
from core.db import Database
from core.errors import DomainError
from core.history import Suspects, bulk_suspects
from core.sqlite_file import check_pages, pages_unverified, pages_verified

__all__ = ["RULES", "Problem", "Rule", "Scope", "added_problems", "check_records", "run_check"]

Rule = Callable[..., Iterable[Problem]]
"""A rule: ``rule(session, scope=None)`` gives the problems it finds in the records of
``scope`` (the whole database when it is None), in a stable order."""

RULES: tuple[Rule, ...] = (
    history,
    records.positions,
    records.amounts,
    values.malformed,
    baselines,
    records.signoff_fingerprints,
    records.signatures,
    records.diverted_ideas,
    records.completed,
    ranges.out_of_range,
)
"""Every rule on the stored records, in the order ``check`` reports them. This list is the
one place a rule is added: ``scopekeeper check`` runs each on the whole database and every
archive import runs each on the records it adds, before committing them. A rule should take
``(session, scope=None)`` and limit its reads to the scope's engagements; one that takes
only the session still works, on the whole database (see ``added_problems``)."""


def run_check(db: Database) -> list[Problem]:
    """Every problem found, in a stable order; an empty list means all is well.

    On SQLite the file itself is checked too (``PRAGMA integrity_check`` and
    ``foreign_key_check``); PostgreSQL enforces foreign keys and guards its own pages.
    That file check runs inside SQLite's C code on its own read-only connection, in a
    thread, while the rules read. So does, in a second thread, the bulk pass over the
    history chains (``core.history.bulk_suspects``), on a connection that reads the very
    state the rules read (``core.check.snapshot`` shows how, and redoes the pass in the
    session when something was committed meanwhile). Every rule reads in one transaction,
    so it sees one consistent state. The file check is about the file, pages and foreign
    keys, and is true of the state it read.

    A file opened without its pages read at start (``core.sqlite_file``, ``later``) is
    refused in the start's words when damage found here is damage that check would have
    refused; when its every page is sound, its clean close may be recorded again."""
    path = db.engine.url.database if db.is_sqlite else None
    unread = Path(path) if path is not None and pages_unverified(Path(path)) else None
    try:
        file_problems, problems = _check(db, path)
    except (DomainError, sqlite3.DatabaseError, DBAPIError):
        if unread is not None:
            check_pages(unread)  # the start's refusal, if that is what it was
        raise
    if unread is not None:
        if file_problems:
            check_pages(unread)
        else:
            pages_verified(unread)
    return file_problems + problems


def _check(db: Database, path: str | None) -> tuple[list[Problem], list[Problem]]:
    with ThreadPoolExecutor(max_workers=2) as pool:
        file_check = pool.submit(_sqlite_file, path) if path else None
        pinned = _pinned(path) if path else None
        try:
            with db.reading() as session:
                if pinned is not None:
                    begin_reading(session)  # after the pinned connection's: see snapshot
                    session.info[SUSPECTS] = pool.submit(_chains_in_bulk, pinned)
                    pinned = None  # the thread closes it
                problems = check_records(session)
        finally:
            if pinned is not None:
                pinned.close()
        return (file_check.result() if file_check else []), problems


def _pinned(path: str) -> Pinned | None:
    try:
        return Pinned(path)
    except sqlite3.Error:  # the session's own reading says what is wrong
        return None


def _chains_in_bulk(pinned: Pinned) -> Suspects | None:
    """The bulk chain pass on ``pinned``; None (the session does it again) when anything was
    committed since its read transaction began."""
    try:
        found = bulk_suspects(pinned.connection)
    except sqlite3.Error:
        found = None
    finally:
        same = pinned.unchanged()  # and closed, whatever happened
    return found if same else None


def check_records(session: Session, scope: Scope | None = None) -> list[Problem]:
    """The problems every rule of ``RULES`` finds in ``session``'s view of the records of
    ``scope`` (all records when it is None), rule by rule.

    The history rule runs last (its bulk pass may still be running in another thread,
    see ``run_check``); its problems are reported first all the same."""
    found: dict[Rule, list[Problem]] = {}
    for rule in sorted(RULES, key=lambda rule: rule is history):
        found[rule] = _run(rule, session, scope)
    return [problem for rule in RULES for problem in found[rule]]


def added_problems(session: Session, scope: Scope, write: Callable[[], Any]) -> list[Problem]:
    """Call ``write``, which adds the records of ``scope`` in ``session``'s transaction,
    then return what every rule of ``RULES`` finds wrong with them, before anything is
    committed (the caller rolls back on any problem).

    A rule that takes a scope reads only the added records. A rule that takes only the
    session reads the whole database: it runs before ``write`` too, and only the problems
    it did not find then are counted, so an import is never refused for damage that was
    already in the database."""
    whole = [rule for rule in RULES if not takes_scope(rule)]
    before = {rule: Counter(rule(session)) for rule in whole}
    write()
    session.flush()
    problems: list[Problem] = []
    for rule in RULES:
        if rule in before:
            known = before[rule]
            for problem in rule(session):
                if known[problem] > 0:
                    known[problem] -= 1
                else:
                    problems.append(problem)
        else:
            problems += _run(rule, session, scope)
    return problems


def _run(rule: Rule, session: Session, scope: Scope | None) -> list[Problem]:
    if scope is None:
        return list(rule(session))
    if not takes_scope(rule):
        return list(rule(session))
    found: list[Problem] = []
    for part in scope.parts():
        found += rule(session, part)
    return found


def takes_scope(rule: Rule) -> bool:
    """Whether ``rule`` can read only the records of a scope (else it reads the whole
    database)."""
    return "scope" in inspect.signature(rule).parameters


def _sqlite_file(path: str) -> list[Problem]:
    try:
        conn = read_only(path)
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
