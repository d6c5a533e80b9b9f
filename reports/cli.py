"""Document commands of the command line: sign-offs, verification, history and status exports.

``register`` adds them to the parser that ``desktop.main`` builds; each handler receives the
parsed arguments and the open ``Services`` and returns an exit code (0 ok, 1 not verified)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.services import Services
    from reports.verify import Verification


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export-signoff", help="write the sign-off PDF of an accepted milestone")
    p.add_argument("code")
    p.add_argument("position", type=int)
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument("--paper", choices=("A4", "Letter"), default=None)
    p.set_defaults(handler=export_signoff)

    p = sub.add_parser("verify", help="check a signed sign-off PDF (exit 1 if not verified)")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=verify)

    p = sub.add_parser("record-signature", help="verify a signed copy and record it")
    p.add_argument("code")
    p.add_argument("position", type=int)
    p.add_argument("file", type=Path)
    p.add_argument("--method", required=True, choices=("digital", "scan", "typed"))
    p.add_argument("--signer", required=True)
    p.add_argument(
        "--signed-on", type=date.fromisoformat, default=None, help="YYYY-MM-DD (default today)"
    )
    p.add_argument(
        "--document-id",
        default=None,
        metavar="ID",
        help="for a scan or typed copy: the document id as printed on the copy",
    )
    p.set_defaults(handler=record_signature)

    p = sub.add_parser("export-history", help="write an engagement's history")
    p.add_argument("code")
    p.add_argument("--format", required=True, choices=("pdf", "csv", "xlsx", "ics"))
    p.add_argument("-o", "--output", required=True, type=Path)
    p.add_argument(
        "--raw",
        action="store_true",
        help="CSV or XLSX of the stored records as they are (JSON, ids, minor units) "
        "instead of readable columns",
    )
    p.set_defaults(handler=export_history)

    p = sub.add_parser("export-roadmap", help="write the one-page roadmap PDF")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.set_defaults(handler=export_roadmap)

    p = sub.add_parser("export-status", help="write the weekly status PDF")
    p.add_argument("code", nargs="?")
    p.add_argument("-o", "--output", required=True, type=Path)
    p.set_defaults(handler=export_status)


def _read(path: Path) -> bytes:
    from core.errors import ValidationError
    from reports.signoff import MAX_SIGNED_BYTES

    try:
        if path.stat().st_size > MAX_SIGNED_BYTES:
            raise ValidationError(
                "file", f"{path} is larger than {MAX_SIGNED_BYTES // (1024 * 1024)} MB"
            )
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path}: {exc.strerror}") from exc


def export_signoff(args: argparse.Namespace, services: Services) -> int:
    from core.files import atomic_write_bytes
    from reports.signoff import issue_signoff

    issued_before = services.signoffs.for_milestone(args.code, args.position).issued_pdf
    issued = issue_signoff(services, args.code, args.position, paper=args.paper)
    atomic_write_bytes(args.output, issued.pdf)
    print(f"wrote {args.output}")
    if not issued.agency_named:
        print(
            "scopekeeper: warning: this sign-off names no agency: the agency's identity was "
            "empty when it was issued, and an issued sign-off never changes. Set it in the app "
            "under File ▸ Preferences ▸ Agency identity on documents; sign-offs not issued yet "
            "will then name it",
            file=sys.stderr,
        )
    if args.paper and issued_before is not None:
        # The issued bytes are what a digital signature extends, so they never change; say so
        # rather than leave someone who asked for another paper size with the first one.
        print(
            "scopekeeper: note: this sign-off was issued before; --paper is ignored and the "
            "file is the one first issued, on its original paper size",
            file=sys.stderr,
        )
    return 0


_OUTCOME_WORDS = {
    "verified": "VERIFIED",
    "matched": "MATCHED",
    "not_verified": "NOT VERIFIED",
}


def _report(verification: Verification, as_json: bool) -> None:
    from dataclasses import asdict

    fields = asdict(verification)
    fields.pop("changes", None)
    fields["outcome"] = verification.outcome
    if as_json:
        print(json.dumps(fields, default=str, sort_keys=True, indent=1))
        return
    print(f"{_OUTCOME_WORDS[verification.outcome]}: {fields['reason']}")
    for key in ("document_id", "signer_name", "signer_cert_sha256", "signed_at", "file_sha256"):
        if fields.get(key):
            print(f"  {key.replace('_', ' ')}: {fields[key]}")
    if fields.get("trust_note"):
        print(f"  trust: {fields['trust_note']}")


def verify(args: argparse.Namespace, services: Services) -> int:
    from reports.signoff import verify_signed_copy

    result = verify_signed_copy(services, _read(args.file), method="digital")
    _report(result, args.json)
    return 0 if result.verified else 1


def record_signature(args: argparse.Namespace, services: Services) -> int:
    from reports.signoff import record_signed_copy

    result = record_signed_copy(
        services,
        args.code,
        args.position,
        _read(args.file),
        method=args.method,
        signer=args.signer,
        signed_on=args.signed_on or date.today(),
        read_id=args.document_id,
    )
    _report(result, False)
    if result.verified:
        print(f"recorded: milestone {args.position} of {args.code.upper()} is signed off")
        return 0
    print("nothing was recorded", file=sys.stderr)
    return 1


def export_history(args: argparse.Namespace, services: Services) -> int:
    from reports.exports import export_history as run

    run(services.db, args.code, args.format, args.output, raw=args.raw)
    print(f"wrote {args.output}")
    return 0


def export_roadmap(args: argparse.Namespace, services: Services) -> int:
    from reports.roadmap_pdf import export_roadmap as run

    run(services.db, args.code, args.output)
    print(f"wrote {args.output}")
    return 0


def export_status(args: argparse.Namespace, services: Services) -> int:
    from reports.status_pdf import export_status as run

    run(services.db, args.code, args.output, date.today())
    print(f"wrote {args.output}")
    return 0
