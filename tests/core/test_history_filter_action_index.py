"""The history filter by an action's words ("forecast moved") counts that action's events
from the index on (stream, action) (schema revision 0005) instead of reading the stream,
and finds exactly what reading every event and asking what its row shows finds: the same
count, the same page, whichever way the stream is searched. SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from sqlalchemy import event, text

from core.db import Database
from core.queries import history_count, history_names, history_page, iter_history
from core.queries import history_index as index
from core.services import Services
from reports.event_text import EventText
from tests.factories import (
    filter_mode_fixture,  # noqa: F401  (the how fixture)
    make_draft,
)

INDEX = "ix_history_event_stream_action"
TYPED = [
    "forecast moved",
    "Forecast",
    "state changed",
    "holiday",
    "added",
    "tester",
    "created",  # the head of a created record's summary, in no stored value
    "created:",
    "→",
    "Apr",  # a day as the language writes it
]


@pytest.fixture
def engagement(services: Services) -> str:
    """A history where the forecast moves many times, a title holds the words "Forecast
    moved" (its rows show them without being a move), and milestones change state."""
    built = make_draft(services, milestones=3)
    services.engagements.update(built.engagement_id, title="Forecast moved twice, kept")
    services.engagements.activate(built.engagement_id)
    first, second, third = built.milestone_ids
    for n in range(1, 13):
        services.roadmap.move_forecast(second, date(2026, 4, 1) + timedelta(days=n), "holiday")
    services.workflow.start(first)
    services.workflow.start(third)
    return built.engagement_id


@contextmanager
def _seen(db: Database) -> Iterator[list[tuple[str, object]]]:
    statements: list[tuple[str, object]] = []

    def seen(conn, cursor, statement, parameters, context, many) -> None:  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def _filtered(services: Services, engagement_id: str, typed: str) -> tuple[int, list[int]]:
    """What the history view shows for ``typed``: the count and the first page's events."""
    with services.db.reading() as session:
        words = EventText("en", history_names(session, engagement_id))
        shows, terms = words.shows(typed, "EUR"), words.stored_terms(typed)
        total = history_count(session, engagement_id, typed, terms, shows)
        page = history_page(
            session, engagement_id, limit=5, text_filter=typed, terms=terms, shows=shows
        )
    return total, [row.seq for row in page]


def _every_event_read(services: Services, engagement_id: str, typed: str) -> list[int]:
    """The events whose row shows ``typed``, found by reading every event in Python."""
    with services.db.reading() as session:
        words = EventText("en", history_names(session, engagement_id))
        shows = words.shows(typed, "EUR")
        return [row.seq for row in iter_history(session, engagement_id) if shows(row)]


@pytest.mark.parametrize("typed", TYPED)
def test_the_filter_finds_what_reading_every_row_finds(
    services: Services, engagement: str, how: str, typed: str
) -> None:
    shown = _every_event_read(services, engagement, typed)
    assert shown, typed  # every text is shown by some row of this history
    assert _filtered(services, engagement, typed) == (len(shown), shown[:5])


def test_the_words_of_an_action_find_its_events_and_the_rows_that_show_them(
    services: Services, engagement: str, how: str
) -> None:
    total, _ = _filtered(services, engagement, "forecast moved")
    # twelve moves, and the engagement's edit whose row shows the new title
    assert total == 13


def test_the_actions_events_are_counted_from_the_index(
    services: Services, db: Database, engagement: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count of an action's events is read from the index alone (no event visited),
    and the stream is not read from start to end for the rest of the search."""
    monkeypatch.setattr(index, "SHORT_STREAM", 0)
    monkeypatch.setattr(index, "MAX_SHARE", 1000.0)
    with _seen(db) as statements:
        total, _ = _filtered(services, engagement, "forecast moved")
    assert total == 13
    counted = [(s, p) for s, p in statements if "action IN" in s and "count(" in s]
    assert counted, statements
    with db.engine.connect() as conn:
        for statement, parameters in counted:
            if db.is_sqlite:
                plan = " ".join(
                    row[3]
                    for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)  # type: ignore[arg-type]
                )
                assert f"USING COVERING INDEX {INDEX}" in plan, plan
            else:  # PostgreSQL: the planner would scan so small a table; told not to
                conn.execute(text("SET enable_seqscan = off"))
                plan = " ".join(
                    row[0]
                    for row in conn.exec_driver_sql(f"EXPLAIN {statement}", parameters)  # type: ignore[arg-type]
                )
                assert INDEX in plan, plan
        if db.is_sqlite:
            for statement, parameters in statements:
                if "FROM history_event" not in statement:
                    continue
                plan = " ".join(
                    row[3]
                    for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)  # type: ignore[arg-type]
                )
                assert "SCAN history_event" not in plan, (statement, plan)
                assert "sqlite_autoindex_history_event_1 (stream=?)" not in plan, (statement, plan)
