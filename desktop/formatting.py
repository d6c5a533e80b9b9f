"""Amounts, numbers and dates as the window shows them: in the interface's language.

Every view, model and dialog that displays money, a count or a date goes through these
functions, so the roadmap, the history, the dashboard and the dialogs write "7.500,00 €" or
"NT$7,500.00" the same way. The interface language is that of the Scopekeeper translation
installed (``desktop.labels.interface_language``), not the engagement's document language
(documents keep theirs) nor the system locale (which may differ from the language chosen in
Preferences). The forms are those of the documents (``reports.i18n``), so a figure reads the
same in the window and in a PDF written in the same language.

Dates in editable fields use the same language's short numeric form with the year in full
(``desktop.widgets.date_edit``: 3/5/2026, 05/03/2026, 2026/3/5), which can be typed."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_skeleton

from desktop.labels import interface_language
from reports import i18n


def locale_name() -> str:
    """The Babel locale of the interface language, e.g. 'es_ES', 'zh_Hant_TW'."""
    return i18n.LOCALES[interface_language()]


def money(minor: int, currency: str) -> str:
    """An amount in minor units with its currency: '7.500,00 €', 'NT$7,500.00'."""
    return i18n.format_amount(minor, currency, interface_language())


def number(value: int) -> str:
    """A count with the language's digit grouping: '1,234', '1 234', '1.234'."""
    return i18n.format_number(value, interface_language())


def day(value: date | None, empty: str = "") -> str:
    """A date for reading: 'Mar 5, 2026', '5 mars 2026', '2026年3月5日'; ``empty`` for None."""
    return i18n.format_day(value, interface_language()) if value is not None else empty


def moment(at: datetime) -> str:
    """A recorded moment in this computer's time zone: 'Mar 5, 2026 09:30'."""
    local = at.astimezone()
    return f"{day(local.date())} {local:%H:%M}"


def month(value: date) -> str:
    """A month and year for an axis: 'Mar 2026', 'mars 2026', '2026年3月'."""
    return str(format_skeleton("yMMM", value, locale=locale_name()))
