"""The one operation runner: every change the desktop makes goes through here.

``Ops.run`` calls a service, shows one readable dialog when the core refuses, and
broadcasts what changed. ``Ops.run_in_background`` keeps long work (exports) off the GUI
thread behind a progress dialog whose Cancel button the work can observe. The undo stack
lives here too, so every view pushes its commands to the same place."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from core.changes import changes_of
from core.errors import DomainError, StaleEditError
from desktop.refusals import words

T = TypeVar("T")
Progress = Callable[[int, int], bool]
log = logging.getLogger("scopekeeper.ops")  # under the app logger, so it reaches the log file


class _Worker(QThread):
    """Runs one piece of work on its own thread and reports progress back by signal."""

    sig_progress = Signal(int, int)
    """The work reported ``done`` out of ``total``."""
    sig_finished = Signal(object)
    """The work returned; carries its result."""
    sig_failed = Signal(object)
    """The work raised; carries the exception."""

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.cancelled = False

    def _progress(self, done: int, total: int) -> bool:
        self.sig_progress.emit(done, total)
        return not self.cancelled

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as exc:  # reported on the GUI thread, never lost
            self.sig_failed.emit(exc)
        else:
            self.sig_finished.emit(result)


class Ops(QObject):
    """Calls services for the views; owns the undo stack and background work."""

    sig_changed = Signal(object)
    """A service changed data; carries core.changes.Changes."""
    sig_status = Signal(str)
    """Something just happened that the status bar should say."""
    sig_stale = Signal()
    """An edit was refused because the data changed underneath: views should reload."""
    sig_saved = Signal(str)
    """A file was exported; carries its path (the window offers to show its folder)."""

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.undo_stack = QUndoStack(self)
        self.undo_ids: dict[str, str] = {}
        """Undo bookkeeping: the first id a re-created record had -> its id now."""
        self._workers: list[_Worker] = []

    def set_parent_widget(self, widget: QWidget | None) -> None:
        self._parent_widget = widget

    def refuse(self, message: str, title: str | None = None) -> None:
        """Show one readable refusal (a core message in the interface's language)."""
        QMessageBox.warning(self._parent_widget, title or self.tr("Not possible"), words(message))

    def run(
        self, action: Callable[[], T], *, success: str | None = None, irreversible: bool = False
    ) -> T | None:
        """Call a service; on a domain refusal show it once and return None.

        An ``irreversible`` action (activation, a review, a signature, billing, a diversion)
        cannot be undone and changes what earlier steps would undo into: once it happened,
        the undo history is cleared and the status bar says so."""
        try:
            result = action()
        except StaleEditError as exc:
            self.refuse(words(exc.message) + "\n\n" + self.tr("The view has been reloaded."))
            self.sig_stale.emit()
            return None
        except DomainError as exc:
            self.refuse(exc.message)
            return None
        changed = changes_of(result)
        if changed is not None and not changed.empty:
            self.sig_changed.emit(changed)
        if irreversible and self.undo_stack.count():
            self.undo_stack.clear()
            self.undo_ids.clear()
            note = self.tr("This cannot be undone; earlier steps can no longer be undone either.")
            success = f"{success} {note}" if success else note
        if success:
            self.sig_status.emit(success)
        return result

    def push(self, command: QUndoCommand) -> None:
        """Do a user action through the undo stack (QUndoStack calls its redo now)."""
        self.undo_stack.push(command)

    def run_in_background(
        self,
        work: Callable[[Progress], T],
        *,
        title: str,
        on_done: Callable[[T], None],
    ) -> None:
        """Run ``work(progress)`` on a worker thread behind a cancellable progress dialog.

        ``progress(done, total)`` returns False once the user pressed Cancel; the work
        should then stop. ``on_done`` runs on the GUI thread with the result, after what the
        result changed (``core.changes.changes_of``: an import, say) has been broadcast as
        ``run`` does."""
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, self._parent_widget)
        dialog.setWindowTitle(title)
        dialog.setAccessibleName(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        worker = _Worker(work, self)
        self._workers.append(worker)

        def on_progress(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        def cancel() -> None:
            worker.cancelled = True
            self.sig_status.emit(self.tr("Cancelling…"))

        def finish() -> None:
            # Closing a QProgressDialog emits canceled; a finished job must not read as cancelled.
            dialog.canceled.disconnect()
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
            worker.wait()
            self._workers.remove(worker)
            worker.deleteLater()

        def finished(result: T) -> None:  # what ``work`` returned (sig_finished)
            cancelled = worker.cancelled
            finish()
            if cancelled:
                self.sig_status.emit(self.tr("{0}: cancelled.").format(title))
                return
            changed = changes_of(result)
            if changed is not None and not changed.empty:
                self.sig_changed.emit(changed)
            on_done(result)

        def failed(exc: BaseException) -> None:  # what ``work`` raised (sig_failed)
            cancelled = worker.cancelled
            finish()
            if isinstance(exc, DomainError):
                if not cancelled:
                    self.refuse(exc.message)
                else:
                    self.sig_status.emit(self.tr("{0}: cancelled.").format(title))
                return
            log.error("background work failed", exc_info=exc)
            self.refuse(self.tr("{0} failed: {1}").format(title, exc), self.tr("Error"))

        dialog.canceled.connect(cancel)
        worker.sig_progress.connect(on_progress)
        worker.sig_finished.connect(finished)
        worker.sig_failed.connect(failed)
        worker.start()

    def wait_for_background(self) -> None:
        """Block until every background job has finished (used when quitting)."""
        for worker in list(self._workers):
            worker.cancelled = True
            worker.wait()

    @property
    def busy(self) -> bool:
        return bool(self._workers)
