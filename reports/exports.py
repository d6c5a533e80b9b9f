"""Engagement history and calendar exports, streamed and written atomically.

Every exporter reads through ``core.queries`` in batches, so the 200,000 events of a long
engagement never sit in memory at once, and reports progress through a callback that can
cancel (return False): a cancelled export leaves no file behind."""

from __future__ import annotations

import csv
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from core.db import Database
from core.errors import DomainError, ValidationError
from core.files import atomic_writer
from core.queries import EngagementDetail, engagement_detail, history_count
from reports.cells import safe_cells
from reports.i18n import labels

if TYPE_CHECKING:
    from reports.readable_history import ReadableRow

Progress = Callable[[int, int], bool]
Format = Literal["pdf", "csv", "xlsx", "ics"]
FORMATS: tuple[str, ...] = ("pdf", "csv", "xlsx", "ics")
HEADER = ("seq", "at", "actor", "entity", "entity_id", "action", "before", "after", "hash")


class ExportCancelled(DomainError):
    """The user cancelled; nothing was written."""


PROGRESS_EVERY = 500
"""Rows between two progress reports (and chances to cancel)."""


def _batches(
    db: Database, engagement_id: str, progress: Progress | None, *, safe: bool
) -> Generator[Sequence[Sequence[str]], None, None]:
    """The history as text rows in HEADER order, ``PROGRESS_EVERY`` at a time, with progress
    reported after each batch; ``safe`` makes every cell formula-safe (reports.cells) in
    the query itself."""
    from core.queries.history import iter_history_text
    from reports.cells import safe_cell_sql

    with db.reading() as session:
        total = history_count(session, engagement_id) if progress is not None else 0
        done = 0
        cell = safe_cell_sql if safe else None
        for rows in iter_history_text(session, engagement_id, cell=cell, batch=PROGRESS_EVERY):
            done += len(rows)
            if progress is not None and not progress(done, total):
                raise ExportCancelled("export cancelled; no file was written")
            yield rows
        if progress is not None:
            progress(total, total)


def write_history_csv(
    db: Database, engagement_id: str, path: Path, progress: Progress | None = None
) -> None:
    """The history as CSV, every cell formula-safe. The cells come from the database
    ready to write (text, made safe in SQL), so no Python code runs per cell here."""
    with atomic_writer(path, mode="w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        with closing(_batches(db, engagement_id, progress, safe=True)) as batches:
            for rows in batches:
                writer.writerows(rows)


def _readable(
    db: Database, detail: EngagementDetail, progress: Progress | None, *, done: int, total: int
) -> Iterator[ReadableRow]:
    """The readable rows, with progress every ``PROGRESS_EVERY`` rows (counted on from
    ``done`` of ``total``) and the chance to cancel."""
    from reports.readable_history import readable_rows

    for n, row in enumerate(readable_rows(db, detail), start=1):
        if progress is not None and n % PROGRESS_EVERY == 0 and not progress(done + n, total):
            raise ExportCancelled("export cancelled; no file was written")
        yield row


def _count(db: Database, engagement_id: str) -> int:
    with db.reading() as session:
        return history_count(session, engagement_id)


def write_readable_csv(
    db: Database, detail: EngagementDetail, path: Path, progress: Progress | None = None
) -> None:
    """The history as readable CSV (see reports.readable_history): headings in the
    engagement's language, times as 'YYYY-MM-DD HH:MM:SS' UTC, amounts as plain numbers;
    every text cell formula-safe."""
    from reports.readable_history import headings, readable_texts

    total = _count(db, detail.id) if progress is not None else 0
    # The byte order mark that tells spreadsheets the file is UTF-8, written as a character:
    # the "utf-8-sig" codec would encode every write in Python, the plain one in C.
    with atomic_writer(path, mode="w", newline="", encoding="utf-8") as fh:
        fh.write("\ufeff")
        writer = csv.writer(fh)
        writer.writerow(safe_cells(headings(detail.language)))
        done = 0
        # closing(): a cancel ends the reading (its session and cursor) at once
        with closing(readable_texts(db, detail, batch=PROGRESS_EVERY)) as batches:
            for rows in batches:
                done += len(rows)
                if progress is not None and not progress(done, total):
                    raise ExportCancelled("export cancelled; no file was written")
                writer.writerows(rows)
        # Inside the block: a Cancel at the very end must still leave the earlier file.
        if progress is not None and not progress(total, total):
            raise ExportCancelled("export cancelled; no file was written")


_NOT_PLAIN_TEXT = frozenset("=#")
"""First characters openpyxl reads as something other than text: '=' a formula, '#' an
error value such as '#N/A'."""


def write_history_xlsx(
    db: Database,
    engagement_id: str,
    path: Path,
    progress: Progress | None = None,
    *,
    readable: EngagementDetail | None = None,
) -> None:
    """The history as XLSX. With ``readable`` (the engagement), a first sheet of readable
    rows (reports.readable_history: real dates, amounts as numbers with the currency's
    format) and the stored records on a second sheet; without, the stored records alone.
    Every text cell is a text cell, whatever its text looks like."""
    from openpyxl.cell import WriteOnlyCell

    sheets = ["History"]
    if readable is not None:
        words = labels(readable.language)
        sheets = [words["history.sheet_readable"], words["history.sheet_records"]]
    total = 0
    if progress is not None and readable is not None:
        total = 2 * _count(db, engagement_id)
    # The target is checked (and its temporary file created) before any row is read, so a
    # missing or read-only folder is refused at once, not after the whole history was read.
    with atomic_writer(path, mode="wb") as fh, _write_only_sheets(sheets) as made:
        workbook = made[0].parent

        def text_cell(sheet: Any, value: str) -> WriteOnlyCell:
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # never a formula, whatever the text starts with
            return cell

        if readable is not None:
            _readable_sheet(db, readable, made[0], progress, total, text_cell)
        sheet = made[-1]
        sheet.append([text_cell(sheet, h) for h in HEADER])
        records = _batches(db, engagement_id, progress, safe=False)
        if readable is not None and progress is not None:
            half = total // 2  # the second half of the work: progress counts on from there
            records = _batches(
                db, engagement_id, lambda done, _all: progress(half + done, total), safe=False
            )
        for rows in records:
            for row in rows:
                # openpyxl makes a plain string a text cell unless it reads as a formula or
                # an error value; only such rows pay for cells made one by one.
                if any(value[:1] in _NOT_PLAIN_TEXT for value in row if value):
                    sheet.append([text_cell(sheet, value) for value in row])
                else:
                    sheet.append(tuple(row))
        _save(workbook, fh)


def _readable_sheet(
    db: Database,
    detail: EngagementDetail,
    sheet: Any,
    progress: Progress | None,
    total: int,
    text_cell: Callable[[Any, str], Any],
) -> None:
    """The readable rows: a date cell, text cells, and amounts as numbers in the format of
    the engagement's currency."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from reports.readable_history import DATE_FORMAT, amount_format, headings

    money_format = amount_format(detail.currency)
    bold = Font(bold=True)
    header = []
    for heading in headings(detail.language):
        cell = text_cell(sheet, heading)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in _readable(db, detail, progress, done=0, total=total):
        when = WriteOnlyCell(sheet, value=row.when)
        when.number_format = DATE_FORMAT
        amounts = []
        for value in (row.amount_before, row.amount_after):
            cell = WriteOnlyCell(sheet, value=value)
            if value is not None:
                cell.number_format = money_format
            amounts.append(cell)
        texts = (row.who, row.engagement, row.milestone, row.what, row.change)
        sheet.append([when, *(text_cell(sheet, text) for text in texts), *amounts, row.currency])


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
def _write_only_sheets(titles: Sequence[str]) -> Iterator[list[Any]]:
    """The sheets of a new write-only workbook, each discarded cleanly if the block fails.

    openpyxl streams a write-only sheet's rows into a temporary file of the system's temporary
    folder, through a generator that only ``save()`` finishes. An export that stops early
    (cancelled, or an error) would leave that file until the process exits and the unfinished
    generator to complain (an "exception ignored" warning) whenever it is collected; here each
    sheet is closed and its temporary file removed before the exception goes on."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheets = [workbook.create_sheet(title) for title in titles]
    try:
        yield sheets
    except BaseException:
        for sheet in sheets:
            _discard(sheet)
        raise


def _discard(sheet: Any) -> None:
    writer = sheet._writer  # openpyxl's WorksheetWriter, created by the first append()
    if writer is not None:
        if not sheet.closed:
            with suppress(Exception):  # it was failing anyway; the original error matters
                sheet.close()
        with suppress(OSError, ValueError):
            writer.cleanup()  # deletes the temporary file


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
    db: Database,
    code: str,
    fmt: str,
    path: str | Path,
    progress: Progress | None = None,
    *,
    raw: bool = False,
) -> None:
    """Write the engagement's history (or, for ``ics``, its milestone dates) to ``path``.

    CSV and XLSX are readable (reports.readable_history; the XLSX keeps the stored
    records on a second sheet); ``raw`` writes the stored records alone, as they are."""
    if fmt not in FORMATS:
        raise ValidationError("format", f"'{fmt}' is not a format; use {', '.join(FORMATS)}")
    if raw and fmt not in ("csv", "xlsx"):
        raise ValidationError("raw", "only the CSV and XLSX exports have a raw form")
    target = Path(path)
    with db.reading() as session:
        detail = engagement_detail(session, code, date.today())
    if fmt == "csv" and raw:
        write_history_csv(db, detail.id, target, progress)
    elif fmt == "csv":
        write_readable_csv(db, detail, target, progress)
    elif fmt == "xlsx":
        write_history_xlsx(db, detail.id, target, progress, readable=None if raw else detail)
    elif fmt == "ics":
        write_milestones_ics(detail, target)
    else:
        from reports.history_pdf import write_history_pdf

        write_history_pdf(db, detail, target, progress)
