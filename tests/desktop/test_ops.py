"""Long work off the GUI thread: a progress dialog whose Cancel the work observes, results
and refusals back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog, QPushButton

from core.errors import DomainError
from desktop.main_window import MainWindow


def progress_dialog(window: MainWindow) -> QProgressDialog | None:
    return window.findChild(QProgressDialog)


def test_cancel_stops_the_work_and_nothing_is_reported_done(qtbot, window: MainWindow) -> None:
    pressed = threading.Event()
    finished: list[object] = []

    def work(progress) -> str:  # type: ignore[no-untyped-def]
        assert progress(1, 3)
        pressed.wait(10)  # the user reads the dialog and presses Cancel
        if not progress(2, 3):
            raise DomainError("export cancelled; no file was written")
        return "written"

    cancelled = "Exporting the history: cancelled."
    with qtbot.waitSignal(window.ops.sig_status, check_params_cb=lambda t: t == cancelled):
        window.ops.run_in_background(work, title="Exporting the history", on_done=finished.append)
        qtbot.waitUntil(lambda: progress_dialog(window) is not None)
        qtbot.waitUntil(lambda: progress_dialog(window).value() == 1)
        assert window.ops.busy
        progress_dialog(window).findChild(QPushButton).click()  # Cancel
        pressed.set()
    assert finished == []
    qtbot.waitUntil(lambda: not window.ops.busy)


def test_finished_work_hands_its_result_to_the_gui_thread(qtbot, window: MainWindow) -> None:
    seen: list[tuple[object, bool]] = []

    def done(result: object) -> None:
        seen.append((result, threading.current_thread() is threading.main_thread()))

    window.ops.run_in_background(lambda progress: 42, title="Counting", on_done=done)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]
    qtbot.waitUntil(lambda: progress_dialog(window) is None)  # closed and deleted


def test_a_refusal_from_the_work_is_shown_once(qtbot, window: MainWindow, refusals) -> None:
    def work(progress) -> None:  # type: ignore[no-untyped-def]
        raise DomainError("the folder /nowhere does not exist")

    window.ops.run_in_background(work, title="Exporting", on_done=lambda _r: None)
    qtbot.waitUntil(lambda: bool(refusals))
    assert refusals == ["the folder /nowhere does not exist"]
