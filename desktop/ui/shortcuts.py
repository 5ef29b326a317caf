"""The keyboard shortcuts, in one place: pages take their keys from here, and Help → Keyboard
shortcuts lists the same table, so the list can never disagree with what the keys do."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr
from desktop.ui.qt_helpers import QUIET_TONE, name, wrapped_label

# Standard keys, not QKeySequence objects: those need the application to exist first.
NEW_ITEM = QKeySequence.StandardKey.New  # a new opportunity or partner
ADD_FILE = QKeySequence.StandardKey.Open  # add a document to the evidence library
HELP = QKeySequence.StandardKey.HelpContents  # this list
QUIT = QKeySequence.StandardKey.Quit
FIND = QKeySequence.StandardKey.Find  # search everything the charity has typed or stored
UNDO = QKeySequence.StandardKey.Undo
REDO = QKeySequence.StandardKey.Redo
CUT = QKeySequence.StandardKey.Cut
COPY = QKeySequence.StandardKey.Copy
PASTE = QKeySequence.StandardKey.Paste
# Pages after the tenth (Ctrl+1 … Ctrl+0 go in sidebar order): a letter of their own each.
# Under the Procurement Act the PSQ and the exclusions take the selection questionnaire's place,
# one page more, so Reports is eleventh there.
LATER_PAGE_KEYS = {"reports": "Ctrl+Shift+R", "bid-writing": "Ctrl+B", "costing": "Ctrl+T",
                   "supplier-route": "Ctrl+R",
                   "settings": "Ctrl+,", "catalogue": "Ctrl+L", "framework": "Ctrl+I",
                   "frameworks": "Ctrl+Shift+I"}


@dataclass(frozen=True, slots=True)
class Shortcut:
    keys: str  # as the keyboard shows them, e.g. Ctrl+N
    action: str
    where: str


def _keys(keys: QKeySequence | QKeySequence.StandardKey) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def page_keys(pages: list[str]) -> dict[str, str]:
    """The key that opens each page (`pages`: their ids in sidebar order), where it has one."""
    keys = {page: f"Ctrl+{number % 10}" for number, page in enumerate(pages[:10], start=1)}
    keys.update({page: key for page, key in LATER_PAGE_KEYS.items() if page in pages[10:]})
    return keys


def table(pages: list[tuple[str, str]]) -> list[Shortcut]:
    """Every shortcut, for `pages`: each page's name and the keys that open it (or "")."""

    everywhere = tr("Everywhere")
    rows = [Shortcut(_keys(QKeySequence(keys)), tr("Go to {page}").format(page=page), everywhere)
            for page, keys in pages if keys]
    rows += [
        Shortcut(_keys(FIND), tr("Find anything you have typed or stored, and go to it"),
                 everywhere),
        Shortcut(_keys(UNDO) + ", " + _keys(REDO), tr("Undo or redo typing in the box you are "
                                                       "in"), everywhere),
        Shortcut(", ".join(_keys(key) for key in (CUT, COPY, PASTE)),
                 tr("Cut, copy or paste in the box you are in"), everywhere),
        Shortcut(_keys(HELP), tr("Show this list of keyboard shortcuts"), everywhere),
        Shortcut(_keys(QUIT), tr("Close Framework Ready (your work is already saved)"),
                 everywhere),
        Shortcut("Alt", tr("Open the menus; Alt with an underlined letter presses that button "
                           "or moves to that box"), everywhere),
        Shortcut(tr("Tab, Shift+Tab"), tr("Move to the next or the previous control"),
                 everywhere),
        Shortcut(tr("Arrow keys"), tr("Move in lists, tables and the page list on the left"),
                 everywhere),
        Shortcut(tr("Space"), tr("Press the button or tick the box that has the focus"),
                 everywhere),
        Shortcut(tr("Enter"), tr("Open the chosen line; in a window, press its main button"),
                 everywhere),
        Shortcut("Esc", tr("Close a window without doing anything"), everywhere),
        Shortcut(_keys(NEW_ITEM), tr("Add an opportunity"), tr("Opportunities")),
        Shortcut(_keys(NEW_ITEM), tr("Add a partner"), tr("Partners")),
        Shortcut(_keys(ADD_FILE), tr("Add a document"), tr("Evidence library")),
    ]
    return rows


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: a table a screen reader reads row by row; Esc closes it."""

    def __init__(self, pages: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = table(pages)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do"),
                                              self.tr("Where")])
        for row, shortcut in enumerate(rows):
            for column, text in enumerate((shortcut.keys, shortcut.action, shortcut.where)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        name(self.table, self.tr("Keyboard shortcuts"),
             self.tr("One shortcut a row: the keys, what they do, and where"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        name(close, close.text().replace("&", ""))
        close.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(self.tr(
            "Everything in Framework Ready can be done with the keyboard alone."), QUIET_TONE))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110,
                    self.fontMetrics().lineSpacing() * 30)
