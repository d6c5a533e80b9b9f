"""A deemed acceptance is billed like any other: its sign-off says it was deemed accepted,
after how many days of which submission, and who confirmed it, in the document's language.

The PDFs are read back by poppler's ``pdftotext`` and by pypdf, two readers nobody here
wrote; the command-line walk goes from the submission to a recorded scan."""

from __future__ import annotations

import io
import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from core.canonical import fingerprint
from core.errors import NotFoundError, ValidationError
from core.models import MilestoneState
from core.services import Services
from desktop.main import main
from reports.signoff import issue_signoff
from reports.signoff_pdf import build_signoff_pdf
from tests.factories import Built, make_draft

CODE = "ACME-2026-01"
SUBMITTED = date(2026, 3, 1)
LAST_DAY_TO_DECIDE = date(2026, 3, 15)  # 14 days after the submission
CONFIRMED = date(2026, 3, 16)

# What each language must say, written out here rather than taken from the catalogues.
DEEMED_SENTENCE = {
    "en": "Deemed accepted: the client made no decision within 14 days of submission "
    "(submitted March 1, 2026); confirmed by Sam Lee on March 16, 2026",
    "fr": "Réputé accepté : le client n’a pris aucune décision dans un délai de 14 jours après "
    "la remise (remis le 1 mars 2026) ; confirmé par Sam Lee le 16 mars 2026",
    "es": "Se considera aceptado: el cliente no tomó ninguna decisión en un plazo de 14 días "
    "desde la entrega (entregado el 1 de marzo de 2026); confirmado por Sam Lee el 16 de marzo "
    "de 2026",
    "zh-TW": "視為驗收：客戶於提交後 14 天內未作出任何決定（提交日期：2026年3月1日）；"
    "由 Sam Lee 於 2026年3月16日 確認",
}
NO_VERDICT = {"en": "No verdict", "fr": "Sans avis", "es": "Sin veredicto", "zh-TW": "未評定"}
MET = {"en": "Met", "fr": "Conforme", "es": "Cumplido", "zh-TW": "符合"}


def pdftotext(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(data)
    run = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return run.stdout


def pypdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str, lang: str) -> str:
    """Line wrapping undone: Chinese wraps between any two characters, so it loses every
    space; the other languages keep one space per run. Non-breaking spaces read as spaces."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    if lang == "zh-TW":
        return re.sub(r"\s+", "", text)
    return re.sub(r"\s+", " ", text)


def deemed_engagement(services: Services, lang: str = "en", days: int = 14) -> Built:
    """An active engagement of one milestone with a deemed-acceptance period, submitted on
    1 March 2026 and waiting for the client."""
    built = make_draft(services, milestones=1)
    services.engagements.update(built.engagement_id, language=lang, deemed_acceptance_days=days)
    services.engagements.activate(built.engagement_id)
    mid = built.milestone_ids[0]
    services.workflow.start(mid)
    services.workflow.submit(mid, SUBMITTED)
    return built


def confirm_as_sam(services: Services, built: Built, on: date = CONFIRMED) -> None:
    Services(services.db, "Sam Lee").workflow.confirm_deemed_acceptance(built.milestone_ids[0], on)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "zh-TW"])
def test_the_sign_off_says_deemed_accepted_after_how_long_and_by_whom(
    services: Services, lang: str, tmp_path: Path
) -> None:
    confirm_as_sam(services, deemed_engagement(services, lang))
    pdf = issue_signoff(services, CODE, 1).pdf
    for reader, text in (("pdftotext", pdftotext(pdf, tmp_path)), ("pypdf", pypdf_text(pdf))):
        words = flat(text, lang)
        assert flat(DEEMED_SENTENCE[lang], lang) in words, reader
        # Two criteria, neither with a verdict the client never gave.
        assert words.count(flat(NO_VERDICT[lang], lang)) == 2, reader
        assert not re.search(rf"\b{MET[lang]}\b" if lang != "zh-TW" else MET[lang], words)
        assert flat("Marie Dupont", lang) in words, reader  # the client still signs


def test_the_sign_off_text_is_the_same_for_every_reader_of_the_stored_snapshot(
    services: Services,
) -> None:
    """Issued bytes are rendered from the stored snapshot alone: rendering it again gives
    the same document, and the fingerprint printed on it is the stored one."""
    confirm_as_sam(services, deemed_engagement(services))
    record = services.signoffs.for_milestone(CODE, 1)
    assert record.fingerprint == fingerprint(json.loads(record.snapshot_json))
    issued = issue_signoff(services, CODE, 1).pdf
    assert record.fingerprint in flat(pypdf_text(issued), "en")
    again = build_signoff_pdf(record.snapshot, record.fingerprint)
    assert flat(pypdf_text(again), "en") in flat(pypdf_text(issued), "en")


# A deemed sign-off made before its details were recorded: the exact snapshot the previous
# version stored. It stays readable with the fingerprint it has.
OLD_DEEMED_SNAPSHOT = (
    '{"agency":{"address":"","name":""},"client":{"address":"12 rue de la Paix\\n75002 Paris",'
    '"name":"ACME SA"},"document_id":"ACME-2026-01-M01-R1","earlier_rounds":[],"engagement":'
    '{"code":"ACME-2026-01","currency":"EUR","title":"Website relaunch"},"language":"en",'
    '"milestone":{"amount_minor":100000,"baseline_due":"2026-02-01","currency":"EUR",'
    '"deliverables":"Deliverables of milestone 1","forecast_due":"2026-02-01","position":1,'
    '"title":"Milestone 1"},"round":{"date":"2026-03-16","deemed":true,"number":1,'
    '"reviewer":null,"verdicts":[{"criterion":"Criterion 1.1","note":"deemed accepted: no '
    'decision within 14 days of submission","position":1,"reason":"","target":null,"verdict":'
    '"met"},{"criterion":"Criterion 1.2","note":"deemed accepted: no decision within 14 days '
    'of submission","position":2,"reason":"","target":null,"verdict":"met"}]},"schema":'
    '"scopekeeper.signoff/1","signatories":{"agency":null,"client":{"name":"Marie Dupont",'
    '"role":"CMO"}}}'
)
OLD_DEEMED_FINGERPRINT = "6e5af8abc9b2ccc51ca82e8d6bae249736a566a19fd52d4b2d20ce9a82be3143"


@pytest.mark.parametrize("lang", ["en", "fr", "es", "zh-TW"])
def test_an_older_deemed_snapshot_still_renders_without_calling_its_criteria_met(
    lang: str, tmp_path: Path
) -> None:
    snapshot = json.loads(OLD_DEEMED_SNAPSHOT)
    assert fingerprint(snapshot) == OLD_DEEMED_FINGERPRINT
    snapshot["language"] = lang
    text = flat(pdftotext(build_signoff_pdf(snapshot, OLD_DEEMED_FINGERPRINT), tmp_path), lang)
    deemed = {"en": "Deemed accepted", "fr": "Réputé accepté", "es": "Se considera aceptado"}
    assert flat(deemed.get(lang, "視為驗收"), lang) in text
    assert text.count(flat(NO_VERDICT[lang], lang)) == 2
    assert "no decision within 14 days" not in text  # our English note, not the document's


def test_a_round_accepted_without_a_named_reviewer_says_so(
    services: Services, tmp_path: Path
) -> None:
    from core.services import VerdictInput
    from tests.factories import criteria_ids, make_active

    built = make_active(services, milestones=1)
    mid = built.milestone_ids[0]
    services.workflow.start(mid)
    services.workflow.submit(mid, SUBMITTED)
    services.workflow.record_review(
        mid,
        held_on=date(2026, 3, 4),
        reviewer_id=None,
        verdicts=[VerdictInput(c, "met") for c in criteria_ids(services, mid)],
    )
    text = flat(pdftotext(issue_signoff(services, CODE, 1).pdf, tmp_path), "en")
    assert "Reviewer Not named" in text
    assert text.count(" Met ") == 2
    assert "Deemed" not in text


def test_details_of_a_deemed_acceptance_that_are_not_dates_are_refused(
    services: Services,
) -> None:
    confirm_as_sam(services, deemed_engagement(services))
    snapshot = services.signoffs.for_milestone(CODE, 1).snapshot
    snapshot["round"]["deemed_acceptance"]["submitted_on"] = "1 March"
    with pytest.raises(ValidationError, match="submitted_on"):
        build_signoff_pdf(snapshot, "a" * 64)


# --- the command line, from the submission to the recorded scan ---------------------------


def cli(db_url: str, *args: str) -> int:
    return main(["--db", db_url, "--actor", "Sam Lee", *args])


def test_a_deemed_milestone_is_exported_signed_and_recorded_from_the_command_line(
    services: Services, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = deemed_engagement(services, "fr")
    mid = built.milestone_ids[0]

    # Nothing is due while the client still has time; the day after, it asks to confirm.
    assert cli(db_url, "show", CODE, "--today", LAST_DAY_TO_DECIDE.isoformat()) == 0
    assert "deemed accepted" not in capsys.readouterr().out
    with pytest.raises(ValidationError, match="not past a deemed-acceptance period"):
        confirm_as_sam(services, built, LAST_DAY_TO_DECIDE)
    assert cli(db_url, "show", CODE, "--today", CONFIRMED.isoformat()) == 0
    assert "deemed accepted — confirm" in capsys.readouterr().out
    with pytest.raises(NotFoundError):  # nothing is accepted until a person confirms
        services.signoffs.for_milestone(CODE, 1)
    confirm_as_sam(services, built)

    issued = tmp_path / "signoff.pdf"
    assert cli(db_url, "export-signoff", CODE, "1", "-o", str(issued)) == 0
    text = flat(pdftotext(issued.read_bytes(), tmp_path), "fr")
    assert flat(DEEMED_SENTENCE["fr"], "fr") in text

    # The client prints, signs and scans it: a picture of the page, no metadata of ours.
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(issued),
         str(tmp_path / "scan")],
        check=True,
    )  # fmt: skip
    scan = tmp_path / "scan.png"
    document_id = services.signoffs.for_milestone(CODE, 1).document_id
    capsys.readouterr()
    code = cli(
        db_url, "record-signature", CODE, "1", str(scan), "--method", "scan",
        "--signer", "Marie Dupont", "--signed-on", "2026-03-18", "--document-id", document_id,
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("MATCHED: ") and "signed off" in out
    record = services.signoffs.for_milestone(CODE, 1)
    assert record.milestone_state == MilestoneState.SIGNED_OFF
    assert (record.signature_method, record.signer, record.signed_on) == (
        "scan",
        "Marie Dupont",
        date(2026, 3, 18),
    )
    # The issued document did not change on the way: the same bytes, the same fingerprint.
    assert record.issued_pdf == issued.read_bytes()
    assert record.snapshot["round"]["deemed_acceptance"]["confirmed_by"] == "Sam Lee"
    assert mid == record.milestone_id
