"""The look shared by every view: icons, status colours and badges, muted text.

Colours are the saturated badge colours with black or white text chosen for contrast, so
they read the same in light and dark themes; everything else comes from the palette."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ICONS = Path(__file__).with_name("icons")

STATUS_COLOURS = {
    # engagement statuses
    "draft": "#6b7a90",
    "active": "#2e7d4f",
    "completed": "#2b6cb0",
    "cancelled": "#9b3b3b",
    # milestone states
    "planned": "#7d8796",
    "in_progress": "#2b6cb0",
    "submitted": "#b7791f",
    "accepted": "#2f855a",
    "changes_requested": "#c05621",
    "signed_off": "#2c7a7b",
    "invoiced": "#6b46c1",
    "paid": "#276749",
}


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


def status_colour(status: str | None) -> QColor:
    return QColor(STATUS_COLOURS.get(status or "", "#7d8796"))


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    return QColor("#111111") if 0.299 * r + 0.587 * g + 0.114 * b > 0.6 else QColor("#ffffff")


def paint_badge(painter: QPainter, rect: QRect, text: str, status: str | None) -> None:
    """A rounded pill with the status colour, text in a contrasting colour."""
    colour = status_colour(status)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(text_on(colour))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class StatusBadge(QLabel):
    """A coloured label for a status, readable in light and dark themes."""

    def set_status(self, status: str, text: str) -> None:
        colour = status_colour(status)
        fg = text_on(colour)
        self.setText(text)
        self.setAccessibleName(text)
        self.setStyleSheet(
            f"QLabel {{ background: {colour.name()}; color: {fg.name()}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600; }"
        )


BADGE_TEXT_PADDING = 14
"""A badge is as wide as its text and 7 px each side."""
BADGE_ROOM = BADGE_TEXT_PADDING + 8
"""What a badge's cell or row needs beyond the badge's text: its padding, and 8 px of the
cell beside the badge (the badge delegates below draw within it; the sidebar, the roadmap
and their tests size from it)."""


class BadgeDelegate(QStyledItemDelegate):
    """Draws the item text and, for items with a status, a badge on the right."""

    def __init__(
        self, status_role: int, text_of: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._role = status_role
        self._text_of = text_of

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = index.data(self._role)
        if not status:
            super().paint(painter, option, index)
            return
        label = self._text_of(status)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(label) + BADGE_TEXT_PADDING
        height = metrics.height() + 2
        rect = QRect(option.rect)
        badge = QRect(rect.right() - width - 4, rect.center().y() - height // 2 + 1, width, height)
        trimmed = QStyleOptionViewItem(option)
        room = rect.width() - (width - BADGE_TEXT_PADDING) - BADGE_ROOM
        trimmed.rect = QRect(rect.left(), rect.top(), max(0, room), rect.height())
        super().paint(painter, trimmed, index)
        paint_badge(painter, badge, label, status)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 90, max(size.height(), option.fontMetrics.height() + 8))


class BadgeCellDelegate(QStyledItemDelegate):
    """A table cell shown as a badge: the cell's text on its status colour (``status_role``)."""

    def __init__(self, status_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role = status_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        text = cell.text
        cell.text = ""
        widget = cell.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)
        metrics = cell.fontMetrics
        rect = QRect(cell.rect)
        room = max(0, rect.width() - (BADGE_ROOM - BADGE_TEXT_PADDING))
        label = metrics.elidedText(
            text, Qt.TextElideMode.ElideRight, max(0, room - BADGE_TEXT_PADDING)
        )
        width = min(room, metrics.horizontalAdvance(label) + BADGE_TEXT_PADDING)
        height = metrics.height() + 2
        badge = QRect(rect.left() + 4, rect.center().y() - height // 2 + 1, width, height)
        paint_badge(painter, badge, label, index.data(self._role))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + BADGE_ROOM, max(size.height(), option.fontMetrics.height() + 8))


def verdict_colors() -> tuple[str, str]:
    """(good, bad) text colours readable on the current window background."""
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return ("#7ee787", "#ff9492") if dark else ("#1a7f37", "#b42318")


SCHEMES = ("system", "light", "dark")
"""The appearance choices of the preferences: follow the system, or force light or dark."""


def dark_palette() -> QPalette:
    """A dark palette for Qt's Fusion style, for systems whose theme offers none."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2b2b"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1f1f1f"),
        (roles.AlternateBase, "#282828"),
        (roles.ToolTipBase, "#2b2b2b"),
        (roles.ToolTipText, "#e8e8e8"),
        (roles.PlaceholderText, "#9a9a9a"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#353535"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Light, "#4a4a4a"),
        (roles.Midlight, "#3c3c3c"),
        (roles.Mid, "#2f2f2f"),
        (roles.Dark, "#1a1a1a"),
        (roles.Shadow, "#101010"),
        (roles.Highlight, "#3d7fd9"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#6cb6ff"),
        (roles.LinkVisited, "#b392f0"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


def apply_colour_scheme(choice: str) -> None:
    """Light, dark or the system's scheme for the whole app.

    The platform is asked first (Windows, macOS and the Linux desktops switch their own
    palette); where it cannot (a bare X server, some window managers) the palette is set
    here, Fusion's light one or ``dark_palette``."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        choice, Qt.ColorScheme.Unknown
    )
    hints = app.styleHints()
    if scheme == Qt.ColorScheme.Unknown:
        hints.unsetColorScheme()
    else:
        hints.setColorScheme(scheme)
    is_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    if scheme == Qt.ColorScheme.Dark and not is_dark:
        app.setPalette(dark_palette())
        app.setProperty("scopekeeper_palette", True)
    elif scheme != Qt.ColorScheme.Dark and app.property("scopekeeper_palette"):
        app.setPalette(app.style().standardPalette())
        app.setProperty("scopekeeper_palette", False)


def muted(label: QLabel) -> QLabel:
    """Secondary text in the palette's placeholder colour (right in light and dark)."""
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label
