"""The history as an accountant reads it: one row per event with when, who, the engagement,
the milestone, what happened and the change in words, and the amounts as numbers of the
engagement's currency, in the engagement's document language.

The CSV and XLSX exports write these rows by default; the stored records (JSON, internal
ids, minor units) stay available as the XLSX's second sheet and behind ``--raw``."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from core.db import Database
from core.money import Money, currency_exponent
from core.queries import EngagementDetail, history_milestones, history_names, iter_history
from core.queries.history import iter_history_text
from reports import i18n
from reports.cells import DANGEROUS_FIRST, safe_cells
from reports.event_text import MONEY_FIELDS, EventText, Summaries, load_records, scan_json

DANGEROUS = frozenset(DANGEROUS_FIRST)

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


def headings(lang: str) -> list[str]:
    words = i18n.labels(i18n.check_language(lang))
    return [words[key] for key in COLUMN_KEYS]


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


class _Rows:
    """What every row of one engagement's readable history shares, and the words of the
    values that come back from one row to the next (a milestone, an action, an amount)."""

    def __init__(self, db: Database, detail: EngagementDetail) -> None:
        with db.reading() as session:
            names = history_names(session, detail.id)
            self.milestones = history_milestones(session, detail.id)
        self.by_position = {position: title for position, title in self.milestones.values()}
        self.currency = detail.currency
        self.engagement = f"{detail.code} · {detail.title}"
        self.words = EventText(detail.language, names, whole=True)
        self.summary = Summaries(self.words, detail.currency)
        self._what: dict[tuple[str, str], str] = {}
        self._amounts: dict[int, Decimal] = {}

    def milestone(self, entity_id: str, before: Any, after: Any) -> str:
        place = self.milestones.get(entity_id)
        if place is None:  # a record that names its milestone by position
            for record in (after, before):
                position = record.get("milestone") if isinstance(record, dict) else None
                if isinstance(position, int) and position in self.by_position:
                    place = (position, self.by_position[position])
                    break
        return f"M{place[0]} · {place[1]}" if place else ""

    def what(self, entity: str, action: str) -> str:
        found = self._what.get((entity, action))
        if found is None:
            found = self._what[entity, action] = self.words.what(entity, action)
        return found

    def amounts(self, before: Any, after: Any) -> tuple[Decimal | None, Decimal | None]:
        """(before, after) as amounts of the currency, only where they changed (or came or
        went)."""
        was, now = _minor(before), _minor(after)
        if was == now:
            return None, None
        return self._amount(was), self._amount(now)

    def _amount(self, minor: int | None) -> Decimal | None:
        if minor is None:
            return None
        found = self._amounts.get(minor)
        if found is None:
            if len(self._amounts) >= Summaries.KEEP:
                self._amounts.clear()
            found = self._amounts[minor] = Money(minor, self.currency).to_decimal()
        return found


def _minor(record: Any) -> int | None:
    """The amount a record holds, in minor units (the first of ``MONEY_FIELDS`` it has)."""
    if not isinstance(record, dict):
        return None
    for field in MONEY_FIELDS:
        value = record.get(field)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def readable_rows(db: Database, detail: EngagementDetail) -> Iterator[ReadableRow]:
    """Every event of the engagement's history as a readable row, oldest first (streamed:
    keep nothing but the row in hand)."""
    shared = _Rows(db, detail)
    currency, engagement = shared.currency, shared.engagement
    with db.reading() as session:
        for event in iter_history(session, detail.id):
            before, after = load_records(event.before, event.after)  # read once
            was, now = shared.amounts(before, after)
            yield ReadableRow(
                when=_utc(event.at),
                who=event.actor,
                engagement=engagement,
                milestone=shared.milestone(event.entity_id, before, after),
                what=shared.what(event.entity, event.action),
                change=shared.summary(before, after),
                amount_before=was,
                amount_after=now,
                currency=currency,
            )


_READ = ("at", "actor", "entity", "entity_id", "action", "before", "after")
"""The columns of an event a readable row is made of."""


def readable_texts(
    db: Database, detail: EngagementDetail, batch: int
) -> Generator[list[list[str]], None, None]:
    """The rows of :func:`readable_rows` as CSV cells, in lists of up to ``batch`` rows,
    oldest first: the time as 'YYYY-MM-DD HH:MM:SS' (UTC) and the amounts as plain decimal
    numbers ('1500.00'), which spreadsheets read as a date and as numbers; every other cell
    made formula-safe by the rule of reports.cells.

    The same cells, made without a row object or a parsed time per event: the events are
    read as text (``iter_history_text``, whose times all have the stored form
    '2026-03-05T09:30:00Z', so 'YYYY-MM-DD HH:MM:SS' is cut out of it), each record by one
    call of the JSON scanner (``load_records`` for a text it cannot read whole), and the
    cells that come back (who, what, the milestone) are made safe once."""
    shared = _Rows(db, detail)
    safe: dict[str, str] = {}

    def safe_of(text: str) -> str:
        found = safe.get(text)
        if found is None:
            if len(safe) >= Summaries.KEEP:
                safe.clear()
            found = safe[text] = safe_cells((text,))[0]
        return found

    engagement, currency = safe_of(shared.engagement), safe_of(shared.currency)
    milestones = {mid: safe_of(shared.milestone(mid, None, None)) for mid in shared.milestones}
    whats: dict[tuple[str, str], str] = {}
    summary, scan = shared.summary, scan_json
    with db.reading() as session:
        for rows in iter_history_text(session, detail.id, batch=batch, columns=_READ):
            texts = []
            for at, actor, entity, entity_id, action, before, after in rows:
                try:
                    old, end = scan(before, 0)
                    if end != len(before):
                        raise ValueError
                    new, end = scan(after, 0)
                    if end != len(after):
                        raise ValueError
                except (StopIteration, ValueError):  # empty, or not one JSON value
                    old, new = load_records(before, after)
                place = milestones.get(entity_id)
                if place is None:  # a record may name its milestone by position
                    named = (type(new) is dict and "milestone" in new) or (
                        type(old) is dict and "milestone" in old
                    )
                    place = safe_of(shared.milestone(entity_id, old, new)) if named else ""
                was = now = ""
                if (type(old) is dict and not MONEY_FIELDS.isdisjoint(old)) or (
                    type(new) is dict and not MONEY_FIELDS.isdisjoint(new)
                ):
                    amounts = shared.amounts(old, new)
                    was = "" if amounts[0] is None else str(amounts[0])
                    now = "" if amounts[1] is None else str(amounts[1])
                what = whats.get((entity, action))
                if what is None:
                    what = whats[entity, action] = safe_of(shared.what(entity, action))
                change = summary(old, new)
                texts.append([
                    at[:10] + " " + at[11:19],
                    safe.get(actor) or safe_of(actor),
                    engagement,
                    place,
                    what,
                    "'" + change if change[:1] in DANGEROUS else change,
                    was,
                    now,
                    currency,
                ])  # fmt: skip
            yield texts


def amount_format(currency: str) -> str:
    """The spreadsheet number format of an amount in ``currency``: '#,##0.00 "EUR"'."""
    places = currency_exponent(currency)
    decimals = "." + "0" * places if places else ""
    return f'#,##0{decimals} "{currency}"'


DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
