"""The frameworks as a table: name, buyer, regime, status, dates, reopenings, and yours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.app.queries import FrameworkLine, dated, reopening_text
from desktop.ui.models.table import ReadOnlyTableModel

DATES = {4: "opens", 5: "closes", 6: "deadline_date", 8: "ends"}  # column → FrameworkInfo date


class FrameworkTableModel(ReadOnlyTableModel[FrameworkLine]):
    def __init__(self, lines: list[FrameworkLine], parent: Any = None) -> None:
        translate = QCoreApplication.translate
        super().__init__(lines, (
            translate("FrameworkTableModel", "Framework"),
            translate("FrameworkTableModel", "Buyer"),
            translate("FrameworkTableModel", "Regime"),
            translate("FrameworkTableModel", "Status"),
            translate("FrameworkTableModel", "Opens"),
            translate("FrameworkTableModel", "Closes"),
            translate("FrameworkTableModel", "Deadline date"),
            translate("FrameworkTableModel", "Reopens to new suppliers"),
            translate("FrameworkTableModel", "Ends"),
            translate("FrameworkTableModel", "You"),
        ), parent)

    def cell_text(self, row: FrameworkLine, column: int) -> str:
        info = row.info
        if column == 0:
            return info.name
        if column == 1:
            return info.buyer
        if column == 2:
            return row.regime
        if column == 3:
            return row.status
        if column in DATES:
            return dated(getattr(info, DATES[column])) or "—"
        if column == 7:
            return "\n".join(reopening_text(r) for r in info.reopenings) or "—"
        if row.chosen:
            return QCoreApplication.translate("FrameworkTableModel", "▶ Working on it")
        return QCoreApplication.translate("FrameworkTableModel", "• Following") \
            if row.following else ""
