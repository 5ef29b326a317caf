"""The portal journey and evidence library pages, driven as a person would."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.evidence_records import list_evidence
from desktop.core.journey import StepStatus
from desktop.core.journey_records import load_journey
from desktop.core.targets import ATTENTION
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.evidence import EvidencePage, EvidenceTableModel
from desktop.ui.pages.journey import JourneyPage, StepTableModel


def journey_page(window: MainWindow) -> JourneyPage:
    window.go_to("journey")
    page = window.pages["journey"]
    assert isinstance(page, JourneyPage)
    return page


def evidence_page(window: MainWindow) -> EvidencePage:
    window.go_to("evidence")
    page = window.pages["evidence"]
    assert isinstance(page, EvidencePage)
    return page


def stored_steps(window: MainWindow) -> list[Any]:
    assert window.workspace and window.organisation and window.catalogue
    return load_journey(window.workspace.database, window.organisation.id, window.catalogue)


def test_marking_a_step_done_saves_it_with_today_and_moves_readiness(
        qtbot: QtBot, window: MainWindow, qtmodeltester: Any) -> None:
    page = journey_page(window)
    qtmodeltester.check(page.model)
    assert page.next_action.text() == 'Next: Organisation profile: finish "Who you are"'
    before = page.readiness.text()
    page.status.setCurrentIndex(page.status.findData(StepStatus.DONE.value))
    page.status.activated.emit(page.status.currentIndex())
    step = stored_steps(window)[0]
    assert step.status is StepStatus.DONE and step.done_on == date.today()
    assert page.model.data(page.model.index(0, 2)) == "Done"
    assert page.readiness.text() != before and "portal journey 11%" in page.readiness.text()


def test_notes_and_a_bad_date_on_a_step(qtbot: QtBot, window: MainWindow,
                                        hostile_texts: list[str]) -> None:
    page = journey_page(window)
    page.table.selectRow(2)
    page.notes.setPlainText(hostile_texts[0])
    assert page.flush_edits()
    assert stored_steps(window)[2].notes == hostile_texts[0]
    page.done_on.setText("the day after tomorrow")
    page.done_on.textEdited.emit(page.done_on.text())
    page.flush_edits()
    assert "does not look like a date" in page.problem.text()
    assert stored_steps(window)[2].done_on is None
    assert page.done_on.text() == "the day after tomorrow"  # nothing typed is thrown away
    page.done_on.setText("01/01/2099")
    page.done_on.textEdited.emit(page.done_on.text())
    page.flush_edits()
    assert "cannot be in the future" in page.problem.text()


def test_the_portal_link_opens_only_when_clicked(qtbot: QtBot, window: MainWindow,
                                                 recorded_dialogs: Any) -> None:
    page = journey_page(window)
    assert recorded_dialogs.opened == []
    page.table.selectRow(0)
    assert page.link.isVisibleTo(page)
    qtbot.mouseClick(page.link, Qt.MouseButton.LeftButton)
    assert recorded_dialogs.opened == [
        "https://ministryofjusticecommercial.bravosolution.co.uk/web/login.html"]
    page.table.selectRow(6)
    assert not page.link.isVisibleTo(page)
    assert page.check_note.text().startswith("⚠ Not confirmed")


def test_step_model_passes_qt_checks(qtmodeltester: Any, window: MainWindow) -> None:
    qtmodeltester.check(StepTableModel(stored_steps(window)))


def test_adding_dating_and_linking_a_document(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                             recorded_dialogs: Any, qtmodeltester: Any) -> None:
    original = tmp_path / "Safeguarding_policy.pdf"
    original.write_bytes(b"%PDF-1.4 policy")
    page = evidence_page(window)
    recorded_dialogs.files = [original]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    assert page.title.text() == "Safeguarding policy"
    page.title.setText("Safeguarding policy <2026> & annex")
    page.title.textEdited.emit(page.title.text())
    page.dates["valid_until"].setText(f"{date.today():%d/%m/%Y}")
    page.dates["valid_until"].textEdited.emit("")
    assert page.flush_edits()
    assert page.model.data(page.model.index(0, 4)).startswith("⚠ Expires within 30 days")
    assert window.workspace and window.organisation
    [info] = list_evidence(window.workspace.database, window.workspace.evidence_folder,
                           window.organisation.id)
    assert info.title == "Safeguarding policy <2026> & annex"
    assert info.stored.read_bytes() == original.read_bytes()

    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert recorded_dialogs.opened[-1].endswith(info.stored.name)

    window.go_to("profile")
    profile = window.pages["profile"]
    profile.go_to_section(4)
    documents = profile.editors["policy_documents"].input
    assert documents.count() == 1
    assert documents.item(0).text() == "Safeguarding policy <2026> & annex (Other)"
    documents.item(0).setCheckState(Qt.CheckState.Checked)
    assert profile.flush_edits()
    assert profile.own["policy_documents"] == [info.sha256]


def test_the_same_file_twice_and_an_empty_file_are_refused(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, recorded_dialogs: Any) -> None:
    original = tmp_path / "accounts.pdf"
    original.write_bytes(b"accounts")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    page = evidence_page(window)
    assert page.add_file(original) is not None
    assert page.add_file(original) is None
    assert page.add_file(empty) is None
    assert [shown[2] for shown in recorded_dialogs.shown] == [
        'This file is already in your evidence library as "accounts".',
        "empty.pdf is empty (0 bytes). Choose the finished document."]
    assert page.model.rowCount() == 1


def test_a_bad_date_is_pointed_out_and_removing_asks_first(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, recorded_dialogs: Any) -> None:
    original = tmp_path / "insurance.pdf"
    original.write_bytes(b"insurance")
    page = evidence_page(window)
    page.add_file(original)
    page.dates["review_by"].setText("31/13/2026")
    page.dates["review_by"].textEdited.emit("")
    page.flush_edits()
    why = "“31/13/2026” is not a date: there is no month 13"
    assert why in page.problem.text()
    assert why in page.dates["review_by"].accessibleDescription()
    recorded_dialogs.answer = False
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    recorded_dialogs.answer = True
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert original.exists()
    assert not page.details.isEnabled()


def test_evidence_model_passes_qt_checks(qtmodeltester: Any) -> None:
    qtmodeltester.check(EvidenceTableModel([]))


def test_an_empty_library_says_what_to_do_first(qtbot: QtBot, window: MainWindow,
                                                tmp_path: Path, recorded_dialogs: Any) -> None:
    page = evidence_page(window)
    assert page.list_area.currentWidget() is page.empty  # never a blank table
    assert page.empty_card.title() == "No documents yet"
    assert page.empty_text.text().startswith("Your evidence library is empty.")
    assert page.first_button.isVisibleTo(page)
    original = tmp_path / "Insurance_certificate.pdf"
    original.write_bytes(b"%PDF-1.4 insurance")
    recorded_dialogs.files = [original]
    qtbot.mouseClick(page.first_button, Qt.MouseButton.LeftButton)
    assert page.list_area.currentWidget() is page.table and page.model.rowCount() == 1

    page.showing.setCurrentIndex(page.showing.findData(ATTENTION))  # none needs attention
    page.showing.activated.emit(page.showing.currentIndex())
    assert page.list_area.currentWidget() is page.empty
    assert page.empty_card.title() == "Nothing needs attention"
    assert not page.first_button.isVisibleTo(page)
