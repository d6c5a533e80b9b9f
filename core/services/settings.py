"""Database-wide settings: the agency's identity on documents, defaults."""

from __future__ import annotations

import base64
import binascii

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.changes import Changes
from core.db import Database
from core.errors import ValidationError
from core.history import SYSTEM_STREAM
from core.messages import msg
from core.models import Setting
from core.money import validate_currency
from core.text import NAME_MAX, NOTE_MAX, clean_text

DEFAULTS: dict[str, str] = {
    "name": "",
    "address": "",
    "signatory_name": "",
    "signatory_role": "",
    "logo_png_base64": "",
    "default_currency": "EUR",
    "paper": "A4",
}
MAX_LOGO_BYTES = 2 * 1024 * 1024


def agency_identity(session: Session) -> dict[str, str]:
    stored = {s.key: s.value for s in session.scalars(select(Setting))}
    return {key: stored.get(key, default) for key, default in DEFAULTS.items()}


class SettingsService:
    def __init__(self, db: Database, actor: str) -> None:
        self._db = db
        self._actor = actor

    def get(self) -> dict[str, str]:
        with self._db.reading() as session:
            return agency_identity(session)

    def update(self, **values: str) -> Changes:
        cleaned: dict[str, str] = {}
        for key, value in values.items():
            if key not in DEFAULTS:
                raise ValidationError(key, msg("is not a setting"))
            if key == "default_currency":
                cleaned[key] = validate_currency(value, field="default currency")
            elif key == "paper":
                if value not in ("A4", "Letter"):
                    raise ValidationError("paper", msg("choose A4 or Letter"))
                cleaned[key] = value
            elif key == "logo_png_base64":
                cleaned[key] = _clean_logo(value)
            elif key == "address":
                cleaned[key] = clean_text(
                    value, field="address", max_length=NOTE_MAX, required=False, multiline=True
                )
            else:
                cleaned[key] = clean_text(
                    value, field=key.replace("_", " "), max_length=NAME_MAX, required=False
                )
        with self._db.unit_of_work(self._actor) as uow:
            before = agency_identity(uow.session)
            for key, value in cleaned.items():
                row = uow.session.get(Setting, key)
                if row is None:
                    uow.session.add(Setting(key=key, value=value))
                else:
                    row.value = value
            uow.flush()
            after = agency_identity(uow.session)
            if after == before:
                return uow.changes
            uow.event(SYSTEM_STREAM, "settings", "agency", "edited", before, after)
            uow.changes.settings = True
            return uow.commit()


def _clean_logo(value: str) -> str:
    if not value:
        return ""
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError("logo", msg("the logo could not be read")) from None
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("logo", msg("the logo is larger than 2 MB; use a smaller image"))
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError("logo", msg("the logo must be a PNG image"))
    return value
