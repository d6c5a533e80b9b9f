"""A sign-off is never signed before the review that accepted it."""

from __future__ import annotations

from datetime import date

from core.errors import ValidationError
from core.services import Services, SignatureInput
from tests.checks import refused
from tests.factories import accept, make_active


def test_a_signature_dated_before_the_accepting_review_is_refused(services: Services) -> None:
    built = make_active(services)
    accept(services, built, built.milestone_ids[0], on=date(2026, 3, 10))
    signoff = services.signoffs.for_milestone("ACME-2026-01", 1)

    def sign(day: date) -> object:
        return services.signoffs.record_signature(
            signoff.id, SignatureInput("typed", "Marie Dupont", day, b"typed", True, "typed")
        )

    refused(
        services.db,
        ValidationError,
        lambda: sign(date(2026, 3, 9)),
        "signature date",
        "2026-03-09",
        "before the review that accepted it (2026-03-10)",
    )
    sign(date(2026, 3, 10))  # the same day is fine
    assert services.signoffs.for_milestone("ACME-2026-01", 1).signed_on == date(2026, 3, 10)
