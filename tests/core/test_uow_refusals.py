"""The unit of work's remaining ways out (see test_uow for the others): a failure is never
swallowed, a program fault at commit keeps its own error, and a group of actions whose
commit fails is refused in words with the outcome it leaves."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.engine.base import RootTransaction
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session

from core.db import Database
from core.errors import DatabaseFaultError, DomainError
from core.models import Client
from core.services import Services
from tests.factories import make_client


def client_names(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(Client.name)))


def test_a_rollback_that_fails_after_work_left_uncommitted_is_not_swallowed(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing else went wrong, so the broken connection is the news: it is raised."""

    def broken(_session: Session) -> None:
        raise OperationalError("ROLLBACK", None, ConnectionError("connection is closed"))

    with pytest.raises(OperationalError, match="connection is closed"):
        with db.unit_of_work("tester") as uow:
            uow.session.add(Client(name="Never committed", address=""))
            monkeypatch.setattr(Session, "rollback", broken)
    monkeypatch.undo()
    assert client_names(db) == []


def test_a_program_fault_at_commit_keeps_its_own_error(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bad_statement(_session: Session) -> None:
        raise ProgrammingError("COMMIT", None, Exception("syntax error in a trigger"))

    with db.unit_of_work("tester") as uow:
        uow.session.add(Client(name="Not kept", address=""))
        monkeypatch.setattr(Session, "commit", bad_statement)
        with pytest.raises(DBAPIError) as caught:
            uow.commit()
        monkeypatch.undo()
    assert not isinstance(caught.value, DomainError)
    assert client_names(db) == []


def test_a_group_of_actions_whose_commit_loses_the_server_says_the_outcome_is_unknown(
    db: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def lost(_transaction: RootTransaction) -> None:
        raise OperationalError(
            "COMMIT", None, ConnectionError("server closed the connection"), True, True
        )

    with pytest.raises(DatabaseFaultError) as caught, db.one_transaction():
        make_client(services, "First Co")
        make_client(services, "Second Co")
        monkeypatch.setattr(RootTransaction, "commit", lost)
    monkeypatch.undo()
    assert "may or may not have been saved" in caught.value.message


def test_a_group_of_actions_whose_commit_meets_a_program_fault_keeps_its_error(
    db: Database, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fault(_transaction: RootTransaction) -> None:
        raise ProgrammingError("COMMIT", None, Exception("deferred trigger failed"))

    with pytest.raises(ProgrammingError), db.one_transaction():
        make_client(services, "First Co")
        monkeypatch.setattr(RootTransaction, "commit", fault)
    monkeypatch.undo()
    assert client_names(db) == []  # the connection closed without a commit
