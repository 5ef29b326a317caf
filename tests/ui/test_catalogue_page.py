"""The Catalogue page: filters narrow the lots, the tree filters by category, details explain."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.catalogue import Catalogue
from desktop.core.catalogue_records import load_catalogue
from desktop.ui.main_window import MainWindow
from desktop.ui.models.categories import CODE_ROLE
from desktop.ui.models.lots import LOT_ROLE
from desktop.ui.pages.catalogue import CataloguePage, lot_details_html
from tests.packs import PSDF


@pytest.fixture
def page(window: MainWindow) -> CataloguePage:
    window.go_to("catalogue")  # pages are built on their first visit
    page = window.pages["catalogue"]
    assert isinstance(page, CataloguePage)
    return page


def shown_codes(page: CataloguePage) -> set[str]:
    return {page.proxy.index(row, 0).data(LOT_ROLE).code for row in range(page.proxy.rowCount())}


def test_all_109_lots_at_start(page: CataloguePage) -> None:
    assert page.proxy.rowCount() == 109
    assert page.count_label.text() == "Showing 109 of 109 lots"


def test_region_then_pcc_area_narrow_the_table(page: CataloguePage) -> None:
    page.select_by_data(page.region_box, "D")
    assert page.proxy.rowCount() == 11
    assert [page.area_box.itemText(i) for i in range(page.area_box.count())] == [
        "Any", "Dyfed-Powys", "Gwent", "North Wales", "South Wales"]
    page.select_by_data(page.area_box, "dyfed-powys")
    assert shown_codes(page) == {"ACC-D", "ETE-D", "PWYA-D", "PW-dyfed-powys",
                                 "WOM-dyfed-powys"}
    assert page.count_label.text() == "Showing 5 of 109 lots"


def test_cohort_and_search(qtbot: QtBot, page: CataloguePage) -> None:
    page.select_by_data(page.cohort_box, "WOM")
    assert page.proxy.rowCount() == 42
    page.clear_filters()
    qtbot.keyClicks(page.search, "Accommodation South Central")
    assert shown_codes(page) == {"ACC-H"}
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 109 and page.search.text() == ""


def test_choosing_a_category_in_the_tree_filters(page: CataloguePage) -> None:
    model = page.tree.model()
    matches = model.match(model.index(0, 0), CODE_ROLE, "PW", 1,
                          Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    page.tree.setCurrentIndex(matches[0])
    assert page.category_box.currentData() == "PW"
    assert page.proxy.rowCount() == 42 + 1 + 42


def test_selecting_a_lot_explains_it(page: CataloguePage) -> None:
    page.select_by_data(page.region_box, "D")
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data(LOT_ROLE).code == "PWYA-D")
    page.table.selectRow(row)
    text = page.details.toPlainText()
    assert "Personal Wellbeing Services for Young Adults in Wales" in text
    assert "Only for: Young Adults (18 to 25)" in text
    assert "National call-off competition from day one" in text
    assert "Words to know" in text and "Lot" in text


def test_details_escape_pack_text(page: CataloguePage) -> None:
    catalogue: Catalogue = page.catalogue
    hostile = replace(catalogue.lots[0], title='<b>Smith & Sons</b> "Trust" <script>')
    html = lot_details_html(catalogue, hostile, lambda text: text)
    assert "<b>Smith" not in html and "&lt;b&gt;Smith &amp; Sons&lt;/b&gt;" in html
    page.details.setHtml(html)
    assert '<b>Smith & Sons</b> "Trust" <script>' in page.details.toPlainText()


def test_facts_to_check_are_marked(window: MainWindow) -> None:
    window.go_to("framework")
    page = window.pages["framework"]
    model = page.facts_table.model()  # type: ignore[attr-defined]
    rows = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert rows["Insurance levels"].startswith("⚠ Not confirmed")
    assert rows["Length of the framework"] == "Confirmed"
    catalogue = load_catalogue(window.workspace.database, PSDF)
    assert model.rowCount() == len(catalogue.facts)
