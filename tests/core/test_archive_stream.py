"""Archives read and written as streams: an archive written before streaming still imports
and exports back to the same bytes, any JSON spacing is read, a syntax error far into the
file is placed by line and column, and a file read in small pieces gives the same result."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import core.archive.reader
from core.archive import export_archive, import_archive, import_archive_file, write_archive
from core.check import run_check
from core.db import Database
from core.errors import ArchiveError

FIXTURE = Path(__file__).parent / "data" / "archive-v1-demo.json"
"""The whole sample portfolio as ``export-archive --all`` wrote it before archives were
streamed (archive version 1)."""


def test_an_archive_written_before_streaming_imports_and_exports_identically(db: Database) -> None:
    data = FIXTURE.read_bytes()
    result = import_archive_file(db, FIXTURE, "t")
    assert result.engagements and result.events > 0
    assert run_check(db) == []
    assert export_archive(db, None) == data


def test_the_file_and_the_in_memory_export_agree(db: Database, tmp_path: Path) -> None:
    import_archive(db, FIXTURE.read_bytes(), "t")
    out = io.BytesIO()
    size = write_archive(db, None, out)
    assert size == len(out.getvalue())
    assert out.getvalue() == FIXTURE.read_bytes()


def test_any_json_spacing_is_read(db: Database) -> None:
    """Another program may write the same document indented, or on one line."""
    document = json.loads(FIXTURE.read_bytes())
    compact = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()
    result = import_archive(db, compact, "t")
    assert export_archive(db, None) == FIXTURE.read_bytes()
    assert result.engagements


def test_an_indented_archive_is_read(db: Database) -> None:
    document = json.loads(FIXTURE.read_bytes())
    indented = json.dumps(document, indent=4).encode()
    import_archive(db, indented, "t")
    assert export_archive(db, None) == FIXTURE.read_bytes()


def test_reading_in_small_pieces_gives_the_same_result(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows, strings, numbers and multi-byte characters cut at every piece boundary."""
    monkeypatch.setattr(core.archive.reader, "_CHUNK", 7)
    import_archive(db, FIXTURE.read_bytes(), "t")
    assert export_archive(db, None) == FIXTURE.read_bytes()


@pytest.mark.parametrize("chunk", [7, 1 << 20])
def test_a_syntax_error_deep_in_the_file_names_its_line_and_column(
    db: Database, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(core.archive.reader, "_CHUNK", chunk)
    lines = FIXTURE.read_bytes().split(b"\n")
    target = len(lines) - 20
    lines[target] = lines[target].replace(b'": ', b'": :', 1)
    bad = b"\n".join(lines)
    try:
        json.loads(bad)
    except json.JSONDecodeError as exc:
        expected = f"line {exc.lineno}, column {exc.colno}: {exc.msg}"
    with pytest.raises(ArchiveError, match=expected):
        import_archive(db, bad, "t")
    assert b'"history_event": []' in export_archive(db, None)  # nothing was imported
