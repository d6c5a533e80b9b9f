"""Adding the client's signature field refuses, in words, what it cannot work on; and a
preview of a sign-off is never an issue of it."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader, PdfWriter

from core.errors import ValidationError
from core.history import engagement_stream
from core.services import Services
from reports.sigfield import add_client_signature_field
from reports.signoff import issue_signoff, preview_signoff
from tests.checks import stream_events
from tests.factories import accept, make_active
from tests.reports.builders import rendered

BOX = (56.0, 90.0, 296.0, 150.0)


def test_a_box_without_four_numbers_is_refused() -> None:
    with pytest.raises(ValidationError, match="needs four numbers: left, bottom, right, top"):
        add_client_signature_field(rendered().data, page=0, box=(56.0, 90.0, 296.0))  # type: ignore[arg-type]


def test_a_password_protected_pdf_gets_no_field() -> None:
    writer = PdfWriter(clone_from=PdfReader(BytesIO(rendered().data)))
    writer.encrypt("secret")
    locked = BytesIO()
    writer.write(locked)
    with pytest.raises(ValidationError, match="is password-protected; cannot add a field"):
        add_client_signature_field(locked.getvalue(), page=0, box=BOX)


def test_a_file_that_is_not_a_pdf_gets_no_field() -> None:
    with pytest.raises(ValidationError, match="could not be read as a PDF"):
        add_client_signature_field(b"%PDF-1.7\n" + b"\x00" * 200, page=0, box=BOX)


def test_a_preview_is_not_an_issue_and_after_the_issue_shows_the_issued_file(
    services: Services,
) -> None:
    built = make_active(services)
    accept(services, built, built.milestone_ids[0])
    stream = engagement_stream(built.engagement_id)
    events = len(stream_events(services.db, stream))

    preview = preview_signoff(services, "ACME-2026-01", 1)
    assert preview.startswith(b"%PDF-")
    assert services.signoffs.for_milestone("ACME-2026-01", 1).issued_pdf is None
    assert len(stream_events(services.db, stream)) == events  # nothing recorded

    issued = issue_signoff(services, "ACME-2026-01", 1).pdf
    assert preview_signoff(services, "ACME-2026-01", 1) == issued
