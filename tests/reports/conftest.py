"""Fixtures for the document tests: a sign-off snapshot like core produces, PDF readers, and
the certificates a client signs with."""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader

from tests.reports.pki import SigningPki, make_pki

BASE_SNAPSHOT: dict[str, Any] = {
    "schema": "scopekeeper.signoff/1",
    "document_id": "ACME-2026-01-M03-R2",
    "language": "en",
    "agency": {"name": "Studio Nord", "address": "12 rue des Arts\n75011 Paris"},
    "client": {"name": "ACME SA", "address": "4 avenue de l'Europe\n69002 Lyon"},
    "engagement": {"code": "ACME-2026-01", "title": "Website redesign", "currency": "EUR"},
    "milestone": {
        "position": 3,
        "title": "Checkout flow",
        "deliverables": "Mock-ups of the checkout.\nResponsive integration.",
        "amount_minor": 1234550,
        "currency": "EUR",
        "baseline_due": "2026-03-01",
        "forecast_due": "2026-03-08",
    },
    "round": {
        "number": 2,
        "date": "2026-03-05",
        "reviewer": {"name": "Marie Dupont", "role": "CMO"},
        "verdicts": [
            {
                "position": 1,
                "criterion": "Checkout conversion improves",
                "target": "≥ 10 %",
                "verdict": "met",
                "note": "Measured over two weeks",
                "reason": "",
            },
            {
                "position": 2,
                "criterion": "WCAG AA audit passed",
                "target": None,
                "verdict": "waived",
                "note": "",
                "reason": "External audit moved to milestone 4",
            },
        ],
    },
    "earlier_rounds": [
        {
            "number": 1,
            "date": "2026-02-20",
            "outcome": "changes_requested",
            "not_met": 2,
            "reviewer": "Marie Dupont",
        }
    ],
    "signatories": {
        "client": {"name": "Marie Dupont", "role": "CMO"},
        "agency": {"name": "Jean Martin", "role": "Project lead"},
    },
}


@pytest.fixture
def signoff_snapshot() -> dict[str, Any]:
    """A fresh, complete sign-off snapshot (English) that a test may modify."""
    return copy.deepcopy(BASE_SNAPSHOT)


@pytest.fixture
def fingerprint_of() -> Callable[[dict[str, Any]], str]:
    """SHA-256 of a snapshot's canonical JSON (sorted keys), as core computes it."""

    def digest(snapshot: dict[str, Any]) -> str:
        canonical = json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    return digest


@pytest.fixture
def pdf_pages() -> Callable[[bytes], list[str]]:
    """Text of every page of a PDF, as pypdf extracts it."""

    def pages(data: bytes) -> list[str]:
        return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]

    return pages


def squash(text: str) -> str:
    """Runs of whitespace (line wrapping included) to one space, for comparing Latin text."""
    return re.sub(r"\s+", " ", text).strip()


def unspaced(text: str) -> str:
    """All whitespace removed, for comparing Chinese text that may wrap between characters."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def flat() -> Callable[[str], str]:
    """:func:`squash` as a fixture (tests cannot import this conftest by name)."""
    return squash


@pytest.fixture
def no_space() -> Callable[[str], str]:
    """:func:`unspaced` as a fixture."""
    return unspaced


@pytest.fixture(scope="session")
def pki() -> SigningPki:
    """Marie Dupont's signing key, certificate and root, made once for the whole run."""
    return make_pki("Marie Dupont")
