"""GUI fixtures: a recorder in place of real dialogs, and a main window over a fresh database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.app.first_paint import first_paint
from desktop.app.workspace import Workspace
from desktop.core.organisation_records import create_organisation
from desktop.ui import dialogs
from desktop.ui.app import settings
from desktop.ui.main_window import MainWindow
from tests.closing import BEFORE_CLOSING


@dataclass
class DialogRecorder:
    """Stands in for desktop.ui.dialogs.service: records what would have been shown."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    answer: bool = True
    files: list[Path] = field(default_factory=list)  # what the next file choices return
    opened: list[str] = field(default_factory=list)
    printer_file: Path | None = None
    choice: int = -1  # what `choose` answers
    details: list[str] = field(default_factory=list)
    offered: list[list[str]] = field(default_factory=list)
    tours: int = 0  # first-run tours offered

    def show_error(self, _parent: object, title: str, text: str, details: str = "") -> None:
        self.shown.append(("error", title, text))

    def show_warning(self, _parent: object, title: str, text: str, details: str = "") -> None:
        self.shown.append(("warning", title, text))

    def show_crash(self, _parent: object, title: str, text: str, details: str) -> None:
        self.shown.append(("crash", title, text))
        self.details.append(details)

    def explain(self, _parent: object, title: str, text: str) -> None:
        self.shown.append(("explain", title, text))

    def confirm(self, _parent: object, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answer

    def choose(self, _parent: object, title: str, text: str, options: list[str]) -> int:
        self.shown.append(("choose", title, text))
        self.offered.append(options)
        return self.choice

    def choose_file(self, _parent: object, title: str, _folder: str = "") -> Path | None:
        self.shown.append(("choose-file", title, ""))
        return self.files.pop(0) if self.files else None

    def choose_save_file(self, _parent: object, title: str, _suggested: str,
                         _filter: str) -> Path | None:
        return self.choose_file(_parent, title)

    def choose_printer(self, _parent: object) -> object:
        """A printer that writes a PDF file (tests set `printer_file`)."""
        from PySide6.QtPrintSupport import QPrinter

        self.shown.append(("print", "", ""))
        if self.printer_file is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.printer_file))
        return printer

    def open_external(self, url: QUrl) -> bool:
        self.opened.append(url.toString())
        return True

    def show_tour(self, _parent: object, make: Callable[[], object]) -> None:
        """Counted, not shown (tests/ui/test_tour.py runs the real one)."""
        self.tours += 1


@pytest.fixture(autouse=True)
def recorded_dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()
    monkeypatch.setattr(dialogs, "service", recorder)
    return recorder


def shown_window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(settings())
    qtbot.addWidget(window)
    operations = window.operations
    BEFORE_CLOSING.append(lambda: operations.wait() if isValid(operations) else None)
    window.show()
    window.attach(first_paint(workspace))
    return window


@pytest.fixture
def costing_opportunity(window: MainWindow, hostile_texts: list[str]) -> int:
    """An opportunity to cost, for the Costing page's tests: a hostile title, £115,000 over
    24 months; its number."""
    from desktop.core.opportunities import OpportunityInfo
    from desktop.core.opportunity_records import save_opportunity

    assert window.workspace is not None
    saved = save_opportunity(window.workspace.database, window.organisation.id, OpportunityInfo(
        None, hostile_texts[0], "ACC-1", "D", value=11_500_000, length_months=24))
    assert saved.id is not None
    return saved.id


@pytest.fixture
def first_run_window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    yield shown_window(qtbot, workspace)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    create_organisation(workspace.database, "Smith & Sons <Trust>", "1123456")
    yield shown_window(qtbot, workspace)


@pytest.fixture
def sample_window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    """The main window over the sample charity (opportunities, an overdue task, answers)."""
    from desktop.core.sample import ensure_sample

    ensure_sample(workspace.database)
    yield shown_window(qtbot, workspace)


@pytest.fixture
def settle(qtbot: QtBot) -> Callable[[MainWindow], None]:
    """Wait until the window's background reads and operation have ended (a page shown reads
    its data off the GUI thread: see desktop/ui/operation.py)."""
    def wait(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: not window.operations.reading and not window.operations.running,
                        timeout=20_000)
    return wait
