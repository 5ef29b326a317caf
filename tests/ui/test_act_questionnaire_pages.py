"""The questionnaire pages follow the chosen framework's regime: the selection questionnaire
under PCR 2015 (the PSDF); the Procurement Specific Questionnaire and the Act's exclusions under
the Procurement Act 2023 (CAS). Switching shows the other regime's pages and loses no answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.app.first_paint import first_paint
from desktop.app.workspace import Workspace
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.form_codes import ACT_EXCLUSIONS, PSQ, QUESTIONNAIRE
from desktop.core.organisation import OrganisationInfo
from desktop.ui.app import settings
from desktop.ui.main_window import MainWindow
from desktop.ui.questionnaire.page import QuestionnairePage
from desktop.ui.shortcuts import page_keys
from tests.packs import CAS, PSDF

HOSTILE = "<b>Tŷ & \"Ŵyn\"</b> 😀"


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace,
           organisation: OrganisationInfo) -> Iterator[MainWindow]:
    window = MainWindow(settings())
    qtbot.addWidget(window)
    window.show()
    window.attach(first_paint(workspace))
    yield window


def sidebar(window: MainWindow) -> list[str]:
    return [str(window.sidebar.item(row).text()) for row in range(window.sidebar.count())]


def test_pcr_framework_shows_the_selection_questionnaire_only(window: MainWindow) -> None:
    assert window.workspace is not None and window.workspace.framework_code == PSDF
    assert "questionnaire" in window.pages
    assert "psq" not in window.pages and "exclusions" not in window.pages
    assert "Selection questionnaire" in sidebar(window)


def test_act_framework_shows_the_psq_and_exclusions_and_keeps_every_answer(
        qtbot: QtBot, window: MainWindow, workspace: Workspace,
        organisation: OrganisationInfo) -> None:
    save_answer(workspace.database, organisation.id, QUESTIONNAIRE, "sq_contact_name", HOSTILE)
    window.go_to("questionnaire")
    window.choose_framework(CAS)
    assert workspace.framework_code == CAS
    assert "questionnaire" not in window.pages
    names = sidebar(window)
    assert names.index("Organisation profile") + 1 == names.index("Questionnaire (PSQ)")
    assert names.index("Questionnaire (PSQ)") + 1 == names.index("Exclusions")
    assert window.current_page_key() == "psq"  # the page in the questionnaire's place
    page = window.pages["psq"]
    assert isinstance(page, QuestionnairePage) and page.form.code == PSQ
    window.go_to("exclusions")
    exclusions = window.pages["exclusions"]
    assert isinstance(exclusions, QuestionnairePage) and exclusions.form.code == ACT_EXCLUSIONS
    save_answer(workspace.database, organisation.id, PSQ, "psq_share_code", "ABC123")

    window.choose_framework(PSDF)
    assert window.current_page_key() == "questionnaire"
    assert "psq" not in window.pages
    assert load_answers(workspace.database, organisation.id, QUESTIONNAIRE,
                        PSDF)["sq_contact_name"] == HOSTILE
    assert load_answers(workspace.database, organisation.id, PSQ, CAS)["psq_share_code"] \
        == "ABC123"  # kept while not shown
    window.choose_framework(CAS)
    assert load_answers(workspace.database, organisation.id, QUESTIONNAIRE,
                        CAS)["sq_contact_name"] == HOSTILE


def test_every_page_keeps_a_key_under_the_act(window: MainWindow) -> None:
    window.choose_framework(CAS)
    keys = [str(window.sidebar.item(row).data(256)) for row in range(window.sidebar.count())]
    shortcuts = page_keys(keys)
    assert shortcuts["psq"] == "Ctrl+3" and shortcuts["exclusions"] == "Ctrl+4"
    assert shortcuts["reports"] == "Ctrl+Shift+R"  # eleventh here
    assert set(shortcuts) == set(keys) and len(set(shortcuts.values())) == len(keys)


def test_the_working_on_box_is_wide_enough_for_the_framework_name(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.framework_chooser import FrameworkChooser

    window = QMainWindow()  # as the window places it: in the menu bar's corner, filled later
    qtbot.addWidget(window)
    window.menuBar().addMenu("&File")
    chooser = FrameworkChooser()
    window.menuBar().setCornerWidget(chooser, Qt.Corner.TopRightCorner)
    window.show()
    qtbot.waitExposed(window)
    chooser.show_frameworks([(CAS, "Community Accommodation Services open framework"),
                             (PSDF, "Probation Services Dynamic Framework")], CAS)
    qtbot.wait(10)
    assert chooser.box.width() >= chooser.box.sizeHint().width()  # not cut short to "Commun"
