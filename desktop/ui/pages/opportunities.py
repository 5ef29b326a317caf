"""Opportunities: the list (filter as you type, sort by any column) beside the chosen one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.opportunities import Status
from desktop.core.opportunity_records import list_summaries
from desktop.core.targets import OVERDUE, Target
from desktop.ui.context import PageContext
from desktop.ui.models.opportunities import ALL, OpportunityTableModel
from desktop.ui.models.table import ROW_ROLE
from desktop.ui.pages.opportunity_editor import OpportunityEditor
from desktop.ui.qt_helpers import name, page_title, side_by_side
from desktop.ui.shortcuts import NEW_ITEM
from desktop.ui.widgets.autosave import AutosavingPage


class OpportunitiesPage(AutosavingPage):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("opportunities-page")
        self.search = QLineEdit()
        self.search.setMaxLength(200)
        self.search.setPlaceholderText(self.tr("Find by title or reference"))
        self.search.setClearButtonEnabled(True)
        name(self.search, self.tr("Find an opportunity"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), ALL)
        for status in Status:
            self.status.addItem(status.label, status.value)
        self.status.addItem(self.tr("With overdue tasks"), OVERDUE)
        name(self.status, self.tr("Show opportunities with this status"))
        self.new_button = QPushButton(self.tr("&New opportunity"))
        self.new_button.setShortcut(NEW_ITEM)
        name(self.new_button, self.tr("New opportunity"))
        self.model = OpportunityTableModel([], self)
        self.table = QTableView()
        self.table.setObjectName("opportunity-list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.moveSection(3, 1)  # the deadline, next to the title,
        header.moveSection(3, 2)  # then the status, then the reference: all in view
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes the rest
        header.setStretchLastSection(False)
        self.table.setWordWrap(True)  # two lines a row: the title, and the deadline's days left
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.table.fontMetrics().lineSpacing() + 10)
        self.table.verticalHeader().hide()
        name(self.table, self.tr("Opportunities"), self.tr("Click a heading to sort"))
        self.editor = OpportunityEditor(context)
        self.autosaver = self.editor.autosaver

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Opportunities")))
        layout.addWidget(side_by_side(left, self.editor, (720, 460), stretch_right=False), 1)

        self.search.textChanged.connect(lambda _text: self.apply_filter())
        self.status.activated.connect(lambda _index: self.apply_filter())
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda _column, _order: self.apply_filter())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._chosen(current.row()))
        self.new_button.clicked.connect(self.new_opportunity)
        self.editor.saved.connect(self.reload)
        self.editor.deleted.connect(lambda: self.reload(None))

    def reload(self, select_id: int | None = None) -> None:
        """Read the list again (after a save), keeping or moving to `select_id`."""
        self.model.load(list_summaries(self.context.database, self.context.organisation.id,
                                       framework_code=self.context.catalogue.framework.code))
        self.apply_filter(select_id)

    def apply_filter(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (
            self.editor.current.id if self.editor.current else None)
        header = self.table.horizontalHeader()
        self.table.selectionModel().blockSignals(True)
        self.model.show(self.search.text(), self.status.currentData(),
                        header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.selectionModel().blockSignals(False)
        row = self.model.find(keep) if keep is not None else None
        starting = keep is None and not self.editor.title.text()  # nothing chosen or typed yet
        if row is not None or (starting and self.model.rowCount()):
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row or 0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _chosen(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            summary = self.model.index(row, 0).data(ROW_ROLE)
            if self.editor.current is None or self.editor.current.id != summary.id:
                self.editor.show_opportunity(summary.id)

    def open_item(self, item: int | str) -> None:
        """From the dashboard: an opportunity's id, or a status (or `OVERDUE`) to list."""
        self.search.clear()
        if isinstance(item, str):
            self.status.setCurrentIndex(max(0, self.status.findData(item)))
            self.apply_filter()
            if not self.table.selectionModel().hasSelection() and self.model.rowCount():
                self.table.selectionModel().setCurrentIndex(  # the first of those listed
                    self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            return
        self.status.setCurrentIndex(0)
        self.reload(item)
        self.editor.show_opportunity(item)

    def open_target(self, target: Target) -> None:
        """From Find: an opportunity, and maybe one of its tasks."""
        if target.item is not None:
            self.open_item(target.item)
        if target.task is not None:
            self.editor.show_task(target.task)

    def new_opportunity(self) -> None:
        self.table.selectionModel().clearSelection()
        self.editor.show_opportunity(None)
        self.editor.title.setFocus()

    def on_shown(self) -> None:
        was_empty = self.model.rowCount() == 0
        self.reload()
        if was_empty:  # widths from the first rows shown; not per keystroke, so nothing jumps
            for column in range(1, self.model.columnCount()):
                self.table.resizeColumnToContents(column)
