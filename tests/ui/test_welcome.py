"""First run: create the organisation (checked as it is typed) or open the sample charity."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.workspace import Workspace
from desktop.core.organisation_records import create_organisation, current_organisation
from desktop.store import models
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.welcome import WelcomePage
from tests.ui.conftest import DialogRecorder


def sidebar_titles(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_first_run_shows_only_the_welcome_page(first_run_window: MainWindow) -> None:
    assert list(first_run_window.pages) == ["welcome"]
    assert not first_run_window.sidebar.isVisible()
    assert first_run_window.windowTitle() == "Framework Ready"
    page = first_run_window.pages["welcome"]
    assert isinstance(page, WelcomePage)
    assert first_run_window.focusWidget() is page.name_edit  # type straight away


def test_bad_charity_number_is_explained_and_blocks_create(
        qtbot: QtBot, first_run_window: MainWindow) -> None:
    page = first_run_window.pages["welcome"]
    assert isinstance(page, WelcomePage)
    assert not page.create_button.isEnabled()  # nothing typed yet
    qtbot.keyClicks(page.name_edit, "Smith & Sons <Trust>")
    assert page.create_button.isEnabled()
    qtbot.keyClicks(page.charity_edit, "12")
    message = page.errors["charity_number"]
    assert message.isVisible() and "does not look like a charity number" in message.text()
    assert "charity number" in page.charity_edit.accessibleDescription()
    assert not page.create_button.isEnabled()
    qtbot.keyClick(page.charity_edit, Qt.Key.Key_Return)  # Enter must not save bad input
    assert current_organisation(first_run_window.workspace.database) is None


def test_create_by_keyboard_opens_the_working_pages(qtbot: QtBot,
                                                    first_run_window: MainWindow) -> None:
    page = first_run_window.pages["welcome"]
    assert isinstance(page, WelcomePage)
    qtbot.keyClicks(page.name_edit, '"Hope" & Co <b>')
    page.name_edit.home(False)
    page.name_edit.insert("Tŷ Ŵyn ")  # QTest cannot type letters outside Latin-1
    qtbot.keyClicks(page.charity_edit, "sc012345")
    qtbot.keyClick(page.charity_edit, Qt.Key.Key_Return)
    organisation = current_organisation(first_run_window.workspace.database)
    assert organisation is not None
    assert organisation.name == 'Tŷ Ŵyn "Hope" & Co <b>'
    assert organisation.charity_number == "SC012345"
    assert sidebar_titles(first_run_window) == [
        "Dashboard", "Organisation profile", "Selection questionnaire", "Portal journey",
        "Evidence library", "Qualification result", "Where you can bid", "Opportunities",
        "Partners", "Reports", "Bid writing", "Costing",
        "Settings", "Catalogue", "Framework guide", "Frameworks"]
    profile = first_run_window.pages["profile"]
    assert profile.editors["legal_name"].raw() == 'Tŷ Ŵyn "Hope" & Co <b>'
    assert profile.editors["charity_number"].raw() == "SC012345"
    assert first_run_window.windowTitle() == 'Framework Ready — Tŷ Ŵyn "Hope" & Co <b>'
    assert first_run_window.current_page_key() == "profile"


def test_a_colleague_who_set_up_first_is_opened_and_told(
        qtbot: QtBot, first_run_window: MainWindow, recorded_dialogs: DialogRecorder) -> None:
    page = first_run_window.pages["welcome"]
    assert isinstance(page, WelcomePage)
    qtbot.keyClicks(page.name_edit, "Our Trust")
    # meanwhile, on the same team database, a colleague's first run saves theirs
    colleague = create_organisation(first_run_window.workspace.database, "Bethan & Co <b>")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert current_organisation(first_run_window.workspace.database) == colleague
    with first_run_window.workspace.database.sessions() as session:
        assert session.query(models.Organisation).count() == 1  # ours was not added beside it
    assert recorded_dialogs.shown == [("explain", "Already set up", (
        "Someone else has just set up Bethan & Co <b> in this database, so Framework Ready "
        "opens that. What you typed was not saved."))]
    assert first_run_window.windowTitle() == "Framework Ready — Bethan & Co <b>"


def test_sample_charity(qtbot: QtBot, first_run_window: MainWindow) -> None:
    page = first_run_window.pages["welcome"]
    assert isinstance(page, WelcomePage)
    qtbot.mouseClick(page.sample_button, Qt.MouseButton.LeftButton)
    organisation = current_organisation(first_run_window.workspace.database)
    assert organisation is not None and organisation.is_sample
    assert "sample charity" in first_run_window.windowTitle()
    assert "catalogue" in first_run_window.pages


def test_problems_and_status_messages_are_said_to_screen_readers(
        qtbot: QtBot, first_run_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import qt_helpers

    said: list[str] = []
    monkeypatch.setattr(qt_helpers, "announcer", lambda _widget, text: said.append(text))
    page = first_run_window.stack.currentWidget()
    qtbot.keyClicks(page.name_edit, "Hope & Co")
    qtbot.keyClicks(page.charity_edit, "12")
    qtbot.keyClick(page.charity_edit, Qt.Key.Key_Return)
    assert any("charity number" in text.lower() for text in said)  # the problem, in words
    count = len(said)
    qtbot.keyClicks(page.charity_edit, "3")  # the same problem again: not said again
    assert len(said) == count
    first_run_window.statusBar().showMessage("Backup made.")
    assert said[-1] == "Backup made."


def test_the_welcome_names_every_framework_pack_loaded(qtbot: QtBot,
                                                      workspace: Workspace) -> None:
    """The frameworks come from the packs, not the code: a second pack shows with no change."""
    from desktop.app.workspace import sync_packs
    from tests.packs import SECOND_PACK
    from tests.ui.conftest import shown_window

    assert sync_packs(workspace, [SECOND_PACK]) == []
    window = shown_window(qtbot, workspace)
    page = window.pages["welcome"]
    assert isinstance(page, WelcomePage)
    lines = page.frameworks.text().splitlines()
    assert [line.split(" — ")[0] for line in lines] == [
        f"• {info.name}" for info in workspace.frameworks()]
    assert len(lines) == 3 and any("Riverbank" in line for line in lines)
    assert "• Probation Services Dynamic Framework — Ministry of Justice" in page.frameworks.text()
    assert page.frameworks.text().count("; PCR 2015") == 1
    assert page.frameworks.text().count("; Procurement Act 2023") == 2  # CAS and the test one
