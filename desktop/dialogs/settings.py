"""Preferences: which database to use, the agency identity printed on documents, and the
app's appearance (follow the system, light or dark) and the interface language (kept in
QSettings, not the database; a new language takes effect at the next start, which the dialog
offers to make now)."""

from __future__ import annotations

import base64
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QProcess, QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.services import Services
from desktop.app import LANGUAGE_SETTING
from desktop.look import SCHEMES, apply_colour_scheme
from desktop.ops import Ops
from desktop.qt_compat import named

LANGUAGE_NAMES = (
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("zh_TW", "繁體中文"),
)
"""The interface languages offered, each named in itself (not translated)."""


def restart_app() -> None:
    """Start Scopekeeper again with the same arguments, then quit this instance."""
    from PySide6.QtWidgets import QApplication

    # A frozen build's executable is the app itself. From source, Python is given what it was
    # given ("-m desktop.main --db x" or the console script's path), so both start again.
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.orig_argv[1:]
    if QProcess.startDetached(sys.executable, arguments)[0]:
        QApplication.quit()


class SettingsDialog(QDialog):
    """``database_target`` is the file or URL to switch to, or None to stay.
    ``current_target`` is the open database as it may be shown: a URL without its password."""

    def __init__(
        self,
        ops: Ops,
        services: Services,
        current_target: str,
        parent: QWidget | None = None,
        qsettings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops, self._services = ops, services
        self._qsettings = qsettings if qsettings is not None else QSettings()
        self._current = current_target
        self.database_target: str | None = None
        self.setWindowTitle(self.tr("Preferences"))

        self.use_file = QRadioButton(self.tr("SQLite &file on this computer"))
        self.use_server = QRadioButton(self.tr("&PostgreSQL server (team)"))
        group = QButtonGroup(self)
        group.addButton(self.use_file)
        group.addButton(self.use_server)
        self.path = named(QLineEdit(), self.tr("Database file"))
        self.browse = named(QPushButton(self.tr("Browse…")), self.tr("Choose database file"))
        self.browse.clicked.connect(self.choose_file)
        self.url = named(QLineEdit(), self.tr("PostgreSQL URL"))
        self.url.setPlaceholderText("postgresql+psycopg://user@server/scopekeeper")
        self.url_hint = QLabel(
            self.tr(
                "Leave the password out: Scopekeeper asks for it when connecting and keeps "
                "it in the system keyring, never in its settings."
            )
        )
        self.url_hint.setWordWrap(True)
        if "://" in current_target and not current_target.startswith("sqlite"):
            self.use_server.setChecked(True)
            self.url.setText(current_target)
        else:
            self.use_file.setChecked(True)
            self.path.setText(current_target.removeprefix("sqlite:///"))
        self.use_file.toggled.connect(self._sync)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        db_box = QGroupBox(self.tr("Database"))
        db_form = QFormLayout(db_box)
        db_form.addRow(self.use_file)
        db_form.addRow(file_row)
        db_form.addRow(self.use_server)
        db_form.addRow(self.url)
        db_form.addRow(self.url_hint)

        values = services.settings.get()
        self.name = named(QLineEdit(values["name"]), self.tr("Agency name"))
        self.address = named(QPlainTextEdit(values["address"]), self.tr("Agency address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        self.signatory_name = named(QLineEdit(values["signatory_name"]), self.tr("Signatory name"))
        self.signatory_role = named(QLineEdit(values["signatory_role"]), self.tr("Signatory role"))
        self.currency = named(QLineEdit(values["default_currency"]), self.tr("Default currency"))
        self.currency.setMaxLength(3)
        self.paper = named(QComboBox(), self.tr("Paper size"))
        self.paper.addItems(["A4", "Letter"])
        self.paper.setCurrentText(values["paper"])
        self.logo_data = values["logo_png_base64"]
        self.logo = named(QLabel(), self.tr("Logo preview"))
        self.logo.setMinimumHeight(48)
        choose_logo = named(QPushButton(self.tr("Choose PNG…")), self.tr("Choose logo"))
        choose_logo.clicked.connect(self.choose_logo)
        clear_logo = named(QPushButton(self.tr("Remove")), self.tr("Remove logo"))
        clear_logo.clicked.connect(lambda: self.set_logo(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(clear_logo)
        self.set_logo(self.logo_data)
        agency = QGroupBox(self.tr("Agency identity on documents"))
        form = QFormLayout(agency)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("Si&gnatory"), self.signatory_name)
        form.addRow(self.tr("Signatory &role"), self.signatory_role)
        logo_label = QLabel(self.tr("&Logo"))
        logo_label.setBuddy(choose_logo)
        form.addRow(logo_label, logo_row)
        form.addRow(self.tr("Default &currency"), self.currency)
        form.addRow(self.tr("Pa&per size"), self.paper)

        self.appearance = named(QComboBox(), self.tr("Appearance"))
        for value, text in zip(
            SCHEMES,
            (self.tr("Follow the system"), self.tr("Light"), self.tr("Dark")),
            strict=True,
        ):
            self.appearance.addItem(text, value)
        scheme = self._qsettings.value("appearance/scheme", "system")
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(scheme)))
        look = QGroupBox(self.tr("This computer"))
        look_form = QFormLayout(look)
        look_form.addRow(self.tr("Appea&rance"), self.appearance)
        self.language = named(QComboBox(), self.tr("Interface language"))
        self.language.addItem(self.tr("Follow the system"), "system")
        for value, text in LANGUAGE_NAMES:
            self.language.addItem(text, value)
        self._language = str(self._qsettings.value(LANGUAGE_SETTING, "system"))
        self.language.setCurrentIndex(max(0, self.language.findData(self._language)))
        look_form.addRow(self.tr("&Interface language"), self.language)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(db_box)
        layout.addWidget(agency)
        layout.addWidget(look)
        layout.addWidget(buttons)
        self._sync()
        self.resize(620, self.sizeHint().height())

    def _sync(self) -> None:
        local = self.use_file.isChecked()
        self.path.setEnabled(local)
        self.browse.setEnabled(local)
        self.url.setEnabled(not local)
        self.url_hint.setEnabled(not local)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.path.text(),
            self.tr("Scopekeeper database (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.path.setText(path)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), "", self.tr("PNG images (*.png)")
        )
        if path:
            self.set_logo(base64.b64encode(Path(path).read_bytes()).decode("ascii"))

    def set_logo(self, data: str) -> None:
        self.logo_data = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(base64.b64decode(data))):
            self.logo.setPixmap(pixmap.scaledToHeight(48))
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("no logo") if not data else self.tr("not a readable image"))

    def target(self) -> str:
        return self.path.text().strip() if self.use_file.isChecked() else self.url.text().strip()

    def save(self) -> None:
        from core.undo import UpdateSettings
        from desktop.undo import UndoStep

        values = {
            "name": self.name.text(),
            "address": self.address.toPlainText(),
            "signatory_name": self.signatory_name.text(),
            "signatory_role": self.signatory_role.text(),
            "logo_png_base64": self.logo_data,
            "default_currency": self.currency.text(),
            "paper": self.paper.currentText(),
        }
        step = UndoStep(self._ops, self._services, UpdateSettings(values))
        self._ops.push(step)  # Undo gives the agency's previous details back
        if step.failed:
            return
        self._ops.sig_status.emit(self.tr("Preferences saved."))
        scheme = self.appearance.currentData()
        if scheme != self._qsettings.value("appearance/scheme", "system"):
            self._qsettings.setValue("appearance/scheme", scheme)
            apply_colour_scheme(scheme)
        language = self.language.currentData()
        language_changed = language != self._language
        if language_changed:
            self._qsettings.setValue(LANGUAGE_SETTING, language)
            self._qsettings.sync()
        target = self.target()
        current = self._current.removeprefix("sqlite:///")
        if target and target != current:
            self.database_target = target
        self.accept()
        if language_changed and self.offer_restart():
            restart_app()

    def offer_restart(self) -> bool:
        """Ask whether to restart now for the new interface language; True for yes."""
        box = QMessageBox(self.parentWidget())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Interface language"))
        box.setText(
            self.tr(
                "The interface will speak the new language the next time Scopekeeper starts. "
                "Restart now?"
            )
        )
        now = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        box.exec()
        return box.clickedButton() is now
