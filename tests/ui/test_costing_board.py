"""The Costing page's Board tab, driven by keyboard: the risks and TUPE figures saved as typed
(hostile text too), the charity's objects shown beside the mission fit, and the board's decision
recorded — which becomes the opportunity's bid / no-bid decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.answer_records import save_answer
from desktop.core.board import Level, RiskView
from desktop.core.board_records import load_review, save_review
from desktop.core.opportunities import Status
from desktop.core.opportunity_records import load_opportunity
from desktop.core.qualification import PROFILE
from desktop.questionnaire.values import typed_date
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.costing import CostingPage
from desktop.ui.pages.costing_board import BoardPanel


def database(window: MainWindow) -> Any:
    assert window.workspace is not None
    return window.workspace.database


@pytest.fixture
def opportunity(window: MainWindow, costing_opportunity: int) -> int:
    save_answer(database(window), window.organisation.id, PROFILE, "objects",
                "To relieve poverty — Tŷ ŵ <b>&</b>")
    return costing_opportunity


@pytest.fixture
def board(qtbot: QtBot, window: MainWindow, opportunity: int) -> BoardPanel:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.go_to("costing")
    page = window.pages["costing"]
    assert isinstance(page, CostingPage)
    page.tabs.setCurrentWidget(page.board)
    return page.board


def test_the_board_tab_is_reached_by_keyboard(qtbot: QtBot, window: MainWindow,
                                              opportunity: int) -> None:
    window.go_to("costing")
    page = window.pages["costing"]
    assert isinstance(page, CostingPage)
    assert page.tabs.tabText(1) == "&Board"  # Alt+B
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Right)
    assert page.tabs.currentWidget() is page.board
    for widget in [*page.board.levels.values(), *page.board.notes.values(),
                   page.board.tupe_staff, page.board.tupe_cost, page.board.met_on,
                   page.board.decision, page.board.record]:
        assert widget.accessibleName(), widget


def test_risks_and_tupe_are_saved_as_typed(qtbot: QtBot, window: MainWindow,
                                           board: BoardPanel, opportunity: int,
                                           hostile_texts: list[str]) -> None:
    assert "To relieve poverty — Tŷ ŵ <b>&</b>" in board.objects.text()
    level = board.levels["tupe"]
    level.setFocus()
    level.setCurrentIndex(level.findData("high"))
    note = board.notes["tupe"]
    note.setFocus()
    note.setPlainText(hostile_texts[1] + "\n" + hostile_texts[-1][:10_000])
    qtbot.keyClick(note, Qt.Key.Key_Tab)  # leaving the box saves it
    assert QApplication.focusWidget() is not note
    board.tupe_staff.setValue(4)
    board.tupe_cost.setText("118,000.50")
    board.tupe_cost.editingFinished.emit()
    saved = load_review(database(window), opportunity)
    assert saved.view("tupe") == RiskView(Level.HIGH, (hostile_texts[1] + "\n" +
                                                       hostile_texts[-1][:10_000]).strip())
    assert saved.tupe_staff == 4 and saved.tupe_cost == 11_800_050
    board.show_for(opportunity)
    assert board.tupe_cost.text() == "118,000.50"
    assert board.levels["tupe"].currentData() == "high"


def test_a_figure_that_cannot_be_read_is_said_and_not_saved(
        qtbot: QtBot, window: MainWindow, board: BoardPanel, opportunity: int) -> None:
    board.tupe_cost.setText("lots")
    board.tupe_cost.editingFinished.emit()
    assert "Their pay and on-costs a year" in board.problem.text()
    assert board.problem.isVisibleTo(board)
    assert load_review(database(window), opportunity).id is None  # nothing saved
    board.tupe_cost.setText("-5")
    board.tupe_cost.editingFinished.emit()
    assert load_review(database(window), opportunity).tupe_cost is None


def test_the_boards_decision_becomes_the_opportunitys(qtbot: QtBot, window: MainWindow,
                                                      board: BoardPanel,
                                                      opportunity: int) -> None:
    board.met_on.setText(typed_date(date.today() + timedelta(days=3)))
    board.decision.setCurrentIndex(board.decision.findData("bid"))
    board.minute.setText("7/2026")
    qtbot.keyClick(board.record, Qt.Key.Key_Space)
    assert "after today" in board.problem.text()
    board.met_on.setText("31/02/2026")
    board.record.click()
    assert "February" in board.problem.text()
    board.met_on.setText(typed_date(date.today()))
    board.meeting.setText("Trustees' meeting — Cyfarfod")
    board.conditions.setPlainText("At full cost & <b>no less</b>")
    board.record.click()
    assert not board.problem.isVisibleTo(board)
    assert "It is the opportunity's bid / no-bid decision now" in board.recorded.text()
    info = load_opportunity(database(window), opportunity)
    assert info.decision == "bid" and info.decided_by == "The board of trustees, minute 7/2026"
    assert info.decision_why == "At full cost & <b>no less</b>"
    recorded = load_review(database(window), opportunity).decision
    assert recorded.met_on == date.today() and recorded.meeting == "Trustees' meeting — Cyfarfod"
    # Not to bid, later: the opportunity is withdrawn, as any no-bid decision withdraws it.
    board.decision.setCurrentIndex(board.decision.findData("no-bid"))
    board.record.click()
    assert load_opportunity(database(window), opportunity).status is Status.WITHDRAWN


def test_a_colleagues_save_is_not_overwritten(qtbot: QtBot, window: MainWindow,
                                               board: BoardPanel, opportunity: int,
                                               recorded_dialogs: Any) -> None:
    board.levels["volume"].setCurrentIndex(board.levels["volume"].findData("low"))
    theirs = load_review(database(window), opportunity)
    save_review(database(window), replace(theirs, tupe_staff=9))
    board.levels["exit"].setCurrentIndex(board.levels["exit"].findData("high"))
    assert recorded_dialogs.shown[-1][:2] == ("warning",
                                              "Someone else changed the board's review")
    saved = load_review(database(window), opportunity)
    assert saved.tupe_staff == 9 and saved.view("exit").level is Level.NOT_ASSESSED
    assert board.tupe_staff.value() == 9
