"""On SQLite, the engagements whose roadmap is, character for character, their baseline v1.

Reading a 10,000-engagement portfolio's roadmaps into Python (a million criteria) to compare
them with their baselines costs seconds. SQLite can write each roadmap's text itself, in
the very form ``canonical_json(baseline_snapshot(...))`` gives it (keys in sorted order,
compact, strings escaped as ``json`` escapes them, tried on the connection before it is
trusted), and compare it with the stored snapshot. An engagement passes here only when

- its baseline v1 exists and its snapshot still hashes to its fingerprint, and
- the text SQLite writes of its current roadmap is exactly that snapshot;

then the reference comparison (``core.check.baselines``) cannot find anything wrong with it
either, and is skipped. Every other engagement (a difference, a value SQLite's JSON cannot
hold, a snapshot written in another form) goes through the reference comparison, which
alone words the problems: this pass only decides who needs it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from core.canonical import sha256_text
from core.sqlite_json import quotes_as_json

BATCH = 200
"""Engagements compared in one statement."""

_ROADMAP_SQL = """'{"currency":' || json_quote(e.currency)
 || ',"engagement":' || json_quote(e.code)
 || ',"milestones":[' || coalesce((SELECT group_concat(mj, ',') FROM (
    SELECT '{"amount_minor":' || json_quote(m.amount_minor)
      || ',"criteria":[' || coalesce((SELECT group_concat(cj, ',') FROM (
           SELECT '{"target":' || json_quote(c.target) || ',"text":' || json_quote(c.text)
             || '}' AS cj
           FROM criterion AS c WHERE c.milestone_id = m.id ORDER BY c.position, c.rowid)), '')
      || '],"deliverables":' || json_quote(m.deliverables)
      || ',"due":' || json_quote(m.baseline_due)
      || ',"position":' || json_quote(m.position)
      || ',"template":' || json_quote(m.template_name)
      || ',"title":' || json_quote(m.title) || '}' AS mj
    FROM milestone AS m WHERE m.engagement_id = e.id ORDER BY m.position, m.rowid)), '')
 || '],"objectives":[' || coalesce((SELECT group_concat(oj, ',') FROM (
    SELECT '{"measure":' || json_quote(o.measure) || ',"text":' || json_quote(o.text)
      || '}' AS oj
    FROM objective AS o WHERE o.engagement_id = e.id ORDER BY o.position, o.rowid)), '')
 || '],"schema":"scopekeeper.baseline/1"}'"""
"""The text of ``baseline_snapshot(e)`` as ``canonical_json`` writes it (without its NFC
pass: a string that is not NFC cannot equal the NFC snapshot, and is compared again)."""


def intact_roadmaps(connection: Connection, ids: Sequence[str]) -> set[str]:
    """The engagements of ``ids`` whose roadmap is exactly their intact baseline v1, read in
    ``connection``'s transaction; an empty set where SQLite's JSON is not trusted (or not
    SQLite at all)."""
    if connection.dialect.name != "sqlite" or not quotes_as_json(
        connection.connection.driver_connection
    ):
        return set()
    compared = f"{_ROADMAP_SQL} = b.snapshot"
    intact: set[str] = set()
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        marks = ", ".join("?" * len(chunk))
        try:
            rows = connection.exec_driver_sql(
                f"SELECT e.id, b.snapshot, b.fingerprint, {compared}"  # noqa: S608
                " FROM engagement AS e"
                " LEFT JOIN baseline AS b ON b.engagement_id = e.id AND b.version = 1"
                f" WHERE e.id IN ({marks})",
                tuple(chunk),
            ).all()
        except DBAPIError:  # a value SQLite's JSON cannot hold (a BLOB): compared in Python
            continue
        for eid, snapshot, digest, same in rows:
            if same == 1 and isinstance(snapshot, str) and sha256_text(snapshot) == digest:
                intact.add(eid)
    return intact
