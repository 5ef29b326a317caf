"""The Reports page: make a PDF in the background, preview, open, print; save a spreadsheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.pages.reports import ReportsPage


@pytest.fixture
def page(window: MainWindow) -> ReportsPage:
    window.go_to("reports")
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    return page


def test_make_preview_open_and_print(qtbot: QtBot, page: ReportsPage, tmp_path: Path,
                                     recorded_dialogs: Any) -> None:
    recorded_dialogs.files = [tmp_path / "pack"]
    with qtbot.waitSignal(page.finished, timeout=20_000) as made:
        qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
        assert not page.make_button.isEnabled()  # a second click cannot start another
    assert made.args == [tmp_path / "pack.pdf"]
    assert "Smith & Sons <Trust>" in PdfReader(tmp_path / "pack.pdf").pages[0].extract_text()
    assert page.progress.value() == 100 and page.status.text().endswith("pack.pdf.")
    assert page.preview.pages.count() == 3
    assert page.settings.value("reports/last-folder") == str(tmp_path)
    page.open_button.click()
    assert recorded_dialogs.opened[-1].endswith("pack.pdf")
    recorded_dialogs.printer_file = tmp_path / "printed.pdf"
    page.print_button.click()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == len(
        PdfReader(tmp_path / "pack.pdf").pages)


def test_cancel_saves_nothing(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    # Cancel pressed the moment it starts, before the worker has drawn anything.
    page.operations.started.connect(lambda _label: page.operations.cancel())
    with qtbot.waitSignal(page.finished, timeout=20_000) as made:
        assert page.make(tmp_path / "cancelled.pdf")
    assert made.args == [None]
    assert page.status.text() == "Cancelled: nothing was saved."
    assert not (tmp_path / "cancelled.pdf").exists()
    assert page.make_button.isEnabled() and not page.cancel_button.isEnabled()


def test_a_document_that_cannot_be_written_says_why_on_the_page(
        qtbot: QtBot, page: ReportsPage, tmp_path: Path, recorded_dialogs: Any) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    with qtbot.waitSignal(page.finished, timeout=20_000) as made:
        assert page.make(blocked / "pack.pdf")
    assert made.args == [None] and page.progress.value() == 0
    assert page.problem.text().startswith(f"⚠ Could not write {blocked / 'pack.pdf'}")
    assert recorded_dialogs.shown == []  # said beside the choices, not in a box


def test_bid_summary_needs_an_opportunity(page: ReportsPage, recorded_dialogs: Any) -> None:
    page.document.setCurrentIndex(page.document.findData("bid"))
    assert page.opportunity.isEnabled() and not page.year.isEnabled()
    page.choose_and_make()
    assert "No opportunities under Probation Services Dynamic Framework yet: add one" \
        in page.problem.text()
    assert recorded_dialogs.shown == []


def test_spreadsheet_is_saved_where_asked(page: ReportsPage, tmp_path: Path,
                                          recorded_dialogs: Any) -> None:
    page.sheet.setCurrentIndex(page.sheet.findData("lots"))
    page.sheet_format.setCurrentIndex(page.sheet_format.findData("csv"))
    recorded_dialogs.files = [tmp_path / "lots"]
    assert page.save_sheet() == tmp_path / "lots.csv"
    assert len((tmp_path / "lots.csv").read_text(encoding="utf-8-sig").splitlines()) == 110


def test_the_working_copy_keeps_drafting_notes(qtbot: QtBot, window: MainWindow,
                                               page: ReportsPage, tmp_path: Path,
                                               recorded_dialogs: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    box = page.working_copy
    assert box.accessibleName() and "&W" in box.text()
    assert box.isEnabled() and not box.isChecked()  # the sendable pack unless asked
    page.document.setCurrentIndex(page.document.findData("calendar"))
    assert not box.isEnabled()  # only the qualification pack has drafting notes
    page.document.setCurrentIndex(page.document.findData("qualification"))
    page.document.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box.isChecked)  # Alt+W ticks it, as the underlined W says
    recorded_dialogs.files = [tmp_path / "working"]
    with qtbot.waitSignal(page.finished, timeout=20_000):
        page.choose_and_make()
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "working.pdf").pages)
    assert "Working copy, with drafting notes" in text and "Draft — not complete" in text
    box.setChecked(False)
    recorded_dialogs.files = [tmp_path / "sendable"]
    with qtbot.waitSignal(page.finished, timeout=20_000):
        page.choose_and_make()
    assert "Working copy" not in " ".join(
        p.extract_text() for p in PdfReader(tmp_path / "sendable.pdf").pages)


def test_the_trustees_paper_is_made_from_the_window(qtbot: QtBot, sample_window: MainWindow,
                                                    tmp_path: Path) -> None:
    sample_window.go_to("reports")
    page = sample_window.pages["reports"]
    assert isinstance(page, ReportsPage)
    page.document.setCurrentIndex(page.document.findData("trustee-paper"))
    assert page.document.currentText() == "Trustees' decision paper for one opportunity"
    assert page.opportunity.isEnabled() and page.opportunity.count() > 0
    with qtbot.waitSignal(page.finished, timeout=30_000) as made:
        assert page.make(tmp_path / "paper.pdf")
    assert made.args == [tmp_path / "paper.pdf"]
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "paper.pdf").pages)
    assert "Trustees' decision paper" in text and "Full cost" in text


def test_before_any_document_is_made_nothing_is_a_blank_box(page: ReportsPage) -> None:
    assert not page.progress.isVisibleTo(page)  # no empty bar until a document is being made
    assert page.status.text().startswith("Choose a document, then make the PDF")
    [empty] = [label for label in page.preview.findChildren(QLabel)
               if label.objectName() == "preview-empty"]
    assert empty.text().startswith("The first pages of the document you make are shown here")
