"""The bulk chain pass on SQLite hashes the bytes SQLite hands over (an event's text cast to
a BLOB). Those are UTF-8 only in a UTF-8 database: in any other the pass must not be
trusted, and verification falls back to the reference scan, which still finds every edit."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session

import core.history as history
from core.history import EDITED, append_event, event_text, verify_streams
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


def _five_events(engine: Engine) -> None:
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


def test_an_edit_is_found_whatever_the_encoding(engine: Engine) -> None:
    _five_events(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE history_event SET actor = 'Mallory' WHERE seq = 3"))
    with Session(engine) as session:
        found = [(p.stream, p.seq, p.message) for p in verify_streams(session)]
    assert found == [("s", 3, EDITED)]


@pytest.mark.parametrize(
    ("encoding", "codec"), [("UTF-16le", "utf-16-le"), ("UTF-16be", "utf-16-be")]
)
def test_a_chain_rehashed_in_the_database_encoding_is_found(encoding: str, codec: str) -> None:
    """Event 3 is edited and the whole chain rehashed over its text in the database's own
    encoding (UTF-16), links and head following: exactly what a bulk pass trusted in such a
    database would take for sound. Only the UTF-8 text is the hashed one, so the chain
    breaks at its first event."""
    engine = _engine(encoding)
    try:
        _five_events(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE history_event SET actor = 'Mallory' WHERE seq = 3"))
            rows = conn.execute(
                text(
                    "SELECT stream, seq, at, actor, entity, entity_id, action, before, after"
                    " FROM history_event ORDER BY seq"
                )
            ).all()
            prev = history.GENESIS
            for stream, seq, at, actor, entity, entity_id, action, before, after in rows:
                forged = event_text(stream=stream, seq=seq, at=at, actor=actor, entity=entity,
                                    entity_id=entity_id, action=action, before=before,
                                    after=after, prev_hash=prev)  # fmt: skip
                digest = hashlib.sha256(forged.encode(codec)).hexdigest()
                conn.execute(
                    text("UPDATE history_event SET prev_hash = :p, hash = :h WHERE seq = :s"),
                    {"p": prev, "h": digest, "s": seq},
                )
                prev = digest
            conn.execute(text("UPDATE history_stream SET last_hash = :h"), {"h": prev})
        with Session(engine) as session:
            found = [(p.stream, p.seq, p.message) for p in verify_streams(session)]
        assert found == [("s", 1, EDITED)]
    finally:
        engine.dispose()
