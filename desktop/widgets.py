"""Form fields shared by the dialogs and editors: dates, optional dates, money typed in
the engagement's locale, and editable rows (objectives, criteria, contacts)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import ValidationError
from core.money import parse_money
from desktop.formatting import locale_name
from desktop.qt_compat import named
from desktop.refusals import words
from desktop.wrapping_field import WrappingField

INVALID_STYLE = "QLineEdit { border: 2px solid #c53030; border-radius: 3px; }"


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def entry_locale() -> QLocale:
    """The locale of the interface language (that of Preferences, not the system's), for
    the dates typed and picked in forms: the one the window's dates and amounts are
    written in (Qt reads "en" as en_US and "zh_Hant_TW" as zh_TW)."""
    return QLocale(locale_name())


def entry_format(locale: QLocale) -> str:
    """The locale's short date with the year in full, as a date field shows it and takes it
    typed: 'M/d/yyyy' (English), 'dd/MM/yyyy' (French), 'd/M/yyyy' (Spanish), 'yyyy/M/d'
    (Traditional Chinese). A two-digit year would read '26' as 1926 when typed."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else re.sub("y+", "yyyy", short)


class DateEdit(QDateEdit):
    """A date typed as it is written, separators included ("17/04/2026").

    Qt moves to the next part of the date by itself once a part is full ("17" for the day);
    the separator typed next would then move once more, past the month. Here a separator
    typed right after such a move is taken as already done."""

    def __init__(self, value: QDate, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's method name
        typed = event.text()
        if self._moved_on and typed and not typed.isalnum() and not typed.isspace():
            self._moved_on = False
            event.accept()
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = typed.isdigit() and self.currentSectionIndex() > section


def date_edit(value: date, name: str) -> QDateEdit:
    """A date field in the interface language's short form (05/03/2026 in French), with a
    calendar to pick from and the keyboard to type or step each part; the value stays a
    ``date``."""
    edit = DateEdit(to_qdate(value))
    locale = entry_locale()
    edit.setLocale(locale)  # the calendar's month and day names too
    edit.setDisplayFormat(entry_format(locale))
    edit.setCalendarPopup(True)
    edit.setAccessibleName(name)
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be left unset (a draft milestone without a due date yet)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = named(QCheckBox(self.tr("Set")), name + " " + self.tr("set"))
        self.edit = date_edit(date.today(), name)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(to_qdate(value or date.today()))

    def set_read_only(self, read_only: bool) -> None:
        self.check.setVisible(not read_only)
        self.edit.setReadOnly(read_only)
        self.edit.setButtonSymbols(
            QDateEdit.ButtonSymbols.NoButtons if read_only else QDateEdit.ButtonSymbols.UpDownArrows
        )
        self.edit.setCalendarPopup(not read_only)


class MoneyEdit(QLineEdit):
    """An amount typed in the engagement's locale, checked with ``core.money.parse_money``.

    ``value_minor()`` returns the integer minor units, or None while the text is refused;
    the refusal is shown in the tooltip and through ``sig_problem``."""

    sig_problem = Signal(str)
    """The text is refused for this reason ('' when it is fine again)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.currency = "EUR"
        self.locale_name = "en"
        self.problem = ""
        self.textChanged.connect(self._check)

    def set_currency(self, currency: str, locale_name: str) -> None:
        self.currency, self.locale_name = currency, locale_name.replace("-", "_")
        self._check()

    def set_minor(self, minor: int) -> None:
        """Show an amount as plain digits in the locale (no currency sign)."""
        from babel.numbers import format_decimal

        from core.money import Money, currency_exponent

        exponent = currency_exponent(self.currency)
        pattern = "#,##0" + ("." + "0" * exponent if exponent else "")
        value = Money(minor, self.currency).to_decimal()
        self.setText(format_decimal(value, format=pattern, locale=self.locale_name))

    def value_minor(self) -> int | None:
        try:
            return parse_money(self.text(), self.currency, self.locale_name).minor
        except ValidationError:
            return None

    def _check(self) -> None:
        problem = ""
        if self.text().strip():
            try:
                parse_money(self.text(), self.currency, self.locale_name)
            except ValidationError as exc:
                problem = words(exc.detail)
        if problem != self.problem:
            self.problem = problem
            self.setToolTip(problem)
            self.setProperty("invalid", bool(problem))
            self.setStyleSheet(INVALID_STYLE if problem else "")
            self.sig_problem.emit(problem)


RowField = QLineEdit | WrappingField
"""A field of a rows editor: a line, or a paragraph that wraps (``RowsEditor(wrapping=)``)."""


class RowsEditor(QWidget):
    """Editable rows of a few text fields (objectives, criteria, contacts) with add/remove."""

    sig_edited = Signal()
    """A row was added, removed or changed."""

    def __init__(
        self,
        columns: Sequence[str],
        add_label: str,
        checkbox: str | None = None,
        parent: QWidget | None = None,
        wrapping: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._checkbox = checkbox
        self._wrapping = set(wrapping)  # columns holding a sentence: shown on a few lines
        self.rows: list[tuple[list[RowField], QCheckBox | None, QPushButton]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.add_button = named(QPushButton(add_label), add_label)
        self.add_button.clicked.connect(lambda: self.add_row()[0].setFocus())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)  # room to spare goes below the rows, not between them
        self._read_only = False
        self._stacked = False
        self._batch = False  # set_rows: laid out and announced once, at its end

    def add_row(self, values: Sequence[str] = (), checked: bool = False) -> list[RowField]:
        n = len(self.rows) + 1
        edits = []
        for c, title in enumerate(self._columns):
            text = values[c] if c < len(values) else ""
            edit: RowField = WrappingField(text) if c in self._wrapping else QLineEdit(text)
            edit.setCursorPosition(0)
            edit.setPlaceholderText(title)
            edit.setAccessibleName(f"{title} {n}")
            edit.setReadOnly(self._read_only)
            edit.textEdited.connect(self.sig_edited)
            edits.append(edit)
        box = None
        if self._checkbox:
            box = named(QCheckBox(self._checkbox), f"{self._checkbox} {n}")
            box.setChecked(checked)
            box.setEnabled(not self._read_only)
            box.toggled.connect(self.sig_edited)
        remove = named(QPushButton(self.tr("Remove")), self.tr("Remove row {0}").format(n))
        remove.setEnabled(not self._read_only)
        row = (edits, box, remove)
        remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        if not self._batch:
            self._relayout()
            self.sig_edited.emit()
        return edits

    def _remove(self, row: tuple[list[RowField], QCheckBox | None, QPushButton]) -> None:
        self.rows.remove(row)
        edits, box, remove = row
        for widget in [*edits, box, remove]:
            if widget is not None:
                self._grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        if not self._batch:
            self._relayout()
            self.sig_edited.emit()

    def side_by_side_width(self) -> int:
        """The width a row needs with its fields side by side, each showing its whole title
        (the placeholder, "Cible (facultatif)") and a few more characters."""
        metrics = self.fontMetrics()
        spacing = max(0, self._grid.horizontalSpacing())
        fields = sum(
            max(metrics.horizontalAdvance(title), metrics.averageCharWidth() * 8) + 16
            for title in self._columns
        )
        extras: list[QWidget] = [self.rows[0][2]] if self.rows else []
        if self.rows and self.rows[0][1] is not None:
            extras.append(self.rows[0][1])
        buttons = sum(widget.sizeHint().width() for widget in extras)
        return fields + buttons + spacing * (len(self._columns) + len(extras))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.rows and (event.size().width() < self.side_by_side_width()) != self._stacked:
            self._relayout()

    def _relayout(self) -> None:
        """Each row on one line when the fields fit side by side; else (a narrow pane, a long
        translation, 200 %) each field on a line of its own, so no field is cut to a few
        letters and its title stays readable."""
        self._stacked = bool(self.rows) and self.width() < self.side_by_side_width()
        columns = 1 if self._stacked else len(self._columns)
        for c in range(len(self._columns) + 2):
            self._grid.setColumnStretch(c, (3 if c == 0 else 2) if c < columns else 0)
        line = 0
        for edits, box, remove in self.rows:
            if self._stacked:  # the fields one under the other, the buttons beside them
                for offset, edit in enumerate(edits):
                    self._grid.addWidget(edit, line + offset, 0)
                side = [w for w in (remove, box) if w is not None]
                for offset, widget in enumerate(side):
                    self._grid.addWidget(widget, line + offset, 1)
                line += max(len(edits), len(side))
                continue
            for c, edit in enumerate(edits):
                self._grid.addWidget(edit, line, c)
            col = len(edits)
            if box is not None:
                self._grid.addWidget(box, line, col)
                col += 1
            self._grid.addWidget(remove, line, col)
            line += 1

    def set_rows(self, rows: Sequence[Sequence[str]], checks: Sequence[bool] = ()) -> None:
        """Show ``rows`` (texts, and ``checks`` for the check box): the rows already there
        take the new texts, and only the difference is added or removed (a milestone
        shown after another reuses its criteria's fields rather than building them)."""
        self._batch = True
        try:
            for row in self.rows[len(rows) :]:
                self._remove(row)
            for i, values in enumerate(rows):
                checked = checks[i] if i < len(checks) else False
                if i >= len(self.rows):
                    self.add_row(values, checked)
                    continue
                edits, box, _ = self.rows[i]
                for c, edit in enumerate(edits):
                    edit.setText(values[c] if c < len(values) else "")
                    edit.setCursorPosition(0)
                if box is not None:
                    with QSignalBlocker(box):  # announced once, below
                        box.setChecked(checked)
        finally:
            self._batch = False
        self._relayout()
        self.sig_edited.emit()

    def values(self) -> list[tuple[list[str], bool]]:
        """Rows with any text, as (texts, checked)."""
        result = []
        for edits, box, _ in self.rows:
            texts = [e.text() for e in edits]
            if any(t.strip() for t in texts):
                result.append((texts, box.isChecked() if box else False))
        return result

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for edits, box, remove in self.rows:
            for edit in edits:
                edit.setReadOnly(read_only)
            if box is not None:
                box.setEnabled(not read_only)
            remove.setVisible(not read_only)


class OnViewportResize(QObject):
    """Calls ``fit`` whenever ``view``'s viewport changes size (columns fitted to the room
    a view has, as the roadmap's title and the ideas' columns are)."""

    def __init__(self, view: QAbstractItemView, fit: Callable[[], None]) -> None:
        super().__init__(view)
        self._fit = fit
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False
