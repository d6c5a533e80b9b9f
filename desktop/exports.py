"""Exports and the archive import: ask where, do the work off the GUI thread behind a
progress dialog with Cancel, then say where the file went.

The history in every format the reports provide (readable PDF, CSV, XLSX, the iCalendar of
milestone dates, the complete JSON archive), the one-page roadmap PDF and the weekly status
PDF. ReportLab, openpyxl, icalendar and the archive code load only when an export runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QWidget

from desktop import file_dialogs
from desktop.ops import Ops, Progress
from desktop.qt_compat import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from core.db import Database
    from core.services import Services


HISTORY_FORMATS = (
    (
        "pdf",
        QT_TRANSLATE_NOOP("Exporter", "History as readable &PDF…"),
        QT_TRANSLATE_NOOP("Exporter", "PDF documents (*.pdf)"),
    ),
    (
        "csv",
        QT_TRANSLATE_NOOP("Exporter", "History as &CSV…"),
        QT_TRANSLATE_NOOP("Exporter", "CSV files (*.csv)"),
    ),
    (
        "xlsx",
        QT_TRANSLATE_NOOP("Exporter", "History as &Excel workbook…"),
        QT_TRANSLATE_NOOP("Exporter", "Excel workbooks (*.xlsx)"),
    ),
    (
        "raw-csv",
        QT_TRANSLATE_NOOP("Exporter", "Stored &records as CSV (raw)…"),
        QT_TRANSLATE_NOOP("Exporter", "CSV files (*.csv)"),
    ),
    (
        "ics",
        QT_TRANSLATE_NOOP("Exporter", "Milestone dates as &iCalendar…"),
        QT_TRANSLATE_NOOP("Exporter", "iCalendar files (*.ics)"),
    ),
    (
        "json",
        QT_TRANSLATE_NOOP("Exporter", "Complete &JSON archive…"),
        QT_TRANSLATE_NOOP("Exporter", "Scopekeeper archives (*.json)"),
    ),
)
SUFFIX = {"json": "archive.json", "raw-csv": "history-records.csv"}


class Exporter(QObject):
    """Runs the exports and the import for the window that owns it."""

    def __init__(self, ops: Ops, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._ops = ops
        self._parent_widget = parent_widget
        # the window's settings (a test's own file in tests), where the folders are kept
        settings = getattr(parent_widget, "settings", None)
        self.settings = settings if isinstance(settings, QSettings) else QSettings()

    # Where

    def ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        """Where to save, starting in the folder of the previous export."""
        return file_dialogs.ask_save_path(
            self._parent_widget, self.settings, file_dialogs.EXPORTS, title, name, pattern
        )

    def _write(self, title: str, target: Path, work: Callable[[Progress], object]) -> None:
        def done(_result: object) -> None:
            self._ops.sig_status.emit(self.tr("Saved to {0}").format(target))
            self._ops.sig_saved.emit(str(target))

        self._ops.run_in_background(work, title=title, on_done=done)

    # What

    def history(self, db: Database, code: str, fmt: str) -> None:
        """The engagement's history in ``fmt`` (see HISTORY_FORMATS)."""
        pattern = next(pat for f, _label, pat in HISTORY_FORMATS if f == fmt)
        title = self.tr("Export history of {0}").format(code)
        target = self.ask_path(
            title,
            f"{code}-{SUFFIX.get(fmt, 'history.' + fmt)}",
            QCoreApplication.translate("Exporter", pattern),
        )
        if target is None:
            return
        if fmt == "json":
            work = self._archive_work(db, code, target)
        else:

            def work(progress: Progress) -> None:
                from reports.exports import export_history

                if fmt == "raw-csv":  # the stored records as they are
                    export_history(db, code, "csv", target, progress, raw=True)
                else:
                    export_history(db, code, fmt, target, progress)

        self._write(self.tr("Exporting the history of {0}").format(code), target, work)

    @staticmethod
    def _archive_work(db: Database, code: str, target: Path) -> Callable[[Progress], None]:
        def work(progress: Progress) -> None:
            from core.archive import export_archive
            from core.files import atomic_write_bytes
            from reports.exports import ExportCancelled

            data = export_archive(db, [code])
            if not progress(1, 1):
                raise ExportCancelled(
                    QCoreApplication.translate("Exporter", "export cancelled; no file was written")
                )
            atomic_write_bytes(target, data)

        return work

    def roadmap(self, db: Database, code: str) -> None:
        """The one-page roadmap PDF for a contract annex."""
        target = self.ask_path(
            self.tr("Export roadmap"), f"{code}-roadmap.pdf", self.tr("PDF documents (*.pdf)")
        )
        if target is None:
            return

        def work(_progress: Progress) -> None:
            from reports.roadmap_pdf import export_roadmap

            export_roadmap(db, code, target)

        self._write(self.tr("Exporting the roadmap of {0}").format(code), target, work)

    def status(self, db: Database, code: str | None, today: date) -> None:
        """The weekly status PDF of one engagement, or of the portfolio when ``code`` is None."""
        name = f"{code or 'portfolio'}-status-{today.isoformat()}.pdf"
        target = self.ask_path(self.tr("Weekly status"), name, self.tr("PDF documents (*.pdf)"))
        if target is None:
            return

        def work(progress: Progress) -> None:
            from reports.status_pdf import export_status

            export_status(db, code, target, today, progress=progress)  # Cancel stops it

        self._write(self.tr("Writing the weekly status"), target, work)

    def import_archive(self, services: Services) -> None:
        """Bring in a JSON archive written by an export; refused whole on any problem."""
        path = file_dialogs.ask_open_path(
            self._parent_widget,
            self.settings,
            file_dialogs.ARCHIVES,
            self.tr("Import an archive"),
            self.tr("Scopekeeper archives (*.json);;All files (*)"),
        )
        if not path:
            return
        db, actor = services.db, services.actor

        def work(_progress: Progress) -> Any:
            from core.archive import import_archive
            from core.files import read_user_file

            return import_archive(db, read_user_file(path), actor)

        def done(result: Any) -> None:
            from desktop.formatting import number

            # two counts, each in its own plural form
            engagements, events = len(result.engagements), result.events
            counted = self.tr("{0} history events", "", events).format(number(events))
            self._ops.sig_status.emit(
                self.tr("Imported {0} engagements and {1} from {2}", "", engagements).format(
                    number(engagements), counted, path
                )
            )

        self._ops.run_in_background(work, title=self.tr("Importing {0}").format(path), on_done=done)
