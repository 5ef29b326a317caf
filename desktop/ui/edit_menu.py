"""The Edit menu: Undo, Redo, Cut, Copy and Paste for the box being typed in, and Find….

The keys themselves already work inside every box (Qt's own), so the menu's keys act only while
it is open: elsewhere they keep their usual meaning (Ctrl+C in a table copies from the table). The
menu acts on the box that had the focus when it was opened; Find… (Ctrl+F) works everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.i18n import tr
from desktop.ui.shortcuts import COPY, CUT, FIND, PASTE, REDO, UNDO

TextBox = QLineEdit | QPlainTextEdit | QTextEdit


def _box(widget: QWidget | None) -> TextBox | None:
    """The text box inside `widget` (a spin box or an editable list has one), if any."""
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        widget = widget.lineEdit() if not isinstance(widget, QComboBox) or widget.isEditable() \
            else None
    return widget if isinstance(widget, TextBox) else None


def _can(box: TextBox, action: str) -> bool:
    read_only = box.isReadOnly()
    if isinstance(box, QLineEdit):
        selected = box.hasSelectedText()
        return {"undo": box.isUndoAvailable() and not read_only,
                "redo": box.isRedoAvailable() and not read_only,
                "cut": selected and not read_only and box.echoMode() == QLineEdit.EchoMode.Normal,
                "copy": selected, "paste": not read_only}[action]
    document = box.document()
    selected = box.textCursor().hasSelection()
    return {"undo": document.isUndoAvailable() and not read_only,
            "redo": document.isRedoAvailable() and not read_only,
            "cut": selected and not read_only, "copy": selected,
            "paste": not read_only and box.canPaste()}[action]


class EditMenu:
    """Builds the menu on `window`; `find` opens the Find window."""

    def __init__(self, window: QMainWindow, find: Callable[[], object]) -> None:
        self.menu = QMenu(tr("&Edit"), window)
        window.menuBar().addMenu(self.menu)
        self.target: TextBox | None = None
        self.actions: dict[str, QAction] = {}
        for key, text, keys in (("undo", tr("&Undo"), UNDO),
                                ("redo", tr("&Redo"), REDO),
                                ("cut", tr("Cu&t"), CUT),
                                ("copy", tr("&Copy"), COPY),
                                ("paste", tr("&Paste"), PASTE)):
            action = QAction(text, window)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, k=key: self.act(k))
            self.menu.addAction(action)
            self.actions[key] = action
            if key == "redo":
                self.menu.addSeparator()
        self.menu.addSeparator()
        self.find_action = QAction(tr("&Find…"), window)
        self.find_action.setShortcut(QKeySequence(FIND))
        self.find_action.triggered.connect(find)
        self.menu.addAction(self.find_action)
        window.addAction(self.find_action)  # Ctrl+F works with the menu closed too
        self.menu.aboutToShow.connect(self._enable)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isinstance(new, QMenu | QMenuBar):  # opening the menu keeps the box chosen
            self.target = _box(new)

    def _current(self) -> TextBox | None:
        box = self.target
        try:
            return box if box is not None and box.isVisible() else None
        except RuntimeError:  # the box was deleted with its page
            return None

    def _enable(self) -> None:
        box = self._current()
        for key, action in self.actions.items():
            action.setEnabled(box is not None and _can(box, key))

    def act(self, key: str) -> None:
        """Undo, redo, cut, copy or paste in the box being typed in (nothing if there is none)."""
        box = self._current()
        if box is not None and _can(box, key):
            getattr(box, key)()
            box.setFocus()
