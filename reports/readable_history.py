"""The history as an accountant reads it: one row per event with when, who, the engagement,
the milestone, what happened and the change in words, and the amounts as numbers of the
engagement's currency, in the engagement's document language.

The CSV and XLSX exports write these rows by default; the stored records (JSON, internal
ids, minor units) stay available as the XLSX's second sheet and behind ``--raw``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from core.db import Database
from core.money import Money, currency_exponent
from core.queries import EngagementDetail, history_milestones, history_names, iter_history
from reports import i18n
from reports.event_text import MONEY_FIELDS, EventText, load_record

COLUMN_KEYS = (
    "history.col_when_utc",
    "history.col_who",
    "history.col_engagement",
    "history.col_milestone",
    "history.col_what",
    "history.col_change",
    "history.col_amount_before",
    "history.col_amount_after",
    "history.col_currency",
)
"""The columns of a readable row, as catalogue keys of their headings."""
AMOUNT_COLUMNS = (6, 7)


@dataclass(frozen=True, slots=True)
class ReadableRow:
    when: datetime
    """In UTC, without its zone (spreadsheets keep no zone; the heading says UTC)."""
    who: str
    engagement: str
    milestone: str
    what: str
    change: str
    """Before → after in words, in full (never cut)."""
    amount_before: Decimal | None
    amount_after: Decimal | None
    currency: str

    def texts(self) -> list[str]:
        """The row as CSV text: the time as 'YYYY-MM-DD HH:MM:SS' and the amounts as plain
        decimal numbers ('1500.00'), which spreadsheets read as a date and as numbers."""
        return [
            self.when.isoformat(" ", "seconds"),  # (a naive UTC time: no offset after it)
            self.who,
            self.engagement,
            self.milestone,
            self.what,
            self.change,
            "" if self.amount_before is None else str(self.amount_before),
            "" if self.amount_after is None else str(self.amount_after),
            self.currency,
        ]


def headings(lang: str) -> list[str]:
    words = i18n.labels(i18n.check_language(lang))
    return [words[key] for key in COLUMN_KEYS]


def _amount(record: Any, currency: str) -> Decimal | None:
    if not isinstance(record, dict):
        return None
    for field in MONEY_FIELDS:
        value = record.get(field)
        if isinstance(value, int) and not isinstance(value, bool):
            return Money(value, currency).to_decimal()
    return None


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def readable_rows(db: Database, detail: EngagementDetail) -> Iterator[ReadableRow]:
    """Every event of the engagement's history as a readable row, oldest first (streamed:
    keep nothing but the row in hand)."""
    with db.reading() as session:
        names = history_names(session, detail.id)
        milestones = history_milestones(session, detail.id)
    by_position = {position: title for position, title in milestones.values()}
    words = EventText(detail.language, names, whole=True)
    currency = detail.currency
    engagement = f"{detail.code} · {detail.title}"
    with db.reading() as session:
        for event in iter_history(session, detail.id):
            before, after = load_record(event.before), load_record(event.after)  # read once
            place = milestones.get(event.entity_id)
            if place is None:  # a record that names its milestone by position
                for record in (after, before):
                    position = record.get("milestone") if isinstance(record, dict) else None
                    if isinstance(position, int) and position in by_position:
                        place = (position, by_position[position])
                        break
            was, now = _amount(before, currency), _amount(after, currency)
            if was == now:  # amounts only where they changed (or came or went)
                was = now = None
            yield ReadableRow(
                when=_utc(event.at),
                who=event.actor,
                engagement=engagement,
                milestone=f"M{place[0]} · {place[1]}" if place else "",
                what=words.what(event.entity, event.action),
                change=words.summary_of(before, after, currency),
                amount_before=was,
                amount_after=now,
                currency=currency,
            )


def amount_format(currency: str) -> str:
    """The spreadsheet number format of an amount in ``currency``: '#,##0.00 "EUR"'."""
    places = currency_exponent(currency)
    decimals = "." + "0" * places if places else ""
    return f'#,##0{decimals} "{currency}"'


DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
