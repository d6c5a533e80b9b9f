"""The money of the dashboard, summed one currency at a time (issue 13), is what adding up
each milestone in Python gives: every contracted currency, every state, drafts and
cancelled work left out (a currency only drafts use is not shown), for the portfolio and
for each engagement."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from core.models import Engagement, Milestone, MilestoneState
from core.queries.figures import CONTRACTED_STATUSES, value_by_state
from core.services import Services
from tests.factories import build_portfolio, make_active, make_client, make_draft


def added_up(services: Services, engagement_id: str | None) -> dict[str, dict[str, int]]:
    sums: dict[str, dict[str, int]] = defaultdict(lambda: {s.value: 0 for s in MilestoneState})
    with services.db.reading() as session:
        rows = session.execute(
            select(
                Engagement.id,
                Engagement.status,
                Engagement.currency,
                Milestone.state,
                Milestone.amount_minor,
            ).join(Milestone, Milestone.engagement_id == Engagement.id)
        ).all()
    for eid, status, currency, state, amount in rows:
        if status in CONTRACTED_STATUSES and engagement_id in (None, eid):
            sums[currency][state] += amount
    return dict(sorted(sums.items()))


def test_money_by_state_is_each_milestone_added_up(services: Services) -> None:
    build_portfolio(services)  # EUR at every stage, USD, a draft and a cancelled engagement
    client = make_client(services, "Kaisha KK")
    make_active(services, code="JPY-01", milestones=3, client=client, currency="JPY")
    make_draft(services, code="CHF-DRAFT", milestones=1, client=client, currency="CHF")
    with services.db.reading() as session:
        whole = value_by_state(session)
        ids = list(session.scalars(select(Engagement.id)))
        each = {eid: value_by_state(session, eid) for eid in ids}
    assert list(whole) == ["EUR", "JPY", "USD"]
    assert whole == added_up(services, None)
    assert whole["EUR"][MilestoneState.PAID.value] == 100_000
    for eid, money in each.items():
        assert money == added_up(services, eid), eid
