"""Test data for the document tests: engagements built through the services as a user would,
and a sign-off rendered and issued from a snapshot like core makes (for the verifier tests)."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from core.canonical import fingerprint
from core.db import Database
from core.history import engagement_stream
from core.services import CriterionInput, Services
from reports.cells import DANGEROUS_FIRST
from reports.sigfield import add_client_signature_field
from reports.signoff_pdf import SignoffPdf, render_signoff
from reports.styles import Paper
from tests.factories import Built, make_client

START = date(2026, 1, 5)
CODE = "RM-2026-01"
"""The code ``engagement`` gives unless told."""


def engagement(
    s: Services,
    code: str = CODE,
    *,
    milestones: int = 3,
    titles: Sequence[str] = (),
    language: str = "en",
    client_name: str = "ACME SA",
    currency: str = "EUR",
    title: str = "Website relaunch",
    every_days: int = 14,
    activate: bool = True,
    client: tuple[str, str] | None = None,
) -> Built:
    """An engagement whose milestone n is due ``every_days * n`` days after the start and
    is worth n × 1,000.50 (in minor units); ``titles`` name the first milestones. A new
    client is created unless ``client`` (id, contact id) is given."""
    client_id, contact_id = client or make_client(s, client_name)
    last_due = START + timedelta(days=every_days * milestones)
    engagement_id = s.engagements.create(
        code=code,
        title=title,
        client_id=client_id,
        currency=currency,
        start_date=START,
        target_end_date=last_due + timedelta(days=10),
        language=language,
    ).created
    assert engagement_id is not None
    ids = []
    for n in range(1, milestones + 1):
        created = s.roadmap.add_milestone(
            engagement_id,
            title=titles[n - 1] if n <= len(titles) else f"Milestone {n:02d}",
            deliverables=f"Deliverables {n}",
            amount_minor=100_050 * n,
            due=START + timedelta(days=every_days * n),
            criteria=[CriterionInput(f"Criterion {n}")],
        ).created
        assert created is not None
        ids.append(created)
    if activate:
        s.engagements.activate(engagement_id)
    return Built(client_id, contact_id, engagement_id, ids)


@contextmanager
def clock(monkeypatch: pytest.MonkeyPatch, when: datetime) -> Iterator[None]:
    """Every change made inside the block is recorded in the history at ``when`` (UTC)."""
    with monkeypatch.context() as patch:
        patch.setattr("core.uow.utcnow", lambda: when.astimezone(UTC).replace(microsecond=0))
        yield


def pdf_text(data: bytes) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


# --- a sign-off as issued, rendered from a snapshot without a database -----------------------

DOC_ID = "ACME-2026-01-M03-R2"


def snapshot(doc_id: str = DOC_ID, *, amount_minor: int = 1_250_000) -> dict[str, Any]:
    """A sign-off snapshot as core makes it (schema scopekeeper.signoff/1)."""
    return {
        "schema": "scopekeeper.signoff/1",
        "document_id": doc_id,
        "language": "en",
        "agency": {"name": "Northwind Studio", "address": "1 Quay Street\nDublin"},
        "client": {"name": "ACME SA", "address": "12 rue de la Paix\n75002 Paris"},
        "engagement": {"code": "ACME-2026-01", "title": "Brand refresh", "currency": "EUR"},
        "milestone": {
            "position": 3,
            "title": "Launch campaign",
            "deliverables": "Landing page\n\nThree banner sets",
            "amount_minor": amount_minor,
            "currency": "EUR",
            "baseline_due": "2026-03-31",
            "forecast_due": None,
        },
        "round": {
            "number": 2,
            "date": "2026-04-02",
            "deemed": False,
            "reviewer": {"name": "Marie Dupont", "role": "CMO"},
            "verdicts": [
                {
                    "position": 1,
                    "criterion": "Page loads in under 2 s",
                    "target": None,
                    "verdict": "met",
                    "note": "1.4 s measured",
                    "reason": "",
                }
            ],
        },
        "earlier_rounds": [
            {
                "number": 1,
                "date": "2026-03-20",
                "outcome": "changes_requested",
                "not_met": 1,
                "reviewer": "Marie Dupont",
            }
        ],
        "signatories": {
            "client": {"name": "Marie Dupont", "role": "CMO"},
            "agency": {"name": "Sam Lee", "role": "Director"},
        },
    }


FP = fingerprint(snapshot())


@cache
def rendered(
    doc_id: str = DOC_ID, *, amount_minor: int = 1_250_000, paper: Paper = "A4"
) -> SignoffPdf:
    snap = snapshot(doc_id, amount_minor=amount_minor)
    return render_signoff(snap, fingerprint(snap), paper=paper)


@cache
def issue(doc_id: str = DOC_ID, *, amount_minor: int = 1_250_000, paper: Paper = "A4") -> bytes:
    """The PDF as we send it: the sign-off plus its empty client signature field."""
    doc = rendered(doc_id, amount_minor=amount_minor, paper=paper)
    page, *box = doc.client_sig_box
    return add_client_signature_field(doc.data, page=page, box=tuple(box))  # type: ignore[arg-type]


def bulk_events(db: Database, engagement_id: str, count: int, text: str = "note") -> None:
    """Many events at once (as an import would write them), to make long histories quickly."""
    with db.unit_of_work("Importer") as uow:
        for n in range(count):
            uow.event(
                engagement_stream(engagement_id), "note", f"n{n}", "added",
                after={"text": f"{text} {n:05d}"}, engagement_id=engagement_id,
            )  # fmt: skip
        uow.commit()


# Values Scopekeeper never writes itself but another program could have stored behind the
# app's back: times with an offset, a fraction of a second or no zone; text that starts
# with every character a spreadsheet reads as a formula.
ODD_TIMES = [
    "2026-03-05T10:30:00+01:00",  # another offset: read in UTC
    "2026-03-05T09:30:00.250000Z",  # a fraction of a second
    "2026-03-05T09:30:00",  # no zone: taken as UTC
    "2026-03-05T09:30:00+00:00",
    "2026-03-05 09:30:00Z",  # as long as the stored form, and read the same
    "20260305T093000.123Z",
]
ODD_TEXTS = [
    *(first + "1+1" for first in DANGEROUS_FIRST if first != "\x00"),
    "=",
    "#N/A",
    "#DIV/0!",
    "",
    " leading and trailing ",
    'quote " comma , newline \n and \r\n end',
    "Reçu 驗收 𠀋",
    "1+1=2",
]


def add_raw_events(db: Database, engagement_id: str, texts: list[str]) -> None:
    """Events written straight into the table (as another program could), after the
    engagement's own; every text column starts with the text, and the times are odd."""
    stream = engagement_stream(engagement_id)
    with db.engine.begin() as conn:
        last = conn.execute(
            text("SELECT max(seq) FROM history_event WHERE stream = :s"), {"s": stream}
        ).scalar_one()
        rows = [
            {
                "stream": stream,
                "seq": last + n,
                "at": ODD_TIMES[n % len(ODD_TIMES)] if n % 3 else "2026-03-05T09:30:00Z",
                "actor": value,
                "entity": value[:32],  # the column widths on PostgreSQL
                "entity_id": value[:36],
                "action": value[:48],
                "before": value,
                "after": value,
                "prev_hash": "",
                "hash": value,
            }
            for n, value in enumerate(texts, start=1)
        ]
        conn.execute(
            text(
                "INSERT INTO history_event (stream, seq, at, actor, entity, entity_id, action, "
                "before, after, prev_hash, hash) VALUES (:stream, :seq, :at, :actor, :entity, "
                ":entity_id, :action, :before, :after, :prev_hash, :hash)"
            ),
            rows,
        )
