"""The Costing page, driven as a finance volunteer would: by keyboard, figures saved as typed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from desktop.core.answer_records import save_answer
from desktop.core.costing_records import load_costing, save_costing
from desktop.core.qualification import PROFILE
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.costing import CostingPage


def database(window: MainWindow) -> Any:
    assert window.workspace is not None
    return window.workspace.database


@pytest.fixture
def opportunity(window: MainWindow, costing_opportunity: int) -> int:
    save_answer(database(window), window.organisation.id, PROFILE, "free_reserves", "1,000")
    return costing_opportunity


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow, opportunity: int) -> CostingPage:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.go_to("costing")
    costing = window.pages["costing"]
    assert isinstance(costing, CostingPage)
    return costing


def test_without_opportunities_the_page_says_where_to_start(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    window.go_to("costing")
    page = window.pages["costing"]
    assert isinstance(page, CostingPage)
    assert page.empty.isVisibleTo(page) and not page.editor.isVisibleTo(page)


def test_a_staff_line_and_a_cost_typed_by_keyboard_are_costed_and_saved(
        qtbot: QtBot, window: MainWindow, page: CostingPage, opportunity: int,
        hostile_texts: list[str], qtmodeltester: Any) -> None:
    assert page.opportunity.currentText().startswith(hostile_texts[0])
    page.add_staff.setFocus()
    qtbot.keyClick(page.add_staff, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is page.staff
    for column, text in enumerate([hostile_texts[1], "30,000", "1", "5", "1", "2"]):
        page.staff.item(0, column).setText(text)
    page.add_cost.click()
    page.costs.item(0, 1).setText(hostile_texts[2])
    page.costs.item(0, 2).setText("1,000.01")
    vat = page.costs.cellWidget(0, 3)
    assert isinstance(vat, QComboBox)
    vat.setCurrentIndex(vat.findData("standard"))
    page.central.setText("50,000")
    page.basis.setText("10")
    page.central.editingFinished.emit()

    saved = load_costing(database(window), opportunity)
    [staff] = saved.inputs.staff
    assert staff.role == hostile_texts[1] and staff.salary == 3_000_000
    [cost] = saved.inputs.lines
    assert cost.description == hostile_texts[2] and cost.amount == 100_001
    assert cost.vat.value == "standard"
    # Year 1: 30,000 + NI 3,750 + pension 1,500 + IT 1,000.01 + VAT 200 + overheads 5,000.
    assert page.years_model.rowCount() == 2
    assert page.years_model.index(0, 6).data() == "£41,450.01"
    # whole pounds show their pence beside it, so the column lines up: 30,000 + 3,750 + 1,500
    assert page.years_model.index(0, 2).data() == "£35,250.00"
    assert page.years_model.index(0, 4).data() == "£200.00"  # the VAT not recovered
    qtmodeltester.check(page.years_model)
    qtmodeltester.check(page.cash_model)
    balances = [page.cash_model.index(row, 3).data() for row in range(page.cash_model.rowCount())]
    assert all(balance[-3] == "." and balance[-2:].isdigit() for balance in balances), balances
    assert "Full cost" in page.summary.text()
    assert page.cash_model.rowCount() > 24
    assert "Lowest point" in page.chart.accessibleDescription()
    assert "more than your free reserves of £1,000" in page.warnings.text()


def test_a_figure_that_cannot_be_read_is_said_and_not_saved(
        qtbot: QtBot, window: MainWindow, page: CostingPage, opportunity: int) -> None:
    page.add_staff.click()
    page.staff.item(0, 2).setText("lots")
    assert "Staff line 1" in page.problem.text() and page.problem.isVisibleTo(page)
    page.staff.item(0, 2).setText("1")
    assert not page.problem.isVisibleTo(page)
    assert len(load_costing(database(window), opportunity).inputs.staff) == 1


def test_absurd_figures_are_flagged(qtbot: QtBot, page: CostingPage) -> None:
    page.add_staff.click()
    page.staff.item(0, 2).setText("6")
    assert "full-time posts" in page.warnings.text()


def test_changing_the_length_keeps_the_lines_with_a_note(
        qtbot: QtBot, window: MainWindow, page: CostingPage, opportunity: int) -> None:
    page.add_staff.click()
    page.length.setValue(18)
    page.length.editingFinished.emit()
    assert "now 18 months instead of 24" in page.notes.text()
    saved = load_costing(database(window), opportunity)
    assert saved.inputs.length_months == 18 and len(saved.inputs.staff) == 1
    assert page.years_model.rowCount() == 2


def test_a_colleagues_save_is_not_overwritten(qtbot: QtBot, window: MainWindow,
                                               page: CostingPage, opportunity: int,
                                               recorded_dialogs: Any) -> None:
    page.add_staff.click()
    theirs = load_costing(database(window), opportunity)
    save_costing(database(window), replace(theirs, inputs=replace(theirs.inputs,
                                                                  price=100_000)))
    page.price.setText("2,000")
    page.price.editingFinished.emit()
    assert recorded_dialogs.shown[-1][:2] == ("warning", "Someone else changed this costing")
    assert load_costing(database(window), opportunity).inputs.price == 100_000
    assert page.price.text() == "1,000"


def test_direct_costs_are_typed_in_pounds_and_kept_in_pence(
        qtbot: QtBot, window: MainWindow, page: CostingPage, opportunity: int) -> None:
    page.method.setCurrentIndex(page.method.findData("direct-costs"))
    page.central.setText("40,000")
    page.basis.setText("500,000")
    page.basis.editingFinished.emit()
    saved = load_costing(database(window), opportunity).inputs.overheads
    assert saved.organisation_basis == 50_000_000  # £500,000 in pence, as core works in pence
    page.show_costing(load_costing(database(window), opportunity))
    assert page.basis.text() == "500,000"
