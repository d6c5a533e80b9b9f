"""What the builders of the flowable documents (sign-off, roadmap, weekly status) share.

Each builder assembles one document in one language on one paper size; this base holds the
language's catalogue and styles, the width between the margins, and the catalogue texts,
dates, numbers and amounts in the form a builder puts into paragraphs.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reports import i18n
from reports.styles import Paper, Styles, content_width, make_styles
from reports.text import markup


class DocumentBuilder:
    """Language, catalogue (``t``), styles (``s``) and text width of one document."""

    def __init__(self, lang: str, paper: Paper) -> None:
        self.lang = lang
        self.t = i18n.labels(lang)
        self.s: Styles = make_styles(lang)
        self.width = content_width(paper)

    def label(self, key: str, **values: Any) -> str:
        """A catalogue text with the given values filled in, as safe markup."""
        text = self.t[key]
        return markup(text.format(**values) if values else text)

    def day(self, value: date | None) -> str:
        """A date as the document's tables show it ('Mar 5, 2026'); '—' for none."""
        return "—" if value is None else i18n.format_day(value, self.lang)

    def long_day(self, value: date) -> str:
        """A date as a sentence writes it ('March 5, 2026')."""
        return i18n.format_date(value, self.lang)

    def counted(self, key: str, count: int) -> str:
        """A catalogue text for ``count`` things in the right plural form, as safe markup."""
        return markup(i18n.counted(key, count, self.lang))

    def number(self, value: int) -> str:
        return i18n.format_number(value, self.lang)

    def amount(self, minor: int, currency: str) -> str:
        return i18n.format_amount(minor, currency, self.lang)
