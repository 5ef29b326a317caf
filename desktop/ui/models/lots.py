"""The lots table: a model over the catalogue's lots and a proxy that filters with core rules."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.core.catalogue import Catalogue, LotFilter, LotInfo

LOT_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    LOT = 0
    AREA = 1
    COHORT = 2
    CATEGORIES = 3


def _header(column: Column) -> str:
    return {
        Column.LOT: QCoreApplication.translate("LotTableModel", "Lot"),
        Column.AREA: QCoreApplication.translate("LotTableModel", "Area"),
        Column.CATEGORIES: QCoreApplication.translate("LotTableModel", "Need categories"),
        Column.COHORT: QCoreApplication.translate("LotTableModel", "Only for"),
    }[column]


class LotTableModel(QAbstractTableModel):
    """Read-only rows, one per lot, in the pack's order."""

    def __init__(self, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self._lots = catalogue.lots

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lots)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return _header(Column(section))
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lots):
            return None
        lot = self._lots[index.row()]
        if role == LOT_ROLE:
            return lot
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell_text(lot, Column(index.column()))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            column = Column(index.column())
            return f"{_header(column)}: {self.cell_text(lot, column) or '—'}"
        return None

    def cell_text(self, lot: LotInfo, column: Column) -> str:
        if column is Column.LOT:
            return lot.title
        if column is Column.AREA:
            return lot.area_name
        if column is Column.COHORT:
            return ", ".join(self.catalogue.category_names(lot.cohorts))
        return ", ".join(self.catalogue.category_names(lot.categories))


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
