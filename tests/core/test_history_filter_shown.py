"""The history filter finds what a row shows: who, what happened in words, before → after
in words. Not the field names every stored record holds ("forecast_due": null in each
milestone record), and the reviewer by name, where the record stores a contact id. The
same on SQLite (with and without its FTS5 index) and on PostgreSQL (pg_trgm)."""

from __future__ import annotations

from datetime import date

import pytest

from core.queries import history_count, history_names, history_page
from core.queries import history_index as index
from core.services import Services
from reports.event_text import EventText
from tests.factories import accept, make_active


@pytest.fixture(params=["read", "indexed", "common"])
def how(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test three times on SQLite: the stream read as it is; narrowed by the index
    first; and with every action the words name taken for a common one (its events counted
    from the action index, a page read from the stream in order). On PostgreSQL all three
    are the same pg_trgm search."""
    if request.param != "read":
        monkeypatch.setattr(index, "SHORT_STREAM", 0)
        monkeypatch.setattr(index, "MAX_SHARE", 1000.0 if request.param == "indexed" else 0.0)
    return str(request.param)


def _found(services: Services, engagement_id: str, typed: str) -> list[str]:
    """What the history view lists for ``typed``: each row as its reader sees it."""
    with services.db.reading() as session:
        words = EventText("en", history_names(session, engagement_id))
        shows = words.shows(typed, "EUR")
        terms = words.stored_terms(typed)
        rows = history_page(
            session, engagement_id, limit=500, text_filter=typed, terms=terms, shows=shows
        )
        count = history_count(session, engagement_id, typed, terms, shows)
        paged = []  # the same rows, two at a time (keyset pages)
        after = 0
        while True:
            page = history_page(
                session,
                engagement_id,
                after_seq=after,
                limit=2,
                text_filter=typed,
                terms=terms,
                shows=shows,
            )
            if not page:
                break
            paged += page
            after = page[-1].seq
    assert count == len(rows) == len(paged)
    assert [r.seq for r in paged] == [r.seq for r in rows]
    return [words.row_text(r, "EUR") for r in rows]


@pytest.fixture
def engagement(services: Services) -> str:
    built = make_active(services, milestones=3)
    first, second, _third = built.milestone_ids
    services.roadmap.move_forecast(second, date(2026, 4, 20), "client holiday")
    accept(services, built, first)  # reviewed by Marie Dupont, the client's contact
    services.workflow.start(second)
    return built.engagement_id


def test_forecast_finds_the_moved_forecast_and_nothing_else(
    services: Services, engagement: str, how: str
) -> None:
    rows = _found(services, engagement, "forecast")
    assert len(rows) == 1, rows
    assert "Forecast due date" in rows[0] and "Apr 20, 2026" in rows[0]
    # without the check of what the row shows, every milestone record held the word
    with services.db.reading() as session:
        stored = history_count(session, engagement, "forecast")
    assert stored > 1


def test_a_reviewer_name_finds_the_review_she_held(
    services: Services, engagement: str, how: str
) -> None:
    rows = _found(services, engagement, "marie")
    assert len(rows) == 1, rows
    assert "Review round" in rows[0] and "Reviewer=Marie Dupont" in rows[0]
    assert _found(services, engagement, "Dupont") == rows


def test_words_of_the_row_find_it_in_any_case(
    services: Services, engagement: str, how: str
) -> None:
    started = _found(services, engagement, "IN PROGRESS")
    # started twice (planned → in progress) and submitted once (in progress → submitted)
    assert len(started) == 3
    assert all("In progress" in row for row in started)
    assert _found(services, engagement, "client holiday") == _found(services, engagement, "holiday")
    assert _found(services, engagement, "tester")  # the actor
    assert _found(services, engagement, "milestone_ids") == []  # no stored key
    assert _found(services, engagement, "reviewer_id") == []


WORDS = [
    "forecast moved",  # an action, in words
    "state changed",
    "Milestone",  # an entity, in words
    "review round",
    "Amount",  # a field, in words
    "Forecast due date",
    "In progress",
    "submitted",
    "marie",
    "holiday",
    "created",
]


@pytest.mark.parametrize("typed", WORDS)
def test_the_index_narrows_a_search_by_words_without_changing_what_it_finds(
    services: Services, engagement: str, typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words that stand for stored entities, actions and fields are looked up in the index
    too (the long stream's candidates); the rows found are those a full read finds."""
    read = _found(services, engagement, typed)
    assert read  # each word is shown by some row of this history
    monkeypatch.setattr(index, "SHORT_STREAM", 0)
    monkeypatch.setattr(index, "MAX_SHARE", 1000.0)
    asked: list[list[str]] = []
    real = index.match_query

    def recorded(needles: list[str]) -> str | None:
        asked.append(list(needles))
        return real(needles)

    monkeypatch.setattr(index, "match_query", recorded)
    assert _found(services, engagement, typed) == read
    if services.db.is_sqlite:
        assert asked  # the index was asked, not passed over
