"""Canonical JSON and fingerprints.

Snapshots and history events are hashed in one canonical form: keys sorted, no
insignificant whitespace, UTF-8 without escapes, every string NFC-normalised, and only
integers as numbers (money is integer minor units, so a float here is a bug)."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any


def _normalise(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {_key(k): _normalise(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [_normalise(v) for v in value]
    raise TypeError(f"{type(value).__name__} cannot appear in a canonical snapshot")


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError("snapshot keys must be strings")
    return unicodedata.normalize("NFC", key)


def canonical_json(value: Any) -> str:
    """The one serialisation that is hashed."""
    return json.dumps(_normalise(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(value: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of ``value``."""
    return sha256_text(canonical_json(value))


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
