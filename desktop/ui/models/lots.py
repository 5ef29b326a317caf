"""The lots table: a model over the catalogue's lots and a proxy that filters with core rules."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt

from desktop.core.catalogue import Catalogue, LotFilter, LotInfo
from desktop.ui.models.table import ROW_ROLE, AnyIndex, ReadOnlyTableModel

LOT_ROLE = ROW_ROLE


class Column(IntEnum):
    """The area first: lot titles differ only there ("Accommodation Services for …")."""

    AREA = 0
    LOT = 1  # the lot's family (Accommodation, Women's Services…); the full title as a tip
    CATEGORIES = 2  # who a lot is only for is in its family's name ("Women's Services")


class LotTableModel(ReadOnlyTableModel[LotInfo]):
    """Read-only rows, one per lot, in the pack's order."""

    def __init__(self, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(catalogue.lots, (
            QCoreApplication.translate("LotTableModel", "Area"),
            QCoreApplication.translate("LotTableModel", "Lot"),
            QCoreApplication.translate("LotTableModel", "Need categories"),
        ), parent)
        self.catalogue = catalogue

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() \
                and index.column() == Column.LOT:
            return self.row(index.row()).title
        return super().data(index, role)

    def cell_text(self, row: LotInfo, column: int) -> str:
        if column == Column.LOT:
            return row.family_name
        if column == Column.AREA:
            return row.area_name
        return ", ".join(self.catalogue.category_names(row.categories))


class LotFilterProxy(QSortFilterProxyModel):
    """Shows the lots that `LotFilter` (core) accepts; sorts by the text shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filter = LotFilter()
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    @property
    def lot_filter(self) -> LotFilter:
        return self._filter

    def set_filter(self, lot_filter: LotFilter) -> None:
        self.beginFilterChange()
        self._filter = lot_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, LotTableModel):
            return True
        lot = model.data(model.index(source_row, 0, source_parent), LOT_ROLE)
        return lot is not None and self._filter.matches(lot, model.catalogue)
