"""Reports: make a PDF (in the background, with progress and Cancel), look at it, open it in the
PDF viewer or print it; and save spreadsheets. The last folder used is remembered.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.app.workspace import Workspace
from desktop.i18n import LANGUAGES, prepare
from desktop.reports import registry
from desktop.ui import dialogs, look
from desktop.ui.context import PageContext
from desktop.ui.operation import DOCUMENTS
from desktop.ui.pdf_view import PdfPreview, print_pdf
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    name,
    page_title,
    show_problem,
    side_by_side,
    wrapped_label,
)
from desktop.ui.translations import language_name
from desktop.ui.widgets.opportunity_picker import OpportunityPicker

FOLDER_KEY = "reports/last-folder"


class ReportsPage(QWidget):
    finished = Signal(object)  # the Path made, or None

    def __init__(self, context: PageContext, workspace: Workspace, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.workspace, self.settings = context, workspace, settings
        self.setObjectName("reports-page")
        self.operations = context.operations
        self._working = False
        self.made: Path | None = None
        self.outcome: Path | None = None  # what the last piece of work made (None: nothing)

        self.document = QComboBox()
        for entry in registry.DOCUMENTS:
            if entry.in_window:
                self.document.addItem(entry.listed_as(), entry.key)
        name(self.document, self.tr("Document"))
        self.opportunity = OpportunityPicker(context, with_reference=False)  # a narrow column
        name(self.opportunity, self.tr("Opportunity for the bid summary"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        name(self.year, self.tr("Year of the supply-chain report"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(self.language.findData(i18n.language()))
        name(self.language, self.tr("Language of the document"))
        self.working_copy = QCheckBox(self.tr("&Working copy, with drafting notes (word counts "
                                              "and checks)"))
        name(self.working_copy, self.tr("Working copy of the qualification pack, with drafting "
                                        "notes"))
        self.working_copy.setToolTip(self.tr("For your own team. Leave it unticked for the pack "
                                             "you send to the buyer or your board."))
        self.make_button = QPushButton(self.tr("&Make the PDF…"))
        name(self.make_button, self.tr("Make the PDF"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        name(self.cancel_button, self.tr("Cancel making the PDF"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        name(self.progress, self.tr("Progress"))
        self.progress.hide()  # until a document is being made: never an empty bar
        self.status = wrapped_label(self.tr("Choose a document, then make the PDF: it is saved "
                                            "where you say and shown beside these choices."),
                                    QUIET_TONE)
        self.status.setObjectName("report-status")
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        self.open_button = QPushButton(self.tr("&Open in your PDF viewer"))
        name(self.open_button, self.tr("Open in your PDF viewer"))
        self.print_button = QPushButton(self.tr("&Print…"))
        name(self.print_button, self.tr("Print the document"))
        for button in (self.open_button, self.print_button):
            button.setEnabled(False)

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Document:"), self.document), self.document)
        form.addRow(buddy_label(self.tr("Opportunit&y:"), self.opportunity), self.opportunity)
        form.addRow(buddy_label(self.tr("Y&ear:"), self.year), self.year)
        form.addRow(buddy_label(self.tr("&Language:"), self.language), self.language)
        form.addRow(self.working_copy)
        run = QHBoxLayout()
        run.addWidget(self.make_button)
        run.addWidget(self.cancel_button)
        run.addStretch(1)
        after = QHBoxLayout()
        after.addWidget(self.open_button)
        after.addWidget(self.print_button)
        after.addStretch(1)
        pdf_box = look.Card(self.tr("Documents to print (PDF, A4)"))
        pdf_layout = pdf_box.fill(QVBoxLayout())
        pdf_layout.addLayout(form)
        pdf_layout.addLayout(run)
        pdf_layout.addWidget(self.progress)
        pdf_layout.addWidget(self.status)
        pdf_layout.addWidget(self.problem)
        pdf_layout.addLayout(after)

        self.sheet = QComboBox()
        for label, key in ((self.tr("Lots"), "lots"), (self.tr("Eligibility"), "eligibility"),
                           (self.tr("Opportunities"), "opportunities"), (self.tr("Tasks"), "tasks"),
                           (self.tr("Evidence"), "evidence"), (self.tr("Partners"), "partners")):
            self.sheet.addItem(label, key)
        name(self.sheet, self.tr("What to put in the spreadsheet"))
        self.sheet_format = QComboBox()
        self.sheet_format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.sheet_format.addItem(self.tr("CSV, for any spreadsheet (.csv)"), "csv")
        name(self.sheet_format, self.tr("Spreadsheet format"))
        self.sheet_button = QPushButton(self.tr("&Save the spreadsheet…"))
        name(self.sheet_button, self.tr("Save the spreadsheet"))
        sheet_form = QFormLayout()
        sheet_form.addRow(buddy_label(self.tr("&Contents:"), self.sheet), self.sheet)
        sheet_form.addRow(buddy_label(self.tr("&Format:"), self.sheet_format), self.sheet_format)
        sheet_box = look.Card(self.tr("Spreadsheets"))
        sheet_layout = sheet_box.fill(QVBoxLayout())
        sheet_layout.addLayout(sheet_form)
        sheet_layout.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignLeft)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(look.LARGE)  # the design's gap between cards
        left_layout.addWidget(pdf_box)
        left_layout.addWidget(sheet_box)
        left_layout.addStretch(1)
        self.preview = PdfPreview()
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Reports")))
        layout.addWidget(side_by_side(left, self.preview, (480, 600)), 1)

        self.document.currentIndexChanged.connect(lambda _index: self._options())
        self.make_button.clicked.connect(self.choose_and_make)
        self.cancel_button.clicked.connect(self.operations.cancel)
        self.open_button.clicked.connect(self.open_made)
        self.print_button.clicked.connect(self.print_made)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.operations.progressed.connect(self._moved)
        self._options()

    def _moved(self, fraction: float) -> None:
        if self._working:  # another page's operation has its own progress
            self.progress.setValue(round(fraction * 100))

    # -- choosing -------------------------------------------------------------------------
    def _options(self) -> None:
        chosen = registry.entry(self.document.currentData())
        self.opportunity.setEnabled(chosen.takes(registry.OPPORTUNITY))
        self.year.setEnabled(chosen.takes(registry.YEAR))
        self.working_copy.setEnabled(chosen.takes(registry.WORKING_COPY))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.opportunity.refill()

    def _save_path(self, title: str, suggested: str, file_filter: str) -> Path | None:
        folder = str(self.settings.value(FOLDER_KEY, str(Path.home())))
        path = dialogs.service.choose_save_file(self, title, str(Path(folder) / suggested),
                                                file_filter)
        if path is not None:
            self.settings.setValue(FOLDER_KEY, str(path.parent))
        return path

    # -- making a PDF ---------------------------------------------------------------------
    def choose_and_make(self) -> None:
        document = self.document.currentData()
        if registry.entry(document).takes(registry.OPPORTUNITY) \
                and self.opportunity.current_id is None:
            self._show_problem(self.opportunity.empty_text())
            return
        suggested = f"{document}-{date.today():%Y-%m-%d}.pdf"
        path = self._save_path(self.tr("Save the PDF as"), suggested,
                               self.tr("PDF documents (*.pdf)"))
        if path is not None:
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            self.make(path)

    def make(self, path: Path) -> bool:
        """Make the chosen document in the background; the window stays free to use. False
        when another operation is still running (the person is told)."""
        from desktop.app.documents import DocumentRequest
        from desktop.reports.registry import make_document

        request = DocumentRequest(self.document.currentData(),
                                  str(self.opportunity.current_id or ""), self.year.value(),
                                  self.language.currentData(),
                                  self.working_copy.isEnabled() and self.working_copy.isChecked())
        prepare(request.language)
        workspace, organisation = self.workspace, self.context.organisation
        started = self.operations.run(
            self, self.tr("Making the document…"),
            lambda job: (path, make_document(workspace, organisation, request, path,
                                             progress=job.progress, cancelled=job.cancelled)),
            success=self._made, failure=self._failed, cancelled=self._cancelled,
            changes=frozenset({DOCUMENTS}), cancellable=True)
        if started:
            self._working = True
            self._show_problem("")
            self.progress.setValue(0)
            self.progress.show()
            self.status.setText(self.tr("Making the document…"))
            self.make_button.setEnabled(False)
            self.cancel_button.setEnabled(True)
        return started

    def _made(self, result: tuple[Path, int]) -> None:
        path, pages = result
        self.made = path
        self.progress.setValue(100)
        self.status.setText(self.tr("{pages} pages saved as {file}.").format(pages=pages,
                                                                            file=path))
        self.preview.show_pdf(path)
        for button in (self.open_button, self.print_button):
            button.setEnabled(True)
        self._task_done(path)

    def _cancelled(self) -> None:
        self.progress.setValue(0)
        self.status.setText(self.tr("Cancelled: nothing was saved."))
        self._task_done(None)

    def _failed(self, error: Exception) -> None:
        """Said on the page, beside the choices that may put it right (an unexpected error has
        been shown through the dialog service already)."""
        from desktop.app.operations import OperationError

        self.progress.setValue(0)
        self.status.setText("")
        if isinstance(error, OperationError):
            self._show_problem(str(error))
        else:
            self._show_problem(self.tr("The document could not be made. Nothing was saved. "
                                       "Details: {error}").format(error=type(error).__name__))
        self._task_done(None)

    def _task_done(self, outcome: Path | None) -> None:
        """The work has ended and its result is shown: the page is ready for the next one."""
        self._working = False
        self.outcome = outcome
        self.make_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.finished.emit(outcome)

    def _show_problem(self, problem: str) -> None:
        show_problem(self.problem, problem)

    # -- after ----------------------------------------------------------------------------
    def open_made(self) -> None:
        if self.made is not None:
            dialogs.service.open_external(QUrl.fromLocalFile(str(self.made)))

    def print_made(self) -> None:
        if self.made is None:
            return
        printer = dialogs.service.choose_printer(self)
        if printer is None:
            return
        try:
            pages = print_pdf(self.made, printer)
        except OSError as error:
            self._show_problem(self.tr("Printing did not start: {reason}").format(reason=error))
            return
        self.status.setText(self.tr("{pages} pages sent to the printer.").format(pages=pages))

    # -- spreadsheets ---------------------------------------------------------------------
    def save_sheet(self) -> Path | None:
        from desktop.app.documents import document_sources
        from desktop.reports.spreadsheets import export

        sheet, kind = self.sheet.currentData(), self.sheet_format.currentData()
        path = self._save_path(self.tr("Save the spreadsheet as"), f"{sheet}.{kind}",
                               self.tr("Spreadsheets (*.{kind})").format(kind=kind))
        if path is None:
            return None
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        try:
            rows = export(sheet, document_sources(self.workspace, self.context.organisation), path,
                          kind)
        except OSError as error:
            self._show_problem(self.tr("{file} could not be written: {reason}").format(
                file=path, reason=error.strerror or error))
            return None
        self._show_problem("")
        self.status.setText(self.tr("{rows} rows saved as {file}.").format(rows=rows, file=path))
        return path

    @property
    def busy(self) -> bool:
        """True while this page's document is being made."""
        return self._working
