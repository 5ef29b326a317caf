"""The Frameworks page: every framework pack side by side (regime, status, dates, reopening
windows), the ones the charity follows, and the one every page works on.

Also the dashboard's small list of each followed framework's next date. Choosing is done by
the main window (here, or with its `FrameworkChooser` beside the menus), which rebuilds every
page for the framework chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app.queries import FrameworkLine
from desktop.ui import look
from desktop.ui.models.frameworks import FrameworkTableModel
from desktop.ui.models.table import ROW_ROLE
from desktop.ui.qt_helpers import QUIET_TONE, name, page_title, wrapped_label


class FrameworksPage(QWidget):
    """`lines` gives the frameworks as they are now; the page asks the window (by signal) to
    follow, stop following or work on one, and is shown again with new lines."""

    follow_requested = Signal(str, bool)  # framework code, follow it?
    choose_requested = Signal(str)  # framework code: the pages work on it

    def __init__(self, lines: Callable[[], list[FrameworkLine]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("frameworks-page")
        self.lines = lines
        self.model = FrameworkTableModel(lines(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 1):  # the long names wrap; the dates keep to one line each
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        name(self.table, self.tr("Frameworks"),
             self.tr("Choose a framework with the arrow keys, then follow it or work on it"))
        self.follow_button = QPushButton()
        self.follow_button.clicked.connect(self._toggle_follow)
        self.choose_button = QPushButton(self.tr("&Work on this framework"))
        name(self.choose_button, self.tr("Work on this framework"),
             self.tr("Every page shows this framework's lots, questions and dates"))
        self.choose_button.clicked.connect(self._choose)
        self.details = wrapped_label("", QUIET_TONE)
        name(self.details, self.tr("About the chosen framework"))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        buttons = QHBoxLayout()
        buttons.addWidget(self.follow_button)
        buttons.addWidget(self.choose_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Frameworks")))
        layout.addWidget(wrapped_label(self.tr(
            "The frameworks Framework Ready knows, side by side. Follow the ones you mean to "
            "bid on: the dashboard shows each one's next date. The pages work on one at a "
            "time; your answers for each are kept apart and never lost when you switch. "
            "\"(check)\" marks a date the notices do not confirm: check the tender documents."),
            QUIET_TONE))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self._select(next((row for row in range(self.model.rowCount())
                           if self.model.row(row).chosen), 0))

    def current_line(self) -> FrameworkLine | None:
        index = self.table.currentIndex()
        line = index.data(ROW_ROLE) if index.isValid() else None
        return line if isinstance(line, FrameworkLine) else None

    def refresh(self) -> None:
        code = line.info.code if (line := self.current_line()) else ""
        self.model.set_rows(self.lines())
        rows = [row for row in range(self.model.rowCount()) if self.model.row(row).info.code
                == code]
        self._select(rows[0] if rows else 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # followed elsewhere (the toolbar), or a colleague's change

    def _select(self, row: int) -> None:
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_current()

    def _show_current(self) -> None:
        line = self.current_line()
        self.follow_button.setEnabled(line is not None)
        self.choose_button.setEnabled(line is not None and not line.chosen)
        following = line is not None and line.following
        self.follow_button.setText(self.tr("Stop &following") if following
                                   else self.tr("&Follow this framework"))
        name(self.follow_button, self.follow_button.text().replace("&", ""),
             self.tr("The dashboard shows the next date of each framework you follow"))
        if line is None:
            self.details.setText(self.tr("No framework information has been loaded yet."))
            return
        self.details.setText(self.tr("{name} ({short}), {buyer}. {regime}; {procedure}. "
                                     "Source: {source}").format(
            name=line.info.name, short=line.info.short_name, buyer=line.info.buyer,
            regime=line.regime, procedure=line.procedure_after_regime
            or self.tr("procedure not given"),
            source=line.info.provenance.source_title))

    def _toggle_follow(self) -> None:
        if line := self.current_line():
            self.follow_requested.emit(line.info.code, not line.following)

    def _choose(self) -> None:
        if line := self.current_line():
            self.choose_requested.emit(line.info.code)


class FrameworkDates(look.Card):
    """The dashboard's card: each followed framework's next date, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Frameworks you follow"), parent)
        self.setObjectName("framework-dates")
        self.text = wrapped_label("")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.text)
        self.source: Callable[[], list[str]] | None = None

    def set_source(self, source: Callable[[], list[str]]) -> None:
        self.source = source
        self.refresh()

    def refresh(self) -> None:
        lines = self.source() if self.source else []
        self.text.setText("\n".join(lines) or self.tr(
            "You follow no framework yet: choose the ones you mean to bid on, on the "
            "Frameworks page."))
        name(self.text, self.tr("Next framework dates: {lines}").format(
            lines="; ".join(lines) or "—"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.source:
            self.refresh()
