"""The signed copy comes back through the command line: `verify` and `record-signature`.

Real signatures, made with a throw-away test PKI; every refusal exits 1 and records nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.models import MilestoneState
from core.services import Services
from desktop.main import main
from tests.factories import Built, accept, make_active
from tests.reports import tamper
from tests.reports.pki import SigningPki, sign_field
from tests.reports.signers import make_identity, pdfsig_sign_field

CODE = "ACME-2026-01"


@pytest.fixture
def built(services: Services) -> Built:
    """An active engagement of two milestones, the first accepted, the agency named after
    (its sign-offs name it when issued)."""
    built = make_active(services, milestones=2)
    accept(services, built, built.milestone_ids[0])
    services.settings.update(name="Atelier Nord")
    return built


@pytest.fixture
def issued(built: Built, db_url: str, tmp_path: Path) -> Path:
    target = tmp_path / "signoff.pdf"
    assert main(["--db", db_url, "export-signoff", CODE, "1", "-o", str(target)]) == 0
    return target


def state_of(services: Services, position: int) -> str:
    return services.signoffs.for_milestone(CODE, position).milestone_state


def cli(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def record(db_url: str, copy: Path, method: str = "digital", *more: str) -> int:
    """`record-signature` of milestone 1, signed by Marie Dupont."""
    return cli(
        db_url, "record-signature", CODE, "1", str(copy), "--method", method,
        "--signer", "Marie Dupont", *more,
    )  # fmt: skip


def test_a_signed_copy_is_verified_then_recorded(
    services: Services,
    db_url: str,
    issued: Path,
    pki: SigningPki,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(sign_field(issued.read_bytes(), pki))
    capsys.readouterr()
    assert cli(db_url, "verify", str(signed), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["verified"] is True
    assert report["document_id"] == f"{CODE}-M01-R1"
    assert state_of(services, 1) == MilestoneState.ACCEPTED  # verify records nothing

    assert record(db_url, signed, "digital", "--signed-on", "2026-03-04") == 0
    assert "signed off" in capsys.readouterr().out
    assert state_of(services, 1) == MilestoneState.SIGNED_OFF


@pytest.mark.parametrize("damage", ["flip", "append"])
def test_a_damaged_signed_copy_is_not_verified_and_not_recorded(
    services: Services,
    db_url: str,
    issued: Path,
    pki: SigningPki,
    tmp_path: Path,
    damage: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = bytearray(sign_field(issued.read_bytes(), pki))
    if damage == "flip":
        middle = len(issued.read_bytes()) // 2
        data[middle] ^= 0x01
    else:
        data += b"\n% appended after signing\n"
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(bytes(data))
    capsys.readouterr()
    assert cli(db_url, "verify", str(copy)) == 1
    assert "NOT VERIFIED" in capsys.readouterr().out
    assert record(db_url, copy) == 1
    assert "nothing was recorded" in capsys.readouterr().err
    assert state_of(services, 1) == MilestoneState.ACCEPTED


def test_a_copy_signed_for_another_milestone_is_not_recorded_here(
    services: Services,
    built: Built,
    db_url: str,
    issued: Path,
    pki: SigningPki,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    accept(services, built, built.milestone_ids[1])
    other = tmp_path / "second.pdf"
    assert cli(db_url, "export-signoff", CODE, "2", "-o", str(other)) == 0
    signed = tmp_path / "second-signed.pdf"
    signed.write_bytes(sign_field(other.read_bytes(), pki))
    capsys.readouterr()
    assert record(db_url, signed) == 1
    assert "M02" in capsys.readouterr().out
    assert state_of(services, 1) == MilestoneState.ACCEPTED
    assert state_of(services, 2) == MilestoneState.ACCEPTED


def test_a_scan_is_recorded_by_the_document_id(
    services: Services, db_url: str, issued: Path, tmp_path: Path
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(issued.read_bytes())  # a scanner app keeps our metadata
    assert record(db_url, scan, "scan") == 0
    assert state_of(services, 1) == MilestoneState.SIGNED_OFF


def test_a_typed_copy_is_matched_by_the_id_read_off_it(
    services: Services,
    built: Built,
    db_url: str,
    issued: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A typed acknowledgement carries no metadata: the person says which sign-off it is.
    One for another milestone is refused here, with the ids named, and nothing changes."""
    accept(services, built, built.milestone_ids[1])
    assert cli(db_url, "export-signoff", CODE, "2", "-o", str(tmp_path / "second.pdf")) == 0
    typed = tmp_path / "ack.txt"
    typed.write_text("We accept the sign-off.\nMarie Dupont", encoding="utf-8")
    capsys.readouterr()
    assert record(db_url, typed, "typed", "--document-id", f"{CODE}-M02-R1") == 1
    out = capsys.readouterr().out
    assert f"{CODE}-M02-R1" in out and f"{CODE}-M01-R1" in out
    assert state_of(services, 1) == MilestoneState.ACCEPTED
    assert state_of(services, 2) == MilestoneState.ACCEPTED
    assert record(db_url, typed, "typed", "--document-id", f" {CODE.lower()}-m01-r1 ") == 0
    assert state_of(services, 1) == MilestoneState.SIGNED_OFF


def test_a_sign_off_issued_before_is_written_as_issued_whatever_paper_is_asked(
    db_url: str, issued: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    again = tmp_path / "again.pdf"
    capsys.readouterr()
    assert cli(db_url, "export-signoff", CODE, "1", "-o", str(again)) == 0
    assert capsys.readouterr().err == ""  # nothing asked, nothing to say
    assert cli(db_url, "export-signoff", CODE, "1", "-o", str(again), "--paper", "Letter") == 0
    assert again.read_bytes() == issued.read_bytes()  # the bytes a signature extends
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--paper is ignored" in err and "issued before" in err


def test_files_that_are_not_pdfs_are_refused_with_exit_1(
    db_url: str, issued: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notes.pdf"
    text.write_text("not a pdf at all", encoding="utf-8")
    capsys.readouterr()
    assert cli(db_url, "verify", str(text)) == 1
    out = capsys.readouterr().out
    assert "NOT VERIFIED" in out
    assert cli(db_url, "verify", str(tmp_path / "missing.pdf")) == 2


def test_verify_in_a_terminal_prints_the_verdict_and_no_library_traceback(
    db_url: str, issued: Path, pki: SigningPki, tmp_path: Path
) -> None:
    """pyHanko reports untrusted certificates through logging, with tracebacks; a person
    running `scopekeeper verify` sees our verdict only."""
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(sign_field(issued.read_bytes(), pki))
    script = Path(sys.executable).with_name("scopekeeper")
    run = subprocess.run(
        [str(script), "--db", db_url, "verify", str(signed)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("VERIFIED")
    assert "trust" in run.stdout
    assert run.stderr == ""


def test_a_copy_signed_with_poppler_is_verified_recorded_and_checks_clean(
    services: Services,
    db_url: str,
    issued: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client = make_identity(tmp_path / "client", "Marie Dupont")
    signed = tmp_path / "signed.pdf"
    signed.write_bytes(pdfsig_sign_field(issued.read_bytes(), client))
    capsys.readouterr()
    assert record(db_url, signed) == 0
    out = capsys.readouterr().out
    assert out.startswith("VERIFIED: signed digitally by Marie Dupont;")
    assert state_of(services, 1) == MilestoneState.SIGNED_OFF
    assert cli(db_url, "check") == 0


@pytest.mark.parametrize("alter", ["a page added", "a comment added"])
def test_a_copy_altered_before_the_client_signed_is_not_recorded(
    services: Services,
    db_url: str,
    issued: Path,
    tmp_path: Path,
    alter: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client = make_identity(tmp_path / "client", "Marie Dupont")
    original = issued.read_bytes()
    altered = (
        tamper.extra_page(original) if alter == "a page added" else tamper.sticky_note(original)
    )
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(pdfsig_sign_field(altered, client))
    capsys.readouterr()
    assert cli(db_url, "verify", str(copy)) == 1
    assert capsys.readouterr().out.startswith("NOT VERIFIED: ")
    assert record(db_url, copy) == 1
    assert "nothing was recorded" in capsys.readouterr().err
    assert state_of(services, 1) == MilestoneState.ACCEPTED
    assert cli(db_url, "check") == 0


def test_a_scan_is_reported_as_matched_never_as_verified(
    db_url: str, issued: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(issued.read_bytes())
    capsys.readouterr()
    assert record(db_url, scan, "scan") == 0
    out = capsys.readouterr().out
    assert out.startswith("MATCHED: scanned copy matched")
    assert "a scan cannot be verified cryptographically" in out
    assert "VERIFIED" not in out.replace("not verified", "")


def test_random_bytes_with_a_matching_id_are_not_recorded_as_a_scan(
    services: Services,
    db_url: str,
    issued: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    junk = tmp_path / "scan.jpg"
    junk.write_bytes(bytes(range(256)) * 64)
    capsys.readouterr()
    assert record(db_url, junk, "scan", "--document-id", f"{CODE}-M01-R1") == 1
    assert "neither a readable PDF nor an image" in capsys.readouterr().out
    assert state_of(services, 1) == MilestoneState.ACCEPTED
