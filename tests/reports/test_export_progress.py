"""History exports as the progress dialog sees them: the count climbs to the total and ends
there, a Cancel at any point leaves no file (and any earlier file untouched), an unknown
format is refused in words; a draft's calendar is dated from its start."""

from __future__ import annotations

import errno
import gc
from pathlib import Path

import pytest

from core.db import Database
from core.errors import ValidationError
from core.files import FileWriteError
from core.history import engagement_stream
from core.services import Services
from reports.exports import ExportCancelled, export_history
from tests.reports.builders import engagement

CODE = "RM-2026-01"


def notes(db: Database, engagement_id: str, count: int) -> None:
    with db.unit_of_work("Importer") as uow:
        for n in range(count):
            uow.event(
                engagement_stream(engagement_id),
                "note",
                f"n{n}",
                "added",
                after={"text": f"note {n:05d}"},
                engagement_id=engagement_id,
            )
        uow.commit()


@pytest.fixture
def long_history(services: Services, db: Database) -> Database:
    built = engagement(services)
    notes(db, built.engagement_id, 1100)
    return db


@pytest.mark.parametrize(
    ("fmt", "raw"),
    [("csv", True), ("csv", False), ("xlsx", True), ("xlsx", False), ("pdf", False)],
    ids=["raw-csv", "csv", "raw-xlsx", "xlsx", "pdf"],
)
def test_the_progress_climbs_to_the_total_and_ends_there(
    long_history: Database, tmp_path: Path, fmt: str, raw: bool
) -> None:
    seen: list[tuple[int, int]] = []
    target = tmp_path / f"history.{fmt}"
    export_history(
        long_history, CODE, fmt, target, lambda d, t: seen.append((d, t)) or True, raw=raw
    )
    assert target.stat().st_size > 0
    done = [d for d, _ in seen]
    assert done == sorted(done)  # never goes back
    total = seen[-1][1]
    assert total > 1100 and seen[-1] == (total, total)


@pytest.mark.parametrize(
    ("fmt", "raw"),
    [("csv", True), ("csv", False), ("xlsx", True), ("xlsx", False), ("pdf", False)],
    ids=["raw-csv", "csv", "raw-xlsx", "xlsx", "pdf"],
)
def test_a_cancel_at_the_very_end_still_writes_nothing(
    long_history: Database, tmp_path: Path, fmt: str, raw: bool
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"history.{fmt}"
    target.write_bytes(b"last week's export")

    def cancel_when_done(done: int, total: int) -> bool:
        return done < total

    with pytest.raises(ExportCancelled, match="export cancelled; no file was written"):
        export_history(long_history, CODE, fmt, target, cancel_when_done, raw=raw)
    assert sorted(p.name for p in folder.iterdir()) == [f"history.{fmt}"]
    assert target.read_bytes() == b"last week's export"


def test_a_format_that_does_not_exist_is_refused_naming_the_formats(
    long_history: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ValidationError) as caught:
        export_history(long_history, CODE, "docx", folder / "history.docx")
    assert str(caught.value) == "format: 'docx' is not a format; use pdf, csv, xlsx, ics"
    with pytest.raises(ValidationError, match="only the CSV and XLSX exports have a raw form"):
        export_history(long_history, CODE, "ics", folder / "dates.ics", raw=True)
    assert list(folder.iterdir()) == []


def test_a_drafts_calendar_is_dated_from_its_start(services: Services, tmp_path: Path) -> None:
    """A draft has no baseline yet: its events carry the start date as their stamp."""
    engagement(services, activate=False)
    target = tmp_path / "dates.ics"
    export_history(services.db, CODE, "ics", target)
    text = target.read_text(encoding="utf-8")
    assert "DTSTAMP:20260105T000000Z" in text
    assert text.count("BEGIN:VEVENT") == 3


@pytest.mark.filterwarnings("error")
def test_a_disk_that_fills_while_the_spreadsheet_is_saved_is_named_and_the_old_file_kept(
    long_history: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl.writer.excel import ExcelWriter

    def full(_writer: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "history.xlsx"
    target.write_bytes(b"last week's export")
    monkeypatch.setattr(ExcelWriter, "save", full)
    with pytest.raises(FileWriteError, match="full"):
        export_history(long_history, CODE, "xlsx", target)
    assert sorted(p.name for p in folder.iterdir()) == ["history.xlsx"]
    assert target.read_bytes() == b"last week's export"
    gc.collect()  # an archive left open would complain here, where warnings fail the test
