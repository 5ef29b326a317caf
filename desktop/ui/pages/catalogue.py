"""The Catalogue page: need categories, lots with filters and search, and one lot's details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import (
    Catalogue,
    LotFilter,
    LotInfo,
    certainty_label,
    commissioning_label,
    funding_label,
)
from desktop.core.glossary import glossary_for
from desktop.ui.glossary_links import GlossaryLabel
from desktop.ui.models.categories import CODE_ROLE, CategoryTreeModel
from desktop.ui.models.lots import LOT_ROLE, Column, LotFilterProxy, LotTableModel
from desktop.ui.qt_helpers import QUIET_TONE, buddy_label, escape, name, page_title, wrapped_label


class CataloguePage(QWidget):
    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.setObjectName("catalogue-page")

        framework = catalogue.framework
        title = page_title(self.tr("Catalogue"))  # the page's name, as on every page
        heading = wrapped_label(f"{framework.name} — {framework.buyer}", QUIET_TONE)
        name(heading, framework.name)
        summary = GlossaryLabel(glossary_for(catalogue.glossary), framework.description)

        self.tree = QTreeView()
        self.tree.setModel(CategoryTreeModel(catalogue, self.tree))
        self.tree.expandAll()
        self.tree.setHeaderHidden(False)
        # As wide as its longest name, in any language and font size: never cut short.
        self.tree.setMinimumWidth(self.tree.sizeHintForColumn(0) + 2 * self.tree.frameWidth()
                                  + self.tree.verticalScrollBar().sizeHint().width())
        name(self.tree, self.tr("Need categories"),
             self.tr("Choose a category to show only its lots"))
        self.tree.selectionModel().currentChanged.connect(self._category_chosen)

        self.lots_model = LotTableModel(catalogue, self)
        self.proxy = LotFilterProxy(self)
        self.proxy.setSourceModel(self.lots_model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the pack's order at first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # need categories: the full text is in the tooltip
        for column in (Column.AREA, Column.LOT):  # as wide as what they say
            self.table.resizeColumnToContents(column)
        name(self.table, self.tr("Lots"), self.tr("The framework's lots that match the filters"))
        self.table.selectionModel().selectionChanged.connect(self._lot_chosen)

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        name(self.details, self.tr("Lot details"))

        filters = self._filter_row()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(filters)
        middle_layout.addWidget(self.table)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(middle)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([self.tree.minimumWidth(), 700, 240])
        self.details.setMinimumWidth(200)
        splitter.setCollapsible(1, False)  # the tree and details may fold away on small screens

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(splitter, 1)
        self._show_details(None)
        self._update_count()

    # -- filters ---------------------------------------------------------------------------
    def _filter_row(self) -> QGridLayout:
        any_text = self.tr("Any")
        self.category_box = self._combo(self.tr("Category"),
                                        [("", any_text), *self._categories_and_groups()])
        self.region_box = self._combo(self.tr("Region"), [("", any_text)] + [
            (r.code, r.name) for r in self.catalogue.regions])
        self.area_box = self._combo(self.tr("PCC area"), [])
        self.cohort_box = self._combo(self.tr("Only for"), [("", any_text)] + [
            (c.code, c.name) for c in self.catalogue.categories
            if c.kind == "cohort" and any(c.code in lot.cohorts for lot in self.catalogue.lots)])
        self._fill_areas()
        self.search = QLineEdit()
        self.search.setMaxLength(200)
        self.search.setPlaceholderText(self.tr("Words in the lot, area or category"))
        self.search.setClearButtonEnabled(True)
        name(self.search, self.tr("Search lots"))
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        name(self.clear_button, self.tr("Clear filters"))
        self.count_label = QLabel()
        name(self.count_label, self.tr("Number of lots shown"))

        self.region_box.currentIndexChanged.connect(self._fill_areas)
        for box in (self.category_box, self.region_box, self.area_box, self.cohort_box):
            box.currentIndexChanged.connect(self._apply_filters)
        self.search.textChanged.connect(self._apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)

        grid = QGridLayout()
        widgets = ((self.tr("Ca&tegory:"), self.category_box), (self.tr("&Region:"),
                   self.region_box), (self.tr("PCC &area:"), self.area_box),
                   (self.tr("&Only for:"), self.cohort_box))
        for position, (label, widget) in enumerate(widgets):  # two pairs a row: fits narrow
            row, column = divmod(position, 2)
            grid.addWidget(buddy_label(label, widget), row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.addWidget(buddy_label(self.tr("&Search:"), self.search), 2, 0)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.clear_button)
        grid.addLayout(search_row, 2, 1, 1, 3)
        grid.addWidget(self.count_label, 3, 1, 1, 3)
        return grid

    def _categories_and_groups(self) -> list[tuple[str, str]]:
        """(code, name) of every category, each group just before its first member."""
        entries: list[tuple[str, str]] = []
        for category in self.catalogue.categories:
            group = (category.group_code, category.group_name)
            if category.group_code and group not in entries:
                entries.append(group)
            entries.append((category.code, "    " + category.name if category.group_code
                            else category.name))
        return entries

    def _combo(self, accessible_name: str, choices: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        for code, text in choices:
            box.addItem(text, code)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        name(box, accessible_name)
        return box

    def _fill_areas(self) -> None:
        region = self.region_box.currentData() or ""
        self.area_box.blockSignals(True)
        self.area_box.clear()
        self.area_box.addItem(self.tr("Any"), "")
        for area in self.catalogue.pcc_areas:
            if not region or area.region_code == region:
                self.area_box.addItem(area.name, area.code)
        self.area_box.blockSignals(False)

    def current_filter(self) -> LotFilter:
        return LotFilter(category=self.category_box.currentData() or "",
                         region=self.region_box.currentData() or "",
                         pcc_area=self.area_box.currentData() or "",
                         cohort=self.cohort_box.currentData() or "",
                         text=self.search.text())

    def _apply_filters(self) -> None:
        self.proxy.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Showing %n of {total} lots", "", self.proxy.rowCount())
                                 .format(total=self.lots_model.rowCount()))

    def clear_filters(self) -> None:
        for box in (self.category_box, self.region_box, self.area_box, self.cohort_box):
            box.setCurrentIndex(0)
        self.search.clear()
        self.tree.clearSelection()

    def select_by_data(self, box: QComboBox, code: str) -> None:
        index = box.findData(code)
        if index >= 0:
            box.setCurrentIndex(index)

    def _category_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else ""
        if code:
            self.select_by_data(self.category_box, code)

    # -- details ---------------------------------------------------------------------------
    def _lot_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_details(indexes[0].data(LOT_ROLE) if indexes else None)

    def _show_details(self, lot: LotInfo | None) -> None:
        if lot is None:
            self.details.setHtml(escape(self.tr(
                "Choose a lot to see what it covers, how it is bought and the words to know.")))
            return
        self.details.setHtml(lot_details_html(self.catalogue, lot, self.tr))


def lot_details_html(catalogue: Catalogue, lot: LotInfo, tr: Callable[[str], str]) -> str:
    """The details pane's rich text; every pack string is escaped."""
    parts = [f"<h3>{escape(lot.title)}</h3>",
             f"<p>{escape(tr('Lot code'))}: {escape(lot.code)}<br>"
             f"{escape(tr('Area'))}: {escape(lot.area_name)}</p>"]
    if lot.cohorts:
        parts.append(f"<p><b>{escape(tr('Only for'))}:</b> "
                     f"{escape(', '.join(catalogue.category_names(lot.cohorts)))}</p>")
    parts.append(f"<h4>{escape(tr('What it covers'))}</h4><ul>")
    plain = [lot.title]
    for code in lot.categories + lot.cohorts:
        category = catalogue.category(code)
        if category is None:
            continue
        plain += [category.description, category.guidance]
        note = f"<br><i>{escape(category.guidance)}</i>" if category.guidance else ""
        parts.append(f"<li><b>{escape(category.name)}</b>: {escape(category.description)}"
                     f"{note}</li>")
    parts.append("</ul>")
    first = catalogue.category(lot.categories[0]) if lot.categories else None
    if first is not None:
        how = commissioning_label(first.commissioning)
        plain.append(how)
        parts.append(f"<h4>{escape(tr('How it is bought'))}</h4><p>{escape(how)}<br>"
                     f"{escape(tr('Funding'))}: {escape(funding_label(first.funding))}</p>")
    provenance = lot.provenance
    warning = "⚠ " if provenance.needs_checking else ""
    parts.append(f"<h4>{escape(tr('Where this comes from'))}</h4><p>"
                 f"{escape(provenance.source_title)}<br>{warning}"
                 f"{escape(certainty_label(provenance.certainty))}</p>")
    terms = glossary_for(catalogue.glossary).found(" ".join(plain))
    lot_term = [t for t in catalogue.glossary if t.code == "lot"]
    terms = lot_term + [t for t in terms if t.code != "lot"]
    if terms:
        parts.append(f"<h4>{escape(tr('Words to know'))}</h4><dl>")
        parts += [f"<dt><b>{escape(t.label)}</b></dt><dd>{escape(t.text)}</dd>" for t in terms]
        parts.append("</dl>")
    return "".join(parts)
