"""The idea's qualification pane of the Ideas tab (issue 14) in a 960 x 600 window, what a
1920 x 1200 screen at 200 % leaves: in French it scrolled sideways and cut off the follow-up
date's drop-down arrow, the box "Relancer le" and the date asking for more than the pane
had. Every field and question reads whole there, and the capture dialog fits that screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from core.demo import load_demo
from desktop.dialogs.idea import IdeaDialog
from desktop.views.engagement import TAB_IDEAS
from tests.desktop.helpers import laid_out, speaking

LANGUAGES = [(QLocale.Language.French, "fr"), (QLocale.Language.Spanish, "es")]


def inside(widget: QWidget, area: QWidget) -> bool:
    """Whether ``widget`` lies within ``area`` from its left edge to its right one (a pane
    may scroll up and down, never sideways)."""
    left = widget.mapTo(area, QPoint(0, 0)).x()
    return 0 <= left and left + widget.width() <= area.width()


@pytest.mark.parametrize(("language", "code"), LANGUAGES)
def test_the_qualification_pane_fits_at_200_percent(
    qtbot, window, services, language, code
) -> None:
    with speaking(QLocale(language)) as spoken:
        assert spoken == code
        load_demo(services, date.today())
        window.resize(960, 600)
        window.refresh_sidebar()
        window.open_engagement("LUMI-2026-01")
        view = window.engagement_view
        view.tabs.setCurrentIndex(TAB_IDEAS)
        ideas = view.tabs.widget(TAB_IDEAS)
        qtbot.waitUntil(lambda: ideas.tree.isVisible() and ideas.model.rowCount() > 0)
        group = next(  # the first group that holds a captured (editable) idea
            ideas.model.index(g, 0)
            for g in range(ideas.model.rowCount())
            if ideas.model.rowCount(ideas.model.index(g, 0))
        )
        ideas.tree.setCurrentIndex(ideas.model.index(0, 0, group))
        editor = ideas.editor
        qtbot.waitUntil(lambda: editor.idea is not None)
        editor.has_follow_up.setChecked(True)
        laid_out(window)
        scroll = editor.findChild(QScrollArea)
        viewport = scroll.viewport()
        assert scroll.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
        date_field = editor.follow_up
        assert inside(date_field, viewport), date_field.geometry()  # arrow included
        assert date_field.width() >= date_field.sizeHint().width()
        assert inside(editor.has_follow_up, viewport)
        for edit in editor.qualification.values():
            label = scroll.widget().layout().labelForField(edit)
            assert isinstance(label, QLabel)
            assert inside(label, viewport), label.text()
            # as tall as its text wrapped at its width: no line of the question cut off
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert inside(edit, viewport), edit.accessibleName()


class SmallScreen:
    """What a 1920 x 1200 screen at 200 % offers a window: 960 x 600."""

    def availableGeometry(self) -> QRect:  # Qt's name
        return QRect(0, 0, 960, 600)


@pytest.mark.parametrize(("language", "code"), LANGUAGES)
def test_the_capture_dialog_fits_a_960_by_600_screen(
    qtbot, window, services, monkeypatch, language, code
) -> None:
    with speaking(QLocale(language)) as spoken:
        assert spoken == code
        load_demo(services, date.today())
        monkeypatch.setattr(window, "screen", SmallScreen)
        dialog = IdeaDialog(window.ops, services, None, window)
        qtbot.addWidget(dialog)
        dialog.qualify.setChecked(True)
        dialog.has_follow_up.setChecked(True)
        dialog.show()
        qtbot.waitExposed(dialog)
        laid_out(dialog)
        assert dialog.height() < 600  # and room left for its title bar
        assert dialog.width() <= 960
        for field in (dialog.follow_up, dialog.raised_on, dialog.priority, dialog.save_button):
            assert inside(field, dialog), field.accessibleName()
            assert field.width() >= field.sizeHint().width(), field.accessibleName()
            assert field.mapTo(dialog, QPoint(0, field.height())).y() <= dialog.height()
        for edit in dialog.qualification.values():  # each question beside its field, whole
            label = dialog.qualify.layout().labelForField(edit)
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert label.x() + label.width() <= edit.x()
