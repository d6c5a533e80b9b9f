"""Writing and reading the files a user names, without half-written results.

Writes are atomic: a reader sees either the old file or the complete new one, never half.

The data goes to a temporary file in the target folder (same file system, so the final rename
is atomic), is flushed and fsynced, then :func:`os.replace` puts it in place and the folder is
fsynced so the rename survives a power cut. On any failure the temporary file is removed and
an existing file at the target is left untouched.

Failures a user can cause become :class:`FileWriteError` with a message naming the file and
what to do. File names are checked for what every supported system accepts (exports are
often passed on to someone on another system): no control characters, none of ``<>:"/\\|?*``,
no reserved Windows device names, at most 255 bytes.

Reading refuses folders, missing files and oversize ones with a message naming the file.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any, Literal

from core.errors import DomainError
from core.messages import msg

MAX_READ_BYTES = 2 * 1024**3
_FORBIDDEN = frozenset('<>:"/\\|?*')
_RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)]
)
_NAME_MAX_BYTES = 255


class FileWriteError(DomainError):
    """A file could not be written; any earlier file at that place is unchanged."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


def _check_target(path: Path) -> None:
    name = path.name
    if name in ("", ".", ".."):
        raise FileWriteError(
            path, msg("'{path}' does not name a file; choose a file name", path=str(path))
        )
    bad = sorted({ch for ch in name if ch in _FORBIDDEN or ord(ch) < 0x20 or ord(ch) == 0x7F})
    if bad:
        shown = " ".join(repr(ch) for ch in bad)
        raise FileWriteError(
            path,
            msg(
                "the file name '{name}' contains characters that are not allowed: {shown}",
                name=repr(name),
                shown=shown,
            ),
        )
    if name.split(".")[0].upper().rstrip() in _RESERVED_NAMES or name.endswith((" ", ".")):
        raise FileWriteError(
            path, msg("'{name}' cannot be used as a file name on every system", name=name)
        )
    if len(name.encode("utf-8")) > _NAME_MAX_BYTES - 20:  # room for the temporary suffix
        raise FileWriteError(
            path, msg("the file name '{name}…' is too long; shorten it", name=name[:40])
        )
    folder = path.parent
    if not folder.exists():
        raise FileWriteError(
            path,
            msg("the folder '{folder}' does not exist; choose another place", folder=str(folder)),
        )
    if not folder.is_dir():
        raise FileWriteError(path, msg("'{folder}' is a file, not a folder", folder=str(folder)))
    if path.is_dir():
        raise FileWriteError(
            path, msg("'{path}' is a folder; choose a file name inside it", path=str(path))
        )


def explain_write_error(path: Path, error: OSError) -> FileWriteError:
    """A readable message for an operating-system error while writing ``path``."""
    code = error.errno
    if code == errno.ENOSPC or code == getattr(errno, "EDQUOT", None):
        text = msg(
            "the disk holding '{folder}' is full; free some space and try again",
            folder=str(path.parent),
        )
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = msg(
            "'{path}' cannot be written: the folder or file is read-only, or the file is open "
            "in another program; choose another place or close the file",
            path=str(path),
        )
    elif code == errno.ENAMETOOLONG:
        text = msg("the name '{path}' is too long; shorten the file or folder name", path=str(path))
    elif code == errno.EISDIR:
        text = msg("'{path}' is a folder; choose a file name inside it", path=str(path))
    elif code in (errno.ENOENT, errno.ENOTDIR):
        text = msg(
            "the folder '{folder}' does not exist (any more); choose another place",
            folder=str(path.parent),
        )
    elif code == errno.EINVAL:
        text = msg("'{name}' is not a valid file name here; choose another name", name=path.name)
    else:
        text = msg(
            "'{path}' could not be written: {problem}",
            path=str(path),
            problem=error.strerror or str(error),
        )
    return FileWriteError(path, text)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    try:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass  # best effort: the data itself is already safely on disk


@contextmanager
def atomic_writer(
    path: str | os.PathLike[str],
    mode: Literal["wb", "w"] = "wb",
    *,
    newline: str | None = None,
    encoding: str = "utf-8",
) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; on a clean exit it replaces ``path`` atomically.

    ``mode`` is ``'wb'`` (bytes) or ``'w'`` (text, in ``encoding``; ``newline`` as for
    :func:`open`, e.g. ``''`` for the csv module). If the block raises, nothing is replaced.
    """
    if mode not in ("wb", "w"):
        raise ValueError("mode must be 'wb' or 'w'")
    target = Path(path).expanduser()
    _check_target(target)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as error:
        raise explain_write_error(target, error) from error
    try:
        try:
            existing_mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            pass
        else:
            os.chmod(temp, existing_mode)
        if mode == "wb":
            handle: IO[Any] = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        fd = -1  # owned by handle from here on
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _fsync_folder(target.parent)
    except BaseException as error:
        if fd >= 0:
            os.close(fd)
        # Best effort: on a disk that has just failed (or turned read-only) removing the
        # temporary file can fail too, and that must not hide why the write failed.
        with suppress(OSError):
            temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise explain_write_error(target, error) from error
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_writer`); returns the path."""
    with atomic_writer(path, "wb") as handle:
        handle.write(data)
    return Path(path).expanduser()


def describe_os_error(error: OSError) -> str:
    """One line for an operating-system error that no command worded itself: what went
    wrong, and with which file."""
    where = error.filename
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", None):
        on = f" (writing '{where}')" if where else ""
        return f"the disk is full{on}; free some space and try again"
    reason = (error.strerror or str(error) or type(error).__name__).rstrip(".")
    if where:
        return f"'{where}': {reason[:1].lower()}{reason[1:]}"
    return reason[:1].lower() + reason[1:]


def read_user_file(path: Path | str, *, limit: int = MAX_READ_BYTES) -> bytes:
    """Read a file the user named, refusing folders, missing files and oversize ones."""
    source = Path(path).expanduser()
    try:
        if source.is_dir():
            raise DomainError(msg("{path} is a folder, not a file", path=str(source)))
        size = source.stat().st_size
        if size > limit:
            raise DomainError(
                msg(
                    "{path} is too large ({size} bytes; at most {limit})",
                    path=str(source),
                    size=size,
                    limit=limit,
                )
            )
        return source.read_bytes()
    except FileNotFoundError:
        raise DomainError(msg("{path} does not exist", path=str(source))) from None
    except OSError as exc:
        raise DomainError(
            msg("cannot read {path}: {problem}", path=str(source), problem=exc.strerror or str(exc))
        ) from exc
