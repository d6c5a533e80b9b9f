"""Whether this SQLite's JSON functions write text exactly as Python's ``json`` does.

Two bulk passes of ``scopekeeper check`` let SQLite write JSON text (an event's text for
the history chains, a roadmap's text for the baselines) and compare or hash it instead of
assembling it in Python. They are right only if SQLite escapes every string as ``json``
does; this is the one trial of that, on a sample holding every ASCII character (the
controls, quote and backslash are the ones escaped) and characters beyond, kept per
SQLite version."""

from __future__ import annotations

import sqlite3
from json.encoder import encode_basestring
from typing import Any

SAMPLE = "".join(map(chr, range(128))) + "\u00e9\u00c9\u4e2d\u6587\u2028\u2029\ufeff\U0001f600"
"""Text every JSON trial is made on."""

_TRIAL = "SELECT json_quote(?), json_quote(?), json_quote(?), json_quote(NULL)"
_TRIAL_VALUES = (SAMPLE, SAMPLE[::-1], -123456789012)
_TRIAL_TEXT = (
    encode_basestring(SAMPLE),
    encode_basestring(SAMPLE[::-1]),
    "-123456789012",
    "null",
)
_trusted: dict[str, bool] = {}


def quotes_as_json(dbapi_connection: Any) -> bool:
    """Whether the SQLite behind ``dbapi_connection`` (a ``sqlite3`` connection) quotes
    strings as ``json`` does and writes whole numbers and NULL as it does."""
    version = sqlite3.sqlite_version
    if version not in _trusted:
        try:
            made = tuple(dbapi_connection.execute(_TRIAL, _TRIAL_VALUES).fetchone())
        except sqlite3.Error:
            made = ()
        _trusted[version] = made == _TRIAL_TEXT
    return _trusted[version]
