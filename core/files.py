"""Writing and reading the files a user names, without half-written results."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from core.errors import DomainError

MAX_READ_BYTES = 2 * 1024**3


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (the folder or file is read-only)"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or str(exc)


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` so that the file is either complete or untouched.

    The bytes go to a temporary file in the same folder, are flushed to disk, then the
    temporary file replaces the target in one step. On any failure the temporary file is
    removed and a :class:`DomainError` says what went wrong; an existing file keeps its
    previous content."""
    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise DomainError(f"{target} is a folder; give a file name to write to")
    if not folder.is_dir():
        raise DomainError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise DomainError(f"cannot write {target}: {_reason(exc)}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            _default_mode(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise DomainError(f"cannot write {target}: {_reason(exc)}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(folder)
    return target


def _default_mode(path: Path) -> None:
    """mkstemp creates 0600 files; give new files the usual permissions (umask applied)."""
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~umask)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_user_file(path: Path | str, *, limit: int = MAX_READ_BYTES) -> bytes:
    """Read a file the user named, refusing folders, missing files and oversize ones."""
    source = Path(path).expanduser()
    try:
        if source.is_dir():
            raise DomainError(f"{source} is a folder, not a file")
        size = source.stat().st_size
        if size > limit:
            raise DomainError(f"{source} is too large ({size} bytes; at most {limit})")
        return source.read_bytes()
    except FileNotFoundError:
        raise DomainError(f"{source} does not exist") from None
    except OSError as exc:
        raise DomainError(f"cannot read {source}: {_reason(exc)}") from exc
