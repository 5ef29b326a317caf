"""The need categories as a tree: needs (with Personal Wellbeing's four parts under it),
cohorts, and other categories."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.core.catalogue import Catalogue

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _kind_heading(kind: str) -> str:
    return {
        "need": QCoreApplication.translate("CategoryTreeModel", "Needs"),
        "cohort": QCoreApplication.translate("CategoryTreeModel", "Groups of people (cohorts)"),
        "other": QCoreApplication.translate("CategoryTreeModel", "Other services"),
    }.get(kind, kind)


class CategoryTreeModel(QStandardItemModel):
    """Read-only tree; each category item holds its code (CODE_ROLE); headings hold ""."""

    def __init__(self, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("CategoryTreeModel", "Need categories")])
        headings: dict[str, QStandardItem] = {}
        groups: dict[str, QStandardItem] = {}
        for category in catalogue.categories:
            parent_item = headings.get(category.kind)
            if parent_item is None:
                parent_item = headings[category.kind] = self._item(_kind_heading(category.kind), "")
                self.appendRow(parent_item)
            if category.group_code:
                group = groups.get(category.group_code)
                if group is None:
                    group = groups[category.group_code] = self._item(category.group_name,
                                                                     category.group_code)
                    parent_item.appendRow(group)
                parent_item = group
            parent_item.appendRow(self._item(category.name, category.code))

    @staticmethod
    def _item(text: str, code: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(code, CODE_ROLE)
        item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        return item
