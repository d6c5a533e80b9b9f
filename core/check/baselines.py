"""Baseline v1 of every active and completed engagement: intact, and still the roadmap.

The current roadmap is read as plain rows (not ORM objects) and handed to the very
function that made the baseline, ``baseline_snapshot``, so the comparison can never
drift from activation; reading rows keeps a 100,000-criterion portfolio under a second.
On SQLite, the engagements whose roadmap is exactly their intact baseline are found in bulk
first (``core.check.baselines_bulk``) and only the others are read and compared here."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, cast

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from core.canonical import fingerprint, sha256_text
from core.check.baselines_bulk import intact_roadmaps
from core.check.problem import Problem, show_amount
from core.check.scope import Scope, engagements_in
from core.messages import Message, msg
from core.models import Baseline, Criterion, Engagement, Milestone, Objective
from core.queries.figures import CONTRACTED_STATUSES
from core.services.engagements import baseline_snapshot

BATCH = 200
"""Engagements read at once; memory stays flat however large the portfolio."""


@dataclass(frozen=True, slots=True)
class _Objective:
    text: str
    measure: str


@dataclass(frozen=True, slots=True)
class _Criterion:
    text: str
    target: str


@dataclass(slots=True)
class _Milestone:
    position: int
    title: str
    deliverables: str
    amount_minor: int
    baseline_due: date | None
    template_name: str
    criteria: list[_Criterion] = field(default_factory=list)
    unreadable: frozenset[str] = frozenset()
    """The attributes stored as a value of the wrong kind (core.check.values names them):
    the comparison takes baseline v1's value for them, and compares everything else."""


@dataclass(slots=True)
class _Roadmap:
    """The attributes of an Engagement that ``baseline_snapshot`` reads."""

    code: str
    status: str
    currency: str
    objectives: list[_Objective] = field(default_factory=list)
    milestones: list[_Milestone] = field(default_factory=list)


def baselines(session: Session, scope: Scope | None = None) -> list[Problem]:
    """The rule: every contracted engagement (in scope) still matches its baseline v1."""
    return [
        Problem(
            "baseline",
            msg("{code}: {detail}", code=code, detail=detail)
            if isinstance(detail, Message)
            else f"{code}: {detail}",
        )
        for code, detail in baseline_problems(session, scope)
    ]


def baseline_problems(session: Session, scope: Scope | None = None) -> Iterator[tuple[str, str]]:
    """(engagement code, what is wrong), engagements in code order."""
    ids = list(
        session.scalars(
            select(Engagement.id)
            .where(
                Engagement.status.in_(CONTRACTED_STATUSES),
                engagements_in(Engagement.id, scope),
            )
            .order_by(Engagement.code)
        )
    )
    # On SQLite most engagements are found intact in bulk; the rest are compared here.
    intact = intact_roadmaps(session.connection(), ids)
    ids = [eid for eid in ids if eid not in intact]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        roadmaps = _roadmaps(session, chunk)
        baselines = {
            eid: (snapshot, digest)
            for eid, snapshot, digest in session.execute(
                select(Baseline.engagement_id, Baseline.snapshot, Baseline.fingerprint).where(
                    Baseline.engagement_id.in_(chunk), Baseline.version == 1
                )
            )
        }
        for eid in chunk:
            roadmap = roadmaps[eid]
            try:
                details = _compare(roadmap, baselines.get(eid))
            except (TypeError, ValueError):  # bytes where text belongs, say: never crash
                details = [
                    msg(
                        "its roadmap holds a value of the wrong kind (not text where text "
                        "belongs), so it cannot be compared with baseline v1"
                    )
                ]
            for detail in details:
                yield roadmap.code, detail


def _roadmaps(session: Session, ids: Sequence[str]) -> dict[str, _Roadmap]:
    # Plain rows, each query's rows fetched at once: no ORM bookkeeping and no row-by-row
    # fetching for 100,000 criteria (fetching them one at a time cost as much as the rest).
    rows = session.connection()
    roadmaps = {
        eid: _Roadmap(code, status, currency)
        for eid, code, status, currency in rows.execute(
            select(Engagement.id, Engagement.code, Engagement.status, Engagement.currency).where(
                Engagement.id.in_(ids)
            )
        ).all()
    }
    for eid, text, measure in rows.execute(
        select(Objective.engagement_id, Objective.text, Objective.measure)
        .where(Objective.engagement_id.in_(ids))
        .order_by(Objective.engagement_id, Objective.position)
    ).all():
        roadmaps[eid].objectives.append(_Objective(text, measure))
    milestones: dict[str, _Milestone] = {}
    milestone_rows = rows.execute(
        select(
            Milestone.id,
            Milestone.engagement_id,
            type_coerce(Milestone.position, String()),
            Milestone.title,
            Milestone.deliverables,
            # As stored: SQLite keeps whatever it is given (core.check.values).
            type_coerce(Milestone.amount_minor, String()),
            type_coerce(Milestone.baseline_due, String()),
            Milestone.template_name,
        )
        .where(Milestone.engagement_id.in_(ids))
        .order_by(Milestone.engagement_id, Milestone.position)
    ).all()
    for mid, eid, position, title, deliverables, amount, due, template in milestone_rows:
        unreadable = {
            name
            for name, value in (("position", position), ("amount_minor", amount))
            if not isinstance(value, int) or isinstance(value, bool)
        }
        day = _day(due)
        if day is False:
            unreadable.add("baseline_due")
        milestone = _Milestone(
            cast(int, position),  # or what was stored instead, settled by _settle
            title,
            deliverables,
            cast(int, amount),
            day if isinstance(day, date) else None,
            template,
            [],
            frozenset(unreadable),
        )
        milestones[mid] = milestone
        roadmaps[eid].milestones.append(milestone)
    for mid, text, target in rows.execute(
        select(Criterion.milestone_id, Criterion.text, Criterion.target)
        .join(Milestone, Milestone.id == Criterion.milestone_id)
        .where(Milestone.engagement_id.in_(ids))
        .order_by(Criterion.milestone_id, Criterion.position)
    ).all():
        milestones[mid].criteria.append(_Criterion(text, target))
    return roadmaps


def _day(value: object) -> date | bool | None:
    """A stored due date: the day, None, or False when it is no date written YYYY-MM-DD (the
    test core.check.values makes in SQL)."""
    if value is None or isinstance(value, date):
        return value
    if not isinstance(value, str):
        return False
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return day if day.isoformat() == value else False


def _compare(roadmap: _Roadmap, baseline: tuple[str, str] | None) -> list[str]:
    if baseline is None:
        return [f"it is {roadmap.status} but has no baseline v1"]
    snapshot, digest = baseline
    if not isinstance(snapshot, str) or sha256_text(snapshot) != digest:
        return ["baseline v1 was altered: its snapshot no longer matches its fingerprint"]
    try:
        locked = json.loads(snapshot)
    except ValueError:
        locked = None
    if not isinstance(locked, dict):
        locked = {}
    complete = _settle(roadmap, locked)
    # baseline_snapshot reads only the attributes _Roadmap carries.
    current = baseline_snapshot(cast(Engagement, roadmap))
    if _plain_fingerprint(current) == digest or fingerprint(current) == digest:
        return []
    details = scope_differences(locked, current, totals=complete)
    return details or (["the roadmap no longer matches baseline v1"] if complete else [])


def _settle(roadmap: _Roadmap, locked: dict[str, Any]) -> bool:
    """Give each unreadable value of ``roadmap`` baseline v1's value, so that only it is left
    out of the comparison; a milestone whose position is unreadable stands for a position of
    baseline v1 no readable one holds, in order. False when something could not be settled
    (a milestone without a counterpart in baseline v1): then the totals are not compared,
    and the milestones left without a position are left out."""
    if not any(m.unreadable for m in roadmap.milestones):
        return True
    old = {m.get("position"): m for m in locked.get("milestones", []) if isinstance(m, dict)}
    held = {m.position for m in roadmap.milestones if "position" not in m.unreadable}
    free = sorted(p for p in old if isinstance(p, int) and p not in held)
    complete, kept = True, []
    for milestone in roadmap.milestones:
        if "position" in milestone.unreadable:
            if not free:
                complete = False
                continue
            milestone.position = free.pop(0)
        counterpart = old.get(milestone.position)
        if "amount_minor" in milestone.unreadable:
            amount = counterpart.get("amount_minor") if counterpart else None
            complete = complete and isinstance(amount, int)
            milestone.amount_minor = amount if isinstance(amount, int) else 0
        if "baseline_due" in milestone.unreadable:
            due = _day(counterpart.get("due")) if counterpart else False
            complete = complete and due is not False
            milestone.baseline_due = due if isinstance(due, date) else None
        kept.append(milestone)
    roadmap.milestones = kept
    return complete


def _plain_fingerprint(snapshot: dict[str, Any]) -> str:
    """The fingerprint without the NFC pass of ``canonical_json``.

    Every stored string is NFC already (the services normalise all input), so this is
    the canonical fingerprint in practice, at a third of the cost; a mismatch is
    confirmed with the full ``fingerprint`` before anything is reported."""
    text = json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return sha256_text(text)


_MILESTONE_FIELDS = {
    "title": "title",
    "deliverables": "deliverables",
    "amount_minor": "amount",
    "due": "baseline due date",
    "template": "review template",
    "criteria": "acceptance criteria",
}


def scope_differences(
    locked: dict[str, Any], current: dict[str, Any], *, totals: bool = True
) -> list[str]:
    """What changed since the baseline, in words: the total first ("milestone sums"; not
    when ``totals`` is false), then milestone by milestone, then the engagement's own
    terms."""
    details: list[str] = []
    old_ms = {m.get("position"): m for m in locked.get("milestones", []) if isinstance(m, dict)}
    new_ms = {m["position"]: m for m in current["milestones"]}
    old_total = sum(m.get("amount_minor", 0) for m in old_ms.values())
    new_total = sum(m["amount_minor"] for m in new_ms.values())
    if totals and old_total != new_total:
        currency = current["currency"]
        details.append(
            f"the milestones add up to {show_amount(new_total, currency)} "
            f"but baseline v1 locked {show_amount(old_total, currency)}"
        )
    for position in sorted(set(old_ms) | set(new_ms), key=lambda p: (p is None, p)):
        old, new = old_ms.get(position), new_ms.get(position)
        if old is None:
            details.append(f"milestone {position} is not in baseline v1")
        elif new is None:
            details.append(f"milestone {position} of baseline v1 is missing")
        else:
            changed = [name for key, name in _MILESTONE_FIELDS.items() if old.get(key) != new[key]]
            if changed:
                details.append(
                    f"milestone {position}: {', '.join(changed)} changed since baseline v1"
                )
    for key in ("engagement", "currency", "objectives"):
        if locked.get(key) != current[key]:
            details.append(f"the {key} changed since baseline v1")
    return details
