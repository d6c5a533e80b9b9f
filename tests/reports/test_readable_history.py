"""Readable history exports, as an accountant opens them: CSV and XLSX columns in words
(when, who, engagement, milestone, what happened, before → after) with amounts as numbers
of the currency and times as dates, read back by LibreOffice Calc; the stored records on a
second sheet and behind ``raw``; the readable PDF wraps a change instead of cutting it."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from core.db import Database
from core.history import engagement_stream
from core.services import Services
from reports.exports import HEADER, export_history
from tests.factories import accept
from tests.reports.builders import engagement

CODE = "RM-2026-01"
REASON = (
    "The client's legal team asked for a second reading of the data processing agreement, "
    "which moves the launch past the school holidays and the yearly stock count in the "
    "Lyon warehouse; every other date stays as signed"
)
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


@pytest.fixture
def history(services: Services, db: Database) -> Services:
    """An engagement with a moved forecast (a long reason), a milestone accepted by Marie
    Dupont, an amount changed on a draft's milestone, and a text that looks like a formula."""
    built = engagement(services, titles=["Discovery", "=SUM(A1:A9)", "Launch"])
    services.roadmap.move_forecast(built.milestone_ids[2], date(2026, 5, 4), REASON)
    accept(services, built, built.milestone_ids[0], on=date(2026, 1, 20))
    with db.unit_of_work("@SUM(A1)") as uow:  # an amount changed, by a formula-like name
        uow.event(
            engagement_stream(built.engagement_id), "milestone", built.milestone_ids[1],
            "edited", before={"amount_minor": 200_100}, after={"amount_minor": 1_234_567},
            engagement_id=built.engagement_id,
        )  # fmt: skip
        uow.commit()
    return services


def soffice() -> str:
    found = shutil.which("soffice")
    assert found, "LibreOffice Calc (libreoffice-calc-nogui) is needed: packaging/dev.sh test"
    return found


def calc_tables(source: Path, out: Path, infilter: str | None = None) -> list[list[list[Any]]]:
    """The sheets of ``source`` as LibreOffice Calc reads them: per table, per row, the
    cells as (value type, value) — 'float' cells with their number, 'date' cells with
    their date-time, text cells with their text."""
    out.mkdir(exist_ok=True)
    command = [soffice(), "--headless", f"-env:UserInstallation=file://{out}/profile"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", "fods", "--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    root = ET.parse(out / (source.stem + ".fods")).getroot()
    tables = []
    for table in root.iter(f"{{{TABLE}}}table"):
        rows = []
        for row in table.iter(f"{{{TABLE}}}table-row"):
            cells: list[Any] = []
            for cell in row.iter(f"{{{TABLE}}}table-cell"):
                repeat = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
                kind = cell.get(f"{{{OFFICE}}}value-type", "")
                if kind in ("float", "currency"):
                    value: Any = ("number", Decimal(cell.get(f"{{{OFFICE}}}value", "")))
                elif kind == "date":
                    value = ("date", cell.get(f"{{{OFFICE}}}date-value"))
                else:
                    text = "\n".join("".join(p.itertext()) for p in cell.iter(f"{{{TEXT}}}p"))
                    value = ("text", text)
                cells += [value] * min(repeat, 50)
            while cells and cells[-1] == ("text", ""):
                cells.pop()
            if cells:
                rows.append(cells)
        tables.append(rows)
    return tables


HEADINGS = [
    "When (UTC)", "Who", "Engagement", "Milestone", "What happened",
    "Change (before → after)", "Amount before", "Amount after", "Currency",
]  # fmt: skip


def test_the_readable_xlsx_has_dates_amounts_in_the_currency_and_the_records_beside(
    history: Services, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "history.xlsx"
    export_history(db, CODE, "xlsx", target)
    readable, records = calc_tables(target, tmp_path / "calc")
    assert [value for _kind, value in readable[0]] == HEADINGS
    rows = readable[1:]
    assert all(row[0][0] == "date" for row in rows)  # real dates, not text
    moved = next(r for r in rows if r[4] == ("text", "Milestone · forecast moved"))
    assert moved[3] == ("text", "M3 · Launch")
    assert REASON in moved[5][1]  # in full
    review = next(r for r in rows if r[4][1].startswith("Review round"))
    assert "Reviewer=Marie Dupont" in review[5][1] and review[3] == ("text", "M1 · Discovery")
    edited = next(r for r in rows if r[4] == ("text", "Milestone · edited"))
    assert edited[6:9] == [
        ("number", Decimal("2001")),
        ("number", Decimal("12345.67")),
        ("text", "EUR"),
    ]
    assert edited[1] == ("text", "@SUM(A1)")  # a formula-looking name stays text
    assert edited[3] == ("text", "M2 · =SUM(A1:A9)")
    # the stored records, as they are, on the second sheet
    assert [value for _kind, value in records[0]] == list(HEADER)
    assert len(records) == len(readable)
    assert any('"amount_minor":1234567' in value for row in records for _k, value in row)


def test_the_amounts_carry_the_currency_format_and_the_dates_a_date_format(
    history: Services, db: Database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "history.xlsx"
    export_history(db, CODE, "xlsx", target)
    book = load_workbook(target)
    assert book.sheetnames == ["History", "Stored records"]
    sheet = book["History"]
    rows = list(sheet.iter_rows(min_row=2))
    edited = next(r for r in rows if r[4].value == "Milestone · edited")
    assert edited[7].value == Decimal("12345.67") or edited[7].value == 12345.67
    assert edited[7].number_format == '#,##0.00 "EUR"'
    assert isinstance(rows[0][0].value, datetime) and rows[0][0].is_date


def test_the_readable_csv_opens_with_numbers_and_dates_and_formulas_stay_text(
    history: Services, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "history.csv"
    export_history(db, CODE, "csv", target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == HEADINGS
    edited = next(r for r in rows if r[4] == "Milestone · edited")
    assert edited[1] == "'@SUM(A1)"  # formula-safe, as every export
    assert edited[3] == "M2 · =SUM(A1:A9)"  # not at the start of the cell: harmless
    assert edited[6:] == ["2001.00", "12345.67", "EUR"]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", r[0]) for r in rows[1:])
    assert not any("_id" in cell or '"' in cell for row in rows[1:] for cell in row[4:6])
    # LibreOffice reads the amounts as numbers and the times as dates
    [table] = calc_tables(target, tmp_path / "calc", infilter="CSV:44,34,76,1,,1033,false,true")
    read = next(r for r in table if r[4] == ("text", "Milestone · edited"))
    assert read[0][0] == "date"
    assert read[6:8] == [("number", Decimal("2001")), ("number", Decimal("12345.67"))]
    assert read[1][0] == "text" and read[3] == ("text", "M2 · =SUM(A1:A9)")


def test_raw_keeps_the_stored_records_exactly(
    history: Services, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "records.csv"
    export_history(db, CODE, "csv", target, raw=True)
    with target.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(HEADER)
    assert any('"amount_minor":1234567' in cell for row in rows for cell in row)
    with pytest.raises(Exception, match="raw"):
        export_history(db, CODE, "pdf", tmp_path / "x.pdf", raw=True)


def test_the_readable_pdf_wraps_a_long_change_instead_of_cutting_it(
    history: Services, db: Database, tmp_path: Path
) -> None:
    target = tmp_path / "history.pdf"
    export_history(db, CODE, "pdf", target)
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "…" not in text
    squeezed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", REASON) in squeezed  # every word, over several lines
    with db.reading() as session:
        from sqlalchemy import select

        from core.models import Baseline

        fingerprint = session.scalars(select(Baseline.fingerprint)).one()
    assert fingerprint in squeezed  # the whole fingerprint, wrapped
    assert "Reviewer=Marie Dupont" in text
