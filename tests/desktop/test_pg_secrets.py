"""PostgreSQL from the desktop app: the password lives in the OS keyring or nowhere, never in
the settings, the Recent menu or any file; a server that is down or goes away is named as
such, with Retry / Open another database / Quit at start.

The tests that open a real server need SCOPEKEEPER_TEST_PG_URL (``packaging/dev.sh test``
runs this module in its PostgreSQL phase); the ones about a server out of reach use a closed
port on 127.0.0.1 and run everywhere. Each test gets its own home, config, data and state
folders, so nothing is read from or written to the person's own."""

from __future__ import annotations

import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from desktop import app as desktop_app
from desktop import file_dialogs
from desktop.credentials import SERVICE, server_target
from desktop.dialogs.password import PasswordDialog
from desktop.main_window import MainWindow
from tests.conftest import PG_URL

needs_server = pytest.mark.skipif(
    not PG_URL,
    reason="needs a PostgreSQL server in SCOPEKEEPER_TEST_PG_URL "
    "(packaging/dev.sh test runs this module in its PostgreSQL phase)",
)


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: what a desktop session's keyring would hold."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.entries[(service, username)]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A home of this test only: settings, data, logs and libpq's password file in it."""
    user_config = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation
    )
    root = tmp_path / "home"
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        (root / sub).mkdir(parents=True)
        monkeypatch.setenv(name, str(root / sub))
    monkeypatch.setenv("HOME", str(root))
    monkeypatch.setenv("PGPASSFILE", str(root / ".pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("SCOPEKEEPER_DB", raising=False)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(root / ".config")
    )
    try:
        yield root
    finally:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, user_config)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """What keyring falls back to on a machine without a desktop session."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


class Asked:
    """The password dialogs shown (their texts), each answered with the next password."""

    def __init__(self) -> None:
        self.answers: list[str | None] = []
        self.shown: list[tuple[str, str]] = []

    def __call__(self, dialog: PasswordDialog) -> int:
        self.shown.append((dialog.reason.text(), dialog.keeping.text()))
        answer = self.answers.pop(0)
        if answer is None:
            return int(QDialog.DialogCode.Rejected)
        dialog.password.setText(answer)
        return int(QDialog.DialogCode.Accepted)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    record = Asked()
    monkeypatch.setattr(PasswordDialog, "exec", lambda dialog: record(dialog))
    return record


@pytest.fixture
def server_url(db_url: str) -> str:
    """A URL with its password to an empty schema of the test server."""
    assert make_url(db_url).password, "the test server's URL carries its password"
    return db_url


def start_app(monkeypatch: pytest.MonkeyPatch, target: str | None) -> tuple[int, MainWindow]:
    """Run the app on ``target`` until its window is shown, then quit; the window."""
    windows: list[MainWindow] = []
    build = desktop_app.build_main_window

    def build_and_quit(*args: object, **kwargs: object) -> MainWindow:
        window = build(*args, **kwargs)  # type: ignore[arg-type]
        windows.append(window)
        QTimer.singleShot(0, QApplication.quit)
        return window

    monkeypatch.setattr(desktop_app, "build_main_window", build_and_quit)
    code = desktop_app.run(target)
    assert len(windows) == 1, "the main window was shown once"
    windows[0].close()
    return code, windows[0]


def recent_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.recent_menu.actions()]


def files_holding(root: Path, secret: str, public: list[str]) -> list[Path]:
    """Files under ``root`` that hold ``secret`` once the ``public`` texts (the URL as it
    may be remembered: the user name may be the same word as the password) are taken out."""
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", "replace")
            for allowed in public:
                text = text.replace(allowed, "")
            if secret in text:
                found.append(path)
    return found


def settings_file(home: Path) -> Path:
    return home / ".config" / "Scopekeeper" / "Scopekeeper.conf"


# Passwords


@needs_server
def test_a_password_in_the_url_goes_to_the_keyring_and_is_used_from_there_next_time(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring,
    asked: Asked, server_url: str,
) -> None:  # fmt: skip
    server = server_target(server_url)
    assert server is not None and server.password
    code, window = start_app(monkeypatch, server_url)
    assert code == 0
    assert recent_texts(window) == [server.public]
    assert all(
        server.password not in text.replace(server.public, "") for text in recent_texts(window)
    )
    assert memory_keyring.entries == {(SERVICE, server.account): server.password}
    stored = settings_file(home).read_text(encoding="utf-8")
    assert server.public in stored
    assert files_holding(home, server.password, [server.public]) == []

    # Next start: the remembered database, its password from the keyring, nothing asked.
    code, again = start_app(monkeypatch, None)
    assert code == 0 and asked.shown == []
    assert make_url(again.db.url).password == server.password
    assert again.windowTitle() == make_url(server_url).render_as_string(hide_password=True)
    assert files_holding(home, server.password, [server.public]) == []


@needs_server
def test_without_a_keyring_the_password_is_asked_for_says_why_and_is_kept_nowhere(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, no_keyring: None, asked: Asked,
    server_url: str,
) -> None:  # fmt: skip
    server = server_target(server_url)
    assert server is not None and server.password
    asked.answers = [server.password, server.password]
    code, window = start_app(monkeypatch, server.public)
    assert code == 0
    assert len(asked.shown) == 1
    reason, keeping = asked.shown[0]
    assert reason == f"The server asks for the password of {server.label}."
    assert keeping == (
        "No system keyring is available, so Scopekeeper cannot remember this password; "
        "it will ask again next time."
    )
    assert recent_texts(window) == [server.public]
    assert files_holding(home, server.password, [server.public]) == []
    # ... and it does ask again next time.
    assert start_app(monkeypatch, None)[0] == 0
    assert len(asked.shown) == 2


@needs_server
def test_a_password_typed_in_preferences_without_a_keyring_is_used_once_and_not_stored(
    window: MainWindow, no_keyring: None, asked: Asked, server_url: str, qsettings: QSettings
) -> None:
    server = server_target(server_url)
    assert server is not None and server.password
    assert window.switch_database(server_url)
    assert asked.shown == []  # it was typed: nothing to ask
    assert "cannot remember this password" in window.statusBar().currentMessage()
    assert recent_texts(window) == [server.public]
    qsettings.sync()
    settings = Path(qsettings.fileName()).read_text(encoding="utf-8")
    assert server.public in settings and f":{server.password}@" not in settings
    # Choosing it again from the Recent menu asks for the password, and opens it.
    asked.answers = [server.password]
    window.recent_menu.actions()[0].trigger()
    assert len(asked.shown) == 1
    assert make_url(window.db.url).password == server.password
    window.db.close()


@needs_server
def test_a_refused_password_from_the_keyring_is_asked_again_and_replaced(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring,
    asked: Asked, server_url: str,
) -> None:  # fmt: skip
    server = server_target(server_url)
    assert server is not None and server.password
    memory_keyring.entries[(SERVICE, server.account)] = "an old password"
    asked.answers = [server.password]
    assert start_app(monkeypatch, server.public)[0] == 0
    reason, keeping = asked.shown[0]
    assert reason == f"The server refused the password for {server.label}."
    assert "keeps it in the system keyring" in keeping
    assert memory_keyring.entries[(SERVICE, server.account)] == server.password


@needs_server
def test_closing_the_password_dialog_offers_retry_another_database_or_quit(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, no_keyring: None, asked: Asked,
    server_url: str,
) -> None:  # fmt: skip
    server = server_target(server_url)
    assert server is not None
    asked.answers = [None]
    boxes = answer_boxes(monkeypatch, ["Quit"])
    assert desktop_app.run(server.public) == 1
    assert boxes == [("Database not opened", f"No password was given for {server.label}, so it was not opened.", ["Retry", "Open another database…", "Quit"])]  # fmt: skip


@needs_server
def test_a_password_file_is_enough_nothing_is_asked(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, no_keyring: None, asked: Asked,
    server_url: str,
) -> None:  # fmt: skip
    """libpq reads ~/.pgpass (or PGPASSFILE) when the URL has no password."""
    server = server_target(server_url)
    assert server is not None and server.password
    passfile = home / ".pgpass"
    passfile.write_text(f"{server.host}:{server.port}:*:{server.user}:{server.password}\n")
    passfile.chmod(0o600)
    code, window = start_app(monkeypatch, server.public)
    assert code == 0 and asked.shown == []
    assert make_url(window.db.url).password is None
    assert recent_texts(window) == [server.public]


@needs_server
def test_a_password_remembered_by_an_earlier_version_moves_to_the_keyring(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring,
    asked: Asked, server_url: str,
) -> None:  # fmt: skip
    server = server_target(server_url)
    assert server is not None and server.password
    old = QSettings()
    old.setValue("database/recent", [server_url, "/somewhere/else.sqlite3"])
    old.setValue("database/target", server_url)
    old.sync()
    assert server.password in settings_file(home).read_text(encoding="utf-8").replace(server.public, "")  # fmt: skip
    code, window = start_app(monkeypatch, None)
    assert code == 0 and asked.shown == []
    assert recent_texts(window) == [server.public, "/somewhere/else.sqlite3"]
    assert memory_keyring.entries == {(SERVICE, server.account): server.password}
    assert files_holding(home, server.password, [server.public]) == []


# A server out of reach


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def answer_boxes(
    monkeypatch: pytest.MonkeyPatch, clicks: list[str]
) -> list[tuple[str, str, list[str]]]:
    """Message boxes shown (title, text, buttons), each answered by clicking the next button
    named in ``clicks``; the boxes themselves are not opened."""
    shown: list[tuple[str, str, list[str]]] = []

    def exec_(box: QMessageBox) -> int:
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        shown.append((box.windowTitle(), box.text(), list(buttons)))
        buttons[clicks.pop(0)].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_a_server_down_at_start_is_named_with_its_address_and_quit_quits(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, no_keyring: None, asked: Asked
) -> None:
    port = closed_port()
    boxes = answer_boxes(monkeypatch, ["Retry", "Quit"])
    url = f"postgresql+psycopg://pat:s3cret-Word@127.0.0.1:{port}/agency"
    assert desktop_app.run(url) == 1
    assert len(boxes) == 2  # asked again after Retry
    title, text, buttons = boxes[0]
    assert title == "Database server not reachable"
    assert text.startswith(
        f"Scopekeeper cannot reach the database server at 127.0.0.1, port {port} "
        f"(database pat@127.0.0.1:{port}/agency): Connection refused"
    )
    assert "s3cret-Word" not in text
    assert buttons == ["Retry", "Open another database…", "Quit"]
    assert asked.shown == []
    assert files_holding(home, "s3cret-Word", []) == []


def test_a_server_down_at_start_lets_the_person_open_another_database(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, no_keyring: None, tmp_path: Path
) -> None:
    boxes = answer_boxes(monkeypatch, ["Open another database…"])
    local = tmp_path / "mine.sqlite3"
    monkeypatch.setattr(file_dialogs, "ask_database_at_start", lambda: str(local))
    code, window = start_app(
        monkeypatch, f"postgresql+psycopg://pat:s3cret-Word@127.0.0.1:{closed_port()}/agency"
    )
    assert code == 0 and len(boxes) == 1
    assert window.db.url == f"sqlite:///{local}"
    assert recent_texts(window) == [str(local)]
    assert files_holding(home, "s3cret-Word", []) == []


def test_a_server_lost_while_the_app_runs_is_named_not_an_unexpected_error(
    home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    boxes = answer_boxes(monkeypatch, ["OK"])
    desktop_app.install_excepthook(desktop_app.setup_logging(tmp_path))
    port = closed_port()
    engine = create_engine(f"postgresql+psycopg://pat:s3cret-Word@127.0.0.1:{port}/agency")
    try:
        engine.connect()
    except Exception as exc:  # what a read or a unit of work raises once the server is gone
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        engine.dispose()
    assert [(title, buttons) for title, _text, buttons in boxes] == [
        ("Database server not reachable", ["OK"])
    ]
    text = boxes[0][1]
    assert text.startswith(
        f"Scopekeeper lost the database server at 127.0.0.1, port {port}: nothing answers there now."
    )
    assert "Nothing was half-saved" in text and "s3cret-Word" not in text


class Relay:
    """A TCP relay to the test server that can be shut down: the server "goes away"."""

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:  # shut down
                return
            server = socket.create_connection(self._target)
            with self._lock:
                self._open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass

    def shut_down(self) -> None:
        for sock in [self._listener, *self._open]:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()


@needs_server
def test_a_server_going_away_under_a_running_window_is_named(
    qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring,
    server_url: str, tmp_path: Path,
) -> None:  # fmt: skip
    server = server_target(server_url)
    assert server is not None
    relay = Relay(server.host, server.port)
    through_relay = make_url(server_url).set(host="127.0.0.1", port=relay.port)
    try:
        code, window = start_app(monkeypatch, through_relay.render_as_string(hide_password=False))
        assert code == 0
        window.db.close()  # run() closed it; the window's next read connects again
        boxes = answer_boxes(monkeypatch, ["OK"])
        refusals = refusals_shown(monkeypatch)
        desktop_app.install_excepthook(desktop_app.setup_logging(tmp_path), window)
        relay.shut_down()
        window.welcome.sample_button.click()  # a unit of work: it needs the server
    finally:
        relay.shut_down()
    # Whether the one handler or the operation runner (a core refusal) tells it, the person
    # reads once that the server at that address cannot be reached.
    shown = boxes + refusals
    assert len(shown) == 1, shown
    title, text, _buttons = shown[0]
    assert title != "Unexpected error"
    assert f"127.0.0.1, port {relay.port}" in text or f'"127.0.0.1", port {relay.port}' in text
    assert "reach" in text


def refusals_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, list[str]]]:
    """The operation runner's refusals (QMessageBox.warning), recorded, not opened."""
    shown: list[tuple[str, str, list[str]]] = []

    def warning(_parent: object, title: str, text: str, *args: object, **kwargs: object) -> int:
        shown.append((title, text, ["OK"]))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def test_the_password_dialog_masks_what_is_typed_and_needs_something(qtbot) -> None:
    server = server_target("postgresql+psycopg://pat@db.agency.example:5433/agency")
    assert server is not None
    dialog = PasswordDialog(server, "The server asks for the password of it.", False)
    qtbot.addWidget(dialog)
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert not dialog.connect_button.isEnabled()
    qtbot.keyClicks(dialog.password, "hunter2")
    assert dialog.connect_button.isEnabled()
    assert dialog.server.text() == "db.agency.example:5433/agency"


def test_a_url_is_remembered_without_its_password_wherever_it_was_written() -> None:
    for url in (
        "postgresql+psycopg://pat:s3cret@db.example:5433/agency?sslmode=require",
        "postgresql://pat@db.example:5433/agency?password=s3cret&sslmode=require",
    ):
        server = server_target(url)
        assert server is not None
        assert server.password == "s3cret"
        assert "s3cret" not in server.public
        assert server.label == "pat@db.example:5433/agency"
        assert make_url(server.url(server.password)).password == "s3cret"
        assert make_url(server.public).query == {"sslmode": "require"}
    assert server_target("/home/pat/scopekeeper.sqlite3") is None
    assert server_target("sqlite:////home/pat/scopekeeper.sqlite3") is None
