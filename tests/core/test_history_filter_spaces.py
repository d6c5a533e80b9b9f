"""A history row shows a plain text value with each run of spaces, tabs and line breaks as
one space ("Design  review" is shown "Design review"). The filter finds what the row shows:
the words typed with one space between them find the row, though the stored text has two
spaces, a tab, a line break or a no-break space there, and the rows that do not show the
typed text stay out. Searched as the history view searches (desktop.views.history.find),
on SQLite (read as it is, narrowed by its index, an action taken as common) and PostgreSQL."""

from __future__ import annotations

import re
from datetime import date

import pytest
import sqlalchemy as sa

from core.history import engagement_stream
from core.queries import history_count, history_names, history_page, iter_history
from core.queries import history_index as index
from core.services import CriterionInput, Services
from core.text import search_fold
from desktop.views.history import find
from reports.event_text import EventText
from tests.factories import (
    filter_mode_fixture,  # noqa: F401  (the how fixture)
    make_draft,
)


@pytest.fixture
def engagement(services: Services) -> str:
    """Plain texts holding runs of whitespace between their words: a title with two spaces,
    one with a no-break space, a new milestone's title with an ideographic space and two
    spaces, deliverables with a tab and line breaks, a forecast moved for a reason on two
    lines, an idea with a tab and a line break in it, and one with quotes (two spaces
    inside) and backslashes, which the stored JSON text escapes."""
    built = make_draft(services, milestones=3)
    first, second, third = built.milestone_ids
    roadmap = services.roadmap
    roadmap.update_milestone(first, title="Design  review")
    roadmap.update_milestone(second, deliverables="Wireframes\tand\nclick-through\n\n  prototype")
    roadmap.update_milestone(third, title="Launch\u00a0campaign")
    roadmap.add_milestone(
        built.engagement_id,
        title="Final\u3000handover  meeting",
        amount_minor=50_000,
        due=date(2026, 6, 1),
        criteria=[CriterionInput("Handover signed")],
    )
    services.engagements.activate(built.engagement_id)
    roadmap.move_forecast(second, date(2026, 4, 20), "client\nholiday   break")  # three spaces
    services.ideas.capture(
        built.engagement_id,
        description="Dark\tmode for the\n  portal",
        raised_by="Marie Dupont",
        raised_on=date(2026, 2, 2),
    )
    services.ideas.capture(
        built.engagement_id,
        description='Keep the "old  portal" in share\\web\\archive',
        raised_by="Marie Dupont",
        raised_on=date(2026, 2, 3),
    )
    return built.engagement_id


def _shown(services: Services, engagement_id: str) -> list[tuple[int, str]]:
    """Every event of the engagement with the words its row shows, read one by one."""
    with services.db.reading() as session:
        words = EventText("en", history_names(session, engagement_id))
        return [(r.seq, words.row_text(r, "EUR")) for r in iter_history(session, engagement_id)]


def _showing(rows: list[tuple[int, str]], typed: str) -> list[int]:
    return [seq for seq, text in rows if search_fold(typed) in search_fold(text)]


def _found(services: Services, engagement_id: str, typed: str) -> list[int]:
    """The events the history view lists for ``typed``, with its count, as its search
    finds them."""
    found = find(services.db, "en", engagement_id, typed, "EUR")
    assert found.total == len(found.rows), typed
    return [r.seq for r in found.rows]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("design review", "Title: Milestone 1 → Design review"),  # two spaces stored
        ("DESIGN REVIEW", "Design review"),
        ("final handover meeting", "created: Title=Final handover meeting"),
        ("wireframes and click-through prototype", "Wireframes and click-through prototype"),
        ("and click", "Wireframes and click-through"),  # a tab and a line break
        ("holiday break", "client holiday break"),  # three spaces
        ("client holiday", "client holiday break"),  # a line break
        ("launch campaign", "Launch campaign"),  # a no-break space
        ("mode for the portal", "Dark mode for the portal"),
        # a quote and a backslash, which the stored JSON text escapes
        ('"old portal"', 'Keep the "old portal" in'),
        ('the "old', 'Keep the "old portal" in'),
        ("share\\web\\archive", "in share\\web\\archive"),
    ],
)
def test_words_typed_with_one_space_find_the_row_that_shows_them(
    services: Services, engagement: str, how: str, typed: str, shown: str
) -> None:
    rows = _shown(services, engagement)
    expected = _showing(rows, typed)
    assert expected, f"no row shows {typed!r}"
    assert any(shown in text for seq, text in rows if seq in expected)
    assert _found(services, engagement, typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "review design",  # the words, not in the order shown
        "design  review",  # two spaces typed: the row shows one
        "design\treview",
        "wireframes click",  # a word left out
        "launch review",  # words of two different titles
        "holiday prototype",  # words of two different events
    ],
)
def test_words_the_rows_do_not_show_together_find_nothing(
    services: Services, engagement: str, how: str, typed: str
) -> None:
    rows = _shown(services, engagement)
    assert _showing(rows, typed) == []
    assert _found(services, engagement, typed) == []


def test_every_phrase_a_row_shows_finds_the_rows_that_show_it(
    services: Services, engagement: str, how: str
) -> None:
    """Every two and three words in a row of every row's text (with the marks joining its
    parts and without them), counted and read two at a time, find exactly the rows whose
    text holds them."""
    rows = _shown(services, engagement)
    phrases: set[str] = set()
    for _, text in rows:
        folded = search_fold(text)
        # the words as the row writes them, and without the marks that join its parts
        for words in (folded.split(), re.sub(r"[,;:=→·—()]", " ", folded).split()):
            for size in (2, 3):
                phrases |= {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
    assert "launch campaign" in phrases and "handover meeting" in phrases
    missed = {}
    with services.db.reading() as session:
        words_en = EventText("en", history_names(session, engagement))
        for typed in sorted(phrases):
            expected = _showing(rows, typed)
            shows, terms = words_en.shows(typed, "EUR"), words_en.stored_terms(typed)
            total = history_count(session, engagement, typed, terms, shows)
            paged: list[int] = []
            while page := history_page(
                session,
                engagement,
                after_seq=paged[-1] if paged else 0,
                limit=2,
                text_filter=typed,
                terms=terms,
                shows=shows,
            ):
                paged += [r.seq for r in page]
            if (total, paged) != (len(expected), expected):
                missed[typed] = (total, paged, expected)
    assert not missed, missed


def test_words_every_record_holds_apart_still_narrow_by_the_index(
    services: Services, engagement: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two words most milestone records hold, never one after the other: the index still
    narrows the search to none (it looks for a run of whitespace other than one space
    after the first word), rather than leaving every event of the stream to be read."""
    if not services.db.is_sqlite:
        pytest.skip("the FTS5 index is SQLite's")
    monkeypatch.setattr(index, "SHORT_STREAM", 0)
    typed = "milestone deliverables"
    rows = _shown(services, engagement)
    assert _showing(rows, typed) == []
    stream = engagement_stream(engagement)
    with services.db.reading() as session:
        apart = index.candidates(session, stream, [], [typed])
        assert apart is not None
        assert session.execute(apart).all() == []
        # the words alone are in too many events for the index to pay
        words = " AND ".join(f'"{word}"' for word in typed.split())
        every = index.SEARCH_TABLE
        held = session.execute(
            sa.text(f"SELECT count(*) FROM {every} WHERE {every} MATCH :q"), {"q": words}
        ).scalar_one()
        assert held >= len(rows) * index.MAX_SHARE
    assert _found(services, engagement, typed) == []
