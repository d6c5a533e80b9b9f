"""Sign-off records: the canonical snapshot of an accepted round, the issued PDF, and the
signature that comes back."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.canonical import canonical_json, fingerprint, sha256_bytes
from core.changes import Changes
from core.dates import check_date
from core.db import Database
from core.deemed import DeemedAcceptance
from core.errors import NotFoundError, ValidationError
from core.history import engagement_stream
from core.lifecycle import Action
from core.messages import msg, word
from core.models import Milestone, MilestoneState, ReviewRound, SignatureMethod, SignOff
from core.services._common import (
    get_engagement,
    iso,
    milestone_at,
    milestone_rules,
    move_milestone,
    require,
)
from core.services.settings import agency_identity
from core.services.signoff_agency import (
    agency_block,
    agency_printed,
    agency_signatory,
    open_to_refresh,
    refresh_agency,
    with_agency,
)
from core.text import NAME_MAX, clean_text
from core.uow import UnitOfWork


def document_id(code: str, position: int, round_number: int) -> str:
    return f"{code}-M{position:02d}-R{round_number}"


def signoff_snapshot(
    session: Session,
    milestone: Milestone,
    review: ReviewRound,
    deemed: DeemedAcceptance | None = None,
) -> dict[str, Any]:
    """What the client signs, in canonical form (sorted keys, NFC, integer minor units).

    A deemed acceptance (``deemed``) adds ``round.deemed_acceptance``: the period in days, the
    submission date, who confirmed it and when. Its criteria carry no verdict (``null``): the
    client gave none. Every other snapshot keeps exactly the keys it always had, so the
    fingerprints of sign-offs already issued stay what they were."""
    engagement = milestone.engagement
    client = engagement.client
    agency = agency_identity(session)
    earlier = session.scalars(
        select(ReviewRound)
        .where(ReviewRound.milestone_id == milestone.id, ReviewRound.number < review.number)
        .order_by(ReviewRound.number)
    ).all()
    signatory = next((c for c in client.contacts if c.signatory), review.reviewer)
    return {
        "schema": "scopekeeper.signoff/1",
        "document_id": document_id(engagement.code, milestone.position, review.number),
        "language": engagement.language,
        "agency": agency_block(agency),
        "client": {"name": client.name, "address": client.address},
        "engagement": {
            "code": engagement.code,
            "title": engagement.title,
            "currency": engagement.currency,
        },
        "milestone": {
            "position": milestone.position,
            "title": milestone.title,
            "deliverables": milestone.deliverables,
            "amount_minor": milestone.amount_minor,
            "currency": engagement.currency,
            "baseline_due": iso(milestone.baseline_due),
            "forecast_due": iso(milestone.forecast_due),
        },
        "round": _round(milestone, review, deemed),
        "earlier_rounds": [
            {
                "number": r.number,
                "date": r.held_on.isoformat(),
                "outcome": r.outcome,
                "not_met": sum(1 for v in r.verdicts if v.value == "not_met"),
                "reviewer": r.reviewer.name if r.reviewer is not None else "",
            }
            for r in earlier
        ],
        "signatories": {
            "client": (
                {"name": signatory.name, "role": signatory.role} if signatory is not None else None
            ),
            "agency": agency_signatory(agency),
        },
    }


def _round(
    milestone: Milestone, review: ReviewRound, deemed: DeemedAcceptance | None
) -> dict[str, Any]:
    """The accepting round: its verdicts, or for a deemed acceptance how it came about."""
    criteria = {c.id: c for c in milestone.criteria}
    rnd: dict[str, Any] = {
        "number": review.number,
        "date": review.held_on.isoformat(),
        "deemed": review.deemed,
        "reviewer": (
            {"name": review.reviewer.name, "role": review.reviewer.role}
            if review.reviewer is not None
            else None
        ),
        "verdicts": [
            {
                "position": v.position,
                "criterion": criteria[v.criterion_id].text,
                "target": criteria[v.criterion_id].target or None,
                "verdict": v.value,
                "note": v.note,
                "reason": v.reason,
            }
            for v in review.verdicts
        ],
    }
    if deemed is not None:  # no verdicts were given: list the criteria without one
        rnd["deemed_acceptance"] = deemed.snapshot()
        rnd["verdicts"] = [
            {
                "position": c.position,
                "criterion": c.text,
                "target": c.target or None,
                "verdict": None,
                "note": "",
                "reason": "",
            }
            for c in milestone.criteria
        ]
    return rnd


def create_signoff(
    uow: UnitOfWork,
    milestone: Milestone,
    review: ReviewRound,
    deemed: DeemedAcceptance | None = None,
) -> SignOff:
    snapshot = signoff_snapshot(uow.session, milestone, review, deemed)
    record = SignOff(
        milestone_id=milestone.id,
        round_id=review.id,
        document_id=snapshot["document_id"],
        snapshot=canonical_json(snapshot),
        fingerprint=fingerprint(snapshot),
        created_at=uow.now,
    )
    uow.session.add(record)
    uow.flush()
    uow.event(
        engagement_stream(milestone.engagement_id),
        "signoff",
        record.id,
        "prepared",
        None,
        {"document_id": record.document_id, "fingerprint": record.fingerprint},
    )
    uow.changes.signoffs.add(record.id)
    return record


@dataclass(frozen=True, slots=True)
class IssuedPdf:
    """The sign-off PDF as issued (stored once) and what issuing it changed.
    ``agency_named`` is False when the document names no agency (its identity was empty)."""

    pdf: bytes
    changes: Changes
    agency_named: bool


@dataclass(frozen=True, slots=True)
class SignoffRecord:
    """A sign-off as read by documents and verification."""

    id: str
    milestone_id: str
    document_id: str
    snapshot: dict[str, Any]
    snapshot_json: str
    fingerprint: str
    issued_pdf: bytes | None
    milestone_state: str
    signature_method: str
    signer: str
    signed_on: date | None
    verification: str

    @property
    def agency_named(self) -> bool:
        """Whether the document prints the agency's name (an empty identity prints none)."""
        return bool(agency_printed(self.snapshot)["name"].strip())

    @property
    def settled(self) -> bool:
        """Whether its text is final: a PDF was issued or a signed copy recorded (before,
        issuing names the agency as the settings do then)."""
        return self.issued_pdf is not None or bool(self.signature_method)


def _record(s: SignOff, state: str) -> SignoffRecord:
    return SignoffRecord(
        id=s.id,
        milestone_id=s.milestone_id,
        document_id=s.document_id,
        snapshot=json.loads(s.snapshot),
        snapshot_json=s.snapshot,
        fingerprint=s.fingerprint,
        issued_pdf=s.issued_pdf,
        milestone_state=state,
        signature_method=s.signature_method,
        signer=s.signer,
        signed_on=s.signed_on,
        verification=s.verification,
    )


@dataclass(frozen=True, slots=True)
class SignatureInput:
    """The outcome of checking a returned copy (the checking itself lives in reports/)."""

    method: str
    signer: str
    signed_on: date
    returned_file: bytes
    verified: bool
    reason: str
    signer_cert_sha256: str = ""
    confirmed_by: str = ""


Render = Callable[[SignoffRecord, Mapping[str, str]], bytes]
"""Makes a sign-off's PDF from its record and the settings (the rendering lives in reports/)."""


def _signoff_at(
    session: Session, code: str, position: int, *, lock: bool = False
) -> tuple[Milestone, SignOff]:
    """Milestone ``position`` of ``code`` and its sign-off (locked for the transaction when
    ``lock``: a second issue waits for the first)."""
    engagement = get_engagement(session, code)
    milestone = milestone_at(session, engagement, position)
    stmt = select(SignOff).where(SignOff.milestone_id == milestone.id)
    signoff = session.scalars(stmt.with_for_update() if lock else stmt).first()
    if signoff is None:
        raise NotFoundError(
            msg(
                "milestone {position} of {code} is {state}; "
                "a sign-off exists only once a review round has accepted it",
                position=position,
                code=engagement.code,
                state=word(milestone.state),
            )
        )
    return milestone, signoff


def _store_issued(uow: UnitOfWork, milestone: Milestone, signoff: SignOff, pdf: bytes) -> None:
    signoff.issued_pdf = pdf
    signoff.issued_sha256 = sha256_bytes(pdf)
    uow.event(
        engagement_stream(milestone.engagement_id),
        "signoff",
        signoff.id,
        "issued",
        None,
        {"document_id": signoff.document_id, "pdf_sha256": signoff.issued_sha256},
    )
    uow.changes.signoffs.add(signoff.id)
    uow.changes.milestones.add(milestone.id)


class SignoffService:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def for_milestone(self, code: str, position: int) -> SignoffRecord:
        with self._db.reading() as session:
            milestone, signoff = _signoff_at(session, code, position)
            return _record(signoff, milestone.state)

    def as_issued_now(self, code: str, position: int) -> SignoffRecord:
        """The sign-off as issuing it now would give it, with nothing stored: the stored one
        once it was issued or signed; before that, naming the agency as the settings do now
        (see ``issue``). What a preview shows."""
        with self._db.reading() as session:
            milestone, signoff = _signoff_at(session, code, position)
            record = _record(signoff, milestone.state)
            if not open_to_refresh(signoff):
                return record
            snapshot = with_agency(record.snapshot, agency_identity(session))
            if snapshot == record.snapshot:
                return record
            return dataclasses.replace(
                record,
                snapshot=snapshot,
                snapshot_json=canonical_json(snapshot),
                fingerprint=fingerprint(snapshot),
            )

    def issue(self, code: str, position: int, render: Render) -> IssuedPdf:
        """Issue the sign-off PDF of milestone ``position`` of ``code``, as one action.

        The first issue is stored and returned ever after (a digital signature must extend
        exactly those bytes). Until then nothing has left the building, so the sign-off
        names the agency as the settings name it now: a milestone accepted before the
        agency's identity was filled in still gets a document that names the agency. When
        the agency differs from the snapshot's, the snapshot and its fingerprint are renewed
        first (an ``agency_updated`` event with both fingerprints); a sign-off already
        signed keeps the text that was signed. ``render`` makes the PDF from the record and
        the settings read in the same transaction (paper, logo)."""
        with self._db.unit_of_work(self._actor) as uow:
            milestone, signoff = _signoff_at(uow.session, code, position, lock=True)
            if signoff.issued_pdf is not None:
                kept = _record(signoff, milestone.state)
                return IssuedPdf(signoff.issued_pdf, Changes(), kept.agency_named)
            settings = agency_identity(uow.session)
            if open_to_refresh(signoff):
                refresh_agency(uow, milestone, signoff, settings)
            record = _record(signoff, milestone.state)
            pdf = render(record, settings)
            _store_issued(uow, milestone, signoff, pdf)
            return IssuedPdf(pdf, uow.commit(), record.agency_named)

    def by_document_id(self, document_id: str) -> SignoffRecord | None:
        with self._db.reading() as session:
            signoff = session.scalars(
                select(SignOff).where(SignOff.document_id == document_id)
            ).first()
            if signoff is None:
                return None
            milestone = session.get(Milestone, signoff.milestone_id)
            assert milestone is not None
            return _record(signoff, milestone.state)

    def record_signature(self, signoff_id: str, signature: SignatureInput) -> Changes:
        """Record a verified signed copy and move the milestone to signed off."""
        try:
            method = SignatureMethod(signature.method)
        except ValueError:
            raise ValidationError(
                "method", msg("the method must be digital, scan or typed")
            ) from None
        if not signature.verified:
            raise ValidationError(
                "signed copy",
                msg("not verified: {reason}. Nothing was recorded.", reason=signature.reason),
            )
        signer = clean_text(signature.signer, field="signer", max_length=NAME_MAX)
        check_date(signature.signed_on, "signature date")
        confirmed_by = clean_text(
            signature.confirmed_by or self._actor, field="confirmed by", max_length=NAME_MAX
        )
        if method == SignatureMethod.DIGITAL and not signature.signer_cert_sha256:
            raise ValidationError(
                "signed copy", msg("a digital signature needs its certificate fingerprint")
            )
        with self._db.unit_of_work(self._actor) as uow:
            signoff = uow.session.get(SignOff, signoff_id)
            if signoff is None:
                raise NotFoundError(msg("that sign-off no longer exists"))
            milestone = uow.session.get(Milestone, signoff.milestone_id)
            assert milestone is not None
            require(milestone_rules(milestone), Action.RECORD_SIGNATURE)
            accepting = uow.session.get(ReviewRound, signoff.round_id)
            if accepting is not None and signature.signed_on < accepting.held_on:
                raise ValidationError(
                    "signature date",
                    msg(
                        "the sign-off cannot be signed on {signed}, before the review that "
                        "accepted it ({accepted})",
                        signed=signature.signed_on.isoformat(),
                        accepted=accepting.held_on.isoformat(),
                    ),
                )
            signoff.signature_method = method.value
            signoff.signer = signer
            signoff.signed_on = signature.signed_on
            signoff.returned_file = signature.returned_file
            signoff.returned_sha256 = sha256_bytes(signature.returned_file)
            signoff.signer_cert_sha256 = signature.signer_cert_sha256
            signoff.confirmed_by = confirmed_by
            signoff.verification = signature.reason
            before = move_milestone(milestone, MilestoneState.SIGNED_OFF)
            uow.event(
                engagement_stream(milestone.engagement_id),
                "signoff",
                signoff.id,
                "signature_recorded",
                {"state": before},
                {
                    "state": milestone.state,
                    "method": method.value,
                    "signer": signer,
                    "signed_on": signature.signed_on.isoformat(),
                    "file_sha256": signoff.returned_sha256,
                    "signer_cert_sha256": signature.signer_cert_sha256,
                    "confirmed_by": confirmed_by,
                    "verification": signature.reason,
                },
            )
            uow.changes.signoffs.add(signoff.id)
            uow.changes.milestones.add(milestone.id)
            uow.changes.engagements.add(milestone.engagement_id)
            return uow.commit()
