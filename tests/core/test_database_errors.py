"""Opening and reading the database when something is wrong: a mistyped address is refused in
words, a fault of the program keeps its own error (its traceback is what a bug report needs),
and actions grouped into one transaction stay together however deeply they are grouped."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from core.db import Database, open_database
from core.errors import DatabaseRefusedError, DomainError
from core.models import Client
from core.services import Services
from tests.checks import db_state
from tests.factories import make_client


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("bad url://x", "'bad url://x' is not a database URL"),
        ("postgresql+psycopg://user@host:port/x", "is not a database URL"),
        ("mysql://user@localhost/scopekeeper", "mysql"),
    ],
    ids=["not-a-url", "port-not-a-number", "other-database"],
)
def test_a_database_address_that_cannot_be_used_is_refused_in_words(
    address: str, words: str
) -> None:
    with pytest.raises(DatabaseRefusedError) as caught:
        open_database(address)
    assert words in str(caught.value)


def test_a_fault_of_the_program_while_reading_keeps_its_own_error(db: Database) -> None:
    with pytest.raises(DBAPIError) as caught, db.reading() as session:
        session.execute(text("SELECT * FROM no_such_table"))
    assert not isinstance(caught.value, DomainError)
    assert "no_such_table" in str(caught.value)


def client_names(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(session.scalars(select(Client.name)))


def test_grouped_actions_nested_in_another_group_are_kept_together(
    db: Database, services: Services
) -> None:
    with db.one_transaction():
        make_client(services, "First Co")
        with db.one_transaction():  # joins the outer group
            make_client(services, "Second Co")
    assert client_names(db) == ["First Co", "Second Co"]


def test_grouped_actions_are_all_undone_when_the_group_fails_later(
    db: Database, services: Services
) -> None:
    before = db_state(db)
    with pytest.raises(RuntimeError, match="the third step failed"), db.one_transaction():
        make_client(services, "First Co")
        with db.one_transaction():
            make_client(services, "Second Co")
        raise RuntimeError("the third step failed")
    assert db_state(db) == before
