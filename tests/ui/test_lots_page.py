"""The Lots page: matrix and list agree with the engine, readable without colour, by keyboard."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.answer_records import save_answer
from desktop.core.qualification import PROFILE, RESULT
from desktop.ui.main_window import MainWindow
from desktop.ui.models.eligibility import short_lines, two_lines
from desktop.ui.models.table import ROW_ROLE
from desktop.ui.pages.lots import LotsPage

Settle = Callable[[MainWindow], None]


def lots_page(window: MainWindow, settle: Settle) -> LotsPage:
    """The page, once it has assessed every lot (in the background)."""
    window.go_to("lots")
    page = window.pages["lots"]
    assert isinstance(page, LotsPage)
    settle(window)
    return page


def make_ready(window: MainWindow) -> None:
    """Accommodation in Wales, qualified, insured: the organisation can lead ACC-D."""
    assert window.workspace and window.organisation
    db, org = window.workspace.database, window.organisation.id
    for key, raw in {"categories": ["ACC"], "regions": ["D"], "employers_liability": "10,000,000",
                     "public_liability": "5,000,000", "professional_indemnity": "1,000,000"
                     }.items():
        save_answer(db, org, PROFILE, key, raw)
    for key, raw in {"result_status": "qualified", "qualified_categories": ["ACC"],
                     "agreement_signed": True, "financial_threshold": "1,000,000"}.items():
        save_answer(db, org, RESULT, key, raw)


def test_models_pass_qt_checks(qtmodeltester: Any, window: MainWindow, settle: Settle) -> None:
    page = lots_page(window, settle)
    qtmodeltester.check(page.matrix_model)
    qtmodeltester.check(page.list_model)
    # The 8 need categories with lots, then the women's and young adults' lots of their own
    assert page.matrix_model.rowCount() == 10 and page.matrix_model.columnCount() == 12
    headings = [page.matrix_model.headerData(row, Qt.Orientation.Vertical,
                                             Qt.ItemDataRole.ToolTipRole) for row in range(10)]
    assert headings[-2:] == ["Only for Women", "Only for Young Adults (18 to 25)"]
    wales = next(c for c in range(12)
                 if page.matrix_model.headerData(c, Qt.Orientation.Horizontal,
                                                 Qt.ItemDataRole.ToolTipRole) == "Wales")
    women = page.matrix_model.lots_at(page.matrix_model.index(8, wales))
    assert {r.lot.code for r in women} == {"WOM-dyfed-powys", "WOM-gwent", "WOM-north-wales",
                                           "WOM-south-wales"}
    young = page.matrix_model.lots_at(page.matrix_model.index(9, wales))
    assert [r.lot.code for r in young] == ["PWYA-D"]


def test_a_new_organisation_sees_why_it_cannot_bid_yet(window: MainWindow,
                                                       settle: Settle) -> None:
    page = lots_page(window, settle)
    assert page.summary.text() == ("✓ You can lead 0 lots · ◐ partner or subcontractor only "
                                   "for 0 · ✗ not eligible for 109")
    assert page.list_model.rowCount() == 109
    assert page.details.plain_text.startswith(
        "Accommodation Services for North East: ✗ Not eligible")


def test_matrix_cell_lists_its_lots_with_words_not_only_colour(
        qtbot: QtBot, window: MainWindow, settle: Settle) -> None:
    make_ready(window)
    page = lots_page(window, settle)
    model = page.matrix_model
    wales = next(n for n, r in enumerate(model.regions) if r.code == "D")
    accommodation = model.index(0, wales)
    assert accommodation.data() == "✓ Lead"
    assert accommodation.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Accommodation in Wales: can bid as lead, 5 lots")
    assert model.index(0, 0).data() == "✗ No"
    page.matrix.setFocus()
    page.matrix.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(page.matrix, Qt.Key.Key_End)  # keyboard: to the last region
    page.matrix.setCurrentIndex(accommodation)
    shown = [page.list_model.index(r, 0).data(ROW_ROLE).lot.code
             for r in range(page.list_model.rowCount())]
    assert shown == ["ACC-D", "WOM-dyfed-powys", "WOM-gwent", "WOM-north-wales",
                     "WOM-south-wales"]  # the region's PCC-area lots too: the drill-down
    assert page.list_model.index(0, 2).data() == "✓ Can bid as lead"
    assert "✓ Qualified for Accommodation" in page.details.plain_text
    qtbot.mouseClick(page.all_button, Qt.MouseButton.LeftButton)
    assert page.list_model.rowCount() == 109


def test_a_value_above_the_threshold_makes_it_partner_only(window: MainWindow,
                                                           settle: Settle) -> None:
    make_ready(window)
    page = lots_page(window, settle)
    page.value.setText("2,400,000")
    page.value.editingFinished.emit()
    settle(window)
    result = next(page.list_model.index(r, 0).data(ROW_ROLE) for r in
                  range(page.list_model.rowCount())
                  if page.list_model.index(r, 0).data(ROW_ROLE).lot.code == "ACC-D")
    assert result.summary() == ("◐ Partner or subcontractor only: Lot value £2.4m is above your "
                                "financial threshold band (£1m)")
    page.value.setText("a lot")
    page.value.editingFinished.emit()
    assert "Type an amount in pounds" in page.value_problem.text()


def test_show_only_filters_by_standing(window: MainWindow, settle: Settle) -> None:
    make_ready(window)
    page = lots_page(window, settle)
    page.show_only.setCurrentIndex(page.show_only.findData("LEAD"))
    page.show_only.activated.emit(page.show_only.currentIndex())
    assert page.list_model.rowCount() == 1


def test_long_region_names_wrap_in_two() -> None:
    assert two_lines("Yorkshire and the Humber") == "Yorkshire and\nthe Humber"
    assert two_lines("Wales") == "Wales"
    assert short_lines("Gogledd-ddwyrain Lloegr") == "Gogledd-\nddwyrain\nLloegr"
    assert short_lines("Yorkshire and the Humber") == "Yorkshire\nand the\nHumber"
    assert short_lines("Cymru") == "Cymru"
