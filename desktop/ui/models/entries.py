"""A table of catalogue entries (facts, glossary terms): what, meaning, how sure, source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from desktop.core.catalogue import Entry, certainty_label
from desktop.ui.models.lots import AnyIndex

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class EntryTableModel(QAbstractTableModel):
    """Read-only rows of `Entry`; the first column's heading names what the entries are."""

    def __init__(self, entries: tuple[Entry, ...], first_heading: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries = entries
        self._headings = (
            first_heading,
            QCoreApplication.translate("EntryTableModel", "What it means"),
            QCoreApplication.translate("EntryTableModel", "How sure"),
            QCoreApplication.translate("EntryTableModel", "Source"),
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headings)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headings):
            return self._headings[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ROLE:
            return entry
        sureness = certainty_label(entry.provenance.certainty)
        cells = (entry.label, entry.text,
                 f"⚠ {sureness}" if entry.provenance.needs_checking else sureness,
                 entry.provenance.source_title)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self._headings[index.column()]}: {cells[index.column()]}"
        return None
