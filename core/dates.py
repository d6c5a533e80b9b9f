"""The calendar dates Scopekeeper stores: one range, checked in one place.

Every date a person gives (an engagement's start and target end, a milestone's due and
forecast dates, the days work was submitted, reviewed, invoiced, paid or signed, an idea's
date and follow-up) must fall between ``EARLIEST`` and ``LATEST``, 1 January 1900 to
31 December 2199. The services check each one with :func:`check_date`; ``scopekeeper
check`` flags a stored date outside the range (``core.check.ranges``), and so does an
archive import, which runs the same rules.

Why these bounds:

* Python's ``date`` stops at 9999-12-31, and the documents compute with the dates they show:
  a calendar event ends the day after its date, the roadmap axis runs to the first of the
  month after the last date, a deemed-acceptance period adds up to a year to a submission.
  Year 9999 overflows all of these; year 2199 leaves them almost eight thousand years of room.
* Before 1900 spreadsheets stop being a safe place for a date (Excel's day numbers start on
  1 January 1900), and no engagement is planned, reviewed or paid in the 19th century.
* Most dates outside the range are slips of the keyboard: year 0026 for 2026, or 9999 typed
  as "no date yet". Refusing them early, naming the field, beats a document that cannot be
  drawn months later.
* Three centuries is still more than any contract, forecast or follow-up needs.
"""

from __future__ import annotations

from datetime import date, datetime

from core.errors import ValidationError
from core.messages import msg

EARLIEST = date(1900, 1, 1)
"""The first date that can be stored."""
LATEST = date(2199, 12, 31)
"""The last date that can be stored."""

RANGE_TEXT = msg("{earliest} to {latest}", earliest=EARLIEST.isoformat(), latest=LATEST.isoformat())
"""The range in words, as messages give it: '1900-01-01 to 2199-12-31'."""


def in_range(day: date) -> bool:
    """True when ``day`` can be stored."""
    return EARLIEST <= day <= LATEST


def check_date(day: date, field: str) -> date:
    """Return ``day`` if it can be stored; otherwise refuse it, naming ``field``.

    A ``datetime`` is refused too: a date field holds a day, and a time of day kept by
    accident would compare and print differently on the two databases."""
    if not isinstance(day, date) or isinstance(day, datetime):
        raise ValidationError(field, msg("give a calendar date (YYYY-MM-DD)"))
    if not in_range(day):
        raise ValidationError(
            field,
            msg(
                "{day} is outside the dates Scopekeeper accepts ({range})",
                day=day.isoformat(),
                range=RANGE_TEXT,
            ),
        )
    return day


def check_optional_date(day: date | None, field: str) -> date | None:
    """:func:`check_date` for a field that may be left empty."""
    return None if day is None else check_date(day, field)
