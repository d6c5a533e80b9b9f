"""Starting the desktop app: the QApplication, the database, the one error handler.

Start-up is on the clock (bench/bench_desktop.py), so this module imports little: the
database file check starts in a thread first, and SQLAlchemy and the main window are
imported while SQLite reads the file. The ORM models are loaded just after the first frame
(``prepare_orm`` in ``run``): that frame reads through ``core.schema_light``."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.errors import DatabaseRefusedError
from desktop.labels import LANGUAGE_PROPERTY, words_language
from desktop.pyside_fixes import pin_none

pin_none()  # before any Qt object exists: PySide6 6.12 leaks references to None

if TYPE_CHECKING:
    from core.db import Database
    from core.services import Services
    from core.sqlite_file import FileCheck
    from desktop.connecting import Opened
    from desktop.main_window import MainWindow

APP_NAME = "Scopekeeper"
TRANSLATIONS = Path(__file__).with_name("translations")
log = logging.getLogger("scopekeeper")


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class LogFile(logging.Handler):
    """A rotating log file that is opened by the first record, not at start-up."""

    def __init__(self, path: Path) -> None:
        super().__init__(logging.INFO)
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._file = RotatingFileHandler(
                self.path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
            self._file.setFormatter(
                logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
            )
        self._file.emit(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(folder: Path | None = None) -> Path:
    """Log to a rotating file in the user's log folder; returns its path."""
    path = (folder or log_dir()) / "scopekeeper.log"
    for old in [h for h in log.handlers if isinstance(h, LogFile)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(LogFile(path))
    log.setLevel(logging.INFO)
    return path


def install_excepthook(log_path: Path, parent: QWidget | None = None) -> None:
    """One handler for every unexpected error: log it, tell the user, keep running.

    Every change runs in a unit of work that rolls back unless the service committed,
    so an exception half-way through an action leaves the database as it was."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        if _tell_lost_server(value, text, parent):
            return
        log.error("unexpected error\n%s", text)
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("app", "Unexpected error"))
        box.setText(
            QApplication.translate(
                "app",
                "Something went wrong that Scopekeeper did not expect: {0}\n\n"
                "Nothing was half-saved: the action was rolled back. "
                "The details are in {1}.",
            ).format(value, log_path)
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def _tell_lost_server(value: BaseException, details: str, parent: QWidget | None) -> bool:
    """When ``value`` is the database server gone away, say so in words (not as an
    unexpected error) and return True."""
    from desktop.connecting import lost_server_message

    lost = lost_server_message(value)
    if lost is None:
        return False
    title, text = lost
    log.warning("database server lost\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
    return True


BUNDLED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf")


def add_fallback_font() -> list[str]:
    """Register the fonts the documents embed: the CJK fallback, so Traditional Chinese
    names read right where the system has no CJK font (Qt falls back to it per character),
    and DejaVu Sans, so a minimal system without any font still shows text. Returns the
    families registered.

    Registering reads only the fonts' names (about 1.5 ms for the three); Qt parses the 4 MB
    CJK font the first time a character needs it. ``run`` registers them before the window
    is built, so its first frame already shows every name as it will stay."""
    import importlib.util

    spec = importlib.util.find_spec("reports")
    folders = spec.submodule_search_locations if spec is not None else None
    families: list[str] = []
    if folders:
        for name in BUNDLED_FONTS:
            font = Path(next(iter(folders))) / "fonts" / name
            if font.exists():
                font_id = QFontDatabase.addApplicationFont(str(font))
                families += QFontDatabase.applicationFontFamilies(font_id)
    return families


PACKED_FONTS = ("NanumSquareR.ttf.xz", "HanaMinB.ttf.xz", "Symbola_hint.ttf.xz")
"""The documents' other fallback fonts (``reports.text``), shipped xz-compressed: Hangul,
CJK Extension B to F (Taiwanese personal names such as 𠀋) and symbols."""


def packed_font_files(cache: Path) -> list[Path]:
    """The packed fonts unpacked into ``cache`` (once: later calls find them there), for
    ``QFontDatabase.addApplicationFont``. Takes about a second the first time (HanaMinB),
    nothing afterwards; safe to run on a worker thread (no Qt)."""
    import importlib.util
    import lzma
    import tempfile

    spec = importlib.util.find_spec("reports")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        return []
    found: list[Path] = []
    for name in PACKED_FONTS:
        packed = Path(next(iter(folders))) / "fonts" / name
        if not packed.exists():
            continue
        # the packed file's size in the name: a newer font never meets an old unpacking
        target = cache / f"{packed.stem[: -len('.ttf')]}-{packed.stat().st_size}.ttf"
        if not target.exists():
            cache.mkdir(parents=True, exist_ok=True)
            with (
                lzma.open(packed) as source,
                tempfile.NamedTemporaryFile(dir=cache, suffix=".part", delete=False) as unpacked,
            ):
                while chunk := source.read(1 << 20):
                    unpacked.write(chunk)
            os.replace(unpacked.name, target)
        found.append(target)
    return found


class PackedFonts(QObject):
    """Registers the packed fallback fonts without holding up the window: a worker thread
    unpacks them (the first time only), then they are added on the GUI thread and the
    open windows repaint, so a client name in Hangul or with 𠀋 shows its glyphs."""

    sig_unpacked = Signal(list)
    sig_registered = Signal(list)
    """The families added, once they are (for tests and anything waiting for them)."""

    def __init__(self, cache: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.families: list[str] = []
        self.sig_unpacked.connect(self._register, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        import threading

        threading.Thread(target=self._unpack, name="unpack-fonts", daemon=True).start()

    def _unpack(self) -> None:
        try:
            files = packed_font_files(self.cache)
        except OSError as exc:  # a full or read-only cache: the window keeps system fonts
            log.warning("fallback fonts not unpacked: %s", exc)
            files = []
        self.sig_unpacked.emit([str(f) for f in files])

    def _register(self, files: list[str]) -> None:
        for file in files:
            font_id = QFontDatabase.addApplicationFont(file)
            self.families += QFontDatabase.applicationFontFamilies(font_id)
        for widget in QApplication.topLevelWidgets():
            widget.update()
        self.sig_registered.emit(self.families)


def font_cache() -> Path:
    """Where the packed fonts are unpacked: the user's cache folder."""
    location = QStandardPaths.StandardLocation.CacheLocation
    return Path(QStandardPaths.writableLocation(location)) / "fonts"


LANGUAGE_SETTING = "interface/language"
"""The QSettings key of the interface language chosen in Preferences: "system" (or absent)
to follow the system's locale, else one of ``INTERFACE_LANGUAGES``."""
INTERFACE_LANGUAGES = ("en", "fr", "es", "zh_TW")
"""The languages the interface can be set to, as Qt names their locales."""


def chosen_language(settings: QSettings | None) -> str | None:
    """The interface language set in Preferences, or None to follow the system."""
    if settings is None:
        return None
    value = settings.value(LANGUAGE_SETTING, "system")
    return value if value in INTERFACE_LANGUAGES else None


def install_translators(
    app: QApplication,
    folder: Path = TRANSLATIONS,
    locale: QLocale | None = None,
    settings: QSettings | None = None,
) -> list[QTranslator]:
    """Load Qt's own and Scopekeeper's translations for the user's language, when present
    (``scopekeeper_fr.qm``, ``scopekeeper_zh_TW.qm``... made with pyside6-lrelease).

    The language is the one chosen in Preferences when ``settings`` holds one (English
    included), else that of ``locale`` (the system's by default).

    ``scopekeeper_en.qm`` is loaded first whatever the language: it holds the English plural
    forms of the strings written with ``%n`` ("1 acceptance criterion"), which Qt cannot
    derive from the source text. A translator installed later is asked first."""
    chosen = chosen_language(settings)
    if chosen is not None:
        locale = QLocale(chosen)
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    english = QTranslator(app)
    if english.load(str(folder / "scopekeeper_en.qm")):
        app.installTranslator(english)
        installed.append(english)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (("qtbase", qt_folder), ("scopekeeper", str(folder))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where) and translator.filePath() != (
            english.filePath()
        ):
            app.installTranslator(translator)
            installed.append(translator)
            if name == "scopekeeper":
                language = words_language(QLocale(translator.language() or locale.name()))
                app.setProperty(LANGUAGE_PROPERTY, language)
    return installed


def remove_translators(app: QApplication, installed: list[QTranslator]) -> None:
    """Undo ``install_translators``: the interface is English again."""
    for translator in installed:
        app.removeTranslator(translator)
    app.setProperty(LANGUAGE_PROPERTY, None)


ORM_DELAY_MS = 50
"""How long after the first frame ``run`` prepares the ORM: long enough for the frame to
reach the screen and for input already queued to be handled first, far shorter than the
time a person takes to read the window and pick an engagement."""


class AfterFirstPaint(QObject):
    """Runs ``callback`` ``delay_ms`` after ``widget`` has painted its first frame (work
    that can wait)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], delay_ms: int = 0) -> None:
        super().__init__(widget)
        self._widget, self._callback, self._delay_ms = widget, callback, delay_ms
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(self._delay_ms, self._callback)
        return False


def build_main_window(
    db: Database, services: Services, settings: QSettings | None = None
) -> MainWindow:
    """The main window for an open database, shown but without running the event loop."""
    from desktop.main_window import MainWindow

    window = MainWindow(db, services, settings)
    window.show()
    # What exists now lives as long as the app: keep it out of the garbage collector's full
    # passes, which otherwise stall a large load (a 500-milestone roadmap) for tens of ms.
    # (desktop.main turns the collector off for start-up; from here on it runs.)
    gc.freeze()
    gc.enable()
    return window


def _open_with_retries(target: str | None, checked: FileCheck | None) -> Opened | None:
    """Open the database; when refused or out of reach, say why and offer to try again
    (a server), to open another database, or to quit (None)."""
    from desktop.connecting import PasswordNotGivenError, ServerUnreachableError, open_target
    from desktop.dialogs.password import ask_password
    from desktop.refusals import words

    while True:
        try:
            return open_target(target, checked=checked, ask_password=ask_password)
        except DatabaseRefusedError as exc:
            unreachable = isinstance(exc, ServerUnreachableError)
            choice = _what_next(
                words(exc.message),  # the core's sentence in the interface's language
                QApplication.translate("app", "Database server not reachable")
                if unreachable
                else QApplication.translate("app", "Database not opened"),
                retry=unreachable or isinstance(exc, PasswordNotGivenError),
            )
        if choice == "retry":
            continue
        if choice is None:
            return None
        from desktop import file_dialogs

        path = file_dialogs.ask_database_at_start()  # its button reads Open, not Save
        if not path:
            return None
        target, checked = path, None


def _what_next(message: str, title: str, *, retry: bool) -> str | None:
    """Ask what to do about a database that did not open: "retry", "other", or None (quit)."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    again = box.addButton(QMessageBox.StandardButton.Retry) if retry else None
    other = box.addButton(
        QApplication.translate("app", "Open another database…")
        if retry
        else QApplication.translate("app", "Choose another file…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    quit_button = box.addButton(
        QApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(quit_button)
    box.setDefaultButton(again or other)
    box.exec()
    clicked = box.clickedButton()
    if again is not None and clicked is again:
        return "retry"
    return "other" if clicked is other else None


def run(
    db_target: str | None, *, checked: FileCheck | None = None, actor: str | None = None
) -> int:
    """Start the GUI on ``db_target`` (or SCOPEKEEPER_DB, the last database used, the default).

    ``checked`` is a file check the caller already started (``desktop.main``); it is used
    when it is about the file that ends up being opened. ``actor`` is the name for the
    history, already checked by ``desktop.main`` (else SCOPEKEEPER_ACTOR or the login)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("app.scopekeeper.Scopekeeper")  # matches the .desktop entry
    settings = QSettings()
    install_translators(app, settings=settings)
    app.setWindowIcon(QIcon(str(Path(__file__).with_name("icons") / "scopekeeper.svg")))
    scheme = settings.value("appearance/scheme", "system")
    if scheme != "system":
        from desktop.look import apply_colour_scheme

        apply_colour_scheme(str(scheme))
    from desktop.credentials import scrub_settings

    scrub_settings(settings)  # passwords remembered by earlier versions go to the keyring
    target = db_target
    if target is None and not os.environ.get("SCOPEKEEPER_DB"):
        stored = settings.value("database/target")
        target = stored if isinstance(stored, str) and stored else None
    from core.sqlite_file import start_file_check

    if checked is None:
        checked = start_file_check(target)  # SQLite reads every page while the rest loads
    log_path = setup_logging()
    install_excepthook(log_path)
    from core.services import Services
    from desktop.main import default_actor  # the command line's: SCOPEKEEPER_ACTOR, the login
    from desktop.main_window import MainWindow  # noqa: F401  (imported while the check runs)

    opened = _open_with_retries(target, checked)
    if opened is None:
        return 1
    db = opened.db
    add_fallback_font()
    window = build_main_window(db, Services(db, actor or default_actor()), settings)
    if target:
        window.remember_database(opened.target)  # without a password
    if opened.note:
        window.statusBar().showMessage(opened.note)

    def prepare_orm() -> None:
        # The first frame reads through Core queries without the ORM models (see
        # core.schema_light); declaring them and configuring their mappers (some 40 ms)
        # runs a moment after it, so neither the frame nor opening the first engagement
        # waits for it.
        from sqlalchemy.orm import configure_mappers

        import core.models  # noqa: F401  (declares the mapped classes)

        configure_mappers()

    AfterFirstPaint(window, prepare_orm, delay_ms=ORM_DELAY_MS)
    ask = getattr(window, "ask_agency_at_start", None)
    if ask is not None:  # no agency named yet: asked once the window shows
        AfterFirstPaint(window, ask, delay_ms=ORM_DELAY_MS + 50)
    AfterFirstPaint(window, PackedFonts(font_cache(), window).start, delay_ms=ORM_DELAY_MS)
    code = app.exec()
    db.close()
    return code
