"""Every item model passes Qt's own model checks (pytest-qt's qtmodeltester)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.app.workspace import Workspace
from desktop.core.catalogue import Catalogue, LotFilter
from desktop.core.catalogue_records import load_catalogue
from desktop.ui.models.categories import CategoryTreeModel
from desktop.ui.models.entries import EntryTableModel
from desktop.ui.models.lots import LotFilterProxy, LotTableModel
from tests.packs import PSDF


@pytest.fixture
def catalogue(workspace: Workspace) -> Catalogue:
    return load_catalogue(workspace.database, PSDF)


def test_lot_table_model(qtmodeltester, catalogue: Catalogue) -> None:
    model = LotTableModel(catalogue)
    qtmodeltester.check(model)
    assert model.rowCount() == 109 and model.columnCount() == 3
    # The area first (lots of a family differ only there), the family, the full title as a tip
    assert [model.index(3, column).data() for column in range(3)] == [
        "Wales", "Accommodation", "Accommodation"]
    assert model.index(3, 1).data(Qt.ItemDataRole.ToolTipRole) == \
        "Accommodation Services for Wales"


def test_lot_filter_proxy(qtmodeltester, catalogue: Catalogue) -> None:
    proxy = LotFilterProxy()
    proxy.setSourceModel(LotTableModel(catalogue))
    proxy.set_filter(LotFilter(region="D", cohort="WOM"))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 4


def test_category_tree_model(qtmodeltester, catalogue: Catalogue) -> None:
    model = CategoryTreeModel(catalogue)
    qtmodeltester.check(model)
    headings = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert headings == ["Needs", "Groups of people (cohorts)", "Other services"]


def test_entry_table_model(qtmodeltester, catalogue: Catalogue) -> None:
    model = EntryTableModel(catalogue.glossary, "Word")
    qtmodeltester.check(model)
    assert model.rowCount() == len(catalogue.glossary) > 20
