"""The one way the app asks or tells the person something in a dialog box.

Pages call `dialogs.service.show_error(...)` and friends, never QMessageBox or QFileDialog
directly, so tests can swap in a recorder (`dialogs.service = Recorder()`) and no real modal ever
blocks a run. Opening a link or a file in another program goes through here too, so a test never
starts a browser. Technical detail goes behind "Show Details…", never in the main text.

Off screen (the self-test) nobody can answer a box, so `unattended()` swaps in `Unattended`:
each box is written to stderr and given the answer that changes nothing, and the run ends.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMessageBox,  # noqa: TID251 - this module is the wrapper
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class DialogService:
    """Real message boxes."""

    def show_error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self._box(QMessageBox.Icon.Critical, parent, title, text, details).exec()

    def show_warning(self, parent: QWidget | None, title: str, text: str,
                     details: str = "") -> None:
        self._box(QMessageBox.Icon.Warning, parent, title, text, details).exec()

    def show_crash(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        """Something unexpected: plain words, the details hidden, and "Copy details"."""
        from PySide6.QtGui import QGuiApplication

        box = self._box(QMessageBox.Icon.Critical, parent, title, text, details)
        copy = box.addButton(QCoreApplication.translate("dialogs", "Copy details"),
                             QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.exec()

    def explain(self, parent: QWidget | None, title: str, text: str) -> None:
        """What a word means (a glossary link was followed)."""
        self._box(QMessageBox.Icon.Information, parent, title, text, "").exec()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = self._box(QMessageBox.Icon.Question, parent, title, text, "")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose(self, parent: QWidget | None, title: str, text: str,
               options: list[str]) -> int:
        """Ask the person to pick one of `options` (buttons); return its index, -1 if closed."""
        box = self._box(QMessageBox.Icon.Warning, parent, title, text, "")
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        buttons = [box.addButton(option, QMessageBox.ButtonRole.AcceptRole)
                   for option in options]
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else -1

    def choose_file(self, parent: QWidget | None, title: str, folder: str = "") -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(parent, title, folder)
        return Path(chosen) if chosen else None

    def choose_save_file(self, parent: QWidget | None, title: str, suggested: str,
                         file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(chosen) if chosen else None

    def choose_printer(self, parent: QWidget | None) -> QPrinter | None:
        """The print dialog: the printer and its settings, or None when cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def open_external(self, url: QUrl) -> bool:
        """Open a web link in the browser or a file in its usual program; only on a click."""
        return QDesktopServices.openUrl(url)

    def show_tour(self, parent: QWidget | None, make: Callable[[], QDialog]) -> None:
        """The first-run tour: beside the window, not blocking it (it points at its parts)."""
        tour = make()
        tour.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        tour.show()
        tour.raise_()

    @staticmethod
    def _box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
             details: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # never interpret typed text as HTML
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        if details:
            box.setDetailedText(details)
        return box


class Unattended(DialogService):
    """The boxes when nobody is there: said on stderr, answered "no", "none", "closed"."""

    def show_error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self._say(title, text, details)

    def show_warning(self, parent: QWidget | None, title: str, text: str,
                     details: str = "") -> None:
        self._say(title, text, details)

    def show_crash(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        self._say(title, text, details)

    def explain(self, parent: QWidget | None, title: str, text: str) -> None:
        self._say(title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self._say(title, text)
        return False

    def choose(self, parent: QWidget | None, title: str, text: str,
               options: list[str]) -> int:
        self._say(title, text, " / ".join(options))
        return -1

    def choose_file(self, parent: QWidget | None, title: str, folder: str = "") -> Path | None:
        self._say(title, folder)
        return None

    def choose_save_file(self, parent: QWidget | None, title: str, suggested: str,
                         file_filter: str) -> Path | None:
        self._say(title, suggested)
        return None

    def choose_printer(self, parent: QWidget | None) -> QPrinter | None:
        return None

    def open_external(self, url: QUrl) -> bool:
        self._say(url.toString(), "")
        return False

    def show_tour(self, parent: QWidget | None, make: Callable[[], QDialog]) -> None:
        """Nobody to show it to: not shown, and not counted as seen."""

    @staticmethod
    def _say(title: str, text: str, details: str = "") -> None:
        print("\n".join(part for part in (title, text, details) if part), file=sys.stderr,
              flush=True)


service: DialogService = DialogService()


def unattended() -> None:
    """No one can answer a box from now on (a test's recorder, unattended already, stays)."""
    global service
    if type(service) is DialogService:
        service = Unattended()
