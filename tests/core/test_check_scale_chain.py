"""The bulk chain pass on SQLite hashes the bytes SQLite hands over (an event's text cast to
a BLOB). Those are UTF-8 only in a UTF-8 database: in any other the pass must not be
trusted, and verification falls back to the reference scan, which still finds every edit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session

import core.history as history
from core.history import EDITED, append_event, verify_streams
from core.models import HistoryEvent, HistoryStream


def _engine(encoding: str) -> Engine:
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _encoding(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA encoding = '{encoding}'")

    HistoryStream.__table__.create(engine)
    HistoryEvent.__table__.create(engine)
    return engine


@pytest.fixture(params=["UTF-8", "UTF-16le", "UTF-16be"])
def engine(request: pytest.FixtureRequest) -> Iterator[Engine]:
    made = _engine(request.param)
    with made.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA encoding").scalar_one() == request.param
    yield made
    made.dispose()


def test_the_bulk_pass_is_trusted_only_where_text_is_utf8(engine: Engine) -> None:
    with engine.connect() as conn:
        utf8 = conn.exec_driver_sql("PRAGMA encoding").scalar_one() == "UTF-8"
        assert history._sqlite_builds_event_text(conn.connection.driver_connection) is utf8


def test_an_edit_is_found_whatever_the_encoding(engine: Engine) -> None:
    at = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    with Session(engine) as session:
        for n in range(5):
            append_event(
                session,
                stream="s",
                at=at,
                actor="Élodie 中文",
                entity="milestone",
                entity_id=f"m{n}",
                action="edit",
                before={"title": "avant"},
                after={"title": f"après {n}"},
            )
        session.commit()
    with engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET actor = 'Mallory' WHERE seq = 3"))
    with Session(engine) as session:
        found = [(p.stream, p.seq, p.message) for p in verify_streams(session)]
    assert found == [("s", 3, EDITED)]
