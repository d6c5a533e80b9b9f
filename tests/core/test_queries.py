"""The read side: what the engagement list, detail view, dashboard and history show."""

from __future__ import annotations

import itertools
import types
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from core.db import Database
from core.errors import NotFoundError
from core.models import HistoryEvent
from core.queries import (
    changes_since,
    dashboard,
    due_and_overdue,
    engagement_detail,
    first_pass_rate,
    history_count,
    history_page,
    idea_counts,
    iter_history,
    list_engagements,
    portfolio_figures,
    review_latency_days,
    review_rounds,
    spinoff_pipeline,
    value_by_state,
)
from core.services import ContactInput, Services, VerdictInput
from tests.factories import (
    Built,
    accept,
    build_portfolio,
    criteria_ids,
    make_active,
    make_client,
    make_draft,
    run_fresh,
    sign,
)

TODAY = date(2026, 2, 20)


@contextmanager
def counting_selects(db: Database) -> Iterator[list[str]]:
    """Collect the SELECT statements the engine runs inside the block."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def review(services: Services, built: Built, milestone_id: str, held_on: date, ok: bool) -> None:
    ids = criteria_ids(services, milestone_id)
    verdicts = [VerdictInput(c, "met" if ok else "not_met", "seen") for c in ids]
    services.workflow.record_review(
        milestone_id, held_on=held_on, reviewer_id=built.contact_id, verdicts=verdicts
    )


# --- engagement list -------------------------------------------------------------------


def test_list_shows_counts_and_totals_ordered_by_client_then_code(services: Services) -> None:
    zeta = make_client(services, "zeta studio")
    acme = make_client(services, "ACME SA")
    make_draft(services, code="ZS-02", milestones=1, client=zeta)
    make_active(services, code="ACME-2026-02", milestones=2, client=acme)
    make_draft(services, code="ACME-2026-01", milestones=3, client=acme, currency="CHF")
    make_draft(services, code="ZS-01", milestones=0, client=zeta)

    with services.db.reading() as session:
        rows = list_engagements(session)

    assert [r.code for r in rows] == ["ACME-2026-01", "ACME-2026-02", "ZS-01", "ZS-02"]
    first = rows[0]
    assert (first.client_name, first.currency, first.status) == ("ACME SA", "CHF", "draft")
    # factories give milestone n an amount of n x 100 000 minor units
    assert (first.milestones, first.contracted_minor) == (3, 600_000)
    assert (rows[1].status, rows[1].milestones, rows[1].contracted_minor) == ("active", 2, 300_000)
    assert (rows[2].milestones, rows[2].contracted_minor) == (0, 0)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("été à paris", ["E-01"]),  # a long ASCII run (" paris") narrows, the fold decides
        ("ÉTÉ", ["E-01", "E-04"]),  # no ASCII run worth narrowing by: the fold alone
        ("é", ["E-01", "E-03", "E-04"]),
        ("臺北", ["E-02"]),  # caseless: SQLite's own LIKE finds it
        ("臺北 品牌 LAUNCH", ["E-02"]),  # caseless and ASCII letters in any case
        ("BRÛLÉE", ["E-03"]),
        ("100%_", ["E-03"]),  # wildcards are literal on every path
        ("brûlée 100%_o", ["E-03"]),
        ("x_", []),
        ("été à lyon", []),
        # the keyboard apostrophe and the typographic one find each other
        ("l'atelier d'été", ["E-04"]),
        ("L’ATELIER", ["E-04"]),
        ("client’s", ["E-05"]),
        ("'", ["E-04", "E-05"]),
    ],
)
def test_list_filter_finds_each_kind_of_text_whatever_path_the_search_takes(
    services: Services, typed: str, found: list[str]
) -> None:
    client = make_client(services, "Northwind")
    for code, title in [
        ("E-01", "ÉTÉ À PARIS"),
        ("E-02", "臺北 品牌 Launch"),
        ("E-03", "Crème brûlée 100%_off"),
        ("E-04", "L’Atelier d’été"),
        ("E-05", "Client's brief"),
    ]:
        built = make_draft(services, code=code, milestones=0, client=client)
        services.engagements.update(built.engagement_id, title=title)
    with services.db.reading() as session:
        assert [r.code for r in list_engagements(session, text_filter=typed)] == found


def test_list_filter_ignores_case_in_every_script_and_takes_wildcards_literally(
    services: Services,
) -> None:
    cafe = make_client(services, "Café Élan")
    make_draft(services, code="CAFE-01", milestones=0, client=cafe)
    other = make_draft(services, code="ACME-01", milestones=0)
    services.engagements.update(other.engagement_id, title="Launch at 100% capacity")
    make_draft(services, code="ACME-02", milestones=0, client=(other.client_id, other.contact_id))

    with services.db.reading() as session:
        assert [r.code for r in list_engagements(session, text_filter="élan")] == ["CAFE-01"]
        assert [r.code for r in list_engagements(session, text_filter="CAFÉ")] == ["CAFE-01"]
        assert [r.code for r in list_engagements(session, text_filter="0%")] == ["ACME-01"]
        assert list_engagements(session, text_filter="acme_") == []
        assert [r.code for r in list_engagements(session, text_filter="acme-0")] == [
            "ACME-01",
            "ACME-02",
        ]
        assert len(list_engagements(session, text_filter="  ")) == 3


def test_list_names_the_parent_of_a_spin_off(services: Services) -> None:
    parent = make_active(services, code="ACME-2026-01")
    idea = services.ideas.capture(
        parent.engagement_id, description="Add a chatbot", raised_by="Marie", raised_on=TODAY
    ).created
    assert idea is not None
    services.ideas.divert([idea], code="ACME-2026-02")

    with services.db.reading() as session:
        rows = {r.code: r for r in list_engagements(session)}

    assert rows["ACME-2026-02"].parent_code == "ACME-2026-01"
    assert rows["ACME-2026-02"].parent_id == parent.engagement_id
    assert rows["ACME-2026-01"].parent_code is None


def test_list_runs_at_most_two_queries_however_many_engagements(services: Services) -> None:
    client = make_client(services)
    for n in range(6):
        make_draft(services, code=f"ACME-0{n}", milestones=2, client=client)
    with services.db.reading() as session, counting_selects(services.db) as statements:
        rows = list_engagements(session)
        list_engagements(session, text_filter="acme")
    assert len(rows) == 6
    assert len(statements) <= 2 * 2


# --- engagement detail -----------------------------------------------------------------


def test_detail_by_code_or_id_and_not_found(services: Services) -> None:
    built = make_draft(services, code="ACME-2026-01")
    with services.db.reading() as session:
        by_code = engagement_detail(session, "acme-2026-01", TODAY)
        by_id = engagement_detail(session, built.engagement_id, TODAY)
        with pytest.raises(NotFoundError, match="NOPE-01"):
            engagement_detail(session, "NOPE-01", TODAY)
    assert by_code == by_id
    assert by_code.status == "draft"
    assert by_code.baseline_fingerprint is None and by_code.baseline_at is None
    assert by_code.client_name == "ACME SA"
    assert by_code.client_address == "12 rue de la Paix\n75002 Paris"
    assert [(c.name, c.signatory) for c in by_code.contacts] == [("Marie Dupont", True)]
    m1 = by_code.milestones[0]
    assert [c.text for c in m1.criteria] == ["Criterion 1.1", "Criterion 1.2"]
    assert (m1.rounds, m1.last_outcome, m1.signoff_document_id) == (0, None, None)
    assert by_code.contracted_minor == 600_000


def test_detail_follows_the_milestone_lifecycle(services: Services) -> None:
    built = make_active(services, code="ACME-2026-01")
    m1, m2, m3 = built.milestone_ids
    accept(services, built, m1)
    sign(services, 1, on=date(2026, 3, 3))
    services.workflow.start(m2)
    services.workflow.submit(m2, date(2026, 3, 1))
    review(services, built, m2, date(2026, 3, 4), ok=False)
    services.roadmap.move_forecast(m3, date(2026, 4, 15), "client holidays")

    with services.db.reading() as session:
        detail = engagement_detail(session, built.engagement_id, TODAY)

    assert detail.status == "active"
    assert detail.baseline_fingerprint is not None and len(detail.baseline_fingerprint) == 64
    assert detail.baseline_at is not None
    one, two, three = detail.milestones
    assert (one.state, one.rounds, one.last_outcome) == ("signed_off", 1, "accepted")
    assert one.signoff_document_id == "ACME-2026-01-M01-R1"
    assert one.signature_method == "typed"
    assert (two.state, two.rounds, two.last_outcome) == (
        "changes_requested",
        1,
        "changes_requested",
    )
    assert two.signoff_document_id is None and two.signature_method == ""
    assert (three.baseline_due, three.forecast_due) == (date(2026, 4, 1), date(2026, 4, 15))
    assert three.variance_days == 14
    assert one.variance_days == 0


def test_detail_flags_deemed_acceptance_once_the_period_has_passed(services: Services) -> None:
    built = make_draft(services, code="ACME-2026-01", milestones=1)
    services.engagements.update(built.engagement_id, deemed_acceptance_days=10)
    services.engagements.activate(built.engagement_id)
    (m1,) = built.milestone_ids
    services.workflow.start(m1)
    services.workflow.submit(m1, date(2026, 3, 1))

    with services.db.reading() as session:
        on_day_ten = engagement_detail(session, "ACME-2026-01", date(2026, 3, 11))
        on_day_eleven = engagement_detail(session, "ACME-2026-01", date(2026, 3, 12))

    assert on_day_ten.milestones[0].deemed_acceptance_due is False
    assert on_day_eleven.milestones[0].deemed_acceptance_due is True
    assert on_day_eleven.deemed_acceptance_days == 10


def test_detail_lists_ideas_with_follow_up_flags_and_spin_offs(services: Services) -> None:
    built = make_active(services, code="ACME-2026-01")
    eid = built.engagement_id
    due = services.ideas.capture(
        eid,
        description="Newsletter",
        raised_by="Marie",
        raised_on=date(2026, 2, 1),
        follow_up=TODAY,
        qualification={"budget": "about 5k"},
    ).created
    later = services.ideas.capture(
        eid,
        description="Podcast",
        raised_by="Marie",
        raised_on=date(2026, 2, 2),
        follow_up=TODAY + timedelta(days=1),
    ).created
    chatbot = services.ideas.capture(
        eid, description="Chatbot", raised_by="Marie", raised_on=date(2026, 2, 3)
    ).created
    assert due and later and chatbot
    services.ideas.divert([chatbot], code="ACME-2026-02")

    with services.db.reading() as session:
        detail = engagement_detail(session, eid, TODAY)

    ideas = {i.description: i for i in detail.ideas}
    assert [i.description for i in detail.ideas] == ["Newsletter", "Podcast", "Chatbot"]
    assert ideas["Newsletter"].follow_up_due is True
    assert ideas["Newsletter"].qualification["budget"] == "about 5k"
    assert ideas["Newsletter"].qualification["goals"] == ""
    assert ideas["Podcast"].follow_up_due is False
    assert (ideas["Chatbot"].state, ideas["Chatbot"].spinoff_code) == ("diverted", "ACME-2026-02")
    assert [(code, status) for _, code, status in detail.spinoffs] == [("ACME-2026-02", "draft")]


def test_detail_query_count_does_not_grow_with_the_roadmap(services: Services) -> None:
    client = make_client(services)
    small = make_active(services, code="SMALL-01", milestones=2, client=client)
    large = make_active(services, code="LARGE-01", milestones=10, client=client)
    for built in (small, large):
        accept(services, built, built.milestone_ids[0])

    counts = []
    for code in ("SMALL-01", "LARGE-01"):
        with services.db.reading() as session, counting_selects(services.db) as statements:
            engagement_detail(session, code, TODAY)
        counts.append(len(statements))
    assert counts[0] == counts[1]
    assert counts[1] <= 15


# --- review rounds ---------------------------------------------------------------------


def test_review_rounds_show_each_verdict_with_its_criterion(services: Services) -> None:
    built = make_active(services, code="ACME-2026-01", milestones=1)
    (m1,) = built.milestone_ids
    c1, c2 = criteria_ids(services, m1)
    services.workflow.start(m1)
    services.workflow.submit(m1, date(2026, 3, 1))
    services.workflow.record_review(
        m1,
        held_on=date(2026, 3, 3),
        reviewer_id=built.contact_id,
        verdicts=[VerdictInput(c1, "met", "good"), VerdictInput(c2, "not_met", "logo too small")],
    )
    services.workflow.submit(m1, date(2026, 3, 10))
    services.workflow.record_review(
        m1,
        held_on=date(2026, 3, 11),
        reviewer_id=built.contact_id,
        verdicts=[VerdictInput(c1, "met"), VerdictInput(c2, "waived", reason="out of budget")],
    )

    with services.db.reading() as session:
        rounds = review_rounds(session, m1)
        assert review_rounds(session, "no-such-milestone") == []

    assert [(r.number, r.outcome) for r in rounds] == [
        (1, "changes_requested"),
        (2, "accepted"),
    ]
    assert rounds[0].reviewer == "Marie Dupont"
    assert (rounds[0].submitted_on, rounds[0].held_on) == (date(2026, 3, 1), date(2026, 3, 3))
    assert rounds[0].verdicts[1] == (2, "Criterion 1.2", "not_met", "logo too small", "")
    assert rounds[1].verdicts[1] == (2, "Criterion 1.2", "waived", "", "out of budget")
    assert rounds[1].deemed is False


# --- figures ---------------------------------------------------------------------------


def test_portfolio_figures_follow_their_definitions(services: Services) -> None:
    eur = build_portfolio(services)
    with services.db.reading() as session:
        figures = {f.currency: f for f in portfolio_figures(session)}
        only_eur = portfolio_figures(session, eur.engagement_id)

    assert sorted(figures) == ["EUR", "USD"]
    f = figures["EUR"]
    assert f.contracted == 1_000_000
    assert f.accepted == 1_000_000
    assert f.signed == 600_000
    assert f.invoiced == 300_000
    assert f.paid == 100_000
    assert f.outstanding == 200_000
    assert figures["USD"].contracted == 100_000 and figures["USD"].accepted == 0
    assert only_eur == [f]


def test_figures_of_a_draft_are_empty_and_value_by_state_covers_every_state(
    services: Services,
) -> None:
    eur = build_portfolio(services)
    with services.db.reading() as session:
        draft_id = next(r.id for r in list_engagements(session) if r.code == "EUR-DRAFT")
        assert portfolio_figures(session, draft_id) == []
        chart = value_by_state(session)
        only_eur = value_by_state(session, eur.engagement_id)

    assert sorted(chart) == ["EUR", "USD"]
    assert chart["EUR"]["paid"] == 100_000
    assert chart["EUR"]["invoiced"] == 200_000
    assert chart["EUR"]["signed_off"] == 300_000
    assert chart["EUR"]["accepted"] == 400_000
    assert chart["EUR"]["planned"] == 0
    assert chart["USD"]["planned"] == 100_000
    assert set(chart["USD"]) == set(chart["EUR"]) and len(chart["EUR"]) == 8
    assert list(only_eur) == ["EUR"]


def test_due_and_overdue_use_the_forecast_and_skip_accepted_work(services: Services) -> None:
    # milestones due 2026-02-01, 03-01, 04-01, 05-01
    built = make_active(services, code="ACME-2026-01", milestones=4)
    _, _, m3, m4 = built.milestone_ids
    services.roadmap.move_forecast(m3, date(2026, 3, 5), "ahead of plan")
    accept(services, built, m4)  # accepted: never due, whatever the date

    with services.db.reading() as session:
        due, overdue = due_and_overdue(session, TODAY, days=14)
        narrow, _ = due_and_overdue(session, TODAY, days=5)

    assert [(r.position, r.due, r.days) for r in overdue] == [(1, date(2026, 2, 1), -19)]
    assert [(r.position, r.days) for r in due] == [(2, 9), (3, 13)]
    assert due[0].engagement_code == "ACME-2026-01"
    assert (due[0].amount_minor, due[0].currency, due[0].state) == (200_000, "EUR", "planned")
    assert narrow == []


def test_first_pass_rate_and_review_latency(services: Services) -> None:
    built = make_active(services, code="ACME-2026-01", milestones=3)
    m1, m2, _ = built.milestone_ids
    accept(services, built, m1, on=date(2026, 3, 2))  # submitted and accepted the same day
    services.workflow.start(m2)
    services.workflow.submit(m2, date(2026, 3, 1))
    review(services, built, m2, date(2026, 3, 5), ok=False)  # 4 days
    services.workflow.submit(m2, date(2026, 3, 10))
    review(services, built, m2, date(2026, 3, 12), ok=True)  # 2 days

    with services.db.reading() as session:
        assert first_pass_rate(session) == (1, 2)
        assert first_pass_rate(session, built.engagement_id) == (1, 2)
        assert review_latency_days(session) == pytest.approx(2.0)
        assert review_latency_days(session, "other") is None
        assert first_pass_rate(session, "other") == (0, 0)


def test_latency_leaves_out_deemed_acceptances(services: Services) -> None:
    built = make_draft(services, code="ACME-2026-01", milestones=2)
    services.engagements.update(built.engagement_id, deemed_acceptance_days=5)
    services.engagements.activate(built.engagement_id)
    m1, m2 = built.milestone_ids
    services.workflow.start(m1)
    services.workflow.submit(m1, date(2026, 3, 1))
    services.workflow.confirm_deemed_acceptance(m1, date(2026, 3, 30))
    accept(services, built, m2, on=date(2026, 3, 2))

    with services.db.reading() as session:
        assert review_latency_days(session) == pytest.approx(0.0)
        assert first_pass_rate(session) == (2, 2)
        (deemed,) = review_rounds(session, m1)
    assert deemed.deemed is True and deemed.reviewer == ""


def test_idea_counts_and_spinoff_pipeline(services: Services) -> None:
    built = make_active(services, code="ACME-2026-01")
    eid = built.engagement_id

    def capture(text: str) -> str:
        idea = services.ideas.capture(eid, description=text, raised_by="Marie", raised_on=TODAY)
        assert idea.created is not None
        return idea.created

    a, b, c, d = (capture(t) for t in ("Chatbot", "Shop", "Podcast", "Newsletter"))
    services.ideas.divert([a, b], code="ACME-2026-02", title="Conversational commerce")
    services.ideas.park(c, "later")

    with services.db.reading() as session:
        counts = idea_counts(session)
        assert idea_counts(session, "other") == {
            "captured": 0,
            "diverted": 0,
            "parked": 0,
            "declined": 0,
        }
        pipeline = spinoff_pipeline(session)
        spin_id = pipeline[0].id
        assert idea_counts(session, spin_id)["captured"] == 0
        assert spinoff_pipeline(session, parent_id=spin_id) == []

    assert counts == {"captured": 1, "diverted": 2, "parked": 1, "declined": 0}
    assert len(pipeline) == 1
    row = pipeline[0]
    assert (row.code, row.title, row.parent_code) == (
        "ACME-2026-02",
        "Conversational commerce",
        "ACME-2026-01",
    )
    assert (row.status, row.ideas, row.contracted_minor, row.currency) == ("draft", 2, 0, "EUR")
    assert d


def test_dashboard_gathers_everything_for_one_engagement(services: Services) -> None:
    eur = build_portfolio(services)
    with services.db.reading() as session:
        whole = dashboard(session, TODAY)
        one = dashboard(session, TODAY, eur.engagement_id)

    assert [f.currency for f in whole.figures] == ["EUR", "USD"]
    assert [f.currency for f in one.figures] == ["EUR"]
    assert one.first_pass == (4, 4)
    assert one.overdue == [] and one.due == []
    # USD-01's only milestone (due 2026-02-01) is overdue on the portfolio dashboard
    assert [r.engagement_code for r in whole.overdue] == ["USD-01"]
    assert one.ideas["captured"] == 0
    assert one.latency_days == pytest.approx(0.0)
    assert one.value_by_state["EUR"]["paid"] == 100_000


# --- history ---------------------------------------------------------------------------


def test_history_pages_walk_the_stream_without_gaps(services: Services) -> None:
    built = make_active(services, code="ACME-2026-01", milestones=3)
    accept(services, built, built.milestone_ids[0])
    eid = built.engagement_id

    with services.db.reading() as session:
        total = history_count(session, eid)
        streamed = list(iter_history(session, eid, batch=3))
        pages, after = [], 0
        while page := history_page(session, eid, after_seq=after, limit=4):
            pages.append(page)
            after = page[-1].seq

    assert total == len(streamed) > 8
    assert [e.seq for e in streamed] == list(range(1, total + 1))
    assert [e for page in pages for e in page] == streamed
    assert all(len(page) <= 4 for page in pages)
    assert streamed[0].action == "created" and streamed[0].entity == "engagement"
    assert streamed[1].prev_hash == streamed[0].hash


def test_history_filter_matches_actor_and_content_ignoring_case(db: Database) -> None:
    elodie = Services(db, "Élodie Martin")
    built = make_draft(elodie, code="ACME-2026-01", milestones=2)
    bob = Services(db, "bob")
    bob.roadmap.update_milestone(built.milestone_ids[0], title="Kick-off Café")

    with db.reading() as session:
        by_actor = history_page(session, built.engagement_id, text_filter="ÉLODIE")
        by_text = history_page(session, built.engagement_id, text_filter="kick-off café")
        assert history_count(session, built.engagement_id, "élodie") == len(by_actor) == 3
        assert history_count(session, built.engagement_id, "nothing like this") == 0

    assert {e.actor for e in by_actor} == {"Élodie Martin"}
    assert [(e.actor, e.action) for e in by_text] == [("bob", "edited")]


def test_changes_since_lists_every_stream_newest_first(
    services: Services, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One minute per user action, so "newest first" and "since" have times to tell apart.
    minutes = itertools.count()
    start = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
    monkeypatch.setattr("core.uow.utcnow", lambda: start + timedelta(minutes=next(minutes)))
    built = make_active(services, code="ACME-2026-01", milestones=1)
    other = make_draft(
        services, code="NL-2026-01", milestones=0, client=make_client(services, "Nordlicht")
    )
    acme = f"engagement:{built.engagement_id}"
    nordlicht = f"engagement:{other.engagement_id}"
    with db.reading() as session:
        every = changes_since(session, datetime(2000, 1, 1, tzinfo=UTC))
        naive = changes_since(session, datetime(2000, 1, 1))
        one = changes_since(session, datetime(2000, 1, 1), built.engagement_id)
        few = changes_since(session, datetime(2000, 1, 1), limit=2)
        future = changes_since(session, start + timedelta(days=1))
        total = session.query(HistoryEvent).count()
        activated = next(e.at for e in every if e.action == "activated")
        recent = changes_since(session, activated)

    assert len(every) == total and naive == every
    assert [e.at for e in every] == sorted((e.at for e in every), reverse=True)
    assert len({e.at for e in every}) > 3  # the order above is not a tie everywhere
    assert (every[0].stream, every[0].action) == (nordlicht, "created")
    assert every[-1].stream.startswith("client:")
    assert {e.stream for e in one} == {acme}
    assert [e.seq for e in one] == sorted((e.seq for e in one), reverse=True)
    assert one[0].action == "activated"
    assert few == every[:2] and future == []
    # Since the activation: it and everything after, from every stream, nothing before.
    assert recent == [e for e in every if e.at >= activated]
    assert recent[-1].action == "activated"
    assert {e.stream for e in recent} > {acme, nordlicht}


def test_changes_in_a_window_are_listed_and_counted_without_later_ones(
    services: Services, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A status report for a past week: only that week's events, and their exact count."""
    from core.queries import count_changes

    minutes = itertools.count()
    start = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
    monkeypatch.setattr("core.uow.utcnow", lambda: start + timedelta(minutes=next(minutes)))
    built = make_active(services, code="ACME-2026-01", milestones=3)
    with db.reading() as session:
        every = changes_since(session, start - timedelta(days=1), limit=10_000)
        times = sorted({e.at for e in every})
        since, until = times[2], times[-3]  # a window with events on both sides
        inside = [e for e in every if since <= e.at < until]
        window = changes_since(session, since, limit=10_000, until=until)
        first_two = changes_since(session, since, limit=2, until=until)
        counted = count_changes(session, since, until)
        naive = count_changes(session, since.replace(tzinfo=None), until.replace(tzinfo=None))
        one = count_changes(session, since, until, built.engagement_id)
    assert inside and len(inside) < len(every)
    assert window == inside and first_two == inside[:2]
    assert counted == naive == len(inside)
    assert one == len([e for e in inside if e.stream == f"engagement:{built.engagement_id}"])


def test_milestone_positions_name_the_milestones_that_exist(services: Services) -> None:
    from core.queries import milestone_positions

    built = make_draft(services, milestones=3)
    services.roadmap.move_milestone(built.milestone_ids[2], 1)
    with services.db.reading() as session:
        positions = milestone_positions(
            session, [*built.milestone_ids, "gone", built.milestone_ids[0]]
        )
        assert milestone_positions(session, []) == {}
    assert positions == dict(zip(built.milestone_ids, [2, 3, 1], strict=True))


def test_contacts_are_listed_in_their_order(services: Services) -> None:
    client_id = services.clients.create(
        name="Nordlicht GmbH",
        contacts=[
            ContactInput("Jana Krüger", "CEO", "jana@nordlicht.example", True),
            ContactInput("李小龍", "Product", "li@nordlicht.example", False),
        ],
    ).created
    assert client_id is not None
    with services.db.reading() as session:
        from core.models import Client

        client = session.get(Client, client_id)
        assert client is not None
        contact_id = client.contacts[0].id
    make_draft(services, code="NL-01", milestones=1, client=(client_id, contact_id))
    with services.db.reading() as session:
        detail = engagement_detail(session, "NL-01", TODAY)
    assert [(c.name, c.role, c.signatory) for c in detail.contacts] == [
        ("Jana Krüger", "CEO", True),
        ("李小龍", "Product", False),
    ]


def test_every_name_of_the_read_side_is_the_function_or_record_it_names() -> None:
    """The package loads its modules on first use; no module may shadow an exported name,
    whichever module happens to be imported first."""
    import importlib

    import core.queries

    for name in core.queries.__all__:
        assert not isinstance(getattr(core.queries, name), types.ModuleType), name
    script = (
        "import core.queries.overview, core.queries.engagements, core.queries.history\n"
        "import core.queries as q, types\n"
        "bad = [n for n in q.__all__ if isinstance(getattr(q, n), types.ModuleType)]\n"
        "assert not bad, bad\n"
    )
    run_fresh(script)
    assert importlib.import_module("core.queries").dashboard.__name__ == "dashboard"


@pytest.mark.parametrize("typed", ["acme-2026-01", "  ACME-2026-01 ", "ＡＣＭＥ－２０２６－０１"])
def test_a_typed_code_finds_the_engagement_everywhere_it_is_looked_up(
    services: Services, typed: str
) -> None:
    """Reading, changing and archiving look a typed code up by one rule."""
    from core.archive.exporting import select_engagements
    from core.queries import engagement_detail
    from tests.factories import make_draft

    built = make_draft(services, milestones=1)
    with services.db.reading() as session:
        assert engagement_detail(session, typed, date(2026, 3, 1)).id == built.engagement_id
        assert select_engagements(session, [typed]) is not None
    services.engagements.update(typed, title="Found by its typed code")
    with services.db.reading() as session:
        assert engagement_detail(session, built.engagement_id, date(2026, 3, 1)).title == (
            "Found by its typed code"
        )


def test_hash_at_is_the_hash_of_that_event_of_the_stream(services: Services) -> None:
    from core.queries import hash_at, history_count, iter_history

    built = make_active(services, milestones=2)
    with services.db.reading() as session:
        events = list(iter_history(session, built.engagement_id))
        total = history_count(session, built.engagement_id)
        assert total == len(events) > 2
        assert hash_at(session, built.engagement_id, total) == events[-1].hash
        assert hash_at(session, built.engagement_id, 2) == events[1].hash
        assert hash_at(session, built.engagement_id, total + 1) is None


def test_history_filter_also_finds_the_stored_identifiers_it_stands_for(db: Database) -> None:
    """The desktop shows "changement d'état" for the stored action ``state_changed``; it
    passes the identifiers its words name, and the filter finds those events too."""
    from core.queries import StoredTerms

    s = Services(db, "pm")
    built = make_draft(s, milestones=2)
    s.roadmap.update_milestone(built.milestone_ids[1], title="Unpaid reminder")
    s.engagements.activate(built.engagement_id)
    s.workflow.start(built.milestone_ids[0])
    eid = built.engagement_id

    def found(typed: str, terms: StoredTerms | None) -> list[tuple[str, str]]:
        with db.reading() as session:
            page = history_page(session, eid, text_filter=typed, terms=terms)
            assert history_count(session, eid, typed, terms) == len(page)
        return [(e.entity, e.action) for e in page]

    assert found("changement d'état", None) == []
    assert found("changement d'état", StoredTerms(actions=("state_changed",))) == [
        ("milestone", "state_changed")
    ]
    # a coded value inside the records: the started milestone is now "in_progress"
    assert found("en cours", StoredTerms(codes=("IN_PROGRESS",))) == [
        ("milestone", "state_changed")
    ]
    milestone_events = found("jalon", StoredTerms(entities=("milestone",)))
    assert len(milestone_events) >= 4  # two added, one edited, one started
    assert {entity for entity, _ in milestone_events} == {"milestone"}
    # a code is found as a whole JSON string: "Unpaid reminder" is not the state "paid"
    assert found("payé", StoredTerms(codes=("paid",))) == []
    assert found("unpaid", StoredTerms(codes=("paid",))) == [("milestone", "edited")]
    # no text, no filter: the terms alone do not narrow anything
    with db.reading() as session:
        everything = history_count(session, eid)
        assert history_count(session, eid, "  ", StoredTerms(actions=("edited",))) == everything
