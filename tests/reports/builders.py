"""Test data for the document exports, built through the services as a user would."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from core.services import CriterionInput, Services
from tests.factories import Built, make_client

START = date(2026, 1, 5)


def engagement(
    s: Services,
    code: str = "RM-2026-01",
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
