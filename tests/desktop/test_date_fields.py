"""Date fields read and take dates as the interface language writes them (05/03/2026 in
French, 3/5/2026 in English), with a calendar to pick from; what is stored stays a date."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from core.queries import engagement_detail
from core.services import Services
from desktop.dialogs.engagement import EngagementDialog
from desktop.labels import LANGUAGE_PROPERTY
from desktop.ops import Ops
from desktop.views.milestone_editor import MilestoneEditor
from tests.factories import make_draft

MARCH_5 = date(2026, 3, 5)
SHOWN = {"en": "3/5/2026", "fr": "05/03/2026", "es": "5/3/2026", "zh-TW": "2026/3/5"}
SHOWN_FEB_1 = {"en": "2/1/2026", "fr": "01/02/2026", "es": "1/2/2026", "zh-TW": "2026/2/1"}
TYPED = {"en": "4/17/2026", "fr": "17/04/2026", "es": "17/4/2026", "zh-TW": "2026/4/17"}
"""April 17, 2026 typed as written, separators included."""


@contextmanager
def interface(language: str) -> Iterator[None]:
    """As when that language's translation is installed: widgets built meanwhile use it."""
    app = QApplication.instance()
    assert app is not None
    app.setProperty(LANGUAGE_PROPERTY, None if language == "en" else language)
    try:
        yield
    finally:
        app.setProperty(LANGUAGE_PROPERTY, None)


def draft_milestone_editor(qtbot, services: Services) -> MilestoneEditor:  # type: ignore[no-untyped-def]
    """The editor showing milestone 1 (due 2026-02-01) of a draft, where it can be edited."""
    built = make_draft(services)
    with services.db.reading() as session:
        detail = engagement_detail(session, built.engagement_id, date(2026, 1, 5))
    editor = MilestoneEditor(services)
    qtbot.addWidget(editor)
    editor.show_milestone(detail.milestones[0], "EUR", "en", editable=True)
    return editor


def type_into(qtbot, edit: QDateEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Tab into the field (its first part is selected) and type a date as it is written."""
    window = edit.window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize("language", ["en", "fr", "es", "zh-TW"])
def test_the_milestone_due_date_reads_and_types_in_the_interface_language(
    qtbot, services: Services, language: str
) -> None:
    with interface(language):
        editor = draft_milestone_editor(qtbot, services)
    editor.show()
    field = editor.due.edit
    assert field.text() == SHOWN_FEB_1[language]  # the milestone's stored due date
    editor.due.set_value(MARCH_5)
    assert field.text() == SHOWN[language]
    assert "-" not in field.text()  # no longer 2026-03-05
    assert editor.due.value() == MARCH_5
    assert field.calendarPopup()
    type_into(qtbot, field, TYPED[language])
    assert editor.due.value() == date(2026, 4, 17)


def test_the_calendar_speaks_the_interface_language_not_the_system_s(
    qtbot, services: Services
) -> None:
    with interface("fr"):
        editor = draft_milestone_editor(qtbot, services)
    calendar = editor.due.edit.calendarWidget()
    assert calendar is not None
    assert calendar.locale().language() == QLocale.Language.French
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday


def test_the_engagement_dialog_dates_follow_the_language_too(
    qtbot, ops: Ops, services: Services
) -> None:
    with interface("fr"):
        dialog = EngagementDialog(ops, services)
    qtbot.addWidget(dialog)
    dialog.start.setDate(dialog.start.date().fromString("2026-03-05", "yyyy-MM-dd"))
    assert dialog.start.text() == "05/03/2026"
    with interface("en"):
        english = EngagementDialog(ops, services)
    qtbot.addWidget(english)
    english.end.setDate(english.end.date().fromString("2026-12-31", "yyyy-MM-dd"))
    assert english.end.text() == "12/31/2026"
