"""Tables of a costing: its years (costs, price, margin) and its cash flow month by month."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.costing import YearCost
from desktop.core.costing_cashflow import MonthCash
from desktop.i18n import money_cell
from desktop.ui.models.table import ReadOnlyTableModel


class YearTableModel(ReadOnlyTableModel[YearCost]):
    def __init__(self, parent: Any = None) -> None:
        translate = QCoreApplication.translate
        super().__init__((), (
            translate("CostingTables", "Year"), translate("CostingTables", "Months"),
            translate("CostingTables", "Staff with on-costs"),
            translate("CostingTables", "Other costs"),
            translate("CostingTables", "VAT not recovered"),
            translate("CostingTables", "Overheads"), translate("CostingTables", "Full cost"),
            translate("CostingTables", "Price"), translate("CostingTables", "Margin")), parent)

    def cell_text(self, row: YearCost, column: int) -> str:
        if column == 0:
            return str(row.year)
        if column == 1:
            return str(row.months)
        return money_cell((row.staff, row.non_staff, row.vat, row.overheads, row.full_cost,
                           row.price, row.price - row.full_cost)[column - 2])


class CashFlowTableModel(ReadOnlyTableModel[MonthCash]):
    def __init__(self, parent: Any = None) -> None:
        translate = QCoreApplication.translate
        super().__init__((), (
            translate("CostingTables", "Month"), translate("CostingTables", "Spent"),
            translate("CostingTables", "Paid to you"),
            translate("CostingTables", "Running balance")), parent)

    def cell_text(self, row: MonthCash, column: int) -> str:
        if column == 0:
            if row.month == 0:
                return QCoreApplication.translate("CostingTables", "Mobilisation")
            return str(row.month)
        return money_cell((row.out, row.income, row.balance)[column - 1])
