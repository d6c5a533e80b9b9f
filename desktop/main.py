"""The ``scopekeeper`` console script: a command runs in the terminal, no command opens the app.

``scopekeeper [--db PATH_OR_URL] [--actor NAME] [--version] [COMMAND ...]``. The commands come
from ``core.cli`` (data) and ``reports.cli`` (documents). Qt is imported only when the desktop
app starts, so the commands stay quick and work on machines without a display.

Exit codes: 0 success, 1 a check or verification failed, 2 bad usage or bad input (every
refusal is printed as one line on stderr, never as a traceback)."""

from __future__ import annotations

import gc
import getpass
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core import __version__
from core.errors import DomainError
from core.text import NAME_MAX, clean_text

if TYPE_CHECKING:
    import argparse

PROG = "scopekeeper"
BEFORE_QT = (
    "ctypes",  # desktop.pyside_fixes
    *(("pwd",) if os.name == "posix" else ()),  # getpass: the name written in the history
    "platformdirs",  # the settings, data and log folders
    "sqlalchemy.dialects.sqlite",  # loaded by the first create_engine
    "core.db",
    "core.migrate",
    "core.templates",
    "core.queries.listing",  # the sidebar
)
"""What the desktop app imports before PySide6 (see ``_desktop``): all that opening the
database and the first window use, outside Qt itself. The ORM models are not among them:
the first frame reads through ``core.schema_light``, and ``desktop.app`` loads the models
just after it."""


def build_parser() -> argparse.ArgumentParser:
    import argparse

    from core import cli as core_cli
    from reports import cli as reports_cli

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Locked-scope engagements, milestone sign-offs and spin-offs. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help="SQLite file or postgresql+psycopg:// URL "
        "(default: $SCOPEKEEPER_DB, else the file in your data folder)",
    )
    parser.add_argument(
        "--actor",
        metavar="NAME",
        default=None,
        help="name recorded in the history (default: $SCOPEKEEPER_ACTOR, else your login)",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    core_cli.register(sub)
    reports_cli.register(sub)
    return parser


def default_actor() -> str:
    name = os.environ.get("SCOPEKEEPER_ACTOR", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers, services)
        return PROG


def _error(message: str) -> int:
    """Print a refusal on stderr, in the session's language (LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG) when it is one the core's sentences are translated into; exit code 2."""
    from core.messages import in_language, language_of

    print(f"{PROG}: error: {in_language(message, language_of(os.environ))}", file=sys.stderr)
    return 2


def _tolerant_output() -> None:
    """A console that cannot show some characters gets escapes, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding != "utf8":
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    return _main(argv)[0]


def desktop_options(argv: Sequence[str]) -> tuple[str | None, str | None] | None:
    """``(--db, --actor)`` when ``argv`` holds nothing but those two options, each with a
    value (``--db X`` or ``--db=X``; the last one counts, as with argparse); otherwise None.

    That is how the desktop app is started, and it is on the clock: answering it here
    spares start-up building the parser of every command (and importing their modules).
    Anything else — a command, ``--help``, a missing value, an abbreviation — goes to the
    full parser, which accepts or refuses it exactly as before."""
    found: dict[str, str] = {}
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        name, equals, value = arg.partition("=")
        if name not in ("--db", "--actor"):
            return None
        if not equals:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        found[name] = value
    return found.get("--db"), found.get("--actor")


def _main(argv: Sequence[str] | None) -> tuple[int, bool]:
    """The exit code, and whether the desktop app ran (rather than a terminal command)."""
    _tolerant_output()
    arguments = sys.argv[1:] if argv is None else list(argv)
    quick = desktop_options(arguments)
    if quick is not None:
        db, actor_option, command = quick[0], quick[1], None
    else:
        try:
            args = build_parser().parse_args(arguments)
        except SystemExit as exc:  # --help, --version, or a usage error (already printed)
            return (exc.code if isinstance(exc.code, int) else 2), False
        db, actor_option, command = args.db, args.actor, args.command
    try:
        # The name written in the history, held to the same rule in the window as in a command.
        actor = clean_text(actor_option or default_actor(), field="--actor", max_length=NAME_MAX)
    except DomainError as exc:
        return _error(str(exc)), False
    if command is None:
        return _desktop(db, actor), True
    return _command(args, actor), False


def _desktop(target: str | None, actor: str) -> int:
    """Start the desktop app. The database layer is imported before Qt: once PySide6 is
    loaded, its import hook reads the source of every module imported after it (looking
    for ``__feature__`` imports), which adds some 60 ms to loading SQLAlchemy. A file named
    by ``--db`` or SCOPEKEEPER_DB is checked in a thread meanwhile."""
    from core.sqlite_file import start_file_check

    checked = start_file_check(target) if target or os.environ.get("SCOPEKEEPER_DB") else None
    # Start-up builds a large graph of long-lived objects (modules, mappers, Qt wrappers);
    # the cyclic garbage collector would walk it again and again for nothing. It is turned
    # back on, with that graph frozen out of its way, once the main window exists.
    gc.disable()
    try:
        for name in BEFORE_QT:
            importlib.import_module(name)
        from desktop.app import run  # Qt is loaded here and only here

        exit_code: int = run(target, checked=checked, actor=actor)
        return exit_code
    finally:
        gc.enable()  # whatever happened before the window was built


def _command(args: argparse.Namespace, actor: str) -> int:
    from core.sqlite_file import start_file_check

    # Read the file's every page in a thread while SQLAlchemy is imported below, without
    # the garbage collector walking the modules being loaded (see _desktop).
    checked = start_file_check(args.db, later=getattr(args, "reads_every_page", False))
    gc.disable()

    from sqlalchemy.exc import DBAPIError

    from core.db import cannot_open, open_database
    from core.faults import explain
    from core.services import Services

    try:
        db = open_database(args.db, checked=checked)
    except DomainError as exc:
        return _error(str(exc))
    except DBAPIError as exc:  # e.g. the PostgreSQL server is unreachable
        refusal = explain(exc)
        problem = refusal.message if refusal is not None else str(exc.orig).strip() or str(exc)
        return _error(cannot_open(problem))
    finally:
        gc.freeze()
        gc.enable()
    try:
        return int(args.handler(args, Services(db, actor)))
    except DomainError as exc:
        return _error(str(exc))
    except DBAPIError as exc:
        # What the unit of work and read sessions did not word already (core.faults).
        refusal = explain(exc)
        if refusal is None:
            raise  # not the surroundings but a fault of the program: its traceback helps
        return _error(str(refusal))
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (e.g. `| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as exc:  # a file or folder the command used (full disk, read-only, ...)
        from core.files import describe_os_error

        return _error(describe_os_error(exc))
    finally:
        db.close()


def entry() -> None:
    """The ``scopekeeper`` console script: ``main``, then a quick exit for commands.

    A command has written and closed everything it opened by the time ``main`` returns.
    The interpreter's orderly teardown of a few hundred modules would add some 70 ms to
    every command only to free memory the system reclaims anyway, so a command ends with
    ``os._exit`` once the output streams are flushed. The desktop app (no command) ends
    normally, so Qt tears its objects down in order."""
    code, app_ran = _main(sys.argv[1:])
    if app_ran:
        raise SystemExit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more to say
            pass
    os._exit(code)


if __name__ == "__main__":
    entry()
