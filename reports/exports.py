"""Engagement history and calendar exports, streamed and written atomically.

Every exporter reads through ``core.queries`` in batches, so the 200,000 events of a long
engagement never sit in memory at once, and reports progress through a callback that can
cancel (return False): a cancelled export leaves no file behind."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any, Literal

from core.db import Database
from core.errors import DomainError, ValidationError
from core.files import atomic_writer
from core.queries import EngagementDetail, EventRow, engagement_detail, history_count, iter_history
from reports.cells import safe_cells
from reports.i18n import labels

Progress = Callable[[int, int], bool]
Format = Literal["pdf", "csv", "xlsx", "ics"]
FORMATS: tuple[str, ...] = ("pdf", "csv", "xlsx", "ics")
HEADER = ("seq", "at", "actor", "entity", "entity_id", "action", "before", "after", "hash")


class ExportCancelled(DomainError):
    """The user cancelled; nothing was written."""


def _rows(db: Database, engagement_id: str, progress: Progress | None) -> Iterator[EventRow]:
    with db.reading() as session:
        total = history_count(session, engagement_id)
        for done, row in enumerate(iter_history(session, engagement_id), start=1):
            if progress is not None and done % 500 == 0 and not progress(done, total):
                raise ExportCancelled("export cancelled; no file was written")
            yield row
        if progress is not None:
            progress(total, total)


def _stamp(at: datetime) -> str:
    """The stored form of a timestamp, '2026-03-05T09:30:00Z' (isoformat is much quicker
    than strftime, which shows on 200,000 rows)."""
    return at.isoformat(timespec="seconds")[:19] + "Z"


def _values(row: EventRow) -> tuple[str, ...]:
    """One event as the text of its cells, in HEADER order."""
    return (
        str(row.seq),
        _stamp(row.at),
        row.actor,
        row.entity,
        row.entity_id,
        row.action,
        row.before,
        row.after,
        row.hash,
    )


def write_history_csv(
    db: Database, engagement_id: str, path: Path, progress: Progress | None = None
) -> None:
    with atomic_writer(path, mode="w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(safe_cells(_values(row)) for row in _rows(db, engagement_id, progress))


def write_history_xlsx(
    db: Database, engagement_id: str, path: Path, progress: Progress | None = None
) -> None:
    from openpyxl.cell import WriteOnlyCell

    # The target is checked (and its temporary file created) before any row is read, so a
    # missing or read-only folder is refused at once, not after the whole history was read.
    with atomic_writer(path, mode="wb") as fh, _write_only_sheet("History") as sheet:
        workbook = sheet.parent

        def text_cell(value: str) -> WriteOnlyCell:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # never a formula, whatever the text starts with
            return cell

        sheet.append([text_cell(h) for h in HEADER])
        for row in _rows(db, engagement_id, progress):
            sheet.append([text_cell(v) for v in _values(row)])
        _save(workbook, fh)


def _save(workbook: Any, fh: IO[bytes]) -> None:
    """``workbook.save(fh)``, except that a failure (a full disk) closes the ZIP archive
    at once. openpyxl leaves it open then; collected later, after ``atomic_writer`` has
    closed and removed the file, it would try to finish the archive and print an
    "Exception ignored in ZipFile.__del__" traceback under the clean error message."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    # What openpyxl's save_workbook does, on an archive this function owns.
    archive = ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True)
    workbook.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    try:
        ExcelWriter(workbook, archive).save()
    except BaseException:
        with suppress(Exception):  # the file is discarded whole; the first error matters
            archive.close()
        raise


@contextmanager
def _write_only_sheet(title: str) -> Iterator[Any]:
    """The one sheet of a new write-only workbook, discarded cleanly if the block fails.

    openpyxl streams a write-only sheet's rows into a temporary file of the system's temporary
    folder, through a generator that only ``save()`` finishes. An export that stops early
    (cancelled, or an error) would leave that file until the process exits and the unfinished
    generator to complain (an "exception ignored" warning) whenever it is collected; here the
    sheet is closed and its temporary file removed before the exception goes on.
    """
    from openpyxl import Workbook

    sheet = Workbook(write_only=True).create_sheet(title)
    try:
        yield sheet
    except BaseException:
        writer = sheet._writer  # openpyxl's WorksheetWriter, created by the first append()
        if writer is not None:
            if not sheet.closed:
                with suppress(Exception):  # it was failing anyway; the original error matters
                    sheet.close()
            with suppress(OSError, ValueError):
                writer.cleanup()  # deletes the temporary file
        raise


def write_milestones_ics(detail: EngagementDetail, path: Path) -> None:
    """All-day events for every milestone's baseline and forecast dates, with stable UIDs
    (re-importing into a calendar updates the events instead of duplicating them)."""
    from icalendar import Calendar, Event

    words = labels(detail.language)  # summaries and descriptions in the document language
    calendar = Calendar()
    calendar.add("prodid", "-//Scopekeeper//Engagement milestones//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{detail.code} — {detail.title}")
    stamp = detail.baseline_at
    for m in detail.milestones:
        for kind, day in (("baseline", m.baseline_due), ("forecast", m.forecast_due)):
            if day is None or (kind == "forecast" and day == m.baseline_due):
                continue
            event = Event()
            event.add("uid", f"{m.id}-{kind}@scopekeeper")
            event.add(
                "summary", f"{detail.code} M{m.position}: {m.title} ({words['calendar.' + kind]})"
            )
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
            if stamp is not None:
                event.add("dtstamp", stamp)
            else:
                from datetime import UTC, datetime

                event.add("dtstamp", datetime.combine(detail.start_date, datetime.min.time(), UTC))
            event.add("description", f"{words['state.' + m.state]} — {m.deliverables[:500]}")
            event.add("categories", [kind])  # a stable tag for filters, not a text to read
            calendar.add_component(event)
    with atomic_writer(path, mode="wb") as fh:
        fh.write(calendar.to_ical())


def export_history(
    db: Database, code: str, fmt: str, path: str | Path, progress: Progress | None = None
) -> None:
    """Write the engagement's history (or, for ``ics``, its milestone dates) to ``path``."""
    if fmt not in FORMATS:
        raise ValidationError("format", f"'{fmt}' is not a format; use {', '.join(FORMATS)}")
    target = Path(path)
    with db.reading() as session:
        detail = engagement_detail(session, code, date.today())
    if fmt == "csv":
        write_history_csv(db, detail.id, target, progress)
    elif fmt == "xlsx":
        write_history_xlsx(db, detail.id, target, progress)
    elif fmt == "ics":
        write_milestones_ics(detail, target)
    else:
        from reports.history_pdf import write_history_pdf

        write_history_pdf(db, detail, target, progress)
