"""Atomic writes: the old file survives every failure, and the user is told what went wrong."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from core import files
from core.errors import DomainError
from core.files import FileWriteError, atomic_write_bytes, atomic_writer


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_new_file_and_replaces_old_one(tmp_path: Path) -> None:
    target = tmp_path / "signoff.pdf"
    atomic_write_bytes(target, b"first")
    atomic_write_bytes(target, b"second")
    assert target.read_bytes() == b"second"
    assert leftovers(tmp_path) == []


def test_text_mode_honours_newline_and_encoding(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    with atomic_writer(target, "w", newline="") as handle:
        handle.write("Reçu;驗收\r\n")
    assert target.read_bytes() == "Reçu;驗收\r\n".encode()


def test_replacing_keeps_the_permissions_of_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_an_error_inside_the_block_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write(b"half of the new")
        raise RuntimeError("rendering failed")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_full_disk_is_reported_and_old_file_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)
    with pytest.raises(FileWriteError, match="full") as caught:
        atomic_write_bytes(target, b"new content")
    assert isinstance(caught.value, DomainError)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_full_disk_while_writing_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.csv"

    class FullDisk:
        def write(self, text: str) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(FileWriteError, match="full"), atomic_writer(target, "w") as handle:
        monkeypatch.setattr(handle, "write", FullDisk().write)
        handle.write("row")
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="does not exist"):
        atomic_write_bytes(tmp_path / "gone" / "report.pdf", b"x")


def test_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    real_open = os.open
    if os.geteuid() == 0:  # root ignores permissions: refuse like the kernel would for others

        def refusing_open(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
            if Path(path).parent == folder and flags & os.O_CREAT:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, flags, mode)

        monkeypatch.setattr(files.os, "open", refusing_open)
    try:
        with pytest.raises(FileWriteError, match="read-only"):
            atomic_write_bytes(folder / "report.pdf", b"x")
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_target_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").mkdir()
    with pytest.raises(FileWriteError, match="is a folder"):
        atomic_write_bytes(tmp_path / "report.pdf", b"x")
    assert (tmp_path / "report.pdf").is_dir()


@pytest.mark.parametrize(
    "name",
    ["bad\x00name.pdf", "what?.pdf", "a:b.pdf", 'say "hi".pdf', "CON.pdf", "trailing. ", "x" * 250],
)
def test_bad_file_names_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(FileWriteError):
        atomic_write_bytes(tmp_path / name, b"x")
    assert list(tmp_path.iterdir()) == []


def test_unicode_file_names_are_fine(tmp_path: Path) -> None:
    target = tmp_path / "驗收 Reçu año.pdf"
    atomic_write_bytes(target, b"ok")
    assert target.read_bytes() == b"ok"
