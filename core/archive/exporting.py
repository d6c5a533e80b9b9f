"""Writing an archive: choose the records, read them with plain selects, serialise them in
one deterministic form (sorted keys, fixed row order, UTF-8, one trailing newline)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, select, true
from sqlalchemy.orm import Session

import core
from core.archive.layout import (
    ARCHIVE_FORMAT,
    ARCHIVE_VERSION,
    SORT_KEYS,
    TABLE_ORDER,
    kind_of,
    table,
    to_json,
)
from core.db import Database
from core.errors import NotFoundError, ValidationError
from core.history import SYSTEM_STREAM, client_stream, engagement_stream, template_stream
from core.models import (
    Contact,
    Engagement,
    Milestone,
    ReviewRound,
    ReviewTemplate,
)
from core.text import code_key

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Selection:
    """What goes into an archive. ``None`` everywhere means the whole database."""

    engagements: list[str] | None
    clients: list[str] | None
    templates: list[str] | None


def export_archive(db: Database, codes: Sequence[str] | None) -> bytes:
    """The archive of the engagements ``codes`` (each with its spin-offs, recursively), or of
    the whole database when ``codes`` is None. Exporting twice gives the same bytes."""
    with db.reading() as session:
        if codes is None:
            selection = Selection(None, None, None)
        else:
            selection = select_engagements(session, codes)
        tables = collect(session, selection)
    document = {
        "format": ARCHIVE_FORMAT,
        "version": ARCHIVE_VERSION,
        "exported_with": core.__version__,
        "scope": "all" if codes is None else "engagements",
        "tables": tables,
    }
    return serialise(document)


def serialise(document: dict[str, Any]) -> bytes:
    """Sorted keys at every level, one row per line (readable, diffable, and written by the
    C JSON encoder: indenting every value would take most of the export time)."""

    def dumps(value: Any) -> str:
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(", ", ": "))

    lines = ["{"]
    top = sorted(document)
    for i, key in enumerate(top):
        comma = "," if i < len(top) - 1 else ""
        if key != "tables":
            lines.append(f" {dumps(key)}: {dumps(document[key])}{comma}")
            continue
        lines.append(f" {dumps(key)}: {{")
        names = sorted(document[key])
        for j, name in enumerate(names):
            rows = document[key][name]
            after = "," if j < len(names) - 1 else ""
            if not rows:
                lines.append(f"  {dumps(name)}: []{after}")
                continue
            lines.append(f"  {dumps(name)}: [")
            lines.extend(
                f"   {dumps(row)}{',' if k < len(rows) - 1 else ''}" for k, row in enumerate(rows)
            )
            lines.append(f"  ]{after}")
        lines.append(f" }}{comma}")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def select_engagements(session: Session, codes: Sequence[str]) -> Selection:
    wanted = sorted({code_key(code) for code in codes})
    if not wanted:
        raise ValidationError("engagements", "name at least one engagement code to export")
    found = dict(
        session.execute(
            select(Engagement.code, Engagement.id).where(Engagement.code.in_(wanted))
        ).all()
    )
    missing = [code for code in wanted if code not in found]
    if missing:
        raise NotFoundError(f"there is no engagement {', '.join(missing)}")
    chosen = set(found.values())
    frontier = set(chosen)
    while frontier:  # spin-offs of spin-offs, however deep
        children = set(
            session.scalars(select(Engagement.id).where(Engagement.parent_id.in_(frontier)))
        )
        frontier = children - chosen
        chosen |= frontier
    ids = sorted(chosen)
    milestones = select(Milestone.id).where(Milestone.engagement_id.in_(ids))
    clients = set(session.scalars(select(Engagement.client_id).where(Engagement.id.in_(ids))))
    clients |= set(
        session.scalars(
            select(Contact.client_id)
            .join(ReviewRound, ReviewRound.reviewer_id == Contact.id)
            .where(ReviewRound.milestone_id.in_(milestones))
        )
    )
    templates = session.scalars(
        select(ReviewTemplate.id).where(
            ReviewTemplate.builtin.is_(False),
            ReviewTemplate.name.in_(
                select(Milestone.template_name).where(Milestone.engagement_id.in_(ids))
            ),
        )
    )
    return Selection(ids, sorted(clients), sorted(templates))


def collect(session: Session, selection: Selection) -> dict[str, list[Row]]:
    """Every archived table's rows for ``selection``, in archive form and order."""
    wheres = _filters(selection)
    return {name: dump(session, name, wheres[name]) for name in TABLE_ORDER}


def dump(session: Session, name: str, where: ColumnElement[bool] | None) -> list[Row]:
    """The rows of one table in archive form, sorted by the table's archive key."""
    if where is None:
        return []
    t = table(name)
    kinds = [(column.name, kind_of(column)) for column in t.columns]
    rows = [
        {key: to_json(kind, value) for (key, kind), value in zip(kinds, raw, strict=True)}
        for raw in session.execute(select(t).where(where))
    ]
    order = SORT_KEYS[name]
    rows.sort(key=lambda row: tuple(row[k] for k in order))
    return rows


def _filters(s: Selection) -> dict[str, ColumnElement[bool] | None]:
    """A WHERE clause per table (None: the table is not archived in this selection)."""
    t = table
    every = true()
    e_ids, c_ids, tpl_ids = s.engagements, s.clients, s.templates
    milestones: Select[tuple[str]] = select(t("milestone").c.id)
    rounds: Select[tuple[str]] = select(t("review_round").c.id)
    if e_ids is not None:
        milestones = milestones.where(t("milestone").c.engagement_id.in_(e_ids))
        rounds = rounds.where(t("review_round").c.milestone_id.in_(milestones))

    def by_engagement(name: str) -> ColumnElement[bool]:
        return every if e_ids is None else t(name).c.engagement_id.in_(e_ids)

    def by_milestone(name: str) -> ColumnElement[bool]:
        return every if e_ids is None else t(name).c.milestone_id.in_(milestones)

    def by_ids(name: str, column: str, ids: list[str] | None) -> ColumnElement[bool]:
        return every if ids is None else t(name).c[column].in_(ids)

    user_templates = t("review_template").c.builtin.is_(False)
    builtin_ids = select(t("review_template").c.id).where(t("review_template").c.builtin.is_(True))
    streams = _stream_keys(s)
    stream_filter: ColumnElement[bool] = (
        t("history_stream").c.key != SYSTEM_STREAM
        if streams is None
        else t("history_stream").c.key.in_(streams)
    )
    event_filter: ColumnElement[bool] = (
        t("history_event").c.stream != SYSTEM_STREAM
        if streams is None
        else t("history_event").c.stream.in_(streams)
    )
    return {
        "client": by_ids("client", "id", c_ids),
        "contact": by_ids("contact", "client_id", c_ids),
        "review_template": by_ids("review_template", "id", tpl_ids) & user_templates,
        "template_criterion": by_ids("template_criterion", "template_id", tpl_ids)
        & t("template_criterion").c.template_id.not_in(builtin_ids),
        "template_checklist_item": by_ids("template_checklist_item", "template_id", tpl_ids)
        & t("template_checklist_item").c.template_id.not_in(builtin_ids),
        "engagement": by_ids("engagement", "id", e_ids),
        "objective": by_engagement("objective"),
        "milestone": by_engagement("milestone"),
        "criterion": by_milestone("criterion"),
        "checklist_item": by_milestone("checklist_item"),
        "baseline": by_engagement("baseline"),
        "review_round": by_milestone("review_round"),
        "verdict": every if e_ids is None else t("verdict").c.round_id.in_(rounds),
        "signoff": by_milestone("signoff"),
        "idea": by_engagement("idea"),
        "setting": every if e_ids is None else None,
        "history_stream": stream_filter,
        "history_event": event_filter,
    }


def _stream_keys(s: Selection) -> list[str] | None:
    if s.engagements is None or s.clients is None or s.templates is None:
        return None
    return sorted(
        [engagement_stream(i) for i in s.engagements]
        + [client_stream(i) for i in s.clients]
        + [template_stream(i) for i in s.templates]
    )
