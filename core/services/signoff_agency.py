"""The agency on a sign-off: how a snapshot names it, and its renewal before the first issue.

A sign-off's snapshot is made when its milestone is accepted, with the agency's identity as
the settings hold it then. On a fresh install that identity is often filled in only later,
after a first milestone was accepted. Until the sign-off is issued (or a signed copy is
recorded) nothing of it has reached the client, so issuing renews its agency from the
settings; from the first issue on, the snapshot never changes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from core.canonical import canonical_json, fingerprint
from core.history import engagement_stream
from core.models import Milestone, SignOff

if TYPE_CHECKING:
    from core.uow import UnitOfWork


def agency_block(agency: Mapping[str, str]) -> dict[str, str]:
    """The snapshot's ``agency`` part, from the settings (``core.services.settings``)."""
    return {"name": agency["name"], "address": agency["address"]}


def agency_signatory(agency: Mapping[str, str]) -> dict[str, str] | None:
    """The snapshot's ``signatories.agency`` part: None while the settings name nobody."""
    if not agency["signatory_name"]:
        return None
    return {"name": agency["signatory_name"], "role": agency["signatory_role"]}


def agency_printed(snapshot: Mapping[str, Any]) -> dict[str, str]:
    """The agency's identity as ``snapshot`` prints it, in the settings' own fields."""
    block = snapshot.get("agency") or {}
    signatory = (snapshot.get("signatories") or {}).get("agency") or {}
    return {
        "name": block.get("name", ""),
        "address": block.get("address", ""),
        "signatory_name": signatory.get("name", ""),
        "signatory_role": signatory.get("role", ""),
    }


def with_agency(snapshot: Mapping[str, Any], agency: Mapping[str, str]) -> dict[str, Any]:
    """``snapshot`` naming the agency as ``agency`` (the settings) does, in canonical form
    (as read back from its canonical JSON); every other part exactly as it was."""
    refreshed = dict(snapshot)
    refreshed["agency"] = agency_block(agency)
    refreshed["signatories"] = {
        **(snapshot.get("signatories") or {}),
        "agency": agency_signatory(agency),
    }
    return dict(json.loads(canonical_json(refreshed)))


def open_to_refresh(signoff: SignOff) -> bool:
    """Whether nothing of the sign-off has reached the client yet: no PDF issued, no signed
    copy recorded. Only then may its agency follow the settings."""
    return signoff.issued_pdf is None and not signoff.signature_method


def refresh_agency(
    uow: UnitOfWork, milestone: Milestone, signoff: SignOff, agency: Mapping[str, str]
) -> bool:
    """Name the agency in ``signoff`` as ``agency`` does, if it differs: a new snapshot and
    fingerprint, recorded in the engagement's history with the agency and fingerprint
    before and after. True when it changed. The caller checks ``open_to_refresh``."""
    stored = json.loads(signoff.snapshot)
    snapshot = with_agency(stored, agency)
    if snapshot == stored:
        return False
    before = {
        "document_id": signoff.document_id,
        **agency_printed(stored),
        "fingerprint": signoff.fingerprint,
    }
    signoff.snapshot = canonical_json(snapshot)
    signoff.fingerprint = fingerprint(snapshot)
    uow.event(
        engagement_stream(milestone.engagement_id),
        "signoff",
        signoff.id,
        "agency_updated",
        before,
        {
            "document_id": signoff.document_id,
            **agency_printed(snapshot),
            "fingerprint": signoff.fingerprint,
        },
    )
    uow.changes.signoffs.add(signoff.id)
    return True
