"""The Frameworks page, the window's framework chooser and the dashboard's framework dates:
choosing a framework rebuilds every page for it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.first_paint import first_paint
from desktop.app.workspace import Workspace, sync_packs
from desktop.core.organisation_records import create_organisation
from desktop.ui.app import settings
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.catalogue import CataloguePage
from desktop.ui.pages.dashboard import DashboardPage
from desktop.ui.pages.frameworks import FrameworksPage
from desktop.ui.questionnaire.page import QuestionnairePage
from tests.packs import CAS, PSDF, SECOND, SECOND_PACK


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    """A charity's window with the shipped pack and the second (test) pack."""
    assert sync_packs(workspace, [SECOND_PACK]) == []
    create_organisation(workspace.database, "Tŷ Gwyn & <Partners>", "1123456")
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.show()
    window.attach(first_paint(workspace))
    yield window


def frameworks_page(window: MainWindow) -> FrameworksPage:
    window.go_to("frameworks")
    page = window.pages["frameworks"]
    assert isinstance(page, FrameworksPage)
    return page


def row_of(page: FrameworksPage, code: str) -> int:
    return next(row for row in range(page.model.rowCount()) if page.model.row(row).info.code
                == code)


def select(page: FrameworksPage, code: str) -> None:
    page.table.setCurrentIndex(page.model.index(row_of(page, code), 0))


def test_the_table_lists_every_framework_and_passes_qt_checks(
        qtmodeltester: Any, window: MainWindow) -> None:
    page = frameworks_page(window)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 3 and page.model.columnCount() == 10
    cells = [[page.model.index(row_of(page, code), column).data() for column in range(10)]
             for code in (PSDF, SECOND, CAS)]
    assert cells[0][0] == "Probation Services Dynamic Framework"
    assert cells[0][9] == "▶ Working on it"
    assert cells[2][:3] == ["Community Accommodation Services open framework",
                            "Ministry of Justice / HMPPS", "Procurement Act 2023"]
    assert cells[1][:9] == [
        "Riverbank Wellbeing Open Framework", "Riverbank Combined Authority (test data)",
        "Procurement Act 2023", "Open", "25 October 2026", "15 January 2027 (check)", "—",
        "1 April 2028 – 31 May 2028 (check)\n1 April 2030 – 31 May 2030 (check)",
        "24 October 2034"]
    assert page.model.index(row_of(page, SECOND), 6).data(
        Qt.ItemDataRole.AccessibleTextRole) == \
        "Deadline date: —"


def test_follow_and_stop_following(qtbot: QtBot, window: MainWindow) -> None:
    page = frameworks_page(window)
    select(page, SECOND)
    assert page.follow_button.text() == "&Follow this framework"
    qtbot.mouseClick(page.follow_button, Qt.MouseButton.LeftButton)
    assert page.model.index(row_of(page, SECOND), 9).data() == "• Following"
    assert page.current_line() is not None and page.current_line().info.code == SECOND
    assert page.follow_button.text() == "Stop &following"
    window.go_to("dashboard")
    dashboard = window.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    assert "RWOF:" in dashboard.framework_dates.text.text()
    frameworks_page(window)
    select(page, SECOND)
    qtbot.mouseClick(page.follow_button, Qt.MouseButton.LeftButton)
    assert page.model.index(row_of(page, SECOND), 9).data() == ""


def test_working_on_another_framework_rebuilds_every_page(
        qtbot: QtBot, window: MainWindow) -> None:
    page = frameworks_page(window)
    select(page, SECOND)
    assert page.choose_button.isEnabled()
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None and window.workspace.framework_code == SECOND
    assert window.current_page_key() == "frameworks"  # still here, for the new framework
    assert window.chooser.box.currentData() == SECOND
    assert window.statusBar().currentMessage() == \
        "Every page now works on Riverbank Wellbeing Open Framework."
    window.go_to("catalogue")
    catalogue = window.pages["catalogue"]
    assert isinstance(catalogue, CataloguePage) and catalogue.proxy.rowCount() == 3
    window.go_to("profile")
    profile = window.pages["profile"]
    assert isinstance(profile, QuestionnairePage)
    assert [c.value for c in profile.form.field("categories").choices] == ["GARDEN", "ARTS"]
    refreshed = frameworks_page(window)
    assert refreshed.model.index(row_of(refreshed, SECOND), 9).data() == "▶ Working on it"


def test_the_toolbar_chooser_works_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    box = window.chooser.box
    assert box.isEnabled() and box.accessibleName() == "Framework the pages work on"
    assert [box.itemData(row) for row in range(box.count())] == [CAS, PSDF, SECOND]  # by name
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.workspace is not None and window.workspace.framework_code == SECOND
    assert window.catalogue is not None and window.catalogue.framework.code == SECOND
    qtbot.keyClick(window.chooser.box, Qt.Key.Key_Up)
    assert window.workspace.framework_code == PSDF


def test_the_details_name_the_procedure_in_plain_english(window: MainWindow) -> None:
    """The pack's procedure code is shown by its name from the regime's data, never raw."""
    page = frameworks_page(window)
    select(page, CAS)
    assert "Procurement Act 2023; open framework." in page.details.text()
    said = page.details.text().split("Source:")[0]
    assert said.count("Procurement Act 2023") == 1  # the regime is named once
    assert "open-framework" not in page.details.text()
    select(page, PSDF)
    assert "; dynamic framework." in page.details.text()
    assert "Light Touch Regime (PCR 2015)" not in page.details.text()


def pick(window: MainWindow, code: str) -> None:
    """Pick `code` in the "Working on" chooser, as a click or the keyboard does."""
    window.chooser.box.activated.emit(window.chooser.box.findData(code))


def test_switching_back_and_forth_reads_each_framework_once_and_loses_nothing(
        qtbot: QtBot, window: MainWindow) -> None:
    """The workspace keeps each framework it has read: the chooser switches back to the very
    same catalogue, forms and glossary, every page shows the framework chosen, and what was
    typed before switching is still there after."""
    workspace = window.workspace
    assert workspace is not None
    context = window.page_context()
    psdf = context.catalogue
    assert psdf.framework.code == PSDF and psdf is workspace.catalogue() is window.catalogue
    psdf_forms, psdf_glossary = context.forms, context.glossary
    psdf_categories = [c.code for c in psdf.categories if c.kind != "cohort"]
    window.go_to("profile")
    profile = window.pages["profile"]
    assert isinstance(profile, QuestionnairePage)
    qtbot.keyClicks(profile.editors["trading_name"].input, "Riverside & <Co>")

    before = profile
    pick(window, SECOND)
    second = window.page_context().catalogue
    assert second.framework.code == SECOND and second is workspace.view(SECOND).catalogue
    assert window.page_context().forms is not psdf_forms
    profile = window.pages["profile"]
    assert isinstance(profile, QuestionnairePage) and profile is not before  # built again
    assert [c.value for c in profile.form.field("categories").choices] == ["GARDEN", "ARTS"]
    assert profile.editors["trading_name"].input.text() == "Riverside & <Co>"  # saved, read

    pick(window, PSDF)
    context = window.page_context()
    assert context.catalogue is psdf and window.catalogue is psdf  # not read again
    assert context.forms is psdf_forms and context.glossary is psdf_glossary
    profile = window.pages["profile"]
    assert isinstance(profile, QuestionnairePage)
    assert [c.value for c in profile.form.field("categories").choices] == psdf_categories
    assert profile.editors["trading_name"].input.text() == "Riverside & <Co>"
    window.go_to("catalogue")
    catalogue = window.pages["catalogue"]
    assert isinstance(catalogue, CataloguePage) and catalogue.proxy.rowCount() > 3

    pick(window, SECOND)
    assert window.page_context().catalogue is second
