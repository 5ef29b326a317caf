"""Find (Ctrl+F): search everything the charity typed or stored, and open a result at its place.

Results come as the person types (each search takes a few milliseconds); Enter or a double
click opens the chosen one and the window goes to its page, section and question. Every result
is plain text, whatever was typed into the answers.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.search import Found
from desktop.core.search_records import search
from desktop.core.targets import Target
from desktop.i18n import plural
from desktop.ui.context import PageContext
from desktop.ui.qt_helpers import QUIET_TONE, buddy_label, name, say_when_empty, wrapped_label

FOUND_ROLE = Qt.ItemDataRole.UserRole
TYPING_PAUSE_MS = 120  # search once typing pauses, not at every key of a fast typist


class FindDialog(QDialog):
    """Opened with open(), so it never blocks; `open_requested` carries the chosen Target."""

    open_requested = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("find-dialog")
        self.setWindowTitle(self.tr("Find"))
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Words from an answer, a document, an opportunity, "
                                            "a task, a partner or a note"))
        self.box.setClearButtonEnabled(True)
        self.box.setMaxLength(200)
        name(self.box, self.tr("Find"), self.tr("Type words; the results are listed below"))
        self.count = wrapped_label("", QUIET_TONE)
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        name(self.results, self.tr("Results"), self.tr("Enter opens the chosen result"))
        self.open_button = QPushButton(self.tr("&Go to it"))
        name(self.open_button, self.tr("Go to the chosen result"))
        self.open_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        name(close, close.text().replace("&", ""))
        close.setAutoDefault(False)
        self.open_button.setDefault(True)  # Enter, in the box or the list, goes to the result
        layout = QVBoxLayout(self)
        layout.addWidget(buddy_label(self.tr("&Look for:"), self.box))
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(self._typed)
        self.results.itemDoubleClicked.connect(self._open)
        self.results.currentItemChanged.connect(
            lambda current, _previous: self.open_button.setEnabled(
                current is not None and current.data(FOUND_ROLE) is not None))
        self.open_button.clicked.connect(self._go)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 28)
        self.run()

    def run(self) -> None:
        """Search now for what is in the box."""
        self.timer.stop()
        typed = self.box.text()
        context = self.context
        results = search(context.database, context.organisation.id, typed, context.forms,
                         context.catalogue)
        self.results.clear()
        for found in results.found:
            item = QListWidgetItem(f"{found.title}\n{found.where}\n{found.excerpt}")
            item.setData(FOUND_ROLE, found)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{found.title}. {found.where}. {found.excerpt}")
            item.setToolTip(found.excerpt)
            self.results.addItem(item)
        if not typed.strip():
            self.count.setText(self.tr("Type a word or two to look for."))
        elif results.more:
            self.count.setText(self.tr("The first {count} results: add another word to find "
                                       "fewer.").format(count=len(results.found)))
        else:
            self.count.setText(plural(len(results.found), self.tr("1 result"),
                                      self.tr("{count} results")))
        name(self.count, self.count.text())
        if typed.strip():
            say_when_empty(self.results, self.tr("Nothing found for \u201c{words}\u201d.").format(
                words=typed.strip()))
        first = self.results.item(0) if self.results.count() else None
        self.open_button.setEnabled(first is not None and first.data(FOUND_ROLE) is not None)
        if self.open_button.isEnabled():
            self.results.setCurrentRow(0)

    def _typed(self) -> None:
        """Search once typing pauses; Enter meanwhile searches at once and goes."""
        self.timer.start()
        self.open_button.setEnabled(True)

    def _go(self) -> None:
        """Go to it (or Enter): the chosen result, once the search is up to date with the box."""
        if self.timer.isActive():
            self.run()
        self._open(self.results.currentItem())

    def _open(self, item: QListWidgetItem | None) -> None:
        found = item.data(FOUND_ROLE) if item is not None else None
        if isinstance(found, Found):
            self.open_requested.emit(found.target)
            self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down from the box moves into the results."""
        if event.key() == Qt.Key.Key_Down and self.box.hasFocus() and self.results.count():
            self.results.setFocus()
            return
        super().keyPressEvent(event)

    def target_of(self, row: int) -> Target | None:
        """The place row `row` opens (for tests and screen readers' summaries)."""
        item = self.results.item(row)
        found = item.data(FOUND_ROLE) if item is not None else None
        return found.target if isinstance(found, Found) else None
