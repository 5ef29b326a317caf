"""The real DialogService, nothing swapped: every kind of box opens offscreen and answers.

Every other GUI test replaces `dialogs.service` with a recorder, so without these a box that
cannot open (a wrong enum path, a slot that fails) would reach a person unseen. A timer finds the
modal window once it is up (`QApplication.activeModalWidget()`), checks it and presses the button
a person would; a second timer closes anything left open, so a test fails instead of hanging.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,  # noqa: TID251 - checking the real boxes themselves
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.ui import dialogs
from desktop.ui.dialogs import DialogService
from tests.ui.modal import Modal, button

HOSTILE = '<b>bold</b> & "quotes" ŵ ŷ 🙂'


def press(text: str) -> Callable[[QWidget], None]:
    return lambda box: button(box, text).click()


def message_texts(box: QWidget) -> tuple[str, str, Qt.TextFormat]:
    assert isinstance(box, QMessageBox)
    return box.windowTitle(), box.text(), box.textFormat()


@pytest.fixture
def real() -> DialogService:
    return DialogService()


@pytest.mark.parametrize("kind, icon", [("show_error", QMessageBox.Icon.Critical),
                                        ("show_warning", QMessageBox.Icon.Warning)])
def test_error_and_warning_show_typed_text_as_plain_text(
        qtbot: QtBot, real: DialogService, kind: str, icon: QMessageBox.Icon) -> None:
    with Modal(press("OK")) as modal:
        getattr(real, kind)(None, "Title " + HOSTILE, HOSTILE, details="the details " + HOSTILE)
    box = modal.box
    assert message_texts(box) == ("Title " + HOSTILE, HOSTILE, Qt.TextFormat.PlainText)
    assert isinstance(box, QMessageBox)
    assert box.icon() == icon
    assert box.detailedText() == "the details " + HOSTILE
    assert box.accessibleName() == "Title " + HOSTILE


def test_explain_shows_plain_text(qtbot: QtBot, real: DialogService) -> None:
    with Modal(press("OK")) as modal:
        real.explain(None, "Key subcontractor", HOSTILE)
    assert message_texts(modal.box) == ("Key subcontractor", HOSTILE, Qt.TextFormat.PlainText)


def test_crash_box_copies_the_details_and_stays_open(qtbot: QtBot, real: DialogService) -> None:
    QGuiApplication.clipboard().clear()
    still_open: list[bool] = []

    def copy_then_close(box: QWidget) -> None:
        button(box, "Copy details").click()
        still_open.append(QApplication.activeModalWidget() is box and box.isVisible())
        button(box, "OK").click()

    with Modal(copy_then_close) as modal:
        real.show_crash(None, "Something went wrong", HOSTILE, "Traceback " + HOSTILE)
    assert message_texts(modal.box)[1:] == (HOSTILE, Qt.TextFormat.PlainText)
    assert still_open == [True]
    assert QGuiApplication.clipboard().text() == "Traceback " + HOSTILE


@pytest.mark.parametrize("pressed, answer", [("Yes", True), ("No", False)])
def test_confirm_answers_what_was_pressed(qtbot: QtBot, real: DialogService, pressed: str,
                                          answer: bool) -> None:
    with Modal(press(pressed)) as modal:
        assert real.confirm(None, "Delete the partner?", HOSTILE) is answer
    assert message_texts(modal.box)[1:] == (HOSTILE, Qt.TextFormat.PlainText)


def test_confirm_closed_with_escape_is_no(qtbot: QtBot, real: DialogService) -> None:
    with Modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape)) as modal:
        assert real.confirm(None, "Delete the partner?", "Sure?") is False
    assert isinstance(modal.box, QMessageBox)


@pytest.mark.parametrize("pressed, index", [("Restore the backup", 0), ("Quit", 2)])
def test_choose_answers_the_index_of_the_option(qtbot: QtBot, real: DialogService,
                                                pressed: str, index: int) -> None:
    options = ["Restore the backup", "Open another file…", "Quit"]
    with Modal(press(pressed)) as modal:
        assert real.choose(None, "Could not open your data", HOSTILE, options) == index
    assert message_texts(modal.box)[1:] == (HOSTILE, Qt.TextFormat.PlainText)


def test_choose_closed_without_a_choice_is_minus_one(qtbot: QtBot, real: DialogService) -> None:
    """Closed with no button pressed (only the program can: with no option as its escape
    button, Qt ignores Esc and the title bar's close, so a person picks one)."""
    with Modal(lambda box: box.reject()) as modal:  # type: ignore[attr-defined]  # a QDialog
        assert real.choose(None, "Which one?", "Pick", ["One", "Two"]) == -1
    assert isinstance(modal.box, QMessageBox)


def file_dialog(choose: Path | None) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        if choose is None:
            dialog.reject()
            return
        dialog.setDirectory(str(choose.parent))
        typed = dialog.findChild(QLineEdit, "fileNameEdit")  # as a person types the name
        assert isinstance(typed, QLineEdit)
        typed.setText(choose.name)
        dialog.accept()
    return act


def test_choose_file_returns_the_file_chosen(qtbot: QtBot, real: DialogService,
                                             tmp_path: Path) -> None:
    chosen = tmp_path / "policy ŵ.pdf"
    chosen.write_bytes(b"%PDF-1.4\n")
    with Modal(file_dialog(chosen)) as modal:
        assert real.choose_file(None, "Add evidence", str(tmp_path)) == chosen
    assert modal.titles == ["Add evidence"] and not modal.gave_up


def test_choose_file_cancelled_is_none(qtbot: QtBot, real: DialogService) -> None:
    with Modal(file_dialog(None)) as modal:
        assert real.choose_file(None, "Add evidence") is None
    assert modal.titles == ["Add evidence"] and not modal.gave_up


def test_choose_save_file_returns_the_name_typed(qtbot: QtBot, real: DialogService,
                                                 tmp_path: Path) -> None:
    with Modal(file_dialog(tmp_path / "pack.pdf")) as modal:
        assert real.choose_save_file(None, "Save the pack as", str(tmp_path / "suggested.pdf"),
                                     "PDF files (*.pdf)") == tmp_path / "pack.pdf"
    assert modal.titles == ["Save the pack as"] and not modal.gave_up


def test_choose_printer_cancelled_is_none(qtbot: QtBot, real: DialogService) -> None:
    with Modal(press("Cancel")) as modal:
        assert real.choose_printer(None) is None
    assert isinstance(modal.box, QPrintDialog)


def print_to_file(target: Path) -> Callable[[QWidget], None]:
    """Choose "Print to File (PDF)" in the real print dialog, type the name, press Print."""
    def act(dialog: QWidget) -> None:
        printers = dialog.findChild(QComboBox, "printers")
        assert isinstance(printers, QComboBox)
        printers.setCurrentIndex(printers.findText("Print to File (PDF)"))
        name = dialog.findChild(QLineEdit, "filename")
        assert isinstance(name, QLineEdit)
        name.setText(str(target))
        button(dialog, "Print").click()
    return act


def test_reports_page_prints_through_the_real_print_dialog(
        qtbot: QtBot, window: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The printer seam for real: the print dialog, then the page's own printing code."""
    from pypdf import PdfReader

    from desktop.ui.pages.reports import ReportsPage

    window.go_to("reports")  # type: ignore[attr-defined]
    page = window.pages["reports"]  # type: ignore[attr-defined]
    assert isinstance(page, ReportsPage)
    with qtbot.waitSignal(page.finished, timeout=20_000):
        page.make(tmp_path / "pack.pdf")
    monkeypatch.setattr(dialogs, "service", DialogService())
    with Modal(print_to_file(tmp_path / "printed.pdf")) as modal:
        page.print_button.click()
    assert isinstance(modal.box, QPrintDialog)
    made = len(PdfReader(tmp_path / "pack.pdf").pages)
    assert made > 0
    printed = PdfReader(tmp_path / "printed.pdf").pages
    assert len(printed) == made
    widths = {image.image.width for page in printed for image in page.images if image.image}
    assert widths and max(widths) <= 2500, widths  # A4 at 300 dpi (2481), not 1200 (9921)
    assert page.status.text() == f"{made} pages sent to the printer."


class UrlCatcher(QObject):
    """Takes the place of the browser and the file viewer for one URL scheme."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def catcher() -> Iterator[UrlCatcher]:
    catcher = UrlCatcher()
    for scheme in ("file", "https"):
        # The slot's name as str: PySide6 6.11 refuses the bytes its stubs ask for.
        QDesktopServices.setUrlHandler(scheme, catcher, "catch")  # type: ignore[arg-type]
    yield catcher
    for scheme in ("file", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_open_external_goes_through_qt_desktop_services(
        real: DialogService, catcher: UrlCatcher, tmp_path: Path) -> None:
    """The real call, with Qt's own handler hook in place of the browser: nothing starts."""
    made = tmp_path / "pack ŵ.pdf"
    made.write_bytes(b"%PDF-1.4\n")
    assert real.open_external(QUrl.fromLocalFile(str(made))) is True
    assert real.open_external(QUrl("https://www.contractsfinder.service.gov.uk/")) is True
    assert catcher.opened == [QUrl.fromLocalFile(str(made)).toString(),
                              "https://www.contractsfinder.service.gov.uk/"]


def test_a_button_pressed_in_a_box_belongs_to_it(qtbot: QtBot, real: DialogService) -> None:
    """The helper itself: it finds the box the service opened, not some other window."""
    other = QPushButton("Not a box")
    qtbot.addWidget(other)
    other.show()
    with Modal(press("OK")) as modal:
        real.show_error(other, "Title", "Text")
    assert isinstance(modal.box, QMessageBox) and modal.box.parent() is other
