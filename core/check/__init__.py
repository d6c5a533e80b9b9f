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

from sqlalchemy.orm import Session

from core.check import ranges, records, values
from core.check.baselines import baselines
from core.check.baselines_bulk import MATCHING, matching_roadmaps
from core.check.chains import history
from core.check.problem import Problem
from core.check.scope import Scope
from core.db import Database

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
    thread, while Python hashes the history chains: the two overlap instead of adding up.
    So does, in a second thread, SQLite's bulk comparison of the roadmaps with their
    baselines (``baselines_bulk.matching_roadmaps``, on a connection of its own opened at
    the same moment), which only tells the baseline rule which engagements it need not
    read again. Every rule reads in one transaction, so it sees one consistent state; that
    comparison reads its own, so a roadmap committed between the two reads (while the
    check runs) is judged as the comparison saw it."""
    path = db.engine.url.database if db.is_sqlite else None
    with ThreadPoolExecutor(max_workers=2) as pool:
        file_check = pool.submit(_sqlite_file, path) if path else None
        matching = pool.submit(matching_roadmaps, path) if path else None
        with db.reading() as session:
            if matching is not None:
                session.info[MATCHING] = matching
            problems = check_records(session)
        return (file_check.result() if file_check else []) + problems


def check_records(session: Session, scope: Scope | None = None) -> list[Problem]:
    """The problems every rule of ``RULES`` finds in ``session``'s view of the records of
    ``scope`` (all records when it is None), rule by rule."""
    problems: list[Problem] = []
    for rule in RULES:
        problems += _run(rule, session, scope)
    return problems


def added_problems(session: Session, scope: Scope, write: Callable[[], Any]) -> list[Problem]:
    """Call ``write``, which adds the records of ``scope`` in ``session``'s transaction,
    then return what every rule of ``RULES`` finds wrong with them, before anything is
    committed (the caller rolls back on any problem).

    A rule that takes a scope reads only the added records. A rule that takes only the
    session reads the whole database: it runs before ``write`` too, and only the problems
    it did not find then are counted, so an import is never refused for damage that was
    already in the database."""
    whole = [rule for rule in RULES if not _takes_scope(rule)]
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
    if not _takes_scope(rule):
        return list(rule(session))
    found: list[Problem] = []
    for part in scope.parts():
        found += rule(session, part)
    return found


def _takes_scope(rule: Rule) -> bool:
    return "scope" in inspect.signature(rule).parameters


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
