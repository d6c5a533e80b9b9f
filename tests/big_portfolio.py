"""A portfolio whose totals pass the 64-bit range of one stored amount, for the tests of
exact money sums.

Every amount is one the services accept (at most ``MAX_MINOR``) and every engagement has
the most milestones the roadmap allows (``MAX_MILESTONES``): ten such engagements are worth
10**19 minor units, past 2**63 - 1. Adding ten thousand milestones one service call at a
time would take minutes, so the milestones and their criteria are inserted in bulk into
draft engagements the services created; the services then activate each engagement, which
records its baseline from those rows like any other (``scopekeeper check`` finds nothing
wrong with the result)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import insert

from core.models import Criterion, Milestone, MilestoneState
from core.models.base import new_id
from core.money import MAX_MINOR
from core.services import Services
from core.services.roadmap import MAX_MILESTONES
from tests.factories import make_client

START = date(2026, 1, 5)
PER_ENGAGEMENT = MAX_MILESTONES * MAX_MINOR
"""The value of one engagement of the portfolio: 10**18 minor units."""


def big_portfolio(
    s: Services, engagements: int = 10, *, prefix: str = "BIG", currency: str = "EUR"
) -> list[str]:
    """``engagements`` active engagements ``BIG-00``, ``BIG-01``... of ``MAX_MILESTONES``
    milestones worth ``MAX_MINOR`` each; returns their ids."""
    client_id, _ = make_client(s, f"{prefix} Holdings")
    ids = []
    for k in range(engagements):
        engagement_id = s.engagements.create(
            code=f"{prefix}-{k:02d}",
            title=f"Programme {k}",
            client_id=client_id,
            currency=currency,
            start_date=START,
            target_end_date=START + timedelta(days=365),
        ).created
        assert engagement_id is not None
        milestones = [
            {
                "id": new_id(),
                "engagement_id": engagement_id,
                "position": n,
                "title": f"Billing point {n}",
                "deliverables": "",
                "amount_minor": MAX_MINOR,
                "baseline_due": START + timedelta(days=n % 365),
                "template_name": "",
                "state": MilestoneState.PLANNED.value,
                "version": 1,
            }
            for n in range(1, MAX_MILESTONES + 1)
        ]
        criteria = [
            {"id": new_id(), "milestone_id": m["id"], "position": 1, "text": "Delivered"}
            for m in milestones
        ]
        with s.db.engine.begin() as conn:
            conn.execute(insert(Milestone.__table__), milestones)
            conn.execute(insert(Criterion.__table__), criteria)
        s.engagements.activate(engagement_id)
        ids.append(engagement_id)
    return ids
