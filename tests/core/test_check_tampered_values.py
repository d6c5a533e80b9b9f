"""The check reports a value of the wrong kind written behind the application's back (a date
that is not YYYY-MM-DD, an amount that is not whole cents, a status nobody knows) and goes on
checking the rest, on SQLite, which stores whatever it is given, as on PostgreSQL, whose
column types refuse most of it (the tests then assert that refusal)."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from sqlalchemy import Date, select, text
from sqlalchemy.exc import DBAPIError

from core.check import run_check
from core.check.values import DATE_COLUMNS
from core.db import Database
from core.models import Milestone
from core.models.base import Base
from core.services import Services
from tests.factories import Built, Cli, accept, make_active

CODE = "ACME-2026-01"
OTHER = "BETA-2026-01"
UNTOUCHED = "GAMMA-2026-01"


@pytest.fixture
def built(services: Services) -> Built:
    """ACME-2026-01 with milestone 1 accepted (a review round, a sign-off) and an idea, and a
    second engagement BETA-2026-01 whose milestone 1 title is changed behind the
    application's back: its baseline problem must be reported whatever else is wrong."""
    built = make_active(services, code=CODE, milestones=3)
    accept(services, built, built.milestone_ids[0])
    services.ideas.capture(
        built.engagement_id, description="Chatbot", raised_by="Marie", raised_on=date(2026, 3, 1)
    )
    other = make_active(
        services, code=OTHER, milestones=1, client=(built.client_id, built.contact_id)
    )
    assert tamper(
        services.db, f"UPDATE milestone SET title = 'Edited' WHERE id = '{other.milestone_ids[0]}'"
    )
    return built


OTHER_PROBLEM = ("baseline", f"{OTHER}: milestone 1: title changed since baseline v1")


def tamper(db: Database, statement: str) -> bool:
    """Run ``statement`` as a tool editing the database would; False when the server refused
    it (only PostgreSQL may: SQLite keeps anything)."""
    try:
        with db.engine.begin() as conn:
            conn.execute(text(statement))
    except DBAPIError:
        assert not db.is_sqlite
        return False
    return True


def found(db: Database) -> list[tuple[str, str]]:
    return [(p.area, p.message) for p in run_check(db)]


def milestone_row(built: Built, position: int) -> str:
    return f"id = '{built.milestone_ids[position - 1]}'"


M2 = f"{CODE} milestone 2"
M1_ROUND = f"{CODE} milestone 1, review round 1"
IDEA = f"{CODE}: the idea 'Chatbot'"

DATES = [
    ("milestone", "baseline_due", "m2", M2, "due date"),
    ("milestone", "forecast_due", "m2", M2, "forecast"),
    ("milestone", "submitted_at", "m1", f"{CODE} milestone 1", "submission date"),
    ("engagement", "start_date", "acme", CODE, "start date"),
    ("engagement", "target_end_date", "acme", CODE, "target end date"),
    ("review_round", "submitted_on", "all", M1_ROUND, "submission date"),
    ("review_round", "held_on", "all", M1_ROUND, "review date"),
    (
        "signoff",
        "signed_on",
        "all",
        f"{CODE} milestone 1, sign-off {CODE}-M01-R1",
        "signature date",
    ),
    ("idea", "raised_on", "all", IDEA, "date raised"),
    ("idea", "follow_up", "all", IDEA, "follow-up date"),
]


def where(built: Built, row: str) -> str:
    return {
        "m1": milestone_row(built, 1),
        "m2": milestone_row(built, 2),
        "acme": f"code = '{CODE}'",
        "all": "1 = 1",
    }[row]


@pytest.mark.parametrize("value", ["2026-2-1", "soon", "2026-02-30", "0000-01-01"])
@pytest.mark.parametrize(("table", "column", "row", "place", "what"), DATES)
def test_a_date_that_is_not_a_date_is_reported_and_the_rest_is_checked(
    db: Database, built: Built, table: str, column: str, row: str, place: str, what: str, value: str
) -> None:
    written = tamper(db, f"UPDATE {table} SET {column} = '{value}' WHERE {where(built, row)}")
    problems = found(db)  # never a crash
    assert OTHER_PROBLEM in problems
    if db.is_sqlite:
        expected = f"{place}: the {what} '{value}' is not a date written YYYY-MM-DD"
        assert ("dates", expected) in problems
    elif written:
        # PostgreSQL read '2026-2-1' as the date it means and stored that date.
        assert value == "2026-2-1"
        assert not [p for p in problems if p[0] == "dates"]


def test_a_date_stored_as_a_number_is_reported(db: Database, built: Built) -> None:
    if not tamper(
        db, f"UPDATE milestone SET baseline_due = 20260201 WHERE {milestone_row(built, 2)}"
    ):
        return  # PostgreSQL: a number is no date
    assert ("dates", f"{M2}: the due date 20260201 is not a date written YYYY-MM-DD") in found(db)


@pytest.mark.parametrize("path", ["bulk", "reference"])
@pytest.mark.parametrize(("value", "shown"), [("200000.5", "200000.5"), ("'12,50'", "'12,50'")])
def test_an_amount_that_is_not_whole_cents_is_reported(
    db: Database,
    services: Services,
    built: Built,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    value: str,
    shown: str,
) -> None:
    # (core.check.baselines, the attribute, is the rule; the module is in sys.modules)
    module = sys.modules["core.check.baselines"]
    if path == "reference":  # no engagement is found intact in bulk: all compared in Python
        monkeypatch.setattr(module, "intact_roadmaps", lambda *args: set())
    compared: list[str] = []
    compare = module._compare
    monkeypatch.setattr(module, "_compare", lambda r, b: compared.append(r.code) or compare(r, b))
    # An engagement nobody touched: passed in bulk on SQLite, compared in Python otherwise.
    make_active(services, code=UNTOUCHED, milestones=1, client=(built.client_id, built.contact_id))
    written = tamper(
        db, f"UPDATE milestone SET amount_minor = {value} WHERE {milestone_row(built, 2)}"
    )
    problems = found(db)
    assert OTHER_PROBLEM in problems
    if db.is_sqlite:
        expected = f"{M2}: the amount {shown} is not a whole number of cents"
        assert ("roadmap", expected) in problems
    elif written:
        # PostgreSQL rounds 200000.5 into its integer column: a whole, changed amount.
        assert value == "200000.5"
        with db.reading() as session:
            stored = session.scalar(
                select(Milestone.amount_minor).where(Milestone.id == built.milestone_ids[1])
            )
        assert stored == 200_001
        assert ("baseline", f"{CODE}: milestone 2: amount changed since baseline v1") in problems
    else:
        assert value == "'12,50'"
    # The path named was the path taken.
    assert (UNTOUCHED in compared) is (path == "reference" or not db.is_sqlite)
    assert CODE in compared and OTHER in compared


def test_a_position_or_round_number_that_is_not_whole_is_reported(
    db: Database, built: Built
) -> None:
    assert tamper(db, f"UPDATE milestone SET position = 1.5 WHERE {milestone_row(built, 2)}")
    number_written = tamper(db, "UPDATE review_round SET number = 'x'")
    problems = found(db)
    assert OTHER_PROBLEM in problems
    if not db.is_sqlite:
        # PostgreSQL rounds 1.5 into its integer column (back to 2) and refuses the text.
        assert not number_written
        with db.reading() as session:
            position = session.scalar(
                select(Milestone.position).where(Milestone.id == built.milestone_ids[1])
            )
        assert position == 2
        return
    assert (
        "roadmap",
        f"{CODE}: the position of the milestone 'Milestone 2' is not a whole number: 1.5",
    ) in problems
    assert (
        "roadmap",
        f"{CODE} milestone 1: the number of a review round is not a whole number: 'x'",
    ) in problems


def test_an_unknown_status_or_state_is_reported(db: Database, built: Built) -> None:
    # Plain text columns on both databases: the damage is written everywhere.
    assert tamper(db, f"UPDATE engagement SET status = 'frozen' WHERE code = '{CODE}'")
    assert tamper(db, f"UPDATE milestone SET state = 'lost' WHERE {milestone_row(built, 2)}")
    assert tamper(db, "UPDATE idea SET state = 'dreamt'")
    problems = found(db)
    assert ("status", f"{CODE}: the status 'frozen' is not one the application knows") in problems
    assert ("status", f"{M2}: the state 'lost' is not one the application knows") in problems
    assert ("ideas", f"{IDEA}: the state 'dreamt' is not one the application knows") in problems
    assert OTHER_PROBLEM in problems


def test_bytes_where_text_belongs_are_reported(db: Database, built: Built) -> None:
    if not db.is_sqlite:
        # PostgreSQL turns the bytes into the text '\x00' before storing them.
        assert tamper(db, "UPDATE baseline SET snapshot = '\\x00'::bytea")
        altered = f"{CODE}: baseline v1 was altered: its snapshot no longer matches its fingerprint"
        assert ("baseline", altered) in found(db)
        return
    assert tamper(db, f"UPDATE milestone SET title = x'00ff' WHERE {milestone_row(built, 2)}")
    assert tamper(db, "UPDATE signoff SET snapshot = x'00'")
    problems = found(db)
    assert (
        "baseline",
        f"{CODE}: its roadmap holds a value of the wrong kind (not text where text belongs), "
        "so it cannot be compared with baseline v1",
    ) in problems
    assert (
        "sign-off",
        f"{CODE} milestone 1: sign-off {CODE}-M01-R1 was altered: its snapshot no longer "
        "matches its fingerprint",
    ) in problems
    assert OTHER_PROBLEM in problems


def test_the_command_line_prints_the_problem_and_exits_1(
    db: Database, built: Built, cli: Cli
) -> None:
    written = tamper(
        db, f"UPDATE milestone SET baseline_due = '2026-2-1' WHERE {milestone_row(built, 2)}"
    )
    assert tamper(db, f"UPDATE engagement SET status = 'frozen' WHERE code = '{CODE}'")
    code, out, err = cli("check")  # the helper fails the test on a traceback
    assert code == 1, err
    assert f"[status] {CODE}: the status 'frozen' is not one the application knows" in out
    assert f"[{OTHER_PROBLEM[0]}] {OTHER_PROBLEM[1]}" in out
    if db.is_sqlite:
        assert written
        assert f"[dates] {M2}: the due date '2026-2-1' is not a date written YYYY-MM-DD" in out


def test_a_state_stored_as_bytes_in_a_completed_engagement_is_reported_not_a_crash(
    services: Services, built: Built
) -> None:
    """The older rules (a completed engagement's milestones, signatures) word the state they
    find; a state of another kind must not stop the check."""
    done = make_active(
        services, code="DONE-2026-01", milestones=1, client=(built.client_id, built.contact_id)
    )
    assert tamper(
        services.db, f"UPDATE engagement SET status = 'completed' WHERE id = '{done.engagement_id}'"
    )
    if not tamper(
        services.db, f"UPDATE milestone SET state = x'00' WHERE id = '{done.milestone_ids[0]}'"
    ):
        return  # PostgreSQL refuses bytes in a text column (asserted by tamper)
    problems = found(services.db)
    # SQLite keeps the bytes; PostgreSQL stores them as the text of a bit string
    stored, said = ("x'00'", "b'\\x00'") if services.db.is_sqlite else ("'00000000'", "00000000")
    state = f"DONE-2026-01 milestone 1: the state {stored} is not one the application knows"
    assert ("status", state) in problems
    completed = f"DONE-2026-01 is completed but milestone 1 is {said}, not accepted"
    assert ("status", completed) in problems
    assert OTHER_PROBLEM in problems


def test_an_unknown_currency_beside_a_negative_amount_is_reported_not_a_crash(
    services: Services, built: Built
) -> None:
    milestone = milestone_row(built, 2)
    assert tamper(services.db, f"UPDATE milestone SET amount_minor = -5 WHERE {milestone}")
    if not tamper(
        services.db, f"UPDATE engagement SET currency = x'00' WHERE id = '{built.engagement_id}'"
    ):
        return  # PostgreSQL refuses bytes in a text column
    problems = found(services.db)
    assert any("-5 minor units of b'\\x00'" in message for _, message in problems), problems
    assert OTHER_PROBLEM in problems


def test_both_date_rules_go_through_every_stored_date() -> None:
    """A value that is no date (core.check.values) and a date out of range
    (core.check.ranges) are looked for in one table of dates: it names every Date column."""
    stored = {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, Date)
    }
    listed = [
        (column.expression.table.name, column.expression.name)
        for columns in DATE_COLUMNS.values()
        for _what, column in columns
    ]
    assert sorted(listed) == sorted(stored)


TITLE_3 = ("baseline", f"{CODE}: milestone 3: title changed since baseline v1")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("amount_minor", "'12,50'"),
        ("amount_minor", "200000.5"),
        ("baseline_due", "'2026-2-1'"),
        ("baseline_due", "20260201"),
        ("position", "'two'"),
        ("position", "2.5"),
    ],
)
def test_a_value_of_the_wrong_kind_exempts_only_itself_from_the_baseline_comparison(
    db: Database, built: Built, column: str, value: str
) -> None:
    """Milestone 2 holds a value of the wrong kind (reported by itself) and milestone 3's
    title is changed behind the application's back: that change is still reported, and the
    unreadable value gives no baseline problem of its own."""
    written = tamper(db, f"UPDATE milestone SET {column} = {value} WHERE {milestone_row(built, 2)}")
    assert tamper(db, f"UPDATE milestone SET title = 'Edited' WHERE {milestone_row(built, 3)}")
    problems = found(db)
    assert OTHER_PROBLEM in problems
    assert TITLE_3 in problems
    if db.is_sqlite:
        assert written
        assert [p for p in problems if p[0] == "baseline"] == [TITLE_3, OTHER_PROBLEM]
        kinds = {"amount_minor": "roadmap", "baseline_due": "dates", "position": "roadmap"}
        assert any(area == kinds[column] and CODE in message for area, message in problems)


def test_an_altered_baseline_is_reported_beside_a_value_of_the_wrong_kind(
    db: Database, built: Built
) -> None:
    tamper(db, f"UPDATE milestone SET amount_minor = '12,50' WHERE {milestone_row(built, 2)}")
    assert tamper(
        db,
        "UPDATE baseline SET fingerprint = '" + "0" * 64 + "' WHERE engagement_id = "
        f"'{built.engagement_id}'",
    )
    expected = (
        "baseline",
        f"{CODE}: baseline v1 was altered: its snapshot no longer matches its fingerprint",
    )
    assert expected in found(db)
