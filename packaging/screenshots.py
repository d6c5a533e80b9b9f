"""Screenshots of every main view of the desktop app, for the README (docs/screenshots/).

    .venv/bin/python packaging/screenshots.py [--out docs/screenshots]

Starts the real app (``scopekeeper --db FILE``) on an X virtual screen (``xvfb-run``) with a
fresh database: an empty one for the welcome page, one filled with the ``demo`` sample for
the rest. A small driver runs inside the app process: it opens each view the way a user
would, lets Qt paint it, grabs the window with ``QWidget.grab`` (no timing-based screen
captures) and saves a PNG. Three runs: light at 100 % in a 1280x800 window; dark (the
app's "Appearance: Dark" preference); and 200 % (``QT_SCALE_FACTOR=2``) in a 960x600 window,
what a 1920x1200 screen at 200 % leaves, saved at 1280 wide. PNGs are then recompressed
to a 256-colour palette with ImageMagick's ``convert`` when it is installed.

Every view and dialog in every interface language, to look for clipped or untranslated text:

    .venv/bin/python packaging/screenshots.py --all [--out /tmp/screens]

writes ``VIEW-LANG-SCALE.png`` (``dashboard-fr-200.png``...) for the languages en, fr, es and
zh_TW (chosen as a user does, in the preferences) at 100 % (1280x800) and 200 %
(``QT_SCALE_FACTOR=2``, 960x600, saved at full resolution): one app process per language and
scale. Dialogs are built as their menu or button builds them, shown without blocking and
grabbed; Qt's message and input boxes are built with the texts the app gives them. Build the
catalogues first (``packaging/translations.py release``), else the run stops.

Needs ``xvfb-run`` (Debian: ``apt-get install xvfb``); optionally ``convert`` (imagemagick)."""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 800
ENGAGEMENT = "LUMI-2026-01"  # the demo's active engagement: every milestone state
SCREEN = "-screen 0 2800x1800x24"
SHOT_SECONDS = 60
"""The longest one view may take inside the app before the run fails (a dialog waiting for a
click nobody gives is reported at once, see ``Watchdog``)."""
RUN_SECONDS_PER_SHOT = SHOT_SECONDS + 15
"""What the orchestrator allows an app run per view before it stops the run."""
AGENCY = {
    "name": "Atelier Nord",
    "address": "8 quai des Chartrons\n33000 Bordeaux",
    "signatory_name": "Claire Moreau",
    "signatory_role": "Directrice de projet",
}
"""The agency identity of the screenshot databases: with it, no first-start dialog asks for
one (desktop/dialogs/agency_first.py) and sign-offs print a named agency."""
OBJECTIVE = (
    "Ouvrir aux architectes d'intérieur un espace où ils retrouvent leurs devis, leurs "
    "échantillons commandés et les fiches techniques de chaque collection"
)
OBJECTIVE_MEASURE = "60 % des devis demandés en ligne"
"""An objective typed in the terms dialog of the screenshots (not saved), long enough to wrap."""

# (file name, what the driver does before the grab)
LIGHT = (
    "roadmap",
    "review",
    "ideas",
    "signoff",
    "history",
    "dashboard",
    "settings",
)
DARK = ("roadmap-dark", "dashboard-dark")
HIGH_DPI = ("roadmap-200",)

LANGUAGES = ("en", "fr", "es", "zh_TW")
SCALES = (1, 2)
EVERY_VIEW = (
    "welcome",
    "dashboard",
    "engagement_draft",
    "engagement_active",
    "engagement_completed",
    "engagement_cancelled",
    "milestone_editor",
    "ideas",
    "signoff",
    "signed_copy",
    "history",
    "settings",
    "new_engagement",
    "edit_engagement",
    "new_client",
    "review",
    "forecast",
    "activate",
    "cancel",
    "idea",
    "open_database",
    "password",
    "about",
)


# The orchestrator: databases, then one app process per run, under xvfb-run.


def run_app(db: Path, out: Path, shots: tuple[str, ...], home: Path, **env: str) -> None:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("xvfb-run is missing: apt-get install xvfb")
    environment = dict(os.environ)
    for name in ("CONFIG", "DATA", "STATE", "CACHE"):
        environment[f"XDG_{name}_HOME"] = str(home / name.lower())
    environment.update(QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT), **env)
    environment.pop("SCOPEKEEPER_DB", None)
    command = [xvfb, "-a", "-s", SCREEN, sys.executable, __file__, "--in-app", str(db), str(out)]
    # Its own process group, so a run that outlives its time is stopped whole (xvfb-run, the
    # X server and the app), and the caller hears why instead of waiting.
    process = subprocess.Popen(
        [*command, *shots], env=environment, cwd=ROOT, start_new_session=True
    )
    limit = RUN_SECONDS_PER_SHOT * len(shots) + 60
    try:
        code = process.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise SystemExit(
            f"the app run for {', '.join(shots)} did not finish in {limit} s and was stopped"
        ) from None
    if code != 0:
        raise SystemExit(f"the app run for {', '.join(shots)} failed ({code})")


def imagemagick() -> str | None:
    """ImageMagick's ``convert``, skipping stand-ins of the same name earlier on the PATH."""
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(folder) / "convert"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            probe = subprocess.run([str(candidate), "-version"], capture_output=True, text=True)
            if "ImageMagick" in probe.stdout:
                return str(candidate)
    return None


def optimise(folder: Path) -> None:
    convert = imagemagick()
    for png in sorted(folder.glob("*.png")):
        before = png.stat().st_size
        if convert is not None:
            subprocess.run(
                # A 256-colour palette: UI captures lose nothing visible and shrink by 2/3.
                [
                    convert,
                    str(png),
                    "-strip",
                    "+dither",
                    "-colors",
                    "256",
                    "-define",
                    "png:compression-level=9",
                    f"PNG8:{png}",
                ],
                check=True,
            )
        print(f"{png}: {before // 1024} KB -> {png.stat().st_size // 1024} KB")


def orchestrate(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sk-shots-") as tmp:
        home = Path(tmp)
        demo = home / "demo.sqlite3"
        scopekeeper = Path(sys.executable).with_name("scopekeeper")
        subprocess.run([str(scopekeeper), "--db", str(demo), "demo"], check=True, cwd=ROOT)
        run_app(home / "empty.sqlite3", out, ("welcome",), home / "empty")
        run_app(demo, out, LIGHT, home / "light")
        run_app(demo, out, DARK, home / "dark", SCOPEKEEPER_SHOTS_DARK="1")
        run_app(
            demo,
            out,
            HIGH_DPI,
            home / "hidpi",
            QT_SCALE_FACTOR="2",
            SCOPEKEEPER_SHOTS_SIZE="960x600",
        )
    optimise(out)


def orchestrate_all(out: Path) -> None:
    """Every view and dialog, in every language at every scale (``VIEW-LANG-SCALE.png``)."""
    folder = ROOT / "desktop" / "translations"
    missing = [lang for lang in LANGUAGES if not (folder / f"scopekeeper_{lang}.qm").exists()]
    if missing:
        raise SystemExit(
            f"no built catalogue for {', '.join(missing)}: "
            "run .venv/bin/python packaging/translations.py release"
        )
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sk-shots-") as tmp:
        home = Path(tmp)
        demo = home / "demo.sqlite3"
        scopekeeper = Path(sys.executable).with_name("scopekeeper")
        subprocess.run([str(scopekeeper), "--db", str(demo), "demo"], check=True, cwd=ROOT)
        for language in LANGUAGES:
            for scale in SCALES:
                suffix = f"-{language}-{scale * 100}"
                print(f"-- {language} at {scale * 100} %", flush=True)
                copy = home / f"demo{suffix}.sqlite3"  # each run may change its database
                shutil.copy(demo, copy)
                run_app(
                    copy,
                    out,
                    EVERY_VIEW,
                    home / f"home{suffix}",
                    SCOPEKEEPER_SHOTS_LANGUAGE=language,
                    SCOPEKEEPER_SHOTS_SUFFIX=suffix,
                    SCOPEKEEPER_SHOTS_FULL="1",
                    QT_SCALE_FACTOR=str(scale),
                    SCOPEKEEPER_SHOTS_SIZE="1280x800" if scale == 1 else "960x600",
                )


# The driver, inside the app process.


class Watchdog:
    """Fails the run loudly instead of letting it hang: a modal dialog the driver did not
    open (it would wait for a click nobody gives), or one view taking longer than
    ``SHOT_SECONDS``, prints what was on screen and ends the process with code 3. Its timer
    also fires inside a dialog's own event loop (``exec``), where the driver is stuck."""

    def __init__(self, driver: Driver) -> None:
        from PySide6.QtCore import QTimer

        self.driver = driver
        self.timer = QTimer()
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        from PySide6.QtWidgets import QApplication

        driver = self.driver
        modal = QApplication.activeModalWidget()
        if modal is not None and modal is not driver.showing:
            self.fail(
                f"a dialog nobody answers is open ({driver.current or 'at start'}): "
                f"{type(modal).__name__} {modal.objectName()!r} titled {modal.windowTitle()!r}"
            )
        elapsed = time.monotonic() - driver.started
        if driver.current and elapsed > SHOT_SECONDS:
            self.fail(f"{driver.current!r} did not finish in {SHOT_SECONDS} s")

    @staticmethod
    def fail(reason: str) -> None:
        import faulthandler

        print(f"screenshots: {reason}", file=sys.stderr, flush=True)
        faulthandler.dump_traceback(file=sys.stderr)
        os._exit(3)  # the event loop may be a dialog's, which would not return


class Driver:
    """Opens each view in the running app and saves a grab of it."""

    def __init__(self, window: Any, out: Path, shots: list[str]) -> None:
        self.window = window
        self.out = out
        self.shots = shots
        self.current = ""
        self.started = time.monotonic()
        self.showing: Any = None  # the dialog the driver shows itself, for the watchdog

    def settle(self, seconds: float = 0.3, until: Callable[[], bool] | None = None) -> None:
        """Let Qt handle events (layouts, paints, threads' results) for a moment."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + 10
        end = time.monotonic() + seconds
        while time.monotonic() < end or (until is not None and not until()):
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            if time.monotonic() > deadline:
                raise TimeoutError("the view did not get ready in 10 s")

    def save(self, name: str, widget: Any) -> None:
        from PySide6.QtCore import Qt

        self.settle()
        image = widget.grab().toImage()
        name += os.environ.get("SCOPEKEEPER_SHOTS_SUFFIX", "")
        if image.devicePixelRatio() > 1 and not os.environ.get(
            "SCOPEKEEPER_SHOTS_FULL"
        ):  # a 200 % grab, saved at the README's width
            image = image.scaledToWidth(
                min(image.width(), WIDTH), Qt.TransformationMode.SmoothTransformation
            )
        path = self.out / f"{name}.png"
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")
        print(f"saved {path} ({image.width()}x{image.height()})", flush=True)

    def run(self) -> None:
        width, height = map(int, os.environ.get("SCOPEKEEPER_SHOTS_SIZE", "1280x800").split("x"))
        self.window.resize(width, height)
        self.window.show()
        self.settle()
        for name in self.shots:
            self.current, self.started = name, time.monotonic()
            getattr(self, "shot_" + name.split("-")[0])(name)
        self.current = ""
        self.window.close()

    # One method per view

    def engagement(self, tab: int) -> Any:
        self.window.open_engagement(ENGAGEMENT)
        view = self.window.engagement_view
        view.tabs.setCurrentIndex(tab)
        return view

    def milestone(self, state: str) -> Any:
        view = self.window.engagement_view
        return next(m for m in view.model.milestones if m.state == state)

    def shot_welcome(self, name: str) -> None:
        self.save(name, self.window)

    def shot_roadmap(self, name: str) -> None:
        from desktop.views.engagement import TAB_ROADMAP

        view = self.engagement(TAB_ROADMAP)
        view.select_milestone(self.milestone("submitted").id)
        self.save(name, self.window)

    def shot_review(self, name: str) -> None:
        from datetime import date

        from core import queries
        from desktop.dialogs.review import ReviewDialog

        with self.window.db.reading() as session:  # the submitted milestone with most criteria
            submitted = max(
                (
                    m
                    for row in queries.list_engagements(session)
                    for m in queries.engagement_detail(session, row.id, date.today()).milestones
                    if m.state == "submitted"
                ),
                key=lambda m: len(m.criteria),
            )
        dialog = ReviewDialog(self.window.ops, self.window.services, submitted.id, self.window)
        self.showing = dialog
        dialog.show()
        verdicts = ["met", "not_met", "waived"] + ["met"] * len(dialog.rows)
        for row, verdict in zip(dialog.rows, verdicts, strict=False):
            reason = "Postponed to the print run" if verdict == "waived" else ""
            note = "Dark variant still missing" if verdict == "not_met" else "Checked live"
            dialog.set_verdict(row.position, verdict, note, reason)
        self.save(name, dialog)
        dialog.reject()
        self.showing = None

    def shot_ideas(self, name: str) -> None:
        from desktop.views.engagement import TAB_IDEAS

        view = self.engagement(TAB_IDEAS)
        backlog = view.tabs.currentWidget()
        backlog.show_settled.setChecked(True)
        captured = [i for i in view.detail.ideas if i.state == "captured"]
        if captured:
            backlog.select_ids([captured[0].id])
        self.save(name, self.window)

    def shot_signoff(self, name: str) -> None:
        from desktop.views.engagement import TAB_ROADMAP, TAB_SIGNOFF

        view = self.engagement(TAB_ROADMAP)
        done = next(
            m for m in view.model.milestones if m.state in ("signed_off", "invoiced", "accepted")
        )
        view.select_milestone(done.id)
        view.tabs.setCurrentIndex(TAB_SIGNOFF)
        panel = view.tabs.currentWidget()
        panel.preview_issued()
        self.settle(1.0, until=lambda: panel.pdf_document.pageCount() > 0)
        self.save(name, self.window)

    def shot_history(self, name: str) -> None:
        from desktop.views.engagement import TAB_HISTORY

        view = self.engagement(TAB_HISTORY)
        history = view.tabs.currentWidget()
        history.table.selectRow(min(12, history.model.rowCount() - 1))
        self.save(name, self.window)

    def shot_dashboard(self, name: str) -> None:
        self.window.show_dashboard()
        self.save(name, self.window)

    def shot_settings(self, name: str) -> None:
        import base64

        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from desktop.dialogs.settings import SettingsDialog
        from desktop.look import icon

        logo = QByteArray()
        buffer = QBuffer(logo)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        icon("scopekeeper").pixmap(96, 96).save(buffer, "PNG")
        services = self.window.services
        services.settings.update(
            logo_png_base64=base64.b64encode(bytes(logo.data())).decode("ascii"), **AGENCY
        )
        dialog = SettingsDialog(self.window.ops, services, self.window.db.url, self.window)
        self.dialog(name, dialog)

    # Every view and dialog (--all)

    def engagement_with(self, status: str) -> str:
        from core import queries

        with self.window.db.reading() as session:
            rows = queries.list_engagements(session)
        return max((r for r in rows if r.status == status), key=lambda r: r.milestones).id

    def show_page(self, status: str) -> Any:
        from desktop.views.engagement import TAB_ROADMAP

        self.window.open_engagement(self.engagement_with(status))
        view = self.window.engagement_view
        view.tabs.setCurrentIndex(TAB_ROADMAP)
        if view.model.milestones:
            view.select_milestone(view.model.milestones[0].id)
        return view

    def dialog(self, name: str, dialog: Any) -> None:
        self.showing = dialog
        dialog.show()
        self.save(name, dialog)
        dialog.reject()
        dialog.deleteLater()
        self.showing = None

    def shot_engagement_draft(self, name: str) -> None:
        self.show_page("draft")
        self.save(name, self.window)

    def shot_engagement_active(self, name: str) -> None:
        view = self.engagement(0)
        view.select_milestone(self.milestone("submitted").id)
        self.save(name, self.window)

    def shot_engagement_completed(self, name: str) -> None:
        self.show_page("completed")
        self.save(name, self.window)

    def shot_engagement_cancelled(self, name: str) -> None:
        self.show_page("cancelled")
        self.save(name, self.window)

    def shot_milestone_editor(self, name: str) -> None:
        view = self.show_page("draft")
        self.save(name, view.editor)

    def shot_signed_copy(self, name: str) -> None:
        from desktop.views.engagement import TAB_ROADMAP, TAB_SIGNOFF

        view = self.engagement(TAB_ROADMAP)
        done = [m for m in view.model.milestones if m.state in ("signed_off", "invoiced", "paid")]
        view.select_milestone((done or view.model.milestones)[-1].id)
        view.tabs.setCurrentIndex(TAB_SIGNOFF)
        self.save(name, self.window)

    def shot_new_engagement(self, name: str) -> None:
        from desktop.dialogs.engagement import EngagementDialog

        self.dialog(name, EngagementDialog(self.window.ops, self.window.services, self.window))

    def shot_edit_engagement(self, name: str) -> None:
        from desktop.dialogs.engagement import EngagementDialog

        services, engagement = self.window.services, self.engagement_with("draft")
        dialog = EngagementDialog(self.window.ops, services, self.window, engagement)
        if not dialog.objectives.rows:  # as typed, unsaved: a long objective wraps
            dialog.objectives.set_rows([[OBJECTIVE, OBJECTIVE_MEASURE]])
        self.dialog(name, dialog)

    def shot_new_client(self, name: str) -> None:
        from desktop.dialogs.engagement import ClientDialog

        self.dialog(name, ClientDialog(self.window.ops, self.window.services, self.window))

    def shot_forecast(self, name: str) -> None:
        from desktop.dialogs.forecast import ForecastDialog

        self.engagement(0)
        self.dialog(name, ForecastDialog(self.milestone("in_progress"), self.window))

    def shot_activate(self, name: str) -> None:
        from desktop.dialogs.activate import ActivateDialog

        view = self.show_page("draft")
        self.dialog(name, ActivateDialog(view.detail, lambda: None, self.window))

    def grabbing(self, name: str) -> Any:
        """A context in which the first dialog the app runs (``exec``) is shown, grabbed as
        ``name`` and cancelled instead of waiting for the user."""
        from contextlib import contextmanager

        from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

        classes = (QDialog, QFileDialog, QInputDialog, QMessageBox)

        def grab(dialog: Any) -> int:
            if isinstance(dialog, QFileDialog):
                dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
                dialog.resize(720, 440)
            self.dialog(name, dialog)
            return int(QDialog.DialogCode.Rejected)

        @contextmanager
        def patched() -> Any:
            originals = {cls: cls.__dict__.get("exec") for cls in classes}
            for cls in classes:
                cls.exec = grab  # type: ignore[method-assign]
            try:
                yield
            finally:
                for cls, original in originals.items():
                    if original is None:
                        del cls.exec
                    else:
                        cls.exec = original  # type: ignore[method-assign]

        return patched()

    def shot_cancel(self, name: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        def ask(parent: Any, title: str, label: str, text: str = "", *_: Any) -> Any:
            box = QInputDialog(parent)
            box.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
            box.setWindowTitle(title)
            box.setLabelText(label)
            box.setTextValue(text)
            self.dialog(name, box)
            return "", False

        view = self.show_page("draft")
        original = QInputDialog.getMultiLineText
        QInputDialog.getMultiLineText = staticmethod(ask)  # type: ignore[method-assign]
        try:
            view.page_actions.cancel_engagement()
        finally:
            QInputDialog.getMultiLineText = original  # type: ignore[method-assign]

    def shot_idea(self, name: str) -> None:
        from desktop.dialogs.idea import IdeaDialog

        services, engagement = self.window.services, self.engagement_with("active")
        self.dialog(name, IdeaDialog(self.window.ops, services, engagement, self.window))

    def shot_open_database(self, name: str) -> None:
        with self.grabbing(name):
            self.window.choose_database()

    def shot_password(self, name: str) -> None:
        from desktop.connecting import translate
        from desktop.credentials import server_target
        from desktop.dialogs.password import PasswordDialog

        server = server_target("postgresql+psycopg://claire@db.atelier.example:5432/scopekeeper")
        assert server is not None
        # the sentence the connection gives the dialog when the server asks for a password
        reason = translate("connecting", "The server asks for the password of {0}.")
        reason = reason.format(server.label)
        self.dialog(name, PasswordDialog(server, reason, True, self.window))

    def shot_about(self, name: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        def about(parent: Any, title: str, text: str) -> None:
            box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, parent=parent)
            box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
            self.dialog(name, box)

        original = QMessageBox.about
        QMessageBox.about = staticmethod(about)  # type: ignore[method-assign]
        try:
            self.window.about()
        finally:
            QMessageBox.about = original  # type: ignore[method-assign]


def in_app(db: str, out: Path, shots: list[str]) -> int:
    """Start the real app on ``db`` and drive it once its window is up."""
    import desktop.app

    build = desktop.app.build_main_window
    failed: list[str] = []
    watchdogs: list[Watchdog] = []

    def build_and_drive(*args: Any, **kwargs: Any) -> Any:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        window = build(*args, **kwargs)
        from desktop.dialogs.agency_first import agency_named

        if not agency_named(window.services):  # else the first start asks for it and waits
            window.services.settings.update(**AGENCY)
        driver = Driver(window, out, shots)
        watchdogs.append(Watchdog(driver))

        def drive() -> None:
            try:
                driver.run()
            except Exception:
                failed.append(traceback.format_exc())
            QApplication.exit(1 if failed else 0)

        def report(kind: type[BaseException], value: BaseException, tb: Any) -> None:
            failed.append("".join(traceback.format_exception(kind, value, tb)))
            QApplication.exit(1)

        sys.excepthook = report  # no modal error box on a screen nobody watches
        QTimer.singleShot(0, drive)
        return window

    desktop.app.build_main_window = build_and_drive
    if os.environ.get("SCOPEKEEPER_SHOTS_DARK"):  # as a user who chose it in the preferences
        from PySide6.QtCore import QSettings

        QSettings("Scopekeeper", "Scopekeeper").setValue("appearance/scheme", "dark")
    language = os.environ.get("SCOPEKEEPER_SHOTS_LANGUAGE")
    if language:  # as a user who chose it in the preferences
        from PySide6.QtCore import QSettings

        from desktop.app import LANGUAGE_SETTING

        QSettings("Scopekeeper", "Scopekeeper").setValue(LANGUAGE_SETTING, language)
    from desktop.main import main

    code = main(["--db", db])
    for problem in failed:
        print(problem, file=sys.stderr)
    return code or (1 if failed else 0)


def main() -> int:
    if len(sys.argv) > 3 and sys.argv[1] == "--in-app":
        return in_app(sys.argv[2], Path(sys.argv[3]), sys.argv[4:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--all",
        action="store_true",
        help="every view and dialog in every language at 100 %% and 200 %%",
    )
    parser.add_argument(
        "--out", type=Path, help="folder (default: docs/screenshots, with --all /tmp/screens)"
    )
    args = parser.parse_args()
    if args.all:
        orchestrate_all((args.out or Path(tempfile.gettempdir()) / "screens").resolve())
    else:
        orchestrate((args.out or ROOT / "docs" / "screenshots").resolve())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
