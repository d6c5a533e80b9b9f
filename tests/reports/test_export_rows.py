"""The CSV and XLSX history exports read their cells as text from the database, made
formula-safe there; what they write stays what an export event by event writes: the ORM's
reading of each event, its time in UTC, and the cell rule of reports.cells applied by Python.

The histories here also hold values that Scopekeeper never writes itself but another
program could have (times with an offset, fractions of a second or no zone; text that
starts with every character a spreadsheet reads as a formula), stored behind the app's
back."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from core.db import Database
from core.queries import EventRow, engagement_detail, iter_history
from core.queries.history import HISTORY_TEXT_COLUMNS, iter_history_text
from core.services import Services
from reports.cells import DANGEROUS_FIRST, safe_cells
from reports.exports import HEADER, export_history
from tests.reports.builders import ODD_TEXTS, add_raw_events, engagement

CODE = "RM-2026-01"


def stored_events(db: Database) -> list[EventRow]:
    with db.reading() as session:
        detail = engagement_detail(session, CODE, date.today())
        return list(iter_history(session, detail.id))


def as_text(event: EventRow) -> list[str]:
    """One event as an export event by event writes it (the earlier exporter's rule)."""
    return [
        str(event.seq),
        event.at.isoformat(timespec="seconds")[:19] + "Z",
        event.actor,
        event.entity,
        event.entity_id,
        event.action,
        event.before,
        event.after,
        event.hash,
    ]


@pytest.fixture
def odd_history(services: Services, db: Database) -> str:
    built = engagement(services, titles=["=SUM(A1:A3)", "+ plus", "@ at"])
    texts = list(ODD_TEXTS)
    if db.is_sqlite:  # a PostgreSQL text cannot hold NUL at all
        texts.append("\x00 NUL first")
    add_raw_events(db, built.engagement_id, texts)
    return built.engagement_id


def test_the_text_rows_are_the_events_as_the_orm_reads_them_in_batches(
    db: Database, odd_history: str
) -> None:
    expected = [as_text(e) for e in stored_events(db)]
    with db.reading() as session:
        batches = list(iter_history_text(session, odd_history, batch=4))
    assert [len(b) for b in batches[:-1]] == [4] * (len(batches) - 1)
    assert [list(row) for batch in batches for row in batch] == expected
    assert len(HISTORY_TEXT_COLUMNS) == len(expected[0])


def test_a_database_error_while_reading_the_rows_is_raised_as_sqlalchemys(
    db: Database, odd_history: str
) -> None:
    """On SQLite the rows come from the driver's own cursor; an error it raises halfway
    (here SQLite interrupting the statement) is still SQLAlchemy's, which the command line
    and the app explain in words as they do for any other query."""
    if not db.is_sqlite:
        assert db.engine.dialect.name == "postgresql"  # its rows come through SQLAlchemy
        return
    with db.reading() as session:
        driver = session.connection().connection.driver_connection
        reads = iter_history_text(session, odd_history, batch=2)
        assert len(next(reads)) == 2
        driver.set_progress_handler(lambda: 1, 1)  # every step from here is interrupted
        try:
            with pytest.raises(OperationalError, match="interrupted"):
                list(reads)
        finally:
            driver.set_progress_handler(None, 1)


def test_the_csv_is_byte_for_byte_a_row_by_row_export(
    db: Database, odd_history: str, tmp_path: Path
) -> None:
    reference = io.StringIO(newline="")
    writer = csv.writer(reference)
    writer.writerow(HEADER)
    writer.writerows(safe_cells(as_text(e)) for e in stored_events(db))
    target = tmp_path / "history.csv"
    export_history(db, CODE, "csv", target, raw=True)
    assert target.read_bytes() == reference.getvalue().encode("utf-8")
    # And read back by the csv module: no cell a spreadsheet would run.
    with target.open(newline="", encoding="utf-8") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert not any(cell.startswith(DANGEROUS_FIRST) for cell in cells)
    assert "'=1+1" in cells and "'\t1+1" in cells and "#N/A" in cells


def test_the_xlsx_holds_every_value_as_a_text_cell(
    db: Database, services: Services, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    built = engagement(services)
    add_raw_events(db, built.engagement_id, ODD_TEXTS * 3)  # several rows per batch kind
    target = tmp_path / "history.xlsx"
    export_history(db, CODE, "xlsx", target, raw=True)
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == list(HEADER)
    expected = [as_text(e) for e in stored_events(db)]
    assert len(rows) == len(expected) + 1
    for cells, values in zip(rows[1:], expected, strict=True):
        assert all(c.data_type == "s" for c in cells if c.value is not None)
        # openpyxl reads an empty text cell back as None
        assert [c.value if c.value is not None else "" for c in cells] == values
