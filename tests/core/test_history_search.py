"""The history search index (schema revision 0002): the same events are found with it as
without it, it follows every write, an older database gets it on upgrade, and on a long
history a rare text is found without reading every event."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text, update

from core import migrate
from core.db import Database, make_engine, open_database
from core.history import engagement_stream
from core.models import HistoryEvent
from core.queries import StoredTerms, history_count, history_page
from core.queries import history_index as index
from core.queries._sql import matches_any
from core.services import Services
from tests.conftest import PG_URL
from tests.core import test_queries
from tests.factories import make_draft

SQLITE_ONLY = pytest.mark.skipif(PG_URL is not None, reason="the FTS5 index is SQLite's")

TEXTS = [
    "Ǆ digraph ǅ",  # three cases of one letter
    "a*b?c[d]e",  # GLOB's own wildcards, stored
    "Élodie Martin",
    "L’atelier d’été à Paris",
    "client's brief",
    "臺北 品牌 Launch",
    "Crème brûlée 100%_off",
    "KELVIN \u212a scale",  # the Kelvin sign, whose lower case is an ASCII k
    "İstanbul office",  # a capital whose lower case is two characters
    'quote " and back\\slash',
    "in_progress",
    "ＡＣＭＥ fullwidth",
    "ß and SS",
]


@pytest.fixture
def indexed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every search asks the index first, however short the stream and common the text."""
    monkeypatch.setattr(index, "SHORT_STREAM", 0)
    monkeypatch.setattr(index, "MAX_SHARE", 1000.0)


def _history(db: Database, texts: list[str]) -> str:
    """An engagement whose history holds each of ``texts`` as an actor, a title in the
    after record and a note in the before record; its id."""
    built = make_draft(Services(db, "pm"), code="SRCH-01", milestones=1)
    stream = engagement_stream(built.engagement_id)
    for n, value in enumerate(texts):
        with db.unit_of_work(value) as uow:
            uow.event(stream, "milestone", built.milestone_ids[0], "edited",
                      before={"note": f"{n} {value}"}, after={"title": value.upper()})  # fmt: skip
            uow.commit()
    return built.engagement_id


def _found(db: Database, eid: str, typed: str, terms: StoredTerms | None = None) -> list[int]:
    with db.reading() as session:
        page = history_page(session, eid, text_filter=typed, terms=terms, limit=5000)
        assert history_count(session, eid, typed, terms) == len(page)
    return [e.seq for e in page]


def _both_ways(
    db: Database, monkeypatch: pytest.MonkeyPatch, eid: str, typed: str, terms: StoredTerms | None
) -> tuple[list[int], list[int]]:
    with monkeypatch.context() as m:
        m.setattr(index, "SHORT_STREAM", 0)
        m.setattr(index, "MAX_SHARE", 1000.0)
        with_index = _found(db, eid, typed, terms)
    with monkeypatch.context() as m:
        m.setattr(index, "SHORT_STREAM", 10**12)
        without = _found(db, eid, typed, terms)
    return with_index, without


@pytest.fixture
def searched(db: Database) -> Iterator[tuple[Database, str]]:
    yield db, _history(db, TEXTS)


@SQLITE_ONLY
@pytest.mark.parametrize(
    "typed",
    [
        "élodie",
        "ÉLODIE MARTIN",
        "l'atelier d'été",
        "L’ATELIER",
        "'s brief",
        "臺北 品牌",
        "品牌 launch",
        "brûlée 100%_",
        "100%_off",
        "kelvin k scale",
        "istanbul",
        "i̇stanbul",
        'quote " and',
        "back\\slash",
        "in_progress",
        "acme fullwidth",
        "ß and ss",
        '"title":"élodie',
        "nothing like this at all",
        "dit",  # in "edited", the stored action
        # too short for the index, or without three plain characters in a row: read, with
        # SQLite's GLOB keeping only the values that hold one of the needle's spellings
        "é",
        "été",
        "ÉTÉ À",
        "K",  # the Kelvin sign itself: folds to "k"
        "k",
        "’",
        "'",
        "ß",
        "臺",
        "_",
        "%",
        "*",
        "[",
        "i",  # also what "İ" folds into: read and folded, no GLOB
        "̇",
    ],
)
def test_the_index_finds_exactly_what_reading_every_event_finds(
    searched: tuple[Database, str], monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    db, eid = searched
    with_index, without = _both_ways(db, monkeypatch, eid, typed, None)
    assert with_index == without


@SQLITE_ONLY
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_piece_of_a_stored_text_is_found_the_same_with_and_without_the_index(
    searched: tuple[Database, str], monkeypatch: pytest.MonkeyPatch, data: st.DataObject
) -> None:
    db, eid = searched
    source = data.draw(st.sampled_from(TEXTS))
    start = data.draw(st.integers(0, len(source) - 1))
    end = data.draw(st.integers(start + 1, len(source)))
    piece = source[start:end]
    typed = data.draw(st.sampled_from([piece, piece.upper(), piece.lower(), piece.swapcase()]))
    codes = data.draw(st.sampled_from([(), ("in_progress",), ("paris",)]))
    terms = StoredTerms(codes=codes) if codes else None
    with_index, without = _both_ways(db, monkeypatch, eid, typed, terms)
    assert with_index == without


@SQLITE_ONLY
def test_the_stored_filter_tests_hold_with_the_index(db: Database, indexed: None) -> None:
    test_queries.test_history_filter_matches_actor_and_content_ignoring_case(db)


@SQLITE_ONLY
def test_the_stored_terms_tests_hold_with_the_index(db: Database, indexed: None) -> None:
    test_queries.test_history_filter_also_finds_the_stored_identifiers_it_stands_for(db)


def _raw_sqlite(db: Database) -> sqlite3.Connection:
    """A plain sqlite3 connection, without the functions the app registers."""
    return sqlite3.connect(db.engine.url.database or "")


@SQLITE_ONLY
def test_an_edit_or_deletion_made_behind_the_apps_back_moves_the_index_too(
    searched: tuple[Database, str], indexed: None
) -> None:
    db, eid = searched
    stream = engagement_stream(eid)
    (elodie,) = _found(db, eid, "élodie martin")
    raw = _raw_sqlite(db)
    with raw:  # plain SQL triggers: no function of the app is needed
        raw.execute("UPDATE history_event SET actor = 'Mallory' WHERE seq = ?", (elodie,))
    raw.close()
    assert _found(db, eid, "élodie martin") == [elodie]  # still in its before/after text
    assert _found(db, eid, "mallory") == [elodie]
    with db.engine.begin() as conn:
        conn.execute(
            delete(HistoryEvent).where(HistoryEvent.stream == stream, HistoryEvent.seq == elodie)
        )
    assert _found(db, eid, "élodie martin") == []
    assert _found(db, eid, "mallory") == []
    with db.engine.begin() as conn:  # the index's own check: it matches the table
        conn.execute(text("INSERT INTO history_search(history_search) VALUES ('integrity-check')"))
        conn.execute(
            update(HistoryEvent).where(HistoryEvent.stream == stream).values(actor="someone")
        )
        conn.execute(text("INSERT INTO history_search(history_search) VALUES ('integrity-check')"))


@SQLITE_ONLY
def test_an_older_database_gets_the_index_of_its_history_on_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    old = open_database(str(path))
    eid = _history(old, TEXTS)
    old.close()
    engine = make_engine(f"sqlite:///{path}")  # back to revision 0001, as an older build left it
    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
        assert (
            conn.execute(
                text("SELECT name FROM sqlite_master WHERE name LIKE 'history_search%'")
            ).all()
            == []
        )
    engine.dispose()

    db = open_database(str(path))
    try:
        assert any("before-upgrade-0001" in p.name for p in tmp_path.iterdir())
        with db.reading() as session:
            assert index.has_index(session)
        monkeypatch.setattr(index, "SHORT_STREAM", 0)
        monkeypatch.setattr(index, "MAX_SHARE", 1000.0)
        assert len(_found(db, eid, "élodie")) == 1
        assert len(_found(db, eid, "臺北 品牌")) == 1
        Services(db, "Élodie Martin").engagements.update(eid, title="Renamed")
        assert len(_found(db, eid, "élodie")) == 2  # a new event is indexed as it is written
    finally:
        db.close()


@SQLITE_ONLY
def test_a_rare_text_in_a_long_history_is_found_without_reading_every_event(
    db: Database,
) -> None:
    """6,000 events: the index is used on its own (no setting forced), and the search
    runs a small fraction of the database steps of reading the stream."""
    eid = _history(db, ["Élodie Martin"])
    stream = engagement_stream(eid)
    with db.unit_of_work("bench") as uow:
        for n in range(6000):
            uow.event(stream, "milestone", "m", "edited", before={"note": f"before {n}"},
                      after={"note": f"after {n}"})  # fmt: skip
        uow.commit()

    def steps(typed: str, short_stream: int) -> tuple[int, list[int]]:
        counted = [0]

        def tick() -> int:
            counted[0] += 1
            return 0

        with pytest.MonkeyPatch.context() as m:
            m.setattr(index, "SHORT_STREAM", short_stream)
            with db.reading() as session:
                raw = session.connection().connection.dbapi_connection
                assert raw is not None
                raw.set_progress_handler(tick, 100)
                try:
                    seqs = [e.seq for e in history_page(session, eid, text_filter=typed)]
                    assert history_count(session, eid, typed) == len(seqs) or len(seqs) == 200
                finally:
                    raw.set_progress_handler(None, 100)
        return counted[0], seqs

    indexed_steps, indexed_found = steps("élodie", index.SHORT_STREAM)
    read_steps, read_found = steps("élodie", 10**12)
    assert indexed_found == read_found and len(read_found) == 1
    assert indexed_steps * 20 < read_steps
    # a text in every event: the stream is read in order, the first page comes at once
    _, common = steps("before", index.SHORT_STREAM)
    assert len(common) == 200


@pytest.mark.skipif(PG_URL is None, reason="PostgreSQL's trigram indexes")
def test_postgresql_searches_the_history_through_trigram_indexes(db: Database) -> None:
    eid = _history(db, TEXTS)
    with db.reading() as session:
        names = set(
            session.scalars(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'history_event'")
            )
        )
        assert {f"ix_history_event_{c}_trgm" for c in ("actor", "before", "after")} <= names
        # A test history is too small for the planner to prefer an index on its own, and
        # the stream's key would be the better one: the text condition alone, without scans.
        session.execute(text("SET LOCAL enable_seqscan = off"))
        columns = (HistoryEvent.actor, HistoryEvent.before, HistoryEvent.after)
        query = select(HistoryEvent.seq).where(matches_any(session, "élodie", *columns))
        compiled = query.compile(session.get_bind())
        rows = session.connection().exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
        plan = "\n".join(row[0] for row in rows)
        for column in ("actor", "before", "after"):
            assert f"Bitmap Index Scan on ix_history_event_{column}_trgm" in plan, plan
        assert len(history_page(session, eid, text_filter="ÉLODIE")) == 1
