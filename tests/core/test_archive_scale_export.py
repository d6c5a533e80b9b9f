"""On SQLite the export lets SQLite write each row's JSON; the file must be byte for byte the
one the JSON encoder writes, for any text, and for stored values in a form the application
never writes (the encoder takes over from there)."""

from __future__ import annotations

import json
import sqlite3

import pytest

import core.archive.exporting as exporting
from core.archive import export_archive
from core.db import Database
from tests.factories import demo_source_fixture  # noqa: F401  (the source fixture)

# Every control character (NUL included), quotes, backslashes, the separators JSON allows
# raw, a byte-order mark, DEL, accents, CJK and a character beyond the BMP.
ODD = "".join(map(chr, range(32))) + "\"'\\/ \u2028\u2029\ufeff\x7f é 里程碑 😀 end"


def _by_encoder(db: Database, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """The archive as the JSON encoder alone writes it (as on PostgreSQL)."""
    with monkeypatch.context() as patch:
        patch.setattr(exporting, "_sqlite_json", lambda name: None)
        return export_archive(db, None)


def _edit(db: Database, *statements: tuple[str, tuple[object, ...]]) -> None:
    """Change stored values behind the application's back (as another program could)."""
    path = db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        for sql, args in statements:
            assert conn.execute(sql, args).rowcount == 1


def test_sqlite_writes_any_text_as_the_encoder_does(
    source: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _edit(
        source,
        ("UPDATE milestone SET title = ? WHERE rowid = (SELECT min(rowid) FROM milestone)", (ODD,)),
        ("UPDATE history_event SET after = ? WHERE rowid = 5", (ODD * 3,)),
    )
    monkeypatch.setattr(exporting, "_FETCH", 4)
    monkeypatch.setattr(exporting, "_BLOCK", 300)
    archive = export_archive(source, None)
    assert archive == _by_encoder(source, monkeypatch)
    assert json.dumps(ODD, ensure_ascii=False).encode() in archive


def test_a_value_in_another_form_hands_the_rest_of_its_table_to_the_encoder(
    source: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = source.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as conn:
        stream, seq, at = conn.execute(
            "SELECT stream, seq, at FROM history_event ORDER BY stream, seq LIMIT 1 OFFSET 10"
        ).fetchone()
    spelled = at.replace("T", " ").replace("Z", "+00:00")  # the same moment, spelled otherwise
    _edit(
        source,
        ("UPDATE history_event SET at = ? WHERE stream = ? AND seq = ?", (spelled, stream, seq)),
    )
    monkeypatch.setattr(exporting, "_FETCH", 4)
    monkeypatch.setattr(exporting, "_BLOCK", 2000)  # the odd row in the middle of a block
    archive = export_archive(source, None)
    assert archive == _by_encoder(source, monkeypatch)
    assert f'"at": "{at}"'.encode() in archive  # written in the archive's form
    assert spelled.encode() not in archive
