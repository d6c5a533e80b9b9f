"""Every word a history row can show, in every language of the history view, finds with
the filter exactly the rows that reading every event and asking what its row shows finds:
the words of the catalogue (entities, actions, fields, coded values, "created", "removed",
"no change", "yes", "items"...), the marks that join them ("→", "·", "="), and every word
the rows of a varied history actually show (names, days and amounts as the language writes
them). A word the filter misses cannot hide in a list written by hand. SQLite (read as it
is, narrowed by its index, an action taken as common) and PostgreSQL."""

from __future__ import annotations

import re

import pytest

from core.queries import history_count, history_names, history_page, iter_history
from core.services import Services
from core.text import search_fold
from reports import i18n
from reports.event_text import VALUE_TABLES, EventText
from tests.factories import (
    filter_mode_fixture,  # noqa: F401  (the how fixture)
    make_varied_history,
)

LANGUAGES = ["en", "fr", "es", "zh-TW"]
SHOWN_PREFIXES = (
    "entity.",
    "action.",
    "field.",
    "history.created",
    "history.removed",
    "history.no_change",
    "history.items",
    "value.",
    *(prefix for prefixes in VALUE_TABLES.values() for prefix in prefixes),
)
"""The catalogue entries a history row's words are made of."""
MARKS = ["→", "—", "·", "=", ":", "：", ";", "；", ",", "、"]
"""What joins the parts of a row."""


@pytest.fixture
def engagement(services: Services) -> str:
    """An engagement whose history holds most kinds of row (``make_varied_history``)."""
    return make_varied_history(services).engagement_id


def _pieces(text: str) -> set[str]:
    """The words of a shown text: split where spaces and the joining marks are."""
    split = re.split(r"[\s" + re.escape("".join(MARKS)) + r"()]+", search_fold(text))
    return {word for word in split if word}


def _vocabulary(lang: str, shown: list[str]) -> list[str]:
    """What a reader can type: every catalogue text a row is made of, whole and word by
    word; every word the history's rows show; the marks that join a row's parts."""
    words: set[str] = set(MARKS)
    for key, text in i18n.labels(lang).items():
        if key.startswith(SHOWN_PREFIXES):
            plain = text.replace("{count}", "").strip()
            words.add(search_fold(plain))
            words |= _pieces(plain)
    for row in shown:
        words |= _pieces(row)
    return sorted(w for w in words if w)


def _every_row_read(
    services: Services, engagement_id: str, lang: str
) -> tuple[EventText, list[tuple[int, str]]]:
    with services.db.reading() as session:
        words = EventText(lang, history_names(session, engagement_id))
        rows = [(r.seq, words.row_text(r, "EUR")) for r in iter_history(session, engagement_id)]
    return words, rows


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_a_row_shows_finds_the_rows_that_show_it(
    services: Services, engagement: str, how: str, lang: str
) -> None:
    words, rows = _every_row_read(services, engagement, lang)
    vocabulary = _vocabulary(lang, [text for _, text in rows])
    assert search_fold(words.labels["history.created"]) in vocabulary
    missed = {}
    with services.db.reading() as session:
        for typed in vocabulary:
            shown = [seq for seq, text in rows if typed in search_fold(text)]
            shows, terms = words.shows(typed, "EUR"), words.stored_terms(typed)
            total = history_count(session, engagement, typed, terms, shows)
            page = history_page(
                session, engagement, limit=500, text_filter=typed, terms=terms, shows=shows
            )
            if (total, [r.seq for r in page]) != (len(shown), shown):
                missed[typed] = (total, len(page), len(shown))
    assert not missed, missed


@pytest.mark.parametrize("lang", LANGUAGES)
def test_created_finds_every_created_record(
    services: Services, engagement: str, how: str, lang: str
) -> None:
    """The word a created record's summary begins with ("created: Title=..."), though no
    stored value holds it, finds each of them: the engagement, the client, its milestones,
    the review round, the sign-off..."""
    words, rows = _every_row_read(services, engagement, lang)
    typed = words.labels["history.created"]
    with services.db.reading() as session:
        created = [
            r.seq for r in iter_history(session, engagement) if r.before == "null" and r.after
        ]
        total = history_count(
            session, engagement, typed, words.stored_terms(typed), words.shows(typed, "EUR")
        )
    assert len(created) >= 5
    assert set(created) <= {seq for seq, text in rows if search_fold(typed) in search_fold(text)}
    assert total == len([seq for seq, text in rows if search_fold(typed) in search_fold(text)])
