"""A filtered engagement list sums only the milestones of the engagements it shows, and
shows them with the very counts and totals of the whole list."""

from __future__ import annotations

import pytest

from core.queries import list_engagements
from core.services import Services
from tests.factories import make_client, make_draft


@pytest.fixture
def portfolio(services: Services) -> Services:
    acme = make_client(services, "ACME SA")
    cafe = make_client(services, "café Élan")
    make_draft(services, code="ACME-2026-01", milestones=3, client=acme)
    make_draft(services, code="ACME-2026-02", milestones=1, client=acme, currency="CHF")
    make_draft(services, code="CAFE-01", milestones=2, client=cafe)
    make_draft(services, code="EMPTY-01", milestones=0, client=cafe)
    return services


def _figures(rows: list) -> dict[str, tuple[int, int, str]]:  # type: ignore[type-arg]
    return {r.code: (r.milestones, r.contracted_minor, r.currency) for r in rows}


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("acme", ["ACME-2026-01", "ACME-2026-02"]),
        ("2026-02", ["ACME-2026-02"]),
        ("élan", ["CAFE-01", "EMPTY-01"]),
        ("empty", ["EMPTY-01"]),
        ("nothing like it", []),
    ],
)
def test_filtered_rows_carry_the_whole_lists_figures(
    portfolio: Services, typed: str, codes: list[str]
) -> None:
    with portfolio.db.reading() as session:
        whole = _figures(list_engagements(session))
        shown = list_engagements(session, text_filter=typed)
    assert [r.code for r in shown] == codes
    assert _figures(shown) == {code: whole[code] for code in codes}
    assert whole["ACME-2026-01"][0] == 3
    assert whole["EMPTY-01"][:2] == (0, 0)
    assert whole["ACME-2026-01"][1] > 0
