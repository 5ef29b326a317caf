"""From a problem to its fix, and Find: every "go there" opens its page at the very place (the
question with the keyboard in it, the document, the step, the task), Ctrl+F finds what was typed
and opens it, and the Edit menu acts on the box being typed in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.answer_records import save_answer
from desktop.core.evidence import EvidenceDetails
from desktop.core.evidence_records import add_evidence
from desktop.core.journey import StepState, StepStatus
from desktop.core.journey_records import save_step
from desktop.core.opportunities import OpportunityInfo, TaskInfo
from desktop.core.opportunity_records import save_opportunity, save_task
from desktop.core.qualification import PROFILE, QUESTIONNAIRE
from desktop.core.supply_chain import PartnerInfo
from desktop.core.supply_chain_records import save_partner
from desktop.core.targets import Target
from desktop.ui.find import FindDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.lots import LotsPage
from desktop.ui.questionnaire.page import QuestionnairePage
from tests.ui.dashboard_helpers import shown_dashboard


@pytest.fixture(autouse=True)
def active(qtbot: QtBot, window: MainWindow) -> None:
    """The keyboard focus is only given to widgets of the active window, as on a desktop."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def db(window: MainWindow) -> Any:
    assert window.workspace is not None
    return window.workspace.database


def org(window: MainWindow) -> int:
    assert window.organisation is not None
    return window.organisation.id


def in_question(window: MainWindow, page_key: str, field: str) -> bool:
    """The window shows `page_key`, and the keyboard is in the answer to `field`, on screen."""
    qtbot_wait()
    page = window.pages[page_key]
    assert window.current_page_key() == page_key
    assert isinstance(page, QuestionnairePage)
    editor = page.editors.get(field)
    widget = editor.input if editor is not None else page.profile_values[field].value
    scroll = page.stack.currentWidget()
    shown = widget.visibleRegion().boundingRect()
    return (focused() is widget or widget.isAncestorOf(focused())) and not shown.isEmpty() \
        and scroll.isAncestorOf(widget)


def qtbot_wait() -> None:
    for _ in range(3):
        QApplication.processEvents()


# -- the lots page: a reason's button opens the question --------------------------------
def fix_buttons(page: LotsPage) -> dict[str, QPushButton]:
    return {button.text(): button for button in page.fix_buttons}


def test_a_not_eligible_reason_opens_the_question_that_puts_it_right(
        window: MainWindow, settle: Callable[[MainWindow], None]) -> None:
    window.go_to("lots")
    page = window.pages["lots"]
    assert isinstance(page, LotsPage)
    settle(window)
    buttons = fix_buttons(page)  # the first lot: Accommodation in the North East
    assert list(buttons)[:2] == ["Go to \u201cServices you deliver\u201d",
                                 "Go to \u201cRegions you work in\u201d"]
    buttons["Go to \u201cRegions you work in\u201d"].click()
    assert in_question(window, "profile", "regions")
    window.go_to("lots")
    settle(window)
    questionnaire = next(b for text, b in fix_buttons(page).items()
                         if "How you are applying" in text)
    questionnaire.click()  # "Not qualified yet: selection questionnaire … incomplete"
    assert in_question(window, "questionnaire", "bidding_as")


def test_an_out_of_date_document_opens_in_the_evidence_library(
        window: MainWindow, tmp_path: Path, settle: Callable[[MainWindow], None]) -> None:
    certificate = tmp_path / "insurance.pdf"
    certificate.write_bytes(b"old certificate")
    document = add_evidence(db(window), window.workspace.evidence_folder, org(window),
                            certificate, EvidenceDetails("Insurance 2025",
                                                         valid_until=date(2025, 6, 1)))
    window.go_to("lots")
    page = window.pages["lots"]
    assert isinstance(page, LotsPage)
    page.refresh()
    settle(window)
    fix_buttons(page)["Go to the document in the evidence library"].click()
    evidence = window.pages["evidence"]
    assert window.current_page_key() == "evidence"
    assert evidence.documents[evidence.current][0].id == document.id  # type: ignore[attr-defined]


def test_a_partner_only_reason_opens_the_partners(
        window: MainWindow, settle: Callable[[MainWindow], None]) -> None:
    save_answer(db(window), org(window), PROFILE, "categories", ["FSO", "LA"])
    save_answer(db(window), org(window), PROFILE, "regions", ["D"])
    window.go_to("lots")
    page = window.pages["lots"]
    assert isinstance(page, LotsPage)
    page.refresh()
    settle(window)
    row = next(r for r in range(page.list_model.rowCount())
               if page.list_model.row(r).lot.code == "PW-gwent")
    page.lots.selectRow(row)
    fix_buttons(page)["Go to your partners"].click()
    assert window.current_page_key() == "partners"


# -- the dashboard's next step -------------------------------------------------------------
def test_next_opens_the_question_it_names(qtbot: QtBot, window: MainWindow) -> None:
    dashboard = shown_dashboard(qtbot, window)
    assert dashboard.next_button.text() == 'Next: Organisation profile: finish "Who you are"'
    dashboard.next_button.click()
    assert in_question(window, "profile", "legal_form")  # the first question still to do
    for key, raw in {"legal_form": "cio", "registered_address": "1 High St\nCardiff",
                     "postcode": "CF10 1AA"}.items():
        save_answer(db(window), org(window), PROFILE, key, raw)
    shown_dashboard(qtbot, window)
    assert dashboard.next_button.text() == 'Next: Organisation profile: finish "Who to contact"'
    dashboard.next_button.click()
    assert in_question(window, "profile", "contact_name")


def test_next_opens_the_questionnaire_section_and_question(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    from desktop.core.sample import load_sample

    for form, answers in load_sample()["answers"].items():
        if form == PROFILE:
            for key, raw in answers.items():
                save_answer(db(window), org(window), form, key, raw)
    dashboard = shown_dashboard(qtbot, window, again=True)  # read what was saved meanwhile
    assert dashboard.next_button.text().startswith("Next: Selection questionnaire: finish")
    dashboard.next_button.click()
    page = window.pages["questionnaire"]
    assert isinstance(page, QuestionnairePage)
    target = dashboard.next_target
    assert target is not None and target.section and target.field
    assert page.form.sections[page.sections.currentIndex().row()].key == target.section
    assert in_question(window, "questionnaire", target.field)


# -- Find ---------------------------------------------------------------------------------
def find(qtbot: QtBot, window: MainWindow, words: str) -> FindDialog:
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.box
    QTest.keyClicks(dialog.box, words)
    qtbot.waitUntil(lambda: not dialog.timer.isActive())
    return dialog


def test_ctrl_f_finds_an_answer_and_enter_opens_its_question(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    save_answer(db(window), org(window), QUESTIONNAIRE, "safeguarding",
                "Every volunteer is DBS checked before meeting anyone.")
    window.sidebar.setFocus()
    dialog = find(qtbot, window, "volunteer dbs")
    assert dialog.results.count() == 1
    assert dialog.results.item(0).text().startswith(
        "How do you keep the people you work with safe?\nSelection questionnaire › ")
    assert dialog.count.text() == "1 result"
    QTest.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(window.isActiveWindow)  # back in the window, at the question
    assert in_question(window, "questionnaire", "safeguarding")


def test_find_opens_a_task_a_step_a_partner_and_a_document(qtbot: QtBot, window: MainWindow,
                                                           tmp_path: Path) -> None:
    opportunity = save_opportunity(db(window), org(window),
                                   OpportunityInfo(None, "Kingfisher")).id
    task = save_task(db(window), opportunity, TaskInfo(None, "Ring the pelican",
                                                       due=date.today() - timedelta(days=2))).id
    partner = save_partner(db(window), org(window), PartnerInfo(None, "Heron Trust")).id
    catalogue = window.catalogue
    assert catalogue is not None
    step = catalogue.portal_steps[3]
    save_step(db(window), org(window), catalogue.framework.code,
              StepState(4, step, StepStatus.IN_PROGRESS, notes="Webinar with the ocelot"),
              date.today())
    policy = tmp_path / "policy.pdf"
    policy.write_bytes(b"policy")
    document = add_evidence(db(window), window.workspace.evidence_folder, org(window), policy,
                            EvidenceDetails("Walrus policy"))
    window.sidebar.setFocus()
    dialog = find(qtbot, window, "pelican")
    assert dialog.target_of(0) == Target("opportunities", item=opportunity, task=task)
    QTest.keyClick(dialog.box, Qt.Key.Key_Return)
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.pages["opportunities"].editor  # type: ignore[attr-defined]
    assert editor.current.id == opportunity
    assert focused() is editor.task_list
    chosen = editor.task_list.currentItem()
    assert chosen.data(Qt.ItemDataRole.UserRole).id == task
    assert chosen.text().startswith("⚠ Overdue — Ring the pelican")  # flagged in words
    for words, page_key in (("ocelot", "journey"), ("heron", "partners"),
                            ("walrus", "evidence")):
        window.sidebar.setFocus()
        dialog = find(qtbot, window, words)  # the last search's words are chosen: replaced
        assert dialog.box.text() == words
        QTest.keyClick(dialog.box, Qt.Key.Key_Return)
        assert window.current_page_key() == page_key
        qtbot.waitUntil(window.isActiveWindow)
    journey = window.pages["journey"]
    assert journey.steps[journey.current].step.code == step.code  # type: ignore[attr-defined]
    partners = window.pages["partners"]
    assert partners.current.id == partner  # type: ignore[attr-defined]
    evidence = window.pages["evidence"]
    assert evidence.documents[evidence.current][0].id == document.id  # type: ignore[attr-defined]


def test_hostile_text_is_found_and_shown_as_plain_text(qtbot: QtBot, window: MainWindow) -> None:
    hostile = "<b>Bold</b> & <i>Tŷ</i> \"Ŵyn\" 🙂 <script>alert(1)</script>"
    save_answer(db(window), org(window), PROFILE, "services_summary", hostile)
    window.sidebar.setFocus()
    dialog = find(qtbot, window, "")
    dialog.box.insert("tŷ ŵyn")  # QTest cannot type letters outside Latin-1
    dialog.run()
    text = dialog.results.item(0).text()
    assert text.endswith(hostile)  # the excerpt exactly as typed, not read as markup
    dialog.box.selectAll()
    QTest.keyClicks(dialog.box, "\"<b>&amp; NOT (")
    dialog.run()  # no error, whatever is typed
    dialog.box.clear()
    dialog.run()
    assert dialog.count.text() == "Type a word or two to look for."


def test_find_says_when_nothing_is_found(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.setFocus()
    dialog = find(qtbot, window, "giraffe")
    assert dialog.count.text() == "0 results"
    assert dialog.results.item(0).text() == "Nothing found for \u201cgiraffe\u201d."
    assert not dialog.open_button.isEnabled()


# -- the Edit menu ----------------------------------------------------------------------
def test_the_edit_menu_acts_on_the_box_being_typed_in(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("profile")
    page = window.pages["profile"]
    assert isinstance(page, QuestionnairePage)
    trading, website = (page.editors[key].input for key in ("trading_name", "website"))
    assert isinstance(trading, QLineEdit) and isinstance(website, QLineEdit)
    trading.setFocus()
    QTest.keyClicks(trading, "Riverside")
    trading.selectAll()
    menu = window.edit_menu
    menu.menu.aboutToShow.emit()
    assert menu.actions["copy"].isEnabled() and menu.actions["cut"].isEnabled()
    menu.actions["copy"].trigger()
    website.setFocus()
    menu.menu.aboutToShow.emit()
    assert not menu.actions["copy"].isEnabled()  # nothing chosen in this box
    menu.actions["paste"].trigger()
    assert website.text() == "Riverside"
    menu.menu.aboutToShow.emit()
    menu.actions["undo"].trigger()
    assert website.text() == ""
    window.sidebar.setFocus()  # not a box: nothing to cut or paste
    menu.menu.aboutToShow.emit()
    assert not any(action.isEnabled() for action in menu.actions.values())
    assert menu.find_action.shortcut().toString() == "Ctrl+F"


# -- small things the laptop review found -----------------------------------------------
def test_the_framework_page_has_its_title(window: MainWindow) -> None:
    window.go_to("framework")
    titles = [label.text() for label in window.pages["framework"].findChildren(QLabel)
              if label.objectName() == "page-title"]
    assert titles == ["Framework guide"]


def test_the_lots_chooser_narrows_and_shows_the_ticked(qtbot: QtBot, window: MainWindow) -> None:
    window.go_to("opportunities")
    editor = window.pages["opportunities"].editor  # type: ignore[attr-defined]
    editor.lot_filter.setText("women wales")
    shown = [editor.lots.item(row).text() for row in range(editor.lots.count())
             if not editor.lots.item(row).isHidden()]
    assert shown == ["Women's Services for North Wales", "Women's Services for South Wales"]
    editor.lots.item(editor.lots.row(next(
        editor.lots.item(r) for r in range(editor.lots.count())
        if editor.lots.item(r).text() == "Women's Services for Gwent"))).setCheckState(
            Qt.CheckState.Checked)
    editor.lot_filter.clear()
    editor.ticked_only.setChecked(True)
    shown = [editor.lots.item(row).text() for row in range(editor.lots.count())
             if not editor.lots.item(row).isHidden()]
    assert shown == ["Women's Services for Gwent"]
    assert editor.lots_shown.text() == "1 ticked · 1 of 109 shown"


def test_a_document_without_dates_is_not_called_in_date(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path) -> None:
    from desktop.ui.pages.evidence import EvidencePage

    accounts = tmp_path / "accounts.pdf"
    accounts.write_bytes(b"accounts")
    add_evidence(db(window), window.workspace.evidence_folder, org(window), accounts,
                 EvidenceDetails("Accounts 2025"))
    insurance = tmp_path / "insurance.pdf"
    insurance.write_bytes(b"insurance")
    add_evidence(db(window), window.workspace.evidence_folder, org(window), insurance,
                 EvidenceDetails("Insurance", valid_until=date(2030, 3, 31)))
    window.go_to("evidence")
    page = window.pages["evidence"]
    assert isinstance(page, EvidencePage)
    status = {page.model.index(row, 0).data(): page.model.index(row, 4).data()
              for row in range(page.model.rowCount())}
    assert status == {"Accounts 2025": "No expiry date recorded",
                      "Insurance": "✓ In date until 31 March 2030"}
    dashboard = shown_dashboard(qtbot, window)
    assert "evidence asked for, in date: 0 of 3" in dashboard.ready.accessibleName()  # none linked
    assert dashboard.bars["evidence"].text() == "0 of 3"
