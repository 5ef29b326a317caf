"""The one way the app asks or tells the person something in a dialog box.

Pages call `dialogs.service.show_error(...)` and friends, never QMessageBox directly, so tests can
swap in a recorder (`dialogs.service = Recorder()`) and no real modal ever blocks a run. Technical
detail goes behind "Show Details…", never in the main text.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget  # noqa: TID251 - this module is the wrapper


class DialogService:
    """Real message boxes."""

    def show_error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self._box(QMessageBox.Icon.Critical, parent, title, text, details).exec()

    def show_warning(self, parent: QWidget | None, title: str, text: str,
                     details: str = "") -> None:
        self._box(QMessageBox.Icon.Warning, parent, title, text, details).exec()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = self._box(QMessageBox.Icon.Question, parent, title, text, "")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    @staticmethod
    def _box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
             details: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(QMessageBox.TextFormat.PlainText)  # never interpret typed text as HTML
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        if details:
            box.setDetailedText(details)
        return box


service: DialogService = DialogService()
