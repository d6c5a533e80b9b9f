"""Restoring an archive: check it against the database, insert every row verbatim in one
transaction, and run every rule of ``scopekeeper check`` on the inserted rows before
committing. Nothing is written unless everything is accepted."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from core.archive.checks import Archive, parse_archive
from core.archive.exporting import Selection, collect
from core.archive.layout import SORT_KEYS, TABLE_ORDER, table
from core.canonical import sha256_bytes
from core.check import Problem, Scope, added_problems
from core.db import Database
from core.errors import ArchiveError, DomainError
from core.history import SYSTEM_STREAM, client_stream, template_stream

Row = dict[str, Any]
_CHUNK = 500
_SHOWN = 5
_SHOWN_RULES = 10


@dataclass(frozen=True)
class ImportResult:
    engagements: list[str]
    """Codes of the engagements imported, sorted."""
    clients: int
    """Clients added (a client already here with the identical record and history is reused)."""
    events: int
    """History events restored."""


def import_archive(db: Database, data: bytes, actor: str) -> ImportResult:
    """Import the archive in ``data`` in one transaction, or refuse it whole with the reason
    (:class:`ArchiveError`), leaving the database untouched."""
    archive = parse_archive(data)
    digest = sha256_bytes(data)
    with db.unit_of_work(actor) as uow:
        session = uow.session
        reused = _reused(session, archive)
        settings_kept = _check_collisions(session, archive, reused)
        _check_external(session, archive)
        plan = _plan(archive, reused, settings_kept)
        problems = added_problems(session, _scope(plan), lambda: _insert(session, plan))
        if problems:
            raise _broken_rules(problems)
        codes = sorted(row["code"] for row in plan["engagement"])
        result = ImportResult(codes, len(plan["client"]), len(plan["history_event"]))
        uow.event(
            SYSTEM_STREAM,
            "archive",
            digest[:36],
            "imported",
            None,
            {
                "sha256": digest,
                "scope": archive.scope,
                "engagements": codes,
                "clients": result.clients,
                "templates": len(plan["review_template"]),
                "events": result.events,
            },
        )
        try:
            uow.commit()
        except DomainError as exc:
            raise ArchiveError(f"{exc.message}. Nothing was imported") from exc
    return result


def _insert(session: Session, plan: dict[str, list[Row]]) -> None:
    try:
        for name in TABLE_ORDER:
            if plan[name]:
                session.execute(insert(table(name)), plan[name])
    except DBAPIError as exc:
        raise ArchiveError(
            f"the database refused the archive ({exc.orig}). Nothing was imported"
        ) from exc


def _scope(plan: dict[str, list[Row]]) -> Scope:
    """The records the import adds: its engagements (in code order) and history streams."""
    engagements = sorted(plan["engagement"], key=lambda row: str(row["code"]))
    return Scope(
        tuple(row["id"] for row in engagements),
        tuple(row["key"] for row in plan["history_stream"]),
    )


def _broken_rules(problems: Sequence[Problem]) -> ArchiveError:
    """The refusal when the imported records break rules of the check: the first few
    problems, as ``scopekeeper check`` words them."""
    shown = "; ".join(f"[{p.area}] {p.message}" for p in problems[:_SHOWN_RULES])
    more = len(problems) - _SHOWN_RULES
    rest = f"; and {more} more" if more > 0 else ""
    return ArchiveError(
        f"the archive was refused: its records break {len(problems)} rule(s) that "
        f"'scopekeeper check' enforces: {shown}{rest}. Nothing was imported"
    )


def _refuse(problems: Sequence[str]) -> ArchiveError:
    shown = "; ".join(problems[:_SHOWN])
    more = f" (and {len(problems) - _SHOWN} more)" if len(problems) > _SHOWN else ""
    return ArchiveError(f"the archive was refused: {shown}{more}. Nothing was imported")


def _existing(session: Session, column: Column[Any], values: Iterable[Any]) -> set[Any]:
    wanted = sorted(set(values))
    found: set[Any] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def _reused(session: Session, archive: Archive) -> dict[str, set[str]]:
    """Clients and user templates already here with the very same rows and history (an
    earlier import of another engagement of the same client): kept, not inserted again."""
    reused: dict[str, set[str]] = {"client": set(), "review_template": set()}
    problems: list[str] = []
    owned = {
        "client": (("client", "id"), ("contact", "client_id")),
        "review_template": (
            ("review_template", "id"),
            ("template_criterion", "template_id"),
            ("template_checklist_item", "template_id"),
        ),
    }
    for owner, parts in owned.items():
        ids = [row["id"] for row in archive.rows[owner]]
        for record_id in sorted(_existing(session, table(owner).c.id, ids)):
            stream = client_stream(record_id) if owner == "client" else template_stream(record_id)
            if owner == "client":
                here = collect(session, Selection([], [record_id], []))
            else:
                here = collect(session, Selection([], [], [record_id]))
            wanted = {name: _subset(archive, name, column, record_id) for name, column in parts}
            wanted["history_stream"] = _subset(archive, "history_stream", "key", stream)
            wanted["history_event"] = _subset(archive, "history_event", "stream", stream)
            if all(here[name] == rows for name, rows in wanted.items()):
                reused[owner].add(record_id)
                continue
            label = next(r["name"] for r in archive.rows[owner] if r["id"] == record_id)
            what = "a client" if owner == "client" else "a review template"
            problems.append(
                f"{what} called '{label}' is already in this database with different "
                "details or history"
            )
    if problems:
        raise _refuse(problems)
    return reused


def _subset(archive: Archive, name: str, column: str, value: str) -> list[Row]:
    rows = [row for row in archive.rows[name] if row[column] == value]
    order = SORT_KEYS[name]
    return sorted(rows, key=lambda row: tuple(row[k] for k in order))


def _check_collisions(session: Session, archive: Archive, reused: dict[str, set[str]]) -> set[str]:
    """Refuse every record that would collide with one already here; return the settings
    that are already here with the same value (nothing to write for them)."""
    values = archive.values
    problems: list[str] = []
    codes = _existing(
        session, table("engagement").c.code, (r["code"] for r in values["engagement"])
    )
    problems += [f"engagement {code} already exists in this database" for code in sorted(codes)]
    for owner, what in (("client", "a client"), ("review_template", "a review template")):
        here = {
            str(name).casefold(): record_id
            for record_id, name in session.execute(select(table(owner).c.id, table(owner).c.name))
        }
        for row in values[owner]:
            other = here.get(row["name"].casefold())
            if other is not None and other not in reused[owner]:
                problems.append(f"{what} called '{row['name']}' already exists in this database")
    documents = _existing(
        session, table("signoff").c.document_id, (r["document_id"] for r in values["signoff"])
    )
    problems += [
        f"sign-off document {d} already exists in this database" for d in sorted(documents)
    ]
    if not problems:
        skipped = _skipped_ids(archive, reused)
        for name in TABLE_ORDER:
            if "id" not in table(name).c:
                continue
            ids = [r["id"] for r in values[name] if r["id"] not in skipped]
            problems += [
                f"{name.replace('_', ' ')} {record_id} already exists in this database"
                for record_id in sorted(_existing(session, table(name).c.id, ids))
            ]
        streams = _skipped_streams(reused)
        keys = [r["key"] for r in values["history_stream"] if r["key"] not in streams]
        problems += [
            f"history stream {key} already exists in this database"
            for key in sorted(_existing(session, table("history_stream").c.key, keys))
        ]
    setting = table("setting")
    here_settings = dict(session.execute(select(setting.c.key, setting.c.value)).all())
    same: set[str] = set()
    for row in values["setting"]:
        current = here_settings.get(row["key"])
        if current == row["value"]:
            same.add(row["key"])
        elif current is not None:
            problems.append(f"the setting '{row['key']}' already has another value here")
    if problems:
        raise _refuse(problems)
    return same


def _skipped_ids(archive: Archive, reused: dict[str, set[str]]) -> set[str]:
    skipped = set(reused["client"]) | set(reused["review_template"])
    skipped |= {r["id"] for r in archive.values["contact"] if r["client_id"] in reused["client"]}
    for name in ("template_criterion", "template_checklist_item"):
        skipped |= {
            r["id"] for r in archive.values[name] if r["template_id"] in reused["review_template"]
        }
    return skipped


def _skipped_streams(reused: dict[str, set[str]]) -> set[str]:
    return {client_stream(i) for i in reused["client"]} | {
        template_stream(i) for i in reused["review_template"]
    }


def _check_external(session: Session, archive: Archive) -> None:
    """A spin-off's parent that is not in the archive must already be in this database."""
    by_table: dict[str, list[str]] = {}
    for ref in archive.external:
        by_table.setdefault(ref.table, []).append(ref.value)
    problems: list[str] = []
    for name, ids in by_table.items():
        found = _existing(session, table(name).c.id, ids)
        problems += [
            f"{ref.where} refers to {ref.table} {ref.value}, which is neither in the archive "
            "nor in this database (import its parent engagement first)"
            for ref in archive.external
            if ref.table == name and ref.value not in found
        ]
    if problems:
        raise _refuse(problems)


def _plan(
    archive: Archive, reused: dict[str, set[str]], same_settings: set[str]
) -> dict[str, list[Row]]:
    """The rows to insert per table, engagements ordered parents first."""
    skipped = _skipped_ids(archive, reused)
    streams = _skipped_streams(reused)
    plan: dict[str, list[Row]] = {}
    for name, rows in archive.values.items():
        if "id" in table(name).c:
            plan[name] = [r for r in rows if r["id"] not in skipped]
        elif name == "history_stream":
            plan[name] = [r for r in rows if r["key"] not in streams]
        elif name == "history_event":
            plan[name] = [r for r in rows if r["stream"] not in streams]
        else:
            plan[name] = [r for r in rows if r["key"] not in same_settings]
    plan["engagement"] = _parents_first(plan["engagement"])
    return plan


def _parents_first(rows: list[Row]) -> list[Row]:
    by_id = {row["id"]: row for row in rows}
    depth: dict[str, int] = {}
    for row in rows:
        chain: list[str] = []
        current: Row | None = row
        while current is not None and current["id"] not in depth:
            if current["id"] in chain:
                raise _refuse([f"engagement {row['code']} is its own ancestor (a parent loop)"])
            chain.append(current["id"])
            current = by_id.get(current["parent_id"] or "")
        base = depth[current["id"]] + 1 if current is not None else 0
        for offset, record_id in enumerate(reversed(chain)):
            depth[record_id] = base + offset
    return sorted(rows, key=lambda row: depth[row["id"]])
