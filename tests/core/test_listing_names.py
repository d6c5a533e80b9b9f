"""The sidebar's list (list_engagement_names) names the same engagements, in the same order
and under the same filters, as the full list with its milestone figures."""

from __future__ import annotations

from datetime import date

import pytest

from core.queries import list_engagements
from core.queries.listing import list_engagement_names
from core.services import Services
from tests.factories import make_active, make_client, make_draft


@pytest.fixture
def portfolio(services: Services) -> Services:
    acme = make_client(services, "ACME SA")
    cafe = make_client(services, "café Élan")  # lower case first: sorted ignoring case
    zeta = make_client(services, "Zeta")
    parent = make_active(services, code="ACME-2026-02", milestones=2, client=acme)
    make_draft(services, code="ACME-2026-01", milestones=3, client=acme, currency="CHF")
    make_draft(services, code="CAFE-01", milestones=0, client=cafe)
    make_draft(services, code="ZS-01", milestones=1, client=zeta)
    idea = services.ideas.capture(
        parent.engagement_id, description="A loyalty app", raised_by="Marie",
        raised_on=date(2026, 2, 1),
    ).created  # fmt: skip
    assert idea is not None
    services.ideas.divert([idea], code="ACME-2026-02-S1")
    return services


@pytest.mark.parametrize("typed", ["", "acme", "ÉLAN", "2026-02", "nothing like it"])
def test_the_names_are_those_of_the_full_list(portfolio: Services, typed: str) -> None:
    with portfolio.db.reading() as session:
        full = list_engagements(session, text_filter=typed)
        names = list_engagement_names(session, text_filter=typed)
    assert [
        (r.id, r.code, r.title, r.client_id, r.client_name, r.status, r.parent_id) for r in full
    ] == [(r.id, r.code, r.title, r.client_id, r.client_name, r.status, r.parent_id) for r in names]
    if not typed:
        assert [r.code for r in names] == [
            "ACME-2026-01", "ACME-2026-02", "ACME-2026-02-S1", "CAFE-01", "ZS-01",
        ]  # fmt: skip
        assert next(r for r in names if r.code == "ACME-2026-02-S1").parent_id is not None
