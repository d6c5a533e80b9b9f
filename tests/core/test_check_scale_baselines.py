"""The baseline rule finds the same problems, worded the same, whether SQLite compares the
roadmaps with their baselines in bulk first (core.check.baselines_bulk) or every roadmap is
read and compared in Python (the reference); and the bulk pass passes exactly the untouched
engagements, awkward characters and all. On PostgreSQL the bulk pass passes nothing, so the
comparison holds there too."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import delete, func, select, text, update

from core.check import run_check
from core.check.baselines_bulk import intact_roadmaps
from core.db import Database
from core.models import Baseline, Criterion, Engagement, Milestone, Objective
from core.services import Services
from core.services.engagements import ObjectiveInput
from tests.factories import Built, make_client, make_draft

# The module, not the rule function of the same name that core.check exports.
baselines_module = importlib.import_module("core.check.baselines")

AWKWARD = [
    'quote " backslash \\ slash /',
    "new\nline, tab\t, return\r, unit separator \x1f, delete \x7f",
    "accents élodie Ångström, 中文, emoji 😀, separators \u2028\u2029, bom \ufeff",
    '","position":1,"title":"forged',
]

Rows = dict[str, Built]


@pytest.fixture
def portfolio(services: Services) -> Rows:
    client = make_client(services, "ACME SA")
    built = {}
    for n, code in enumerate(["AWK-01", "PLAIN-01", "PLAIN-02", "ONE-CRIT-01"]):
        one = make_draft(services, code=code, milestones=3, criteria=1 if n == 3 else 2,
                         client=client)  # fmt: skip
        built[code] = one
    services.engagements.update(
        built["AWK-01"].engagement_id,
        objectives=[ObjectiveInput("First", "measured"), ObjectiveInput("Second", "")],
    )
    # Awkward characters the services would refuse or tidy, written straight into the draft
    # before it is activated, so the baseline locks them too.
    first = built["AWK-01"].milestone_ids[0]
    with services.db.engine.begin() as conn:
        conn.execute(
            update(Milestone)
            .where(Milestone.id == first)
            .values(title=AWKWARD[1], deliverables=AWKWARD[3], template_name=AWKWARD[2])
        )
        conn.execute(
            update(Criterion).where(Criterion.milestone_id == first).values(target=AWKWARD[0])
        )
        conn.execute(
            update(Objective)
            .where(
                Objective.engagement_id == built["AWK-01"].engagement_id, Objective.position == 1
            )
            .values(text=AWKWARD[0], measure=AWKWARD[2])
        )
    for one in built.values():
        services.engagements.activate(one.engagement_id)
    return built


def _tamper(db: Database, *statements: Any) -> None:
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(statement)


def _both(db: Database, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Any], list[Any]]:
    with db.reading() as session:
        bulk = list(baselines_module.baseline_problems(session))
    with monkeypatch.context() as patched:
        patched.setattr(baselines_module, "intact_roadmaps", lambda *_: set())
        with db.reading() as session:
            reference = list(baselines_module.baseline_problems(session))
    return bulk, reference


def _intact(db: Database) -> set[str]:
    with db.reading() as session:
        codes = dict(session.execute(select(Engagement.id, Engagement.code)).all())
        found = intact_roadmaps(session.connection(), list(codes))
    return {codes[eid] for eid in found}


def test_untouched_roadmaps_pass_in_bulk(
    db: Database, portfolio: Rows, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = set(portfolio) if db.is_sqlite else set()
    assert _intact(db) == expected
    assert _both(db, monkeypatch) == ([], [])


Tampering = Callable[[Rows], list[Any]]


def _milestone(built: Rows, code: str, n: int) -> Any:
    return Milestone.id == built[code].milestone_ids[n - 1]


TAMPERINGS: dict[str, tuple[Tampering, bool | None]] = {
    # name: (statements, whether the reference finds a problem; None: as it decides, which
    # for a fraction of a cent depends on the database: PostgreSQL rounds it into its integer)
    "title": (lambda b: [update(Milestone).where(_milestone(b, "AWK-01", 1)).values(title="x")],
              True),
    "amount": (lambda b: [update(Milestone).where(_milestone(b, "PLAIN-01", 2))
                          .values(amount_minor=1)], True),
    "amount as a real number": (lambda b: [update(Milestone).where(_milestone(b, "PLAIN-01", 2))
                                           .values(amount_minor=text("200000.5"))], None),
    "due date": (lambda b: [update(Milestone).where(_milestone(b, "PLAIN-02", 3))
                            .values(baseline_due=date(2027, 1, 1))], True),
    "title not in NFC": (lambda b: [update(Milestone).where(_milestone(b, "PLAIN-01", 1))
                                    .values(title="Milestone 1 e\u0301")], True),
    "criterion text": (lambda b: [update(Criterion).where(
        Criterion.milestone_id == b["AWK-01"].milestone_ids[2]).values(text="changed")], True),
    "criterion deleted": (lambda b: [delete(Criterion).where(
        Criterion.milestone_id == b["PLAIN-02"].milestone_ids[0], Criterion.position == 2)],
        True),
    "criteria swapped": (lambda b: [update(Criterion).where(
        Criterion.milestone_id == b["PLAIN-01"].milestone_ids[0])
        .values(position=3 - Criterion.position)], True),
    "objective": (lambda b: [update(Objective).where(
        Objective.engagement_id == b["AWK-01"].engagement_id, Objective.position == 2)
        .values(measure="more")], True),
    "currency": (lambda b: [update(Engagement).where(
        Engagement.id == b["ONE-CRIT-01"].engagement_id).values(currency="CHF")], True),
    "code": (lambda b: [update(Engagement).where(
        Engagement.id == b["ONE-CRIT-01"].engagement_id).values(code="RENAMED-01")], True),
    "snapshot": (lambda b: [update(Baseline).where(
        Baseline.engagement_id == b["PLAIN-02"].engagement_id)
        .values(snapshot=func.replace(Baseline.snapshot, "300000", "1"))], True),
    "snapshot rewritten with its fingerprint": (lambda b: [update(Baseline).where(
        Baseline.engagement_id == b["PLAIN-02"].engagement_id)
        .values(snapshot=func.replace(Baseline.snapshot, ":", ": "))], True),
    "fingerprint": (lambda b: [update(Baseline).where(
        Baseline.engagement_id == b["AWK-01"].engagement_id).values(fingerprint="0" * 64)],
        True),
    "baseline deleted": (lambda b: [delete(Baseline).where(
        Baseline.engagement_id == b["PLAIN-01"].engagement_id)], True),
}  # fmt: skip


@pytest.mark.parametrize("name", list(TAMPERINGS))
def test_tampering_is_found_as_the_reference_finds_it(
    db: Database, portfolio: Rows, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    statements, found = TAMPERINGS[name]
    _tamper(db, *statements(portfolio))
    bulk, reference = _both(db, monkeypatch)
    assert bulk == reference
    if found is not None:
        assert bool(reference) is found
    # The whole check.
    assert [p.message for p in run_check(db) if p.area == "baseline"] == [
        f"{code}: {detail}" for code, detail in reference
    ]
    if db.is_sqlite:
        # The engagements nobody touched still pass in bulk; the touched one does not.
        assert len(_intact(db)) == len(portfolio) - 1
