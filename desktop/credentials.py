"""PostgreSQL passwords: kept in the OS keyring, never in the settings file or a menu.

A database is remembered (settings, Recent databases, Preferences) by its *public* target:
a file path, or a server URL with the password taken out. The password itself goes to the
system keyring through the ``keyring`` library (Secret Service on Linux, the macOS Keychain,
the Windows Credential Manager), filed under ``user@host:port``: it is the password of a
role on a server, whichever of its databases is opened.

Where no keyring is available (keyring then falls back to its "fail" backend, as on a
Linux machine without a desktop session) nothing is written: the password is asked for
again at the next connection. A server that needs no password from us (libpq's
``~/.pgpass``, ``PGPASSWORD``, trust or certificate authentication) is opened without one.

``keyring`` is imported only when a server is opened: it costs some 200 ms, which start-up
on the embedded SQLite database does not pay."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

SERVICE = "Scopekeeper"
"""The keyring service name the passwords are filed under."""
DEFAULT_PORT = 5432
log = logging.getLogger("scopekeeper.credentials")


@dataclass(frozen=True)
class ServerTarget:
    """A PostgreSQL target, split into what may be remembered and what may not."""

    public: str
    """The URL without a password: what the settings and the menus hold."""
    password: str | None
    """The password written in the URL by the user, if any: kept in memory only."""
    user: str
    host: str
    port: int
    database: str

    @property
    def account(self) -> str:
        """The keyring entry's name: ``user@host:port``."""
        return f"{self.user}@{self.host or 'localhost'}:{self.port}"

    @property
    def label(self) -> str:
        """How messages name the database: ``user@host:port/database``."""
        return f"{self.account}/{self.database}"

    def url(self, password: str | None) -> str:
        """The URL to connect with: the public one, plus ``password`` when given."""
        if not password:
            return self.public
        return make_url(self.public).set(password=password).render_as_string(hide_password=False)


def server_target(target: str) -> ServerTarget | None:
    """``target`` split for remembering, or None when it is not a PostgreSQL URL (a file)."""
    if "://" not in target:
        return None
    try:
        url = make_url(target)
    except ArgumentError:
        return None  # core.db refuses it with the reason
    if url.get_backend_name() != "postgresql":
        return None
    password = url.password or url.query.get("password")
    if isinstance(password, tuple):  # the same query key given twice
        password = password[-1]
    public = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    ).difference_update_query(["password"])
    host = url.host or _query_text(url, "host")  # empty: libpq's local default
    port_text = _query_text(url, "port")
    port = url.port or (int(port_text) if port_text.isdigit() else DEFAULT_PORT)
    return ServerTarget(
        public=public.render_as_string(hide_password=False),
        password=str(password) if password else None,
        user=url.username or _query_text(url, "user"),
        host=host,
        port=port,
        database=url.database or _query_text(url, "dbname"),
    )


def _query_text(url: URL, key: str) -> str:
    value = url.query.get(key, "")
    return value[-1] if isinstance(value, tuple) else value


def public_target(target: str) -> str:
    """``target`` as it may be remembered: a server URL loses its password."""
    server = server_target(target)
    return server.public if server is not None else target


class Keychain:
    """The system keyring, for one kind of secret: a server role's password.

    Every method answers "nothing" instead of failing when no keyring can be used (none
    installed, locked and not unlocked, the session bus gone): a keyring that fails must
    never stop anyone from opening their database; they are asked for the password."""

    def available(self) -> bool:
        """Whether a password given now can be remembered for the next time."""
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring

        return not isinstance(keyring.get_keyring(), NoKeyring)

    def password(self, account: str) -> str | None:
        import keyring
        from keyring.errors import KeyringError

        if not self.available():
            return None
        try:
            return keyring.get_password(SERVICE, account) or None
        except (KeyringError, OSError) as exc:
            log.info("keyring: cannot read the password of %s: %s", account, exc)
            return None

    def remember(self, account: str, password: str) -> bool:
        """Keep ``password`` for ``account``; False when there is no keyring to keep it."""
        import keyring
        from keyring.errors import KeyringError

        if not self.available():
            return False
        try:
            keyring.set_password(SERVICE, account, password)
        except (KeyringError, OSError) as exc:
            log.info("keyring: cannot store the password of %s: %s", account, exc)
            return False
        return True


def scrub_settings(settings: QSettings, keychain: Keychain | None = None) -> None:
    """Take passwords out of the remembered databases (written by versions before the
    keyring): each moves to the keyring when there is one, and leaves the settings file
    either way; without a keyring it is asked for at the next connection."""
    stored = settings.value("database/recent", [])
    if isinstance(stored, str):  # QSettings gives a list of one back as its item
        recent = [stored]
    else:
        recent = [str(t) for t in stored] if isinstance(stored, list | tuple) else []
    current = settings.value("database/target")
    targets = [*recent, *([current] if isinstance(current, str) else [])]
    servers = [s for s in map(server_target, targets) if s is not None and s.password]
    if not servers:
        return
    keychain = keychain or Keychain()
    for server in servers:
        assert server.password is not None
        if keychain.password(server.account) is None:
            keychain.remember(server.account, server.password)
    settings.setValue("database/recent", list(dict.fromkeys(map(public_target, recent))))
    if isinstance(current, str):
        settings.setValue("database/target", public_target(current))
    settings.sync()
