"""The Framework page: key facts with their sources, the portal steps, and a searchable glossary.

Facts the pack marks "check" say so in their own column ("check the tender documents"), so a
charity never mistakes usual practice for a confirmed rule.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import Catalogue, Entry
from desktop.ui.models.entries import EntryTableModel
from desktop.ui.qt_helpers import QUIET_TONE, buddy_label, name, page_title, wrapped_label


class FrameworkPage(QWidget):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("framework-page")
        self.tabs = QTabWidget()
        name(self.tabs, self.tr("Framework information"))
        name(self.tabs.tabBar(), self.tr("Framework information sections"))
        self.facts_table = self._table(catalogue.facts, self.tr("Fact"), self.tr("Key facts"))
        self.steps_table = self._table(catalogue.portal_steps, self.tr("Step"),
                                       self.tr("Steps to qualify on the buyer's portal"))
        glossary_model = EntryTableModel(catalogue.glossary, self.tr("Word"), self)
        self.glossary_proxy = QSortFilterProxyModel(self)
        self.glossary_proxy.setSourceModel(glossary_model)
        self.glossary_proxy.setFilterKeyColumn(-1)
        self.glossary_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.glossary_table = self._view(self.glossary_proxy, self.tr("Glossary"))
        self.glossary_search = QLineEdit()
        self.glossary_search.setMaxLength(200)
        self.glossary_search.setPlaceholderText(self.tr("Type a word, e.g. standstill"))
        self.glossary_search.setClearButtonEnabled(True)
        name(self.glossary_search, self.tr("Search the glossary"))
        self.glossary_search.textChanged.connect(self.glossary_proxy.setFilterFixedString)

        glossary = QWidget()
        search_row = QHBoxLayout()
        search_row.addWidget(buddy_label(self.tr("&Find a word:"), self.glossary_search))
        search_row.addWidget(self.glossary_search, 1)
        glossary_layout = QVBoxLayout(glossary)
        glossary_layout.addLayout(search_row)
        glossary_layout.addWidget(self.glossary_table)

        self.tabs.addTab(self.facts_table, self.tr("&Key facts"))
        self.tabs.addTab(self.steps_table, self.tr("&How to qualify"))
        self.tabs.addTab(glossary, self.tr("&Glossary"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Framework guide")))
        layout.addWidget(wrapped_label(f"{catalogue.framework.name} — {catalogue.framework.buyer}",
                                       QUIET_TONE))
        layout.addWidget(self.tabs, 1)

    def _table(self, entries: tuple[Entry, ...], first_heading: str,
               accessible_name: str) -> QTableView:
        return self._view(EntryTableModel(entries, first_heading, self), accessible_name)

    def _view(self, model: EntryTableModel | QSortFilterProxyModel,
              accessible_name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setWordWrap(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(0, 220)
        view.setColumnWidth(2, 200)
        view.setColumnWidth(3, 220)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        name(view, accessible_name)
        return view
