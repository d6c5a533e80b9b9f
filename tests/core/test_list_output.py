"""`scopekeeper list` as a person reads it: exact totals however large, amounts in each
currency's own decimals, columns that line up whatever the script, and a text filter that
is applied once."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event, update

from core.cli import _money
from core.db import Database
from core.models import Engagement, Milestone
from core.money import Money, currency_exponent
from core.queries import list_engagements
from core.services import Services
from tests.factories import Cli, make_client, make_draft

LARGE = 2**62 + 12_345
"""Two milestones of this amount make a total past 2**63 - 1, the largest integer SQLite
sums without stopping with "integer overflow" (the services never store such amounts; a
database filled by other means might)."""


def _columns(text: str) -> int:
    """Terminal columns of ``text``, from the Unicode tables (wide CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def test_a_total_past_64_bits_is_listed_exactly(services: Services, db: Database, cli: Cli) -> None:
    built = make_draft(services, code="HUGE-01", milestones=2)
    make_draft(services, code="SMALL-01", milestones=3, client=make_client(services, "Beta"))
    with db.engine.begin() as conn:
        conn.execute(
            update(Milestone)
            .where(Milestone.engagement_id == built.engagement_id)
            .values(amount_minor=LARGE)
        )
    with db.reading() as session:
        rows = {r.code: r for r in list_engagements(session)}
    assert rows["HUGE-01"].contracted_minor == 2 * LARGE > 2**63 - 1
    assert rows["HUGE-01"].milestones == 2
    assert rows["SMALL-01"].contracted_minor == 600_000 and rows["SMALL-01"].milestones == 3

    listed = {r["code"]: r for r in json.loads(cli.ok("list", "--json"))}
    assert listed["HUGE-01"]["contracted_minor"] == 2 * LARGE
    expected = f"{Decimal(2 * LARGE).scaleb(-2):,} EUR"
    assert expected == "92,233,720,368,548,004.98 EUR"
    assert expected in cli.ok("list")
    assert expected in cli.ok("list", "--filter", "huge")


def test_amounts_are_shown_in_each_currencys_decimals_and_columns_line_up(
    services: Services, db: Database, cli: Cli
) -> None:
    taipei = make_client(services, "臺北數位設計有限公司")
    make_draft(services, code="TPE-01", milestones=2, client=taipei, currency="TWD")
    make_draft(services, code="JP-01", milestones=1, client=taipei, currency="JPY")
    make_draft(
        services, code="KW-01", milestones=3, client=make_client(services, "Gulf"), currency="KWD"
    )
    long_title = "A very long engagement title that a terminal column cannot hold whole"
    with db.engine.begin() as conn:
        conn.execute(update(Engagement).where(Engagement.code == "KW-01").values(title=long_title))
    lines = cli.ok("list").splitlines()
    assert len(lines) == 4
    header, *rows = lines
    by_code = {line.split()[0]: line for line in rows}
    assert "3,000.00 TWD" in by_code["TPE-01"]  # 100,000 + 200,000 minor units
    assert "100,000 JPY" in by_code["JP-01"]  # no decimals
    assert "600.000 KWD" in by_code["KW-01"]  # three decimals
    assert long_title not in by_code["KW-01"] and "A very long engagement title" in by_code["KW-01"]
    assert by_code["KW-01"].endswith("…")
    # Right-aligned figures end in the same terminal column as their headers, and the
    # titles start in the same column, whatever the width of the client names before them.
    line = by_code["TPE-01"]
    for heading, cell in (("MILESTONES", " 2 "), ("CONTRACTED", "3,000.00 TWD")):
        end = _columns(header[: header.index(heading) + len(heading)])
        assert _columns(line[: line.index(cell) + len(cell.rstrip())]) == end
    starts = {
        _columns(line[: line.index("A very long" if "KW" in line else "Website")]) for line in rows
    }
    assert starts == {_columns(header[: header.index("TITLE")])}


@given(
    minor=st.integers(min_value=-(10**26), max_value=10**26),
    currency=st.sampled_from(["EUR", "JPY", "KWD", "CLF", "TWD", "CHF"]),
)
def test_an_amount_is_written_as_its_exact_decimal_value(minor: int, currency: str) -> None:
    assert currency_exponent("CLF") == 4 and currency_exponent("JPY") == 0
    assert _money(minor, currency) == f"{Money(minor, currency).to_decimal():,} {currency}"


@pytest.mark.parametrize("typed", ["élan", "acme"])
def test_the_filter_is_applied_once(services: Services, db: Database, typed: str) -> None:
    """The list's one statement tests each of code, title and client name against the text
    once: the same test picks the rows and the milestones summed."""
    make_draft(services, code="ACME-01", milestones=2)
    make_draft(services, code="CAFE-01", milestones=1, client=make_client(services, "café Élan"))
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        with db.reading() as session:
            rows = list_engagements(session, text_filter=typed)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    (statement,) = [s for s in statements if "milestone" in s]
    # Code, title and client name, each tested once; SQLite first tests "élan" with its own
    # LIKE on the run "lan" before folding the values that hold it (core.queries._sql).
    per_column = 2 if db.is_sqlite and typed == "élan" else 1
    assert statement.upper().count(" LIKE ") == 3 * per_column
    assert len(rows) == 1 and rows[0].milestones == (1 if typed == "élan" else 2)


def test_the_currencies_known_without_babel_have_babels_decimal_places() -> None:
    """``scopekeeper list`` writes these currencies' amounts without loading Babel: each
    must have the places Babel gives it (its CLDR data, not a table of ours)."""
    from babel.numbers import get_currency_precision

    from core.cli import _COMMON_PLACES

    assert "EUR" in _COMMON_PLACES and "JPY" in _COMMON_PLACES
    for code, places in _COMMON_PLACES.items():
        assert places == get_currency_precision(code) == currency_exponent(code), code


@given(
    minors=st.lists(st.integers(min_value=-(10**20), max_value=10**20), max_size=8),
    currency=st.sampled_from(["EUR", "JPY", "KWD", "CLF", "TWD"]),
)
def test_a_column_of_amounts_is_each_amount_written_alone(minors: list[int], currency: str) -> None:
    from core.cli import _amounts
    from core.queries.listing import EngagementLine

    rows = [EngagementLine("C", "T", "N", "draft", currency, None, 1, m) for m in minors]
    assert _amounts(rows) == [_money(m, currency) for m in minors]


def test_the_printed_lines_are_the_listed_engagements_without_ids(
    services: Services, db: Database
) -> None:
    """What ``scopekeeper list`` reads holds the same engagements, figures and order as the
    full listing the desktop app shows, filtered or not."""
    from core.queries.listing import list_engagement_lines

    parent = make_draft(services, code="ZED-01", milestones=3)
    make_draft(services, code="BETA-01", milestones=0, client=make_client(services, "beta"))
    child = make_draft(
        services, code="ALPHA-01", milestones=2, client=make_client(services, "Alpha")
    )
    with db.engine.begin() as conn:  # a spin-off, as far as the listing is concerned
        conn.execute(
            update(Engagement)
            .where(Engagement.id == child.engagement_id)
            .values(parent_id=parent.engagement_id)
        )
    with db.reading() as session:
        for text in ("", "alpha", "zed-0"):
            full = list_engagements(session, text_filter=text)
            lines = list_engagement_lines(session, text_filter=text)
            assert lines, text
            assert [tuple(line) for line in lines] == [
                (
                    r.code,
                    r.title,
                    r.client_name,
                    r.status,
                    r.currency,
                    r.parent_code,
                    r.milestones,
                    r.contracted_minor,
                )
                for r in full
            ]
        listed = [(line.code, line.parent_code) for line in list_engagement_lines(session)]
    # clients "ACME SA", "Alpha", "beta": ignoring case
    assert listed == [("ZED-01", None), ("ALPHA-01", "ZED-01"), ("BETA-01", None)]
