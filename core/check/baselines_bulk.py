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

import json
import sqlite3
from collections.abc import Sequence
from json.encoder import encode_basestring
from pathlib import Path

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from core.canonical import sha256_text
from core.queries.figures import CONTRACTED_STATUSES

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

_SAMPLE = "".join(map(chr, range(128))) + "\u00e9\u00c9\u4e2d\u6587\u2028\u2029\ufeff\U0001f600"
_TRIAL = "SELECT json_quote(?), json_quote(?), json_quote(?), json_quote(NULL)"
_TRIAL_VALUES = (_SAMPLE, _SAMPLE[::-1], -123456789012)
_TRIAL_TEXT = (
    encode_basestring(_SAMPLE),
    encode_basestring(_SAMPLE[::-1]),
    "-123456789012",
    "null",
)
_trusted: dict[str, bool] = {}

MATCHING = "scopekeeper.check.matching_roadmaps"
"""The key, in a session's ``info``, of a future of :func:`matching_roadmaps` computed on
another connection meanwhile (``core.check.run_check`` puts it there)."""


def sqlite_writes_json(connection: Connection) -> bool:
    """Whether this SQLite quotes strings exactly as ``json`` does (every ASCII character,
    the controls, quote and backslash among them, and characters beyond), and writes whole
    numbers and NULL as it does."""
    version = sqlite3.sqlite_version
    if version not in _trusted:
        try:
            made = tuple(connection.exec_driver_sql(_TRIAL, _TRIAL_VALUES).one())
        except DBAPIError:
            made = ()
        _trusted[version] = made == _TRIAL_TEXT
    return _trusted[version]


def matching_roadmaps(path: str) -> set[str] | None:
    """The contracted engagements of the SQLite file at ``path`` whose roadmap text is their
    baseline v1's snapshot, read on a read-only connection of its own (None when this SQLite's
    JSON is not trusted or the statement fails). Whether each snapshot still hashes to its
    fingerprint is left to :func:`intact_roadmaps`.

    The whole portfolio is compared in one statement that returns one row, so the work runs
    inside SQLite without holding Python's lock: ``run_check`` runs it in a thread while the
    history chains are hashed."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if tuple(conn.execute(_TRIAL, _TRIAL_VALUES).fetchone()) != _TRIAL_TEXT:
            return None
        marks = ", ".join("?" * len(CONTRACTED_STATUSES))
        (found,) = conn.execute(
            f"SELECT json_group_array(e.id) FROM engagement AS e"  # noqa: S608
            " JOIN baseline AS b ON b.engagement_id = e.id AND b.version = 1"
            f" WHERE e.status IN ({marks}) AND {_ROADMAP_SQL} = b.snapshot",
            CONTRACTED_STATUSES,
        ).fetchone()
        return {str(eid) for eid in json.loads(found)}
    except (sqlite3.Error, ValueError):  # a BLOB where text belongs: compared in Python
        return None
    finally:
        conn.close()


def intact_roadmaps(
    connection: Connection, ids: Sequence[str], matching: set[str] | None = None
) -> set[str]:
    """The engagements of ``ids`` whose roadmap is exactly their intact baseline v1; an
    empty set where SQLite's JSON is not trusted (or not SQLite at all).

    ``matching`` is what :func:`matching_roadmaps` found on another connection: then only
    the snapshots of those engagements are read here, and checked against their
    fingerprints."""
    if connection.dialect.name != "sqlite" or not sqlite_writes_json(connection):
        return set()
    if matching is not None:
        ids = [eid for eid in ids if eid in matching]
        compared = "1"
    else:
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
