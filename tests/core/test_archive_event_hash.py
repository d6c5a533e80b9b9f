"""The hash an import (and ``scopekeeper check``) recomputes for every history event is
the SHA-256 of the event as ``json.dumps`` writes it: compact, sorted keys, non-ASCII as
is. ``core.history`` assembles that text itself for speed; any difference, for any text a
field may hold, would make every stored chain look altered (or let an altered one pass)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from core.history import GENESIS, event_hash, event_text

ODD_TEXTS = [
    "",
    "plain",
    'say "hello"',
    "back\\slash and \\u0041 spelled out",
    '\\"',
    "tab\tnew line\ncarriage\rfeed\fbell\x07backspace\b",
    "NUL \x00 inside",
    "\x01\x1f\x7f\x80\x9f",
    "line separators \u2028 and \u2029",
    "non-BMP \U0001f600 \U0010ffff",
    "accents é à ü ß, 里程碑",
    "</script><!-- -->",
    '{"before":"json","n":[1,2]}',
    "\ud7ff\ue000\ufeff\uffff",
]
FIELDS = ("stream", "at", "actor", "entity", "entity_id", "action", "before", "after", "prev_hash")
PLAIN: dict[str, Any] = {
    "stream": "engagement:5b1c3f0e-1234-4abc-9def-0123456789ab",
    "seq": 7,
    "at": "2026-01-02T03:04:05Z",
    "actor": "alice",
    "entity": "milestone",
    "entity_id": "5b1c3f0e-1234-4abc-9def-0123456789ab",
    "action": "updated",
    "before": '{"title":"Alpha"}',
    "after": '{"title":"Beta"}',
    "prev_hash": GENESIS,
}
ORDER = ("stream", "seq", "at", "actor", "entity", "entity_id", "action", "before", "after")


def _as_json(fields: dict[str, Any]) -> str:
    named = {("prev" if key == "prev_hash" else key): value for key, value in fields.items()}
    return json.dumps(named, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("text", ODD_TEXTS, ids=repr)
def test_every_field_is_written_as_json_writes_it(field: str, text: str) -> None:
    fields = {**PLAIN, field: text}
    expected = _as_json(fields)
    assert event_text(**fields) == expected
    digest = hashlib.sha256(expected.encode("utf-8")).hexdigest()
    assert event_hash(**fields) == digest
    positional = [fields[name] for name in (*ORDER, "prev_hash")]
    assert event_hash(*positional) == digest


@pytest.mark.parametrize("seq", [0, 1, 10, 2**31, 2**63 - 1])
def test_the_number_is_written_as_json_writes_it(seq: int) -> None:
    fields = {**PLAIN, "seq": seq}
    assert event_text(**fields) == _as_json(fields)


def test_every_odd_text_at_once() -> None:
    """All the odd texts in every field together, each field a different one."""
    fields: dict[str, Any] = dict(PLAIN)
    for offset, name in enumerate(FIELDS):
        fields[name] = "".join(ODD_TEXTS[offset:] + ODD_TEXTS[:offset])
    expected = _as_json(fields)
    assert event_text(**fields) == expected
    assert event_hash(**fields) == hashlib.sha256(expected.encode("utf-8")).hexdigest()


CHARACTERS = [chr(code) for code in range(0x80)] + [
    "\x80",
    "\xa0",
    "\xe9",
    "\u2028",
    "\u2029",
    "\ufeff",
    "\U0001f600",
    "\U0010ffff",
]


@pytest.mark.parametrize("field", FIELDS)
def test_each_character_hashes_as_json_writes_it(field: str) -> None:
    """Every ASCII character and a few beyond, amid plain text in each field."""
    for character in CHARACTERS:
        fields = {**PLAIN, field: f"a{character}b"}
        expected = _as_json(fields)
        assert event_text(**fields) == expected, repr(character)
        digest = hashlib.sha256(expected.encode("utf-8")).hexdigest()
        assert event_hash(**fields) == digest, repr(character)
