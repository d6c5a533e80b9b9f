"""The unit of work's ways out: nothing kept without a commit, and every database error met
on the way leaves as a readable refusal after the rollback (or untouched, when it is a fault
of the program rather than of its surroundings)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from core.db import Database
from core.errors import DatabaseFaultError, DomainError, StaleEditError
from core.models import Client
from core.services import Services
from tests.checks import db_state
from tests.factories import make_client


def client_names(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Client.name).order_by(Client.name)))


def test_work_that_is_not_committed_is_not_kept(db: Database) -> None:
    before = db_state(db)
    with db.unit_of_work("tester") as uow:
        uow.session.add(Client(name="Never kept", address=""))
        uow.flush()  # written inside the transaction ...
        uow.event("client:x", "client", "x", "created", None, {"name": "Never kept"})
    # ... and the block ended without commit (a service that found nothing to change)
    assert db_state(db) == before


def test_work_left_by_an_exception_is_not_kept(db: Database) -> None:
    before = db_state(db)
    with pytest.raises(ZeroDivisionError), db.unit_of_work("tester") as uow:
        uow.session.add(Client(name="Half done", address=""))
        uow.flush()
        _ = 1 / 0
    assert db_state(db) == before


def test_a_stale_row_met_by_an_automatic_flush_is_the_stale_refusal(
    db: Database, services: Services
) -> None:
    """Not only ``uow.flush``: a query that flushes first (autoflush) meets the other
    writer's change too, and leaves as the same refusal."""
    client_id, _ = make_client(services)
    with pytest.raises(StaleEditError, match="someone else") as caught:
        with db.unit_of_work("bob") as uow:
            mine = uow.session.get(Client, client_id)
            assert mine is not None
            uow.session.commit()  # Bob's copy stays on screen; his read transaction ends
            services.clients.update(client_id, name="Renamed by Alice")
            mine.name = "Renamed by Bob"
            uow.session.scalars(select(Client.id)).all()  # autoflush before the query
    assert "reload" in caught.value.message
    assert client_names(db) == ["Renamed by Alice"]


def test_a_collision_found_by_the_database_is_refused_in_words(
    db: Database, services: Services
) -> None:
    """A unique name the service did not check first (here: written directly). On
    PostgreSQL that means another writer got there in between: the stale refusal. On
    SQLite, where writers queue, it is an inconsistency; either way nothing is kept."""
    make_client(services, "ACME SA")
    before = db_state(db)
    expected = StaleEditError if not db.is_sqlite else DomainError
    with pytest.raises(expected) as caught, db.unit_of_work("tester") as uow:
        uow.session.add(Client(name="Other SA", address=""))
        uow.session.add(Client(name="ACME SA", address=""))
        uow.flush()
    assert isinstance(caught.value.__cause__, DBAPIError)
    message = caught.value.message
    if db.is_sqlite:
        assert type(caught.value) is DomainError
        assert "inconsistent" in message and "nothing was saved" in message
    else:
        assert "someone else" in message
    assert db_state(db) == before


def test_a_fault_of_the_program_keeps_its_traceback(db: Database) -> None:
    """An error that is no one's surroundings (a table that does not exist) is not turned
    into a refusal: a bug report needs the original."""
    before = db_state(db)
    with pytest.raises(DBAPIError), db.unit_of_work("tester") as uow:
        uow.session.add(Client(name="Half done", address=""))
        uow.flush()
        uow.session.execute(text("SELECT * FROM no_such_table"))
    assert db_state(db) == before


def test_a_connection_lost_while_committing_says_the_outcome_is_unknown(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def lost(_session: Session) -> None:
        raise OperationalError(
            "COMMIT",
            None,
            ConnectionError("server closed the connection"),
            connection_invalidated=True,
        )

    with db.unit_of_work("tester") as uow:
        uow.session.add(Client(name="Maybe kept", address=""))
        monkeypatch.setattr(Session, "commit", lost)
        with pytest.raises(DatabaseFaultError) as caught:
            uow.commit()
        monkeypatch.undo()
    assert "may or may not have been saved" in caught.value.message
    assert "reload" in caught.value.message.lower()


def test_a_broken_connection_while_closing_does_not_hide_the_first_error(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rollback after a failure may itself fail (the connection is gone): the person
    hears about the first error, which says what happened."""

    def broken(_session: Session) -> None:
        raise OperationalError(
            "ROLLBACK",
            None,
            ConnectionError("connection is closed"),
            connection_invalidated=True,
        )

    with pytest.raises(ZeroDivisionError), db.unit_of_work("tester") as uow:
        uow.session.add(Client(name="Half done", address=""))
        monkeypatch.setattr(Session, "rollback", broken)
        _ = 1 / 0
    monkeypatch.undo()
    assert client_names(db) == []
