"""The dashboard of a large portfolio reads what it shows, not everything: the due list cut
at a limit with every milestone still counted, the review indicators and the money read in
one pass each, the scope list without the engagement list's totals."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from core.db import Database
from core.queries import dashboard, first_pass_rate, list_engagements, review_latency_days
from core.queries.figures import due_and_overdue, due_counts, review_indicators
from core.queries.overview import dashboard_scopes
from core.services import Services
from tests.conftest import PG_URL
from tests.factories import accept, build_portfolio, make_active, make_client, make_draft

TODAY = date(2026, 4, 20)  # the factories' milestones fall due from February to May


@pytest.fixture
def portfolio(services: Services) -> Services:
    """Three active engagements of four milestones and a draft: many due and overdue."""
    client = make_client(services, "Northwind")
    for n in range(3):
        built = make_active(services, code=f"DUE-0{n}", milestones=4, client=client)
        services.roadmap.move_forecast(built.milestone_ids[3], date(2026, 4, 24 + n), "soon")
    accept(services, built, built.milestone_ids[0])
    make_draft(services, code="DRAFT-01", milestones=2, client=client)
    return services


@pytest.mark.parametrize("limit", [0, 1, 4, 8, 100])
def test_a_limited_due_list_is_the_start_of_the_whole_one(portfolio: Services, limit: int) -> None:
    with portfolio.db.reading() as session:
        due, overdue = due_and_overdue(session, TODAY)
        cut_due, cut_overdue = due_and_overdue(session, TODAY, limit=limit)
    whole = overdue + due
    assert len(whole) == 11  # three overdue each (one accepted) and three due within a week
    assert cut_overdue + cut_due == whole[:limit]


def test_pages_of_the_due_list_follow_one_another_without_gaps(portfolio: Services) -> None:
    with portfolio.db.reading() as session:
        due, overdue = due_and_overdue(session, TODAY)
        pages = []
        for start in range(0, 12, 3):
            page_due, page_overdue = due_and_overdue(session, TODAY, limit=3, offset=start)
            pages.extend(page_overdue + page_due)
    assert pages == overdue + due


def test_due_counts_count_every_listed_milestone_by_how_soon_it_falls_due(
    portfolio: Services,
) -> None:
    with portfolio.db.reading() as session:
        due, overdue = due_and_overdue(session, TODAY)
        counts = due_counts(session, TODAY)
        cut = dashboard(session, TODAY, due_limit=2)
        whole = dashboard(session, TODAY)
    assert counts.overdue == len(overdue) == 8
    assert counts.within_week == sum(1 for r in due if r.days <= 7) == 3
    assert counts.later == sum(1 for r in due if r.days > 7) == 0
    assert counts.total == 11
    assert cut.due_counts == counts == whole.due_counts
    assert cut.overdue + cut.due == (whole.overdue + whole.due)[:2]
    assert (cut.figures, cut.value_by_state) == (whole.figures, whole.value_by_state)


def test_review_indicators_are_the_rate_and_latency_read_together(services: Services) -> None:
    eur = build_portfolio(services)
    with services.db.reading() as session:
        for scope in (None, eur.engagement_id):
            assert review_indicators(session, scope) == (
                first_pass_rate(session, scope),
                review_latency_days(session, scope),
            )
        board = dashboard(session, TODAY)
        assert (board.first_pass, board.latency_days) == review_indicators(session)


def test_the_scope_list_names_every_engagement_in_the_engagement_lists_order(
    portfolio: Services,
) -> None:
    other = make_client(portfolio, "acme")  # lower case: sorted ignoring case
    make_draft(portfolio, code="ACME-01", milestones=0, client=other)
    with portfolio.db.reading() as session:
        listed = list_engagements(session)
        scopes = dashboard_scopes(session)
    assert [c.id for c in scopes] == [r.id for r in listed]
    assert [c.name for c in scopes] == [f"{r.code} — {r.title}" for r in listed]


@pytest.mark.skipif(PG_URL is not None, reason="SQLite's planner, without statistics")
def test_the_limited_due_list_walks_the_due_date_index(portfolio: Services, db: Database) -> None:
    """Not a figure a user sees directly: that the earliest milestones come from the index
    in due order is what keeps the dashboard quick when tens of thousands are overdue."""
    plans: list[str] = []

    def explain(conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT milestone.id") and not plans:
            raw = conn.connection.dbapi_connection
            rows = raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            plans.append("\n".join(row[3] for row in rows))

    event.listen(db.engine, "before_cursor_execute", explain)
    try:
        with db.reading() as session:
            due_and_overdue(session, TODAY, limit=5)
    finally:
        event.remove(db.engine, "before_cursor_execute", explain)
    assert "USING INDEX ix_milestone_due" in plans[0], plans


def test_the_dashboard_read_on_two_connections_is_the_same_dashboard(portfolio: Services) -> None:
    from core.queries.overview import read_dashboard

    db = portfolio.db
    with db.reading() as session:
        expected = dashboard(session, TODAY, due_limit=5)
    assert read_dashboard(db, TODAY, due_limit=5) == expected
    with db.one_transaction():  # a thread could not see this transaction: read on its own
        assert read_dashboard(db, TODAY, due_limit=5) == expected
