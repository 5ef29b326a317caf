"""The opportunity editor under both sets of rules: the regime and procedure, the Act's notices
as timetable rows, and the standstill worked out (PCR 2015 and the Act side by side)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import load_opportunity, save_opportunity
from desktop.core.timetables import ACT_2023, PCR_2015
from desktop.questionnaire.values import typed_date
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.opportunities import OpportunitiesPage
from desktop.ui.pages.opportunity_editor import OpportunityEditor


@pytest.fixture
def editor(qtbot: QtBot, window: MainWindow) -> OpportunityEditor:
    assert window.workspace and window.organisation
    saved = save_opportunity(window.workspace.database, window.organisation.id,
                             OpportunityInfo(None, "Community Accommodation Services"))
    window.go_to("opportunities")
    page = window.pages["opportunities"]
    assert isinstance(page, OpportunitiesPage)
    page.editor.show_opportunity(saved.id)
    return page.editor


def stored(window: MainWindow, editor: OpportunityEditor) -> OpportunityInfo:
    assert window.workspace and editor.current and editor.current.id
    return load_opportunity(window.workspace.database, editor.current.id)


def choose(combo: object, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))  # type: ignore[attr-defined]
    combo.activated.emit(combo.currentIndex())  # type: ignore[attr-defined]


def type_date(qtbot: QtBot, editor: OpportunityEditor, code: str, day: date) -> None:
    box, _clock = editor.dates[code]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, typed_date(day))
    qtbot.keyClick(box, Qt.Key.Key_Tab)


def test_a_new_opportunity_defaults_to_the_framework_regime(editor: OpportunityEditor) -> None:
    assert editor.regime.currentData() == PCR_2015
    assert not editor.dates["award-notice"][0].isVisibleTo(editor)
    assert editor.dates["award"][0].isVisibleTo(editor)
    assert editor.regime.accessibleName() == "Procurement rules"
    assert editor.procedure.accessibleName() == "Procedure"


def test_act_rules_show_the_notices_and_count_working_days(
        qtbot: QtBot, window: MainWindow, editor: OpportunityEditor) -> None:
    choose(editor.regime, ACT_2023)
    assert stored(window, editor).regime == ACT_2023
    assert editor.dates["award-notice"][0].isVisibleTo(editor)
    assert not editor.dates["award"][0].isVisibleTo(editor)
    assert editor.date_labels["award-notice"].text() == "Contract award notice"
    choose(editor.procedure, "competitive-flexible")
    assert stored(window, editor).procedure == "competitive-flexible"
    assert "8 working days" in editor.standstill_note.text().replace("Eight", "8").lower() or \
        "eight working days" in editor.standstill_note.text().lower()
    type_date(qtbot, editor, "award-notice", date(2026, 12, 18))
    standstill = stored(window, editor).milestone("standstill")
    assert standstill is not None and standstill.local.date() == date(2026, 12, 31)
    assert editor.dates["standstill"][0].text() == "31/12/2026"
    assert editor.dates["standstill"][0].isReadOnly()


def test_pcr_rules_count_ten_days_and_switching_keeps_the_dates(
        qtbot: QtBot, window: MainWindow, editor: OpportunityEditor) -> None:
    type_date(qtbot, editor, "award", date(2026, 12, 18))
    assert stored(window, editor).milestone("standstill").local.date() == date(2026, 12, 29)
    choose(editor.regime, ACT_2023)
    kept = stored(window, editor)
    assert kept.milestone("award") is not None  # not shown under the Act, not lost either
    choose(editor.regime, PCR_2015)
    assert editor.dates["award"][0].text() == "18/12/2026"


def test_a_call_off_says_standstill_is_voluntary(editor: OpportunityEditor) -> None:
    choose(editor.procedure, "call-off")
    assert "voluntary" in editor.standstill_note.text()


def test_the_usual_act_timetable(qtbot: QtBot, window: MainWindow,
                                 editor: OpportunityEditor) -> None:
    choose(editor.regime, ACT_2023)
    type_date(qtbot, editor, "published", date(2027, 3, 1))
    qtbot.mouseClick(editor.fill_button, Qt.MouseButton.LeftButton)
    saved = stored(window, editor)
    codes = [m.code for m in saved.milestones]
    assert codes == ["published", "clarification", "submission", "award-notice", "standstill",
                     "start"]
    notice = saved.milestone("award-notice")
    standstill = saved.milestone("standstill")
    assert notice and standstill and notice.local.date() == date(2027, 5, 10)
    assert standstill.local.date() == date(2027, 5, 19)  # 8 working days from Monday 10 May
