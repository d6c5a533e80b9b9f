"""The floor of a whole-archive import: SQLite alone copying every row of a database into
an empty database of the same schema, in one transaction, with the app's settings (WAL,
synchronous=FULL, foreign keys on) and its triggers (the search index is filled as the
events go in). No JSON, no checks, no Python for each row: what writing these rows costs
before anything is read from a file.

    python bench/import_floor.py SOURCE.sqlite3 EMPTY.sqlite3

EMPTY must be a database the app made (``scopekeeper --db EMPTY list``), holding nothing
but the built-in templates; its rows stay where the source has the same (INSERT OR IGNORE).
"""

from __future__ import annotations

import sqlite3
import sys


def parents_first(connection: sqlite3.Connection, schema: str) -> list[str]:
    """The tables of ``schema`` (but SQLite's own, the search index's shadow tables and
    the schema revision), each after the tables its foreign keys refer to."""
    names = [
        name
        for (name,) in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'history_search%'"
            " AND name != 'alembic_version' ORDER BY name"
        )
    ]
    refers = {
        name: {row[2] for row in connection.execute(f"PRAGMA {schema}.foreign_key_list({name})")}
        for name in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        for name in names:
            if name not in ordered and refers[name] - {name} <= set(ordered):
                ordered.append(name)
    return ordered


def main() -> int:
    source, target = sys.argv[1], sys.argv[2]
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("ATTACH ? AS source", (source,))
        connection.execute("BEGIN IMMEDIATE")
        for name in parents_first(connection, "main"):
            connection.execute(f"INSERT OR IGNORE INTO main.{name} SELECT * FROM source.{name}")
        connection.execute("COMMIT")
        connection.execute("DETACH source")
        events = connection.execute("SELECT count(*) FROM history_event").fetchone()[0]
        print(f"{events} events copied")
    finally:
        connection.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
