"""A one-paragraph text field that wraps its text onto as many lines as it needs, up to a few,
for the fields of a rows editor that hold sentences (an engagement's objectives): a line
edit shows a long objective as its first forty characters.

It answers to the calls a rows editor makes of a ``QLineEdit`` (``text``, ``setText``,
``setCursorPosition``, ``textEdited``) and behaves like one at the keyboard: Enter is left
to the dialog (whose default button it presses), Tab moves on, and a paste joins its lines
into one paragraph."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

MAX_LINES = 4
"""Beyond this many lines the field scrolls instead of growing."""


class WrappingField(QPlainTextEdit):
    """A paragraph field that grows from one line to ``MAX_LINES`` as its text wraps."""

    textEdited = Signal(str)  # the name QLineEdit gives it
    """The user changed the text (not ``setText``)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._setting = False
        self.textChanged.connect(self._changed)
        self.setText(text)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # QLineEdit's name
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False
        self._fit()

    def setCursorPosition(self, position: int) -> None:  # QLineEdit's name
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    def _changed(self) -> None:
        self._fit()
        if not self._setting:
            self.textEdited.emit(self.toPlainText())

    def lines(self) -> int:
        """How many lines the text takes at the field's width."""
        document = self.document()
        block = document.begin()
        count = 0
        while block.isValid():
            count += max(1, block.layout().lineCount()) if block.layout() else 1
            block = block.next()
        return max(1, count)

    def height_for(self, lines: int) -> int:
        """The field's height showing ``lines`` lines: theirs, the document's margin above
        and below, the frame (the contents margins), and 2 px: QPlainTextEdit counts a line
        as shown only when it ends a pixel short of the bottom margin."""
        margin = int(self.document().documentMargin())
        contents = self.contentsMargins()
        spacing = self.fontMetrics().lineSpacing()
        return lines * spacing + 2 * margin + contents.top() + contents.bottom() + 2

    def _fit(self) -> None:
        lines = self.lines()
        # no scroll bar while the field grows (one would flash up as a line wraps)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if lines > MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        height = self.height_for(min(lines, MAX_LINES))
        if height != self.height():
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.height_for(min(self.lines(), MAX_LINES)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # a narrower field wraps onto more lines

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # as in a line edit: the dialog's default button takes it
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(re.sub(r"\s*[\r\n]+\s*", " ", source.text()).strip())
            return
        super().insertFromMimeData(source)
