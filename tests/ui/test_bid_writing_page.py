"""The bid-writing page: questions added and imported, answers counted live, saved, restored."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.bid_question_records import load_questions, save_question
from desktop.core.bid_questions import BidQuestion, Column, LimitUnit, Status
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import save_opportunity
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.bid_writing import BidWritingPage

PASTE = ("Tŷ <b>&</b> “smart” 🙂 ŵ ŷ\u00ad\t" * 400)[:10_000]


@pytest.fixture
def page(qtbot: QtBot, window: MainWindow) -> BidWritingPage:
    assert window.workspace is not None and window.organisation is not None
    save_opportunity(window.workspace.database, window.organisation.id,
                     OpportunityInfo(None, "Accommodation <Wales> & more", "RPD-1"))
    window.go_to("bid-writing")
    page = window.pages["bid-writing"]
    assert isinstance(page, BidWritingPage)
    return page


def visible_alt_keys(page: QWidget) -> list[str]:
    import re

    keys = []
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        text = widget.text() if isinstance(widget, QAbstractButton) or widget.buddy() else ""
        if widget.isVisible() and (match := re.search(r"&([^&\s])", text.replace("&&", ""))):
            keys.append(match.group(1).lower())
    return keys


def stored(page: BidWritingPage) -> list[Any]:
    assert page.opportunity_id is not None
    return load_questions(page.context.database, page.opportunity_id)


def test_a_question_is_written_counted_and_restored(qtbot: QtBot, page: BidWritingPage,
                                                    qtmodeltester: Any) -> None:
    assert page.empty.isVisible() and not page.details.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.text.hasFocus()
    page.text.setPlainText("Describe your service <b>&</b>")
    page.limit.setValue(5)
    page.weighting.setValue(12.5)
    page.answer.setFocus()
    qtbot.keyClicks(page.answer, "one two three four five six")
    assert page.count.text() == "⚠ 6 of 5 words — 1 over the limit"
    page.unit.setCurrentIndex(page.unit.findData(LimitUnit.CHARACTERS.value))
    page.unit.activated.emit(page.unit.currentIndex())
    assert page.count.text().startswith("⚠ 27 of 5 characters")
    page.owner.setText("Siân")
    page.owner.textEdited.emit("Siân")
    page.status.setCurrentIndex(page.status.findData(Status.FINAL.value))
    page.status.activated.emit(page.status.currentIndex())
    [question] = stored(page)
    assert (question.text, question.answer, question.owner, question.status,
            question.weighting, question.limit_unit) == (
        "Describe your service <b>&</b>", "one two three four five six", "Siân", Status.FINAL,
        1250, LimitUnit.CHARACTERS)
    assert "1 of 1 question final" in page.progress.text()
    assert "12.5 %" in page.progress.text() and "Siân: 1" in page.progress.text()
    qtmodeltester.check(page.model)

    page.answer.setPlainText(PASTE)  # a long paste from Word, saved exactly
    assert page.flush_edits()
    assert stored(page)[0].answer == PASTE
    dialog = page.show_history()
    assert dialog is not None and dialog.list.count() == 1  # typing within minutes: one draft
    page.answer.setPlainText("Older wording")
    page._save(keep_version=True)
    dialog = page.show_history()
    assert dialog is not None and dialog.list.count() == 2
    dialog.list.setCurrentRow(1)
    dialog.restore_button.click()
    assert page.answer.toPlainText() == PASTE and stored(page)[0].answer == PASTE


def test_questions_are_imported_after_a_preview(qtbot: QtBot, page: BidWritingPage,
                                                recorded_dialogs: Any, tmp_path: Path) -> None:
    sheet = tmp_path / "questions.csv"
    sheet.write_text("Ref,Question,Allowed,Weighting\n"
                     "1.1,Tell us about Tŷ <b>&</b>,300,20%\n,,,\n"
                     "1.2,Safeguarding (max 500 words),,\n", encoding="utf-8")
    recorded_dialogs.files = [sheet]
    page.import_button.click()
    importer = page.importer
    assert importer is not None and page.views.currentWidget() is importer
    assert importer.chosen() == {Column.NUMBER: 0, Column.TEXT: 1, Column.WEIGHTING: 3}
    assert importer.found.text() == "2 questions found"
    importer.choose(Column.LIMIT, 2)
    keys = visible_alt_keys(page)  # the questions are out of sight (their keys do nothing)
    assert "h" in keys and len(keys) == len(set(keys))
    assert stored(page) == []  # nothing saved before Save
    importer.save.click()
    first, second = stored(page)
    assert (first.number, first.text, first.limit, first.weighting) == (
        "1.1", "Tell us about Tŷ <b>&</b>", 300, 2000)
    assert (second.number, second.limit) == ("1.2", 500)
    assert page.importer is None and page.model.rowCount() == 2
    assert page.window().statusBar().currentMessage() == "2 questions imported."


def test_a_bad_file_is_refused_and_nothing_saved(page: BidWritingPage, recorded_dialogs: Any,
                                                 tmp_path: Path) -> None:
    macro = tmp_path / "questions.xlsm"
    macro.write_bytes(b"PK")
    recorded_dialogs.files = [macro]
    page.import_button.click()
    assert recorded_dialogs.shown[-1][:2] == ("error", "These questions cannot be imported")
    assert "macros" in recorded_dialogs.shown[-1][2]
    assert page.importer is None and stored(page) == []


def test_the_check_lists_problems_that_open_their_question(page: BidWritingPage) -> None:
    page.add_button.click()
    page.add_button.click()
    page.answer.setPlainText("Answered")
    page.status.setCurrentIndex(page.status.findData(Status.FINAL.value))
    page.status.activated.emit(page.status.currentIndex())
    found = page.check()
    assert [p.text for p in found] == ["Question 1: not answered yet.",
                                       "No lots are chosen for this bid (on the opportunity).",
                                       "The trustees' decision to bid is not recorded (on the "
                                       "opportunity).",
                                       "No submission deadline is recorded (on the "
                                       "opportunity)."]
    assert page.problems.isVisible() and page.problems.hasFocus()
    page.problems.itemActivated.emit(page.problems.item(0))
    assert page.current == 0 and page.answer.hasFocus()
    page.problems.itemActivated.emit(page.problems.item(1))  # another page: opened there
    window = page.window()
    assert isinstance(window, MainWindow) and window.current_page_key() == "opportunities"


def test_an_attachment_is_chosen_and_checked_against_the_deadline(
        page: BidWritingPage, tmp_path: Path) -> None:
    from datetime import UTC, date, datetime

    from desktop.core.evidence import EvidenceDetails
    from desktop.core.evidence_records import add_evidence
    from desktop.core.opportunities import MilestoneInfo
    from desktop.core.opportunity_records import load_opportunity

    context = page.context
    policy = tmp_path / "insurance.pdf"
    policy.write_bytes(b"%PDF-1.4 cover")
    document = add_evidence(context.database, context.evidence_folder, context.organisation.id,
                            policy, EvidenceDetails("Insurance <cover> & co",
                                                    valid_until=date(2030, 1, 1)))
    assert page.opportunity_id is not None
    opportunity = load_opportunity(context.database, page.opportunity_id)
    save_opportunity(context.database, context.organisation.id, replace(
        opportunity, milestones=(MilestoneInfo("submission", "Submission",
                                               datetime(2031, 1, 1, 12, tzinfo=UTC)),)))
    page.add_button.click()
    page.attachment.setChecked(True)
    assert any("needs an attachment" in p.text for p in page.check())
    page.document.setCurrentIndex(page.document.findData(document.id))
    page.document.activated.emit(page.document.currentIndex())
    assert stored(page)[0].attachment_id == document.id
    assert any("expires on 1 January 2030, before the deadline" in p.text
               and "Insurance <cover> & co" in p.text for p in page.check())


def test_a_word_document_s_questions_are_shown_before_saving(
        page: BidWritingPage, recorded_dialogs: Any, tmp_path: Path) -> None:
    from tests.reports.test_question_documents import buyer_document

    recorded_dialogs.files = [buyer_document(tmp_path / "questions.docx")]
    page.import_button.click()
    importer = page.importer
    assert importer is not None and importer.found.text() == "4 questions found"
    assert stored(page) == []  # shown for confirmation: nothing saved yet
    importer.save.click()
    assert [(q.number, q.limit) for q in stored(page)] == [
        ("3.1", 500), ("3.2", 2000), ("3", None), ("4", 300)]


def test_with_no_questions_there_is_no_blank_progress_line(page: BidWritingPage) -> None:
    assert page.empty.isVisibleTo(page) and not page.progress.isVisibleTo(page)
    save_question(page.context.database, page.opportunity_id or 0,
                  BidQuestion(None, "1", "Describe your service"))
    page.load()
    assert page.progress.isVisibleTo(page) and "0 of 1 question final" in page.progress.text()
