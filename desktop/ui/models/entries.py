"""A table of catalogue entries (facts, glossary terms): what, meaning, how sure, source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.catalogue import Entry, certainty_label
from desktop.ui.models.table import ReadOnlyTableModel


class EntryTableModel(ReadOnlyTableModel[Entry]):
    """The first column's heading names what the entries are ("Fact", "Word", "Step")."""

    def __init__(self, entries: tuple[Entry, ...], first_heading: str, parent: Any = None) -> None:
        super().__init__(entries, (
            first_heading,
            QCoreApplication.translate("EntryTableModel", "What it means"),
            QCoreApplication.translate("EntryTableModel", "How sure"),
            QCoreApplication.translate("EntryTableModel", "Source"),
        ), parent)

    def cell_text(self, row: Entry, column: int) -> str:
        if column == 0:
            return row.label
        if column == 1:
            return row.text
        if column == 2:
            sureness = certainty_label(row.provenance.certainty)
            return f"⚠ {sureness}" if row.provenance.needs_checking else sureness
        return row.provenance.source_title
