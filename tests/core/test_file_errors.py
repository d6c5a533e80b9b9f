"""Files the user names: what they are told when one cannot be read or written, and that an
earlier file at that place is never damaged by a write that failed."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from core.errors import DomainError
from core.files import (
    FileWriteError,
    atomic_write_bytes,
    describe_os_error,
    explain_write_error,
    read_user_file,
)

# --- reading a file the user chose (an archive to import) ----------------------------------


def test_a_file_is_read_whole(tmp_path: Path) -> None:
    source = tmp_path / "archive.json"
    source.write_bytes(b'{"format": "scopekeeper"}')
    assert read_user_file(source) == b'{"format": "scopekeeper"}'


def test_a_folder_is_not_a_file_to_read(tmp_path: Path) -> None:
    with pytest.raises(DomainError, match="is a folder, not a file"):
        read_user_file(tmp_path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "gone.json"
    with pytest.raises(DomainError) as caught:
        read_user_file(missing)
    assert str(caught.value) == f"{missing} does not exist"


def test_a_file_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(DomainError) as caught:
        read_user_file(big, limit=1024)
    assert str(caught.value) == f"{big} is too large (2048 bytes; at most 1024)"


def test_a_file_the_system_will_not_read_says_why(tmp_path: Path) -> None:
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)  # a link to itself: the system refuses to follow it
    with pytest.raises(DomainError) as caught:
        read_user_file(loop)
    assert str(caught.value).startswith(f"cannot read {loop}: ")
    assert "symbolic links" in str(caught.value)


# --- writing: names the system refuses ----------------------------------------------------


def test_a_file_name_too_long_for_the_disk_is_refused_and_nothing_written(
    tmp_path: Path,
) -> None:
    target = tmp_path / ("r" * 300 + ".pdf")  # file names stop at 255 bytes
    with pytest.raises(FileWriteError, match="is too long; shorten it"):
        atomic_write_bytes(target, b"%PDF-1.7")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENAMETOOLONG, "is too long; shorten the file or folder name"),
        (errno.EISDIR, "is a folder; choose a file name inside it"),
        (errno.ENOENT, "does not exist (any more); choose another place"),
        (errno.EINVAL, "is not a valid file name here; choose another name"),
        (errno.EIO, "could not be written: the device failed"),
    ],
    ids=["path-too-long", "folder", "folder-gone", "invalid-name", "other"],
)
def test_each_write_error_of_the_system_reads_as_a_sentence(
    tmp_path: Path, code: int, words: str
) -> None:
    """What the system says when the folder changed between the check and the write, the
    whole path is longer than the system takes, or a disk such as a memory card refuses a
    name."""
    error = explain_write_error(tmp_path / "out" / "report.pdf", OSError(code, "the device failed"))
    assert words in str(error)
    assert error.path == tmp_path / "out" / "report.pdf"


# --- an operating-system error no command worded ---------------------------------------------


def test_a_full_disk_names_the_file_being_written() -> None:
    error = OSError(errno.ENOSPC, "No space left on device", "/media/usb/report.pdf")
    assert describe_os_error(error) == (
        "the disk is full (writing '/media/usb/report.pdf'); free some space and try again"
    )
    assert describe_os_error(OSError(errno.ENOSPC, "No space left on device")) == (
        "the disk is full; free some space and try again"
    )


def test_another_system_error_names_its_file_and_reads_as_one_sentence() -> None:
    error = OSError(errno.EACCES, "Permission denied.", "/srv/shared/history.csv")
    assert describe_os_error(error) == "'/srv/shared/history.csv': permission denied"
    assert describe_os_error(OSError("Something odd")) == "something odd"
