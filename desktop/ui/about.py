"""The About dialog: the icon, what the app is for, its version, where the data lives, and a
button to open that folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__, datafiles
from desktop.ui import look
from desktop.ui.qt_helpers import escape, name


def open_folder(path: Path) -> bool:
    """Show `path` in the system's file manager (only when the person asks for it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, database: str, parent: QWidget | None = None,
                 opener: Callable[[Path], bool] = open_folder) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        name(self, self.windowTitle())
        self.data_folder, self._opener = data_folder, opener
        text = self.tr(
            "<h3>{app} {version}</h3>"
            "<p>Helps small voluntary organisations qualify onto public-sector frameworks, "
            "bid for lots and keep every deadline.</p>"
            "<p><b>Data folder:</b> {folder}<br><b>Database:</b> {database}</p>"
            "<p>Your data stays on this computer: the app makes no network connections.</p>"
            "<p>Free software under the GNU General Public Licence, version 3 or later.</p>"
        ).format(app=escape(APP_NAME), version=escape(__version__),
                 folder=escape(str(data_folder)), database=escape(database))
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        name(self.label, self.tr("About {app}").format(app=APP_NAME))
        self.open_button = QPushButton(self.tr("&Open data folder"))
        name(self.open_button, self.tr("Open data folder"))
        self.open_button.clicked.connect(lambda: self._opener(self.data_folder))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.icon = QLabel()
        self.icon.setPixmap(QPixmap(str(datafiles.data_folder("resources") / "icons"
                                        / "framework-ready-64.png")))
        self.icon.setAccessibleName(self.tr("The Framework Ready icon"))
        top = QHBoxLayout()
        top.setSpacing(look.MEDIUM)
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(look.MEDIUM, look.MEDIUM, look.MEDIUM, look.MEDIUM)
        layout.addLayout(top)
        layout.addWidget(buttons)
