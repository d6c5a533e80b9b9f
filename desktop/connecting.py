"""Opening a database from the desktop: a file as it is; a PostgreSQL server with the
password from the keyring, or asked for, and a server out of reach named as such.

What went wrong with a server is read from psycopg's own connection state (libpq says
whether a password was needed or used) and from a plain TCP connection to the server's
port, not from the wording of the server's messages, which it translates. The one
exception is a refused password, which libpq reports only in words; when those words are
not the English ones the server's message is shown as it is."""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from core.db import Database, open_database
from core.errors import DatabaseRefusedError
from core.sqlite_file import FileCheck
from desktop.credentials import Keychain, ServerTarget, public_target, server_target

PROBE_TIMEOUT_S = 3.0
UNIX_SOCKET_FOLDERS = ("/var/run/postgresql", "/tmp")  # noqa: S108  (libpq reads it)
"""Where libpq looks for a local server when the URL names no host (Debian's, then the
upstream default)."""

AskPassword = Callable[[ServerTarget, str, bool], "str | None"]
"""``ask(server, reason, remembered)``: the password typed, or None when the person gave
up. ``remembered`` says whether a keyring will keep it."""


def translate(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under a name lupdate reads: the messages below reach
    the catalogues (a helper taking the text alone hid them from it)."""
    return QCoreApplication.translate(context, text)


class ServerUnreachableError(DatabaseRefusedError):
    """Nothing answers at the server's host and port."""

    def __init__(self, server: ServerTarget, detail: str) -> None:
        super().__init__(
            translate(
                "connecting",
                "Scopekeeper cannot reach the database server at {0}, port {1} "
                "(database {2}): {3}\n\nCheck that the server is running and that this "
                "computer can reach it (network, VPN), then try again.",
            ).format(server.host or "localhost", server.port, server.label, detail)
        )
        self.server = server


class PasswordNotGivenError(DatabaseRefusedError):
    """The server needs a password and the person closed the password dialog."""


@dataclass(frozen=True)
class Opened:
    db: Database
    target: str
    """What to remember: the file, or the URL without its password."""
    note: str | None = None
    """Something the status bar should say (the password could not be remembered)."""


def open_target(
    target: str | None,
    *,
    ask_password: AskPassword,
    checked: FileCheck | None = None,
    keychain: Keychain | None = None,
) -> Opened:
    """Open ``target`` (None: SCOPEKEEPER_DB or the default file). Raises
    DatabaseRefusedError (or ServerUnreachableError) with a message for the person."""
    server = server_target(target or os.environ.get("SCOPEKEEPER_DB") or "")
    if server is None:
        db = open_database(target, checked=checked)
        return Opened(db, public_target(target) if target else db.url)
    return _open_server(server, ask_password, keychain or Keychain())


def _open_server(server: ServerTarget, ask: AskPassword, keychain: Keychain) -> Opened:
    password = server.password or keychain.password(server.account)
    from_user = server.password is not None
    while True:
        try:
            db = open_database(server.url(password))
            break
        except Exception as exc:  # sorted below; anything else goes on up
            failure = psycopg_failure(exc)
            if failure is None:
                raise
            pgconn = getattr(failure, "pgconn", None)
            refused = bool(pgconn is not None and pgconn.used_password and password) and (
                "password authentication failed" in str(failure)
            )
            if (pgconn is not None and pgconn.needs_password) or refused:
                reason = (
                    translate("connecting", "The server refused the password for {0}.")
                    if refused
                    else translate("connecting", "The server asks for the password of {0}.")
                ).format(server.label)
                password = ask(server, reason, keychain.available())
                if password is None:
                    raise PasswordNotGivenError(
                        translate(
                            "connecting", "No password was given for {0}, so it was not opened."
                        ).format(server.label)
                    ) from None
                from_user = True
                continue
            if not reachable(server.host, server.port):
                raise ServerUnreachableError(
                    server, _server_words(failure, first_line=True)
                ) from None
            detail = _server_words(failure)
            raise DatabaseRefusedError(
                translate("connecting", "The database server did not open {0}: {1}").format(
                    server.label, detail
                )
            ) from None
    note = None
    if from_user and password and not keychain.remember(server.account, password):
        note = translate(
            "connecting",
            "No system keyring is available, so Scopekeeper cannot remember this password; "
            "it will ask again next time.",
        )
    return Opened(db, server.public, note)


def psycopg_failure(exc: BaseException) -> BaseException | None:
    """The psycopg connection error behind ``exc`` (SQLAlchemy wraps it, a core error may
    carry it as its cause), or None."""
    psycopg = sys.modules.get("psycopg")
    if psycopg is None:
        return None
    refused: type[BaseException] = psycopg.OperationalError
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, refused):
            return current
        orig = getattr(current, "orig", None)
        if isinstance(orig, refused):
            return orig
        current = current.__cause__ or current.__context__
    return None


def _server_words(failure: BaseException, *, first_line: bool = False) -> str:
    """libpq's message without what the caller says already ("connection failed:
    connection to server at ... failed:"), on one line."""
    text = str(failure).strip().removeprefix("connection failed: ")
    head, separator, rest = text.partition(" failed: ")
    if separator and head.startswith("connection to server"):
        text = rest
    if first_line:
        text = text.split("\n", 1)[0]
    return " ".join(text.split()) or type(failure).__name__


def reachable(host: str, port: int) -> bool:
    """Whether something accepts connections at ``host``:``port`` (a folder: the local
    server's socket in it)."""
    if not host and os.name == "nt":
        host = "localhost"  # libpq's default where there are no Unix sockets
    if host.startswith("/"):
        folders: tuple[str, ...] = (host,)
    elif not host:
        folders = UNIX_SOCKET_FOLDERS
    else:
        try:
            with socket.create_connection((host, port), timeout=PROBE_TIMEOUT_S):
                return True
        except OSError:
            return False
    for folder in folders:
        path = os.path.join(folder, f".s.PGSQL.{port}")
        try:
            with socket.socket(socket.AF_UNIX) as unix:
                unix.settimeout(PROBE_TIMEOUT_S)
                unix.connect(path)
                return True
        except OSError:
            continue
    return False


def lost_server_message(exc: BaseException) -> tuple[str, str] | None:
    """(title, text) for an error that is the database server going away while the app
    runs, or None when ``exc`` is something else."""
    failure = psycopg_failure(exc)
    state = getattr(failure, "sqlstate", None)
    if failure is None or (state and not state.startswith(("08", "57P"))):
        return None  # the server answered (a full disk, a cancelled query...): not gone
    pgconn = getattr(failure, "pgconn", None)
    host = _text(getattr(pgconn, "host", b""))
    port_text = _text(getattr(pgconn, "port", b""))
    port = int(port_text) if port_text.isdigit() else 5432
    where = (
        translate("connecting", "{0}, port {1}").format(host, port)
        if host
        else translate("connecting", "its address")
    )
    saved = translate(
        "connecting",
        "Nothing was half-saved: the action was rolled back. Try again once the server is back.",
    )
    if host and not reachable(host, port):
        return (
            translate("connecting", "Database server not reachable"),
            translate(
                "connecting",
                "Scopekeeper lost the database server at {0}: nothing answers there now. "
                "Check that the server is running and that this computer can reach it "
                "(network, VPN).\n\n{1}",
            ).format(where, saved),
        )
    return (
        translate("connecting", "Database connection lost"),
        translate(
            "connecting", "The connection to the database server at {0} failed: {1}\n\n{2}"
        ).format(where, _server_words(failure), saved),
    )


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value or "")
