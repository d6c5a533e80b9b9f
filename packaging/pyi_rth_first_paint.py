"""Start-up probe for the smoke test and the start-up benchmark; does nothing unless asked.

PyInstaller runs this file before the app (a runtime hook); ``bench_frozen.py`` runs it the
same way in front of the app started from source. With ``SCOPEKEEPER_FIRST_PAINT=FILE`` set:

- when the event loop starts, an application-wide event filter waits for the first paint
  event of a widget inside a ``QMainWindow``; once that paint pass has finished (a zero timer
  queued behind it), it writes one JSON object to FILE and quits the app with exit code 0;
- a modal dialog (``QDialog.exec``) is not shown: its title and text go to FILE and it is
  answered "rejected", so a refusal the user would have seen fails the check at once instead
  of waiting for a click that never comes.

The JSON holds ``painted`` (bool); ``painted_at`` and ``painted_at_monotonic``
(``time.time()`` and ``time.monotonic()`` once the first frame is complete, to compare with
the parent's clock); the window title and size; the Qt platform; ``distinct_colours``
(sampled from a grab of the window, to tell a drawn window from a blank one); ``dialogs``;
``qt_paths`` (where Qt looks for its plugins and translations).

Optional extras, done after the timestamp is taken:

- ``SCOPEKEEPER_FIRST_PAINT_SHOT=FILE.png`` saves that grab;
- ``SCOPEKEEPER_FIRST_PAINT_IMPORT_ALL=1`` imports every module of core, reports and desktop
  (``import_failures``: name -> error), since the app loads some panels and services by name,
  out of sight of PyInstaller's analysis;
- ``SCOPEKEEPER_FIRST_PAINT_PDF=FILE.pdf`` opens a PDF with QtPdf and draws its first page
  (``pdf``: error, pages, distinct_colours), as the sign-off panel would.

Nothing here touches the desktop code: it only wraps two Qt entry points, in this process.
"""

import os


def _install(report_path: str) -> None:
    import json
    import time

    from PySide6 import QtCore, QtWidgets

    state: dict = {"painted": False, "dialogs": []}

    def write() -> None:
        with open(report_path, "w", encoding="utf-8") as f:
            json.dump(state, f, ensure_ascii=False)

    def distinct_colours(image) -> int:
        step = max(1, min(image.width(), image.height()) // 64)
        seen = set()
        for y in range(0, image.height(), step):
            for x in range(0, image.width(), step):
                seen.add(image.pixel(x, y))
        return len(seen)

    def import_all() -> dict[str, str]:
        """Import every module of the app: panels and services load by name, late."""
        import importlib
        import pkgutil

        failures = {}
        for package in ("core", "reports", "desktop"):
            root = importlib.import_module(package)
            for info in pkgutil.walk_packages(root.__path__, package + "."):
                try:
                    importlib.import_module(info.name)
                except Exception as exc:  # reported, not raised: the check lists them all
                    failures[info.name] = f"{type(exc).__name__}: {exc}"
        return failures

    def render_pdf(path: str) -> dict:
        """Open a PDF with QtPdf, as the sign-off panel does, and draw its first page."""
        from PySide6.QtCore import QSize
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        error = document.load(path)
        result = {"error": error.name, "pages": document.pageCount()}
        if document.pageCount() > 0:
            result["distinct_colours"] = distinct_colours(document.render(0, QSize(595, 842)))
        document.close()
        return result

    def finish(window) -> None:
        state["painted_at"] = time.time()
        state["painted_at_monotonic"] = time.monotonic()  # one clock for all processes on Linux
        state["painted"] = True
        state["title"] = window.windowTitle()
        state["size"] = [window.width(), window.height()]
        state["platform"] = QtWidgets.QApplication.platformName()
        paths = QtCore.QLibraryInfo.LibraryPath
        state["qt_paths"] = {
            "plugins": QtCore.QLibraryInfo.path(paths.PluginsPath),
            "translations": QtCore.QLibraryInfo.path(paths.TranslationsPath),
        }
        shot = window.grab()
        state["distinct_colours"] = distinct_colours(shot.toImage())
        shot_path = os.environ.get("SCOPEKEEPER_FIRST_PAINT_SHOT")
        if shot_path:
            shot.save(shot_path, "PNG")
        if os.environ.get("SCOPEKEEPER_FIRST_PAINT_IMPORT_ALL"):
            state["import_failures"] = import_all()
        pdf_path = os.environ.get("SCOPEKEEPER_FIRST_PAINT_PDF")
        if pdf_path:
            state["pdf"] = render_pdf(pdf_path)
        write()
        QtWidgets.QApplication.exit(0)

    class FirstPaint(QtCore.QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, obj, event):  # Qt override, hence camelCase
            if (
                not self.seen
                and event.type() == QtCore.QEvent.Type.Paint
                and isinstance(obj, QtWidgets.QWidget)
                and isinstance(obj.window(), QtWidgets.QMainWindow)
            ):
                self.seen = True
                window = obj.window()
                # Queued behind the rest of this paint pass: runs once the frame is complete.
                QtCore.QTimer.singleShot(0, lambda: finish(window))
            return False

    original_exec = QtWidgets.QApplication.exec

    def exec_with_probe(*_args):
        probe = FirstPaint()
        app = QtWidgets.QApplication.instance()
        app.installEventFilter(probe)
        try:
            return original_exec()
        finally:
            app.removeEventFilter(probe)

    def refuse_dialog(dialog, *_args):
        text = dialog.text() if isinstance(dialog, QtWidgets.QMessageBox) else ""
        state["dialogs"].append({"title": dialog.windowTitle(), "text": text})
        write()
        return int(QtWidgets.QDialog.DialogCode.Rejected)

    QtWidgets.QApplication.exec = staticmethod(exec_with_probe)
    QtWidgets.QDialog.exec = refuse_dialog
    QtWidgets.QMessageBox.exec = refuse_dialog
    write()  # an empty report exists from the start: "never painted" is readable too


if os.environ.get("SCOPEKEEPER_FIRST_PAINT"):
    _install(os.environ["SCOPEKEEPER_FIRST_PAINT"])
