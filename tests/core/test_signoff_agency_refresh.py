"""A sign-off names the agency as the settings do when it is first issued, not as they were
when its milestone was accepted: on a fresh install the project manager often accepts a first
milestone before filling in the agency's identity. Until the first issue nothing has reached
the client, so issuing renews the snapshot's agency (new fingerprint, an ``agency_updated``
event with both); from then on the document never changes.

The PDFs are read by poppler's ``pdftotext``, the signed copy is made with pyHanko, and the
renewed sign-off goes through ``check``, an archive round trip and verification."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from core.canonical import fingerprint, sha256_text
from core.errors import ValidationError
from core.history import engagement_stream
from core.models import HistoryEvent
from core.services import Services
from reports.event_text import EventText
from reports.signoff import issue_signoff, preview_signoff, record_signed_copy
from tests.checks import stream_events
from tests.factories import Built, Cli, accept, make_active, make_deemed_accepted, sign
from tests.reports.pki import make_pki, sign_field

CODE = "ACME-2026-01"
AGENCY = {
    "name": "Atelier Nord",
    "address": "4 quai des Chartrons\n33000 Bordeaux",
    "signatory_name": "Léa Martin",
    "signatory_role": "Directrice de projet",
}
WARNING = "scopekeeper: warning: this sign-off names no agency"


def pdftotext(data: bytes, folder: Path) -> str:
    path = folder / "read.pdf"
    path.write_bytes(data)
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return re.sub(r"\s+", " ", run.stdout)


def signoff_events(services: Services, built: Built) -> list[HistoryEvent]:
    return [
        e
        for e in stream_events(services.db, engagement_stream(built.engagement_id))
        if e.entity == "signoff"
    ]


def without_agency(snapshot: dict[str, Any]) -> dict[str, Any]:
    rest = {k: v for k, v in snapshot.items() if k != "agency"}
    rest["signatories"] = {k: v for k, v in snapshot["signatories"].items() if k != "agency"}
    return rest


@pytest.fixture
def accepted(services: Services) -> Built:
    """An active engagement whose first milestone was accepted before any agency was named."""
    built = make_active(services, milestones=2)
    accept(services, built, built.milestone_ids[0])
    return built


def test_the_agency_filled_in_after_the_acceptance_is_on_the_issued_pdf(
    cli: Cli, services: Services, accepted: Built, tmp_path: Path
) -> None:
    prepared = services.signoffs.for_milestone(CODE, 1)
    assert prepared.snapshot["agency"] == {"name": "", "address": ""}
    services.settings.update(**AGENCY)
    target = tmp_path / "signoff.pdf"

    code, out, err = cli("export-signoff", CODE, "1", "-o", target)

    assert (code, out, err) == (0, f"wrote {target}\n", "")  # no warning: the agency is named
    text = pdftotext(target.read_bytes(), tmp_path)
    for words in ("Atelier Nord", "4 quai des Chartrons", "33000 Bordeaux", "Léa Martin"):
        assert words in text
    issued = services.signoffs.for_milestone(CODE, 1)
    assert issued.issued_pdf == target.read_bytes()
    assert issued.snapshot["agency"] == {
        "name": "Atelier Nord",
        "address": "4 quai des Chartrons\n33000 Bordeaux",
    }
    assert issued.snapshot["signatories"]["agency"] == {
        "name": "Léa Martin",
        "role": "Directrice de projet",
    }
    assert without_agency(issued.snapshot) == without_agency(prepared.snapshot)  # nothing else
    assert issued.fingerprint == sha256_text(issued.snapshot_json) != prepared.fingerprint
    assert issued.fingerprint[:16] in text  # the document carries the renewed fingerprint

    events = signoff_events(services, accepted)
    assert [e.action for e in events] == ["prepared", "agency_updated", "issued"]
    before, after = json.loads(events[1].before), json.loads(events[1].after)
    assert before == {
        "document_id": "ACME-2026-01-M01-R1",
        "name": "",
        "address": "",
        "signatory_name": "",
        "signatory_role": "",
        "fingerprint": prepared.fingerprint,
    }
    assert after == {
        "document_id": "ACME-2026-01-M01-R1",
        **AGENCY,
        "fingerprint": issued.fingerprint,
    }
    assert json.loads(events[0].after)["fingerprint"] == prepared.fingerprint
    assert cli("check")[0] == 0  # the renewed snapshot, its fingerprint and the chain agree


def test_issuing_again_gives_the_same_bytes_even_after_the_agency_changes(
    cli: Cli, services: Services, accepted: Built, tmp_path: Path
) -> None:
    services.settings.update(name="Atelier Nord")
    first = issue_signoff(services, CODE, 1)
    assert first.agency_named and first.changes.signoffs
    stored = services.signoffs.for_milestone(CODE, 1)
    events = len(signoff_events(services, accepted))

    again = issue_signoff(services, CODE, 1)
    services.settings.update(name="Atelier Sud", address="1 rue Neuve")
    later = issue_signoff(services, CODE, 1)
    cli.ok("export-signoff", CODE, "1", "-o", tmp_path / "later.pdf")

    assert again.pdf == later.pdf == first.pdf == (tmp_path / "later.pdf").read_bytes()
    assert again.changes.empty and later.changes.empty
    now = services.signoffs.for_milestone(CODE, 1)
    assert (now.snapshot_json, now.fingerprint) == (stored.snapshot_json, stored.fingerprint)
    assert services.signoffs.as_issued_now(CODE, 1) == now  # the preview is the issued file
    assert preview_signoff(services, CODE, 1) == first.pdf
    assert len(signoff_events(services, accepted)) == events  # nothing more recorded
    text = pdftotext(later.pdf, tmp_path)
    assert "Atelier Nord" in text and "Atelier Sud" not in text


def test_an_agency_named_before_the_acceptance_is_not_renewed(
    services: Services, tmp_path: Path
) -> None:
    services.settings.update(**AGENCY)
    built = make_active(services, milestones=1)
    accept(services, built, built.milestone_ids[0])
    prepared = services.signoffs.for_milestone(CODE, 1)

    issued = issue_signoff(services, CODE, 1)

    assert services.signoffs.for_milestone(CODE, 1).fingerprint == prepared.fingerprint
    assert [e.action for e in signoff_events(services, built)] == ["prepared", "issued"]
    assert "Atelier Nord" in pdftotext(issued.pdf, tmp_path)


def test_a_pyhanko_signature_on_the_renewed_sign_off_is_verified_and_recorded(
    cli: Cli, services: Services, accepted: Built
) -> None:
    services.settings.update(**AGENCY)
    issued = issue_signoff(services, CODE, 1).pdf
    signed = sign_field(issued, make_pki())

    verdict = record_signed_copy(
        services, CODE, 1, signed, method="digital", signer="", signed_on=date(2026, 3, 9)
    )

    assert verdict.verified, verdict.reason
    assert verdict.outcome == "verified"
    assert verdict.document_id == "ACME-2026-01-M01-R1"
    record = services.signoffs.for_milestone(CODE, 1)
    assert record.signature_method == "digital" and record.milestone_state == "signed_off"
    assert cli("check")[0] == 0


def test_the_renewed_sign_off_survives_an_archive_round_trip(
    cli: Cli, services: Services, accepted: Built, tmp_path: Path
) -> None:
    services.settings.update(**AGENCY)
    issued = issue_signoff(services, CODE, 1).pdf
    archive, other = tmp_path / "archive.json", str(tmp_path / "other.sqlite3")
    cli.ok("export-archive", CODE, "-o", archive)

    code, _, err = cli("import", archive, db=other)

    assert code == 0, err  # the import's rules accept the renewed snapshot and its events
    assert cli("check", db=other)[0] == 0
    copy = tmp_path / "copy.pdf"
    cli.ok("export-signoff", CODE, "1", "-o", copy, db=other)
    assert copy.read_bytes() == issued


def test_a_deemed_acceptance_names_the_agency_filled_in_after_it(
    services: Services, tmp_path: Path
) -> None:
    built = make_deemed_accepted(services)
    prepared = services.signoffs.for_milestone(CODE, 1)
    services.settings.update(**AGENCY)

    issued = issue_signoff(services, CODE, 1)

    text = pdftotext(issued.pdf, tmp_path)
    assert "Atelier Nord" in text and "Léa Martin" in text
    assert "Deemed accepted: the client made no decision within 14 days" in text
    record = services.signoffs.for_milestone(CODE, 1)
    assert record.snapshot["round"] == prepared.snapshot["round"]  # deemed details kept
    assert without_agency(record.snapshot) == without_agency(prepared.snapshot)
    assert record.fingerprint == fingerprint(record.snapshot) != prepared.fingerprint
    actions = [e.action for e in signoff_events(services, built)]
    assert actions == ["prepared", "agency_updated", "issued"]


def test_a_sign_off_signed_before_it_was_issued_keeps_the_text_that_was_signed(
    services: Services, accepted: Built
) -> None:
    sign(services)  # a typed acknowledgement of the sign-off as it was prepared
    signed = services.signoffs.for_milestone(CODE, 1)
    services.settings.update(**AGENCY)

    assert services.signoffs.as_issued_now(CODE, 1) == signed
    issued = issue_signoff(services, CODE, 1)

    record = services.signoffs.for_milestone(CODE, 1)
    assert (record.snapshot_json, record.fingerprint) == (signed.snapshot_json, signed.fingerprint)
    assert not issued.agency_named  # it printed no agency then, and still does not
    assert "agency_updated" not in [e.action for e in signoff_events(services, accepted)]


def test_the_preview_shows_the_agency_of_now_and_records_nothing(
    services: Services, accepted: Built, tmp_path: Path
) -> None:
    services.settings.update(**AGENCY)
    stored = services.signoffs.for_milestone(CODE, 1)
    events = len(signoff_events(services, accepted))

    preview = preview_signoff(services, CODE, 1)

    text = pdftotext(preview, tmp_path)
    assert "Atelier Nord" in text
    upcoming = services.signoffs.as_issued_now(CODE, 1)
    assert upcoming.fingerprint[:16] in text and upcoming.fingerprint != stored.fingerprint
    assert services.signoffs.for_milestone(CODE, 1) == stored  # nothing stored
    assert len(signoff_events(services, accepted)) == events
    issue_signoff(services, CODE, 1)
    assert services.signoffs.for_milestone(CODE, 1).fingerprint == upcoming.fingerprint


def test_a_failed_rendering_keeps_nothing_of_the_renewal(
    services: Services, accepted: Built
) -> None:
    stored = services.signoffs.for_milestone(CODE, 1)
    services.settings.update(**AGENCY)

    def fails(*_args: object) -> bytes:
        raise ValidationError("paper", "cannot be rendered")

    with pytest.raises(ValidationError):
        services.signoffs.issue(CODE, 1, fails)

    assert services.signoffs.for_milestone(CODE, 1) == stored
    assert [e.action for e in signoff_events(services, accepted)] == ["prepared"]


def test_the_command_line_warns_when_the_issued_sign_off_names_no_agency(
    cli: Cli, services: Services, accepted: Built, tmp_path: Path
) -> None:
    target = tmp_path / "signoff.pdf"
    code, out, err = cli("export-signoff", CODE, "1", "-o", target)

    assert (code, out) == (0, f"wrote {target}\n")  # issued all the same
    assert err.startswith(WARNING) and err.count("\n") == 1
    assert "File ▸ Preferences ▸ Agency identity on documents" in err
    assert services.signoffs.for_milestone(CODE, 1).issued_pdf == target.read_bytes()

    services.settings.update(**AGENCY)  # too late for this one: it was issued
    code, _, err = cli("export-signoff", CODE, "1", "-o", tmp_path / "again.pdf")
    assert code == 0 and err.startswith(WARNING)
    assert (tmp_path / "again.pdf").read_bytes() == target.read_bytes()
    accept(services, accepted, accepted.milestone_ids[1])
    assert cli("export-signoff", CODE, "2", "-o", tmp_path / "second.pdf")[2] == ""


@pytest.mark.parametrize(
    ("lang", "what", "shown"),
    [
        ("en", "Sign-off · agency updated", "Name: — → Atelier Nord"),
        ("fr", "Procès-verbal · mise à jour de l’agence", "Atelier Nord"),
        ("es", "Acta · actualización de la agencia", "Atelier Nord"),
        ("zh-TW", "驗收確認書 · 更新服務商資訊", "Atelier Nord"),
    ],
)
def test_the_history_says_the_agency_was_updated_in_every_language(
    services: Services, accepted: Built, lang: str, what: str, shown: str
) -> None:
    services.settings.update(name="Atelier Nord")
    issue_signoff(services, CODE, 1)
    event = next(e for e in signoff_events(services, accepted) if e.action == "agency_updated")
    words = EventText(lang, whole=True)

    summary = words.summary(event.before, event.after)

    assert words.what(event.entity, event.action) == what
    assert shown in summary
    fingerprints = (json.loads(event.before)["fingerprint"], json.loads(event.after)["fingerprint"])
    assert all(f in summary for f in fingerprints)
