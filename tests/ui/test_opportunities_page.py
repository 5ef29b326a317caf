"""Opportunities and the dashboard, driven by keyboard as a bid lead would."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.opportunities import Status
from desktop.core.opportunity_records import list_summaries, load_opportunity
from desktop.questionnaire.values import typed_date
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.opportunities import OpportunitiesPage
from tests.ui.dashboard_helpers import shown_dashboard


def opened(qtbot: QtBot, window: MainWindow) -> OpportunitiesPage:
    """The Opportunities page, opened in the active window as a person would."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.go_to("opportunities")
    page = window.pages["opportunities"]
    assert isinstance(page, OpportunitiesPage)
    return page


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> OpportunitiesPage:
    return opened(qtbot, window)


def summaries(window: MainWindow) -> list[Any]:
    assert window.workspace and window.organisation
    return list_summaries(window.workspace.database, window.organisation.id)


def button(page: OpportunitiesPage, text: str) -> QPushButton:
    return next(b for b in page.editor.findChildren(QPushButton) if b.text() == text
                and not b.isHidden())


def create(qtbot: QtBot, page: OpportunitiesPage, title: str = "Accommodation <Wales> & co",
           published: date | None = None) -> int:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: New opportunity
    # A button's shortcut "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.editor.title, timeout=2000)
    qtbot.keyClicks(page.editor.title, title)
    qtbot.keyClick(page.editor.title, Qt.Key.Key_Tab)  # leaving the title saves it
    day, _clock = page.editor.dates["published"]
    day.setFocus()
    qtbot.keyClicks(day, typed_date(published or date.today() + timedelta(days=3)))
    qtbot.keyClick(day, Qt.Key.Key_Return)
    qtbot.mouseClick(page.editor.fill_button, Qt.MouseButton.LeftButton)
    assert page.editor.current is not None and page.editor.current.id is not None
    return page.editor.current.id


def test_create_by_keyboard_and_fill_the_usual_timetable(qtbot: QtBot, window: MainWindow,
                                                         page: OpportunitiesPage,
                                                         qtmodeltester: Any) -> None:
    opportunity_id = create(qtbot, page, published=date(2027, 3, 1))
    assert window.workspace is not None
    saved = load_opportunity(window.workspace.database, opportunity_id)
    assert saved.title == "Accommodation <Wales> & co"
    assert saved.deadline is not None and saved.deadline.describe() == "29 March 2027, 12:00"
    assert [s.title for s in summaries(window)] == ["Accommodation <Wales> & co"]
    assert page.model.rowCount() == 1
    qtmodeltester.check(page.model)


def test_through_the_pipeline_with_a_decision(qtbot: QtBot, window: MainWindow,
                                              page: OpportunitiesPage) -> None:
    opportunity_id = create(qtbot, page)
    editor = page.editor

    def press(text: str) -> None:
        """Tab to the button and press Space, as a keyboard user does."""
        target = button(page, text)
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_Space)

    press("Move to: Bid / no-bid decision")
    press("Move to: Writing the bid")
    assert "Record the decision to bid before you start writing" in editor.problem.text()
    for check in list(editor.checks.values())[:3]:
        check.setFocus()
        qtbot.keyClick(check, Qt.Key.Key_Space)
    assert editor.score.text() == "Score: 44 out of 100"
    editor.decision.setCurrentIndex(editor.decision.findData("bid"))
    qtbot.keyClicks(editor.decided_by, "Megan Pryce")
    editor.record_button.setFocus()
    qtbot.keyClick(editor.record_button, Qt.Key.Key_Space)
    assert editor.recorded.text().startswith("Recorded: Bid, by Megan Pryce on ")
    press("Move to: Writing the bid")
    press("Move to: Submitted")  # refused: no submission logged yet
    assert "Log the submission first" in editor.problem.text()
    assert window.workspace is not None
    from tests.core.test_submission import log_submission

    log_submission(window.workspace.database, window.workspace.evidence_folder, opportunity_id)
    press("Move to: Submitted")
    press("Move to: Lost")
    assert "Say why it was lost" in editor.problem.text()
    qtbot.keyClicks(editor.reason, "Price too high")
    press("Move to: Lost")
    final = load_opportunity(window.workspace.database, opportunity_id)
    assert (final.status, final.outcome_reason) == (Status.LOST, "Price too high")
    assert editor.status_label.text() == "Status: Lost"
    assert not [b for b in editor.findChildren(QPushButton) if b.text().startswith("Move to")
                and not b.isHidden()]


def test_timetable_out_of_order_is_refused_and_kept_on_screen(
        qtbot: QtBot, window: MainWindow, page: OpportunitiesPage) -> None:
    opportunity_id = create(qtbot, page, published=date(2027, 3, 1))
    day, _clock = page.editor.dates["submission"]
    day.setText("01/02/2027")
    day.textEdited.emit("01/02/2027")
    page.flush_edits()
    assert "submission deadline is before the opportunity was published" in \
        page.editor.problem.text()
    assert day.text() == "01/02/2027"
    assert window.workspace is not None
    saved = load_opportunity(window.workspace.database, opportunity_id)
    assert saved.deadline is not None and saved.deadline.local.date() == date(2027, 3, 29)


def test_tasks_duplicates_filter_and_delete(qtbot: QtBot, window: MainWindow,
                                            page: OpportunitiesPage,
                                            recorded_dialogs: Any) -> None:
    create(qtbot, page, "First", date(2027, 3, 1))
    page.editor.reference.setText("REF-1")
    page.editor.reference.textEdited.emit("REF-1")
    page.flush_edits()
    editor = page.editor
    qtbot.keyClicks(editor.task_title, "Write the method statement")
    qtbot.keyClicks(editor.task_owner, "Rhys")
    qtbot.keyClicks(editor.task_due, "30/03/2027")
    editor.task_title.setFocus()
    qtbot.keyClick(editor.task_title, Qt.Key.Key_Return)
    assert editor.task_list.count() == 1
    assert '"Write the method statement" is due on 30 March 2027, after the submission ' \
        "deadline" in editor.warning.text()
    create(qtbot, page, "Second", date(2027, 3, 1))
    page.editor.reference.setText("ref-1")
    page.editor.reference.textEdited.emit("ref-1")
    page.flush_edits()
    assert '"First" has the same buyer reference' in page.editor.warning.text()
    qtbot.keyClicks(page.search, "fir")
    assert page.model.rowCount() == 1 and page.model.row(0).title == "First"
    page.search.clear()
    page.open_item(page.model.row(0).id if page.model.row(0).title == "First"
                   else page.model.row(1).id)
    recorded_dialogs.answer = False
    page.editor.delete_button.click()
    assert recorded_dialogs.shown[-1][2].startswith('Delete "First" with its timetable and 1 task')
    assert len(summaries(window)) == 2
    recorded_dialogs.answer = True
    page.editor.delete_button.click()
    assert [s.title for s in summaries(window)] == ["Second"]


def test_dashboard_lines_open_their_page(qtbot: QtBot, window: MainWindow,
                                         page: OpportunitiesPage) -> None:
    opportunity_id = create(qtbot, page, "Soon", date.today() + timedelta(days=1))
    dashboard = shown_dashboard(qtbot, window)
    deadlines = dashboard.links(dashboard.deadlines)
    assert deadlines[0].accessibleName().startswith("Tomorrow: ")
    assert "Identified: 1" in [link.accessibleName() for link in dashboard.links(
        dashboard.pipeline)]
    assert any(label.text().startswith("No documents yet: add your policies")
               for label in dashboard.attention.findChildren(QLabel))
    deadlines[0].linkActivated.emit("open")
    assert window.current_page_key() == "opportunities"
    assert page.editor.current is not None and page.editor.current.id == opportunity_id
    window.go_to("dashboard")
    dashboard.next_button.click()
    assert window.current_page_key() == "profile"


def test_dashboard_saves_the_calendar_where_asked(qtbot: QtBot, window: MainWindow,
                                                  page: OpportunitiesPage, tmp_path: Any,
                                                  recorded_dialogs: Any) -> None:
    from icalendar import Calendar

    create(qtbot, page, "Calendar test", date(2027, 3, 1))
    dashboard = shown_dashboard(qtbot, window)
    recorded_dialogs.files = [tmp_path / "our deadlines"]
    saved = dashboard.export_calendar()
    assert saved == tmp_path / "our deadlines.ics"
    events = Calendar.from_ical(saved.read_bytes()).walk("VEVENT")
    assert len(events) == 6
    recorded_dialogs.files = [tmp_path / "not-a-folder" / "x.ics"]
    (tmp_path / "not-a-folder").write_text("a file")
    assert dashboard.export_calendar() is None
    assert recorded_dialogs.shown[-1][1] == "The calendar was not saved"


def test_examples_in_empty_boxes_say_they_are_examples(page: OpportunitiesPage) -> None:
    """A grey "12:00" looked like a time already set; "e.g. 12:00" cannot, and it fits its box."""
    day, clock = page.editor.dates["submission"]
    assert (day.placeholderText(), clock.placeholderText()) == ("e.g. 31/03/2027", "e.g. 12:00")
    assert clock.maximumWidth() > clock.fontMetrics().horizontalAdvance("e.g. 12:00")


def test_the_list_flags_overdue_tasks(qtbot: QtBot, window: MainWindow,
                                      page: OpportunitiesPage, qtmodeltester: Any) -> None:
    create(qtbot, page, "Late one", date(2027, 3, 1))
    editor = page.editor
    qtbot.keyClicks(editor.task_title, "Ask the referees")
    qtbot.keyClicks(editor.task_due, "01/01/2020")  # long past
    editor.task_title.setFocus()
    qtbot.keyClick(editor.task_title, Qt.Key.Key_Return)
    page.flush_edits()
    page.on_shown()
    row = next(n for n in range(page.model.rowCount()) if page.model.row(n).title == "Late one")
    shown = page.model.data(page.model.index(row, page.model.columnCount() - 1))
    assert shown == "1 · ⚠ 1 overdue"
    qtmodeltester.check(page.model)
