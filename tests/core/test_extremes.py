"""Values at the edges of what core accepts: dates at the ends of the accepted range, amounts
at the cap, and portfolio totals past 64 bits. What is accepted must read back and add up
exactly; what is refused must be refused with the field and the range, leaving nothing
written."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, select, update

from core.check import run_check
from core.dates import EARLIEST, LATEST
from core.db import Database
from core.errors import ValidationError
from core.models import Engagement, HistoryEvent, Idea, Milestone, ReviewRound, SignOff
from core.money import MAX_MINOR
from core.queries import (
    dashboard,
    engagement_detail,
    list_engagements,
    portfolio_figures,
    spinoff_pipeline,
    value_by_state,
)
from core.services import CriterionInput, Services, VerdictInput
from core.services.signoffs import SignatureInput
from desktop.main import main
from tests.big_portfolio import PER_ENGAGEMENT, big_portfolio
from tests.factories import Built, accept, criteria_ids, make_active, make_client, make_draft

TODAY = date(2026, 5, 1)
OUTSIDE = [date(1, 1, 1), date(1899, 12, 31), date(2200, 1, 1), date(9999, 12, 31)]


def history_size(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(HistoryEvent)) or 0)


def refused(db: Database, field: str, action: Callable[[], object]) -> None:
    """``action`` is refused naming ``field`` and the accepted range, and writes nothing."""
    before = history_size(db)
    with pytest.raises(ValidationError) as caught:
        action()
    assert caught.value.field == field
    assert "1900-01-01 to 2199-12-31" in caught.value.message
    assert history_size(db) == before


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("day", OUTSIDE, ids=str)
def test_every_date_a_person_gives_is_refused_outside_the_range(
    services: Services, db: Database, day: date
) -> None:
    draft = make_draft(services, code="DRAFT-01", milestones=1)
    active = make_active(services, code="LIVE-01", client=(draft.client_id, draft.contact_id))
    first, second, third = active.milestone_ids
    engagements, roadmap, workflow = services.engagements, services.roadmap, services.workflow

    def create(start: date, end: date) -> object:
        return engagements.create(
            code="NEW-01",
            title="New",
            client_id=draft.client_id,
            currency="EUR",
            start_date=start,
            target_end_date=end,
        )

    early, late = (day, LATEST) if day < EARLIEST else (EARLIEST, day)
    field = "start date" if day < EARLIEST else "target end date"
    refused(db, field, lambda: create(early, late))
    refused(db, field, lambda: engagements.update(draft.engagement_id, **{
        "start_date" if day < EARLIEST else "target_end_date": day}))  # fmt: skip
    refused(db, "due date", lambda: roadmap.add_milestone(draft.engagement_id, title="X", due=day))
    refused(db, "due date", lambda: roadmap.update_milestone(draft.milestone_ids[0], due=day))
    refused(db, "forecast", lambda: roadmap.move_forecast(first, day, "moved"))
    workflow.start(first)
    refused(db, "submission date", lambda: workflow.submit(first, day))
    workflow.submit(first, TODAY)
    verdicts = [VerdictInput(c, "met") for c in criteria_ids(services, first)]
    review = lambda: workflow.record_review(  # noqa: E731
        first, held_on=day, reviewer_id=active.contact_id, verdicts=verdicts
    )
    refused(db, "review date", review)
    refused(db, "confirmation date", lambda: workflow.confirm_deemed_acceptance(first, day))
    workflow.record_review(first, held_on=TODAY, reviewer_id=active.contact_id, verdicts=verdicts)
    signoff = services.signoffs.for_milestone("LIVE-01", 1)
    signature = SignatureInput("typed", "Marie Dupont", day, b"typed", True, "matched")
    refused(db, "signature date", lambda: services.signoffs.record_signature(signoff.id, signature))
    accept(services, active, second, TODAY)
    services.signoffs.record_signature(
        services.signoffs.for_milestone("LIVE-01", 2).id,
        SignatureInput("typed", "Marie Dupont", TODAY, b"typed", True, "matched"),
    )
    refused(db, "invoice date", lambda: workflow.mark_invoiced(second, day))
    workflow.mark_invoiced(second, TODAY)
    refused(db, "payment date", lambda: workflow.mark_paid(second, day))
    ideas = services.ideas
    capture = lambda **dates: ideas.capture(  # noqa: E731
        active.engagement_id, description="Dark mode", raised_by="Marie", **dates
    )
    refused(db, "raised on", lambda: capture(raised_on=day))
    refused(db, "follow-up date", lambda: capture(raised_on=TODAY, follow_up=day))
    idea = capture(raised_on=TODAY).created
    assert idea is not None and third is not None
    refused(db, "follow-up date", lambda: ideas.update(idea, follow_up=day))


def test_dates_at_both_ends_of_the_range_are_kept_and_read_back(
    services: Services, db: Database
) -> None:
    client = make_client(services)
    engagement_id = services.engagements.create(
        code="EDGE-01",
        title="Three centuries",
        client_id=client[0],
        currency="EUR",
        start_date=EARLIEST,
        target_end_date=LATEST,
    ).created
    assert engagement_id is not None
    ids = [
        services.roadmap.add_milestone(
            engagement_id,
            title=f"M{n}",
            amount_minor=MAX_MINOR,
            due=due,
            criteria=[CriterionInput("Done")],
        ).created
        for n, due in enumerate((EARLIEST, LATEST), start=1)
    ]
    services.engagements.activate(engagement_id)
    first, last = ids
    assert first is not None and last is not None
    services.roadmap.move_forecast(first, LATEST, "the far end")
    built = Built(client[0], client[1], engagement_id, [first, last])
    accept(services, built, last, LATEST)
    signoff = services.signoffs.for_milestone("EDGE-01", 2)
    signature = SignatureInput("typed", "Marie Dupont", LATEST, b"typed", True, "matched")
    services.signoffs.record_signature(signoff.id, signature)
    services.workflow.mark_invoiced(last, LATEST)
    services.ideas.capture(
        engagement_id,
        description="A sequel",
        raised_by="Marie",
        raised_on=EARLIEST,
        follow_up=LATEST,
    )
    with db.reading() as session:
        detail = engagement_detail(session, "EDGE-01", LATEST)
        board = dashboard(session, LATEST)
    assert (detail.start_date, detail.target_end_date) == (EARLIEST, LATEST)
    assert [(m.baseline_due, m.forecast_due) for m in detail.milestones] == [
        (EARLIEST, LATEST),
        (LATEST, LATEST),
    ]
    assert detail.contracted_minor == 2 * MAX_MINOR
    assert [(i.raised_on, i.follow_up) for i in detail.ideas] == [(EARLIEST, LATEST)]
    assert board.figures[0].invoiced == MAX_MINOR and board.figures[0].outstanding == MAX_MINOR
    assert [d.milestone_id for d in board.overdue] == []  # its forecast is today, not before
    assert run_check(db) == []


def test_check_names_every_stored_date_and_amount_out_of_range(
    services: Services, db: Database
) -> None:
    built = make_active(services, code="OLD-2026-01")
    accept(services, built, built.milestone_ids[0], TODAY)
    services.ideas.capture(
        built.engagement_id, description="Kiosk mode", raised_by="Marie", raised_on=TODAY
    )
    assert run_check(db) == []
    # What an older version, a hand-edited file or a restore could have left behind.
    with db.engine.begin() as conn:
        conn.execute(update(Engagement).values(start_date=date(1, 1, 1)))
        conn.execute(
            update(Milestone)
            .where(Milestone.position == 2)
            .values(forecast_due=date(9999, 12, 31), amount_minor=2**63 - 1)
        )
        conn.execute(update(ReviewRound).values(held_on=date(2200, 1, 1)))
        conn.execute(update(SignOff).values(signed_on=date(1899, 12, 31)))
        conn.execute(update(Idea).values(follow_up=date(9999, 1, 1)))
    messages = {p.message for p in run_check(db)}
    assert {
        "OLD-2026-01: the start date 0001-01-01 is outside 1900-01-01 to 2199-12-31",
        "OLD-2026-01 milestone 2: the forecast 9999-12-31 is outside 1900-01-01 to 2199-12-31",
        "OLD-2026-01 milestone 1, review round 1: the review date 2200-01-01 is outside "
        "1900-01-01 to 2199-12-31",
        "OLD-2026-01 milestone 1, sign-off OLD-2026-01-M01-R1: the signature date 1899-12-31 "
        "is outside 1900-01-01 to 2199-12-31",
        "OLD-2026-01: the idea 'Kiosk mode': the follow-up date 9999-01-01 is outside "
        "1900-01-01 to 2199-12-31",
        "OLD-2026-01 milestone 2: the amount 92233720368547758.07 EUR is above the largest "
        "accepted (10000000000000.00 EUR)",
    } <= messages


def test_the_command_line_refuses_a_today_outside_the_range(
    services: Services, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make_active(services, code="CLI-01")
    for day in ("9999-12-31", "1899-12-31"):
        assert main(["--db", db_url, "show", "CLI-01", "--today", day]) == 2
        err = capsys.readouterr().err
        assert f"{day} is outside the dates Scopekeeper accepts (1900-01-01 to 2199-12-31)" in err
    assert main(["--db", db_url, "show", "CLI-01", "--today", "2199-12-31"]) == 0
    assert "CLI-01" in capsys.readouterr().out


# --- money ---------------------------------------------------------------------------------


def test_portfolio_figures_past_64_bits_are_exact(services: Services, db: Database) -> None:
    ids = big_portfolio(services)
    total = 10 * PER_ENGAGEMENT
    assert total > 2**63 - 1  # the plain SQL sum of SQLite would stop with "integer overflow"
    # Half of one engagement paid, the other half invoiced: every figure is a sum of its own.
    with db.engine.begin() as conn:
        conn.execute(
            update(Milestone)
            .where(Milestone.engagement_id == ids[0], Milestone.position % 2 == 0)
            .values(state="paid")
        )
        conn.execute(
            update(Milestone)
            .where(Milestone.engagement_id == ids[0], Milestone.position % 2 == 1)
            .values(state="invoiced")
        )
    half = PER_ENGAGEMENT // 2
    with db.reading() as session:
        (figures,) = portfolio_figures(session)
        by_state = value_by_state(session)["EUR"]
        rows = list_engagements(session)
        board = dashboard(session, TODAY)
        one = portfolio_figures(session, ids[3])
    assert (figures.contracted, figures.accepted, figures.signed) == (
        total,
        total // 10,
        total // 10,
    )
    assert (figures.invoiced, figures.paid, figures.outstanding) == (2 * half, half, half)
    assert by_state["planned"] == 9 * PER_ENGAGEMENT
    assert by_state["paid"] == by_state["invoiced"] == half
    assert sum(by_state.values()) == total
    assert {r.code: r.contracted_minor for r in rows} == {
        f"BIG-{k:02d}": PER_ENGAGEMENT for k in range(10)
    }
    assert board.figures == [figures]
    assert [f.contracted for f in one] == [PER_ENGAGEMENT]


def test_spinoff_pipeline_and_listing_add_up_amounts_at_the_cap(
    services: Services, db: Database
) -> None:
    built = make_active(services, code="CAP-01")
    idea = services.ideas.capture(
        built.engagement_id, description="Phase 2", raised_by="Marie", raised_on=TODAY
    ).created
    assert idea is not None
    spinoff = services.ideas.divert([idea]).created
    assert spinoff is not None
    with db.reading() as session:
        first = engagement_detail(session, "CAP-01-S1", TODAY).milestones[0].id
    services.roadmap.update_milestone(first, amount_minor=MAX_MINOR)
    for n in range(2, 6):
        services.roadmap.add_milestone(spinoff, title=f"Part {n}", amount_minor=MAX_MINOR)
    with pytest.raises(ValidationError, match="too large"):
        services.roadmap.add_milestone(spinoff, title="Too much", amount_minor=MAX_MINOR + 1)
    with db.reading() as session:
        (row,) = spinoff_pipeline(session)
        listed = {r.code: r.contracted_minor for r in list_engagements(session)}
    assert row.code == "CAP-01-S1" and row.contracted_minor == 5 * MAX_MINOR
    assert listed["CAP-01-S1"] == 5 * MAX_MINOR


def test_list_prints_totals_past_64_bits_to_the_cent(
    services: Services, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    big_portfolio(services, 10)
    assert main(["--db", db_url, "list"]) == 0
    out = capsys.readouterr().out
    assert out.count("10,000,000,000,000,000.00 EUR") == 10
    assert main(["--db", db_url, "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["contracted_minor"] for r in rows] == [PER_ENGAGEMENT] * 10
