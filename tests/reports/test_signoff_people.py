"""How the sign-off names the people in its snapshot: a reviewer without a role is named
alone (no stray comma), and a deemed acceptance whose period is not a number of days is
refused naming the field instead of printing nonsense."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path
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


@pytest.mark.parametrize("nobody", ["agency", "client"])
def test_a_side_naming_nobody_keeps_its_signature_rows_level_with_the_other(
    signoff_snapshot: dict[str, Any],
    fingerprint_of: Callable[[dict[str, Any]], str],
    tmp_path: Path,
    nobody: str,
) -> None:
    """Where poppler places the words: each of Name, Role, Date and Signature sits on the
    same line in both blocks, whether or not a side names a person (an empty name once
    made that block's rows a few points shorter, out of line with the other's)."""
    signoff_snapshot["signatories"][nobody] = None
    path = tmp_path / "signoff.pdf"
    path.write_bytes(build_signoff_pdf(signoff_snapshot, fingerprint_of(signoff_snapshot)))
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for label in ("Name", "Role", "Date", "Signature"):
        signatures = boxes[boxes.rindex(">Signatures</word>") :]  # the last section
        tops = re.findall(rf'yMin="([0-9.]+)"[^>]*>{label}</word>', signatures)
        assert len(tops) == 2, (label, tops)  # one in each block
        assert tops[0] == tops[1], (label, tops)
