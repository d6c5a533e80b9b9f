"""How the sign-off names the people in its snapshot: a reviewer without a role is named
alone (no stray comma), and a deemed acceptance whose period is not a number of days is
refused naming the field instead of printing nonsense."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from core.errors import ValidationError
from reports.signoff_pdf import build_signoff_pdf


def test_a_reviewer_without_a_role_is_named_alone(
    signoff_snapshot: dict[str, Any],
    fingerprint_of: Callable[[dict[str, Any]], str],
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    signoff_snapshot["round"]["reviewer"] = {"name": "Marie Dupont", "role": ""}
    pdf = build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot))
    text = re.sub(r"\s+", " ", " ".join(pdf_pages(pdf)))
    assert "Marie Dupont" in text
    assert "Marie Dupont," not in text.split("Reviewer", 1)[1][:40]


def test_a_deemed_period_that_is_not_a_number_of_days_is_refused(
    signoff_snapshot: dict[str, Any], fingerprint_of: Callable[[dict[str, Any]], str]
) -> None:
    signoff_snapshot["round"]["deemed"] = True
    signoff_snapshot["round"]["deemed_acceptance"] = {"days": "ten", "since": "2026-03-01"}
    with pytest.raises(ValidationError) as caught:
        build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot))
    assert str(caught.value) == "round.deemed_acceptance.days: must be a whole number of days"
