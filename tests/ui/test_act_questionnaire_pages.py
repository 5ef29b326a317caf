"""The questionnaire pages follow the chosen framework's regime: the selection questionnaire
under PCR 2015 (the PSDF); the Procurement Specific Questionnaire and the Act's exclusions under
the Procurement Act 2023 (CAS). Switching shows the other regime's pages and loses no answer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app.first_paint import first_paint
from desktop.app.workspace import Workspace
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.form_codes import ACT_EXCLUSIONS, PSQ, QUESTIONNAIRE
from desktop.core.organisation import OrganisationInfo
from desktop.core.supplier_route import Registration, ShareCode, shipped_route
from desktop.core.supplier_route_records import save_registration, save_share_code
from desktop.core.targets import Target
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
    save_answer(workspace.database, organisation.id, PSQ, "psq_debarment_checked", True)

    window.choose_framework(PSDF)
    assert window.current_page_key() == "questionnaire"
    assert "psq" not in window.pages
    assert load_answers(workspace.database, organisation.id, QUESTIONNAIRE,
                        PSDF)["sq_contact_name"] == HOSTILE
    assert load_answers(workspace.database, organisation.id, PSQ, CAS)[
        "psq_debarment_checked"] is True  # kept while not shown
    window.choose_framework(CAS)
    assert load_answers(workspace.database, organisation.id, QUESTIONNAIRE,
                        CAS)["sq_contact_name"] == HOSTILE


def test_the_psq_shows_the_registration_read_only_and_opens_its_page(
        qtbot: QtBot, window: MainWindow, workspace: Workspace,
        organisation: OrganisationInfo) -> None:
    """The PPON, date confirmed and share codes are asked once, on the Supplier registration
    page: the PSQ's platform section shows them from there, and its button opens that page."""
    route = shipped_route()
    save_registration(workspace.database, organisation.id, route, Registration(
        ppon="PZPR-8554-XHNX", confirmed_on=date(2026, 9, 14), version=None), date.today())
    save_share_code(workspace.database, organisation.id, route, ShareCode(
        None, "Ab12Cd34", HOSTILE, "CAS", given_on=date(2026, 10, 1)), date.today())
    window.choose_framework(CAS)
    window.go_to("psq")
    page = window.pages["psq"]
    assert isinstance(page, QuestionnairePage)
    page.open_target(Target("psq", section="platform"))
    summary = page.registration
    assert summary is not None and summary.isVisible()
    assert not {"psq_ppon", "psq_confirmed_on", "psq_share_code"} & set(page.editors)
    assert summary.ppon.text() == "PZPR-8554-XHNX"
    assert summary.confirmed.text() == "14 September 2026"
    assert summary.share_codes.text() == f"Ab12Cd34 to {HOSTILE} (CAS), 1 October 2026"
    assert summary.ppon.accessibleName() == "PPON: PZPR-8554-XHNX"
    assert summary.open_button.accessibleName() == "Open Supplier registration"
    qtbot.mouseClick(summary.open_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "supplier-route"
    save_registration(workspace.database, organisation.id, route, Registration(
        ppon="PABC-1234-WXYZ", version=None), date.today())
    window.go_to("psq")  # shown again: read again
    assert summary.ppon.text() == "PABC-1234-WXYZ" and summary.confirmed.text() == "not recorded"


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
