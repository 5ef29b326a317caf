"""Bid writing: the buyer's questions for one opportunity and the charity's answers to them.

Choose the opportunity; add the questions by hand or import them from the buyer's spreadsheet;
then, for each question, write the answer with its length counted live against the limit (the
buyer's way of counting), its owner, status and the reviewer's comments. The weighting is shown
beside each question so effort follows marks. Everything saves itself as the questionnaire does
(`Autosaver`); each wording of an answer is kept, and "History…" brings one back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.app.bid_writing import check_before_submitting
from desktop.core.bid_check import BidProblem
from desktop.core.bid_question_records import (
    add_questions,
    answer_history,
    delete_question,
    load_questions,
    save_question,
)
from desktop.core.bid_questions import (
    BidQuestion,
    InvalidQuestion,
    LimitUnit,
    QuestionImportError,
    Status,
    count_text,
    over_limit,
    weighting_text,
)
from desktop.core.evidence_records import list_evidence
from desktop.core.targets import Target
from desktop.i18n import plural
from desktop.questionnaire.model import Field, FieldType
from desktop.ui import dialogs
from desktop.ui.conflicts import Subject, remove_checked, save_settling, show_text
from desktop.ui.context import PageContext
from desktop.ui.models.bid_questions import BidQuestionModel
from desktop.ui.pages.bid_panels import LibraryPanel, SubmissionPanel
from desktop.ui.pages.bid_question_import import QuestionImport
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    name,
    page_title,
    scrolling,
    show_problem,
    side_by_side,
    wrapped_label,
)
from desktop.ui.questionnaire.history import HistoryDialog
from desktop.ui.widgets.autosave import Autosaver, AutosavingPage, save_problem_label
from desktop.ui.widgets.inputs import NotesEdit
from desktop.ui.widgets.opportunity_picker import OpportunityPicker

KEY = "question"  # the autosaver's one key: the question shown


class BidWritingPage(AutosavingPage):
    target_requested = Signal(Target)  # a problem to put right on another page

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("bid-writing-page")
        self.questions: list[BidQuestion] = []
        self.found: list[BidProblem] = []  # the check's problems, as listed
        self.current = -1
        self.history_dialog: HistoryDialog | None = None
        self.autosaver = Autosaver(lambda _key, _raw: self._save(), parent=self)
        self.subject = Subject(self.tr("Someone else changed this question"),
                               self.tr("Someone else removed this question"), self._describe)

        self.opportunity = OpportunityPicker(context)
        name(self.opportunity, self.tr("Opportunity"),
             self.tr("The bid whose questions are shown"))
        self.add_button = QPushButton(self.tr("&Add a question"))
        name(self.add_button, self.tr("Add a question"))
        self.import_button = QPushButton(self.tr("&Import questions…"))
        name(self.import_button, self.tr("Import questions"),
             self.tr("From the buyer's spreadsheet (.xlsx or .csv) or document (.docx)"))
        self.remove_button = QPushButton(self.tr("Re&move this question"))
        name(self.remove_button, self.tr("Remove this question"))
        self.check_button = QPushButton(self.tr("Chec&k before submitting"))
        name(self.check_button, self.tr("Check before submitting"),
             self.tr("Lists what is missing or over a limit; Enter on a line opens it"))
        self.library_button = QPushButton(self.tr("Answer li&brary"))
        self.library_button.setCheckable(True)
        name(self.library_button, self.tr("Answer library"),
             self.tr("Find answers written before, copy one in, or keep this one"))
        self.log_button = QPushButton(self.tr("Submission log"))
        self.log_button.setCheckable(True)
        name(self.log_button, self.tr("Submission log"),
             self.tr("Record the portal, time, who, the confirmation reference and the files"))
        self.problems = QListWidget()
        self.problems.setObjectName("bid-problems")
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        name(self.problems, self.tr("What to put right before submitting"))
        self.problems.hide()
        self.progress = wrapped_label("")
        self.progress.setObjectName("bid-progress")
        self.model = BidQuestionModel([], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the question: the rest
        for column, width in ((0, 45), (2, 75), (3, 110), (4, 85), (5, 80)):
            self.table.setColumnWidth(column, width)  # five narrow columns, none off the edge
        name(self.table, self.tr("The buyer's questions"),
             self.tr("Choose a question with the arrow keys"))
        self.empty = wrapped_label("", QUIET_TONE)

        self.details = self._build_details()
        self.importer: QuestionImport | None = None  # made for an import, gone after it
        self.library = LibraryPanel(context)
        self.library.answer_text = lambda: self.answer.toPlainText()
        self.submission = SubmissionPanel(context)
        # In scroll areas, so a panel never makes the window taller than a laptop's screen.
        self.library_area = scrolling(self.library, self.tr("Answer library"))
        self.submission_area = scrolling(self.submission, self.tr("Submission log"))
        self.library_area.hide()
        self.submission_area.hide()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.library_area)
        left.addWidget(self.submission_area)
        left.setChildrenCollapsible(False)
        left.setSizes([200, 400])
        self.views = QStackedWidget()
        self.views.addWidget(side_by_side(left, scrolling(
            self.details, self.tr("The chosen question")), (640, 440), stretch_right=False))

        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Opportunity:"), self.opportunity))
        top.addWidget(self.opportunity, 1)
        for button in (self.add_button, self.import_button, self.remove_button):
            top.addWidget(button)
        tools = QHBoxLayout()  # a second row: the first would not fit a laptop's width
        for button in (self.check_button, self.library_button, self.log_button):
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Bid writing")))
        layout.addWidget(wrapped_label(self.tr(
            "The buyer's questions for a bid and your answers, counted as the buyer counts "
            "them. Changes save themselves."), QUIET_TONE))
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems)
        layout.addWidget(save_problem_label(self.autosaver))
        layout.addWidget(self.empty)
        layout.addWidget(self.views, 1)

        self.opportunity.activated.connect(lambda _index: self.load())
        self.add_button.clicked.connect(self.add_question)
        self.import_button.clicked.connect(self.import_questions)
        self.remove_button.clicked.connect(self.remove_question)
        self.check_button.clicked.connect(self.check)
        self.problems.itemActivated.connect(self._open_problem)
        self.library_button.toggled.connect(self.show_library)
        self.library.use_requested.connect(self.use_answer)
        self.log_button.toggled.connect(self.show_log)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_question(current.row()))
        self.opportunity.refill()
        self.load()

    # -- building ----------------------------------------------------------------------------
    def _build_details(self) -> QFrame:
        self.number = QLineEdit()
        self.number.setMaxLength(64)
        name(self.number, self.tr("Question number"))
        self.text = NotesEdit()
        name(self.text, self.tr("The buyer's question"))
        self.guidance = NotesEdit()
        name(self.guidance, self.tr("The buyer's guidance"))
        self.limit = QSpinBox()
        self.limit.setRange(0, 100_000)
        self.limit.setSpecialValueText(self.tr("No limit"))
        name(self.limit, self.tr("Limit"), self.tr("0 means no limit"))
        self.unit = QComboBox()
        for unit in LimitUnit:
            self.unit.addItem(unit.label, unit.value)
        name(self.unit, self.tr("Counted in"))
        self.weighting = QDoubleSpinBox()
        self.weighting.setRange(0, 100)
        self.weighting.setDecimals(2)
        self.weighting.setSuffix(" %")
        self.weighting.setSpecialValueText(self.tr("Not weighted"))
        name(self.weighting, self.tr("Weighting"), self.tr("The share of the marks, in per cent"))
        self.scoring = QLineEdit()
        name(self.scoring, self.tr("Scoring scheme"))
        self.pass_fail = QCheckBox(self.tr("&Pass or fail question"))
        name(self.pass_fail, self.tr("Pass or fail question"))
        self.attachment = QCheckBox(self.tr("A&ttachment needed"))
        name(self.attachment, self.tr("Attachment needed"))
        self.document = QComboBox()
        name(self.document, self.tr("The document to attach"),
             self.tr("From the evidence library; its expiry date is checked against the "
                     "deadline"))
        self.lots = QLineEdit()
        name(self.lots, self.tr("Lots this question is for"),
             self.tr("Lot codes separated by commas; empty means every lot of the bid"))
        self.answer = NotesEdit()
        self.answer.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        name(self.answer, self.tr("Your answer"))
        self.count = wrapped_label("")
        self.count.setObjectName("answer-count")
        self.history_button = QPushButton(self.tr("&History of this answer…"))
        name(self.history_button, self.tr("History of this answer"),
             self.tr("Earlier wordings, to bring one back"))
        self.owner = QLineEdit()
        self.owner.setMaxLength(300)
        name(self.owner, self.tr("Who writes this answer"))
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status.label, status.value)
        name(self.status, self.tr("Status of this answer"))
        self.comments = NotesEdit()
        name(self.comments, self.tr("Reviewer's comments"))
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()

        question = QFormLayout()
        question.addRow(buddy_label(self.tr("N&umber:"), self.number), self.number)
        question.addRow(buddy_label(self.tr("&Question:"), self.text), self.text)
        question.addRow(buddy_label(self.tr("&Guidance:"), self.guidance), self.guidance)
        question.addRow(buddy_label(self.tr("&Limit:"), self.limit), self.limit)
        question.addRow(buddy_label(self.tr("&Counted in:"), self.unit), self.unit)
        question.addRow(buddy_label(self.tr("&Weighting:"), self.weighting), self.weighting)
        question.addRow(buddy_label(self.tr("Sco&ring:"), self.scoring), self.scoring)
        question.addRow("", self.pass_fail)
        question.addRow("", self.attachment)
        question.addRow(buddy_label(self.tr("Document to attach:"), self.document),
                        self.document)
        question.addRow(buddy_label(self.tr("Lots (co&des):"), self.lots), self.lots)
        answer = QFormLayout()
        answer.addRow(buddy_label(self.tr("A&nswer:"), self.answer), self.answer)
        answer.addRow("", self.count)
        answer.addRow("", self.history_button)
        answer.addRow(buddy_label(self.tr("Own&er:"), self.owner), self.owner)
        answer.addRow(buddy_label(self.tr("&Status:"), self.status), self.status)
        answer.addRow(buddy_label(self.tr("Re&viewer's comments:"), self.comments),
                      self.comments)
        frame = QFrame()
        column = QVBoxLayout(frame)
        column.addLayout(question)
        column.addWidget(self.problem)
        column.addLayout(answer)
        column.addStretch(1)

        for box in (self.number, self.scoring, self.lots, self.owner):
            box.textEdited.connect(self._edited)
            box.editingFinished.connect(self.autosaver.flush)
        for notes in (self.text, self.guidance, self.answer, self.comments):
            notes.textChanged.connect(self._edited)
            notes.left.connect(self.autosaver.flush)
        for spin in (self.limit, self.weighting):
            spin.valueChanged.connect(self._edited)
            spin.editingFinished.connect(self.autosaver.flush)
        for combo in (self.unit, self.status, self.document):
            combo.activated.connect(self._chosen)
        for tick in (self.pass_fail, self.attachment):
            tick.toggled.connect(self._chosen)
        self.answer.textChanged.connect(self._show_count)
        self.limit.valueChanged.connect(self._show_count)
        self.unit.currentIndexChanged.connect(self._show_count)
        self.history_button.clicked.connect(self.show_history)
        return frame

    # -- loading -----------------------------------------------------------------------------
    @property
    def opportunity_id(self) -> int | None:
        return self.opportunity.current_id

    def load(self, select: int = 0) -> None:
        """Show the chosen opportunity's questions (after saving what was typed)."""
        self.autosaver.flush()
        opportunity_id = self.opportunity_id
        self.questions = load_questions(self.context.database, opportunity_id) \
            if opportunity_id is not None else []
        self.current = -1
        self.model.set_rows(self.questions)
        has_opportunity = opportunity_id is not None
        self.empty.setText(self.opportunity.empty_text() if not has_opportunity else
                           self.tr("No questions yet: add them one by one, or import the "
                                   "buyer's spreadsheet."))
        self.empty.setVisible(not self.questions)
        name(self.empty, self.empty.text())
        for button in (self.add_button, self.import_button, self.check_button, self.log_button):
            button.setEnabled(has_opportunity)
        if self.submission.isVisible():
            self.submission.show_for(opportunity_id)
        self.problems.clear()
        self.problems.hide()
        self.details.setEnabled(bool(self.questions))
        self.remove_button.setEnabled(bool(self.questions))
        self._show_progress()
        if self.questions:
            row = min(max(select, 0), len(self.questions) - 1)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.show_question(row)
        else:
            self._fill(BidQuestion(None, "", ""))

    def open_item(self, opportunity_id: object) -> None:
        """Show one opportunity's questions (from its editor, the dashboard or Find)."""
        if isinstance(opportunity_id, int):
            self.opportunity.refill(keep=opportunity_id)
            if self.opportunity.current_id == opportunity_id:
                self.load()

    def on_shown(self) -> None:
        """Opportunities may have been added, removed or moved since: list them again."""
        shown = self.opportunity_id
        self.opportunity.refill()
        if self.opportunity_id != shown:
            self.load()

    def open_target(self, target: Target) -> None:
        """Show an opportunity's questions, one question, or the library (from Find)."""
        if target.item is not None:
            self.open_item(target.item)
        row = next((i for i, q in enumerate(self.questions) if q.id == target.question), -1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.answer.setFocus()
        if target.panel == "library":
            self.library_button.setChecked(True)
        elif target.panel == "submission":
            self.log_button.setChecked(True)

    def show_log(self, shown: bool = True) -> None:
        self.log_button.setChecked(shown)
        self.submission_area.setVisible(shown)
        if shown:
            self.library_button.setChecked(False)
            self.submission.show_for(self.opportunity_id)
            self.submission.portal.setFocus()

    def show_library(self, shown: bool = True) -> None:
        self.library_button.setChecked(shown)
        self.library_area.setVisible(shown)
        if shown:
            self.log_button.setChecked(False)
            self._follow()
            self.library.search.setFocus()
            self.library.search.selectAll()

    def use_answer(self, words: str) -> None:
        """Copy `words` into the answer being written, at the cursor (a copy, never a link)."""
        if not 0 <= self.current < len(self.questions):
            return
        self.answer.insertPlainText(words)
        self.answer.setFocus()
        self.autosaver.flush()

    def show_question(self, row: int) -> None:
        if row == self.current:
            return
        self.autosaver.flush()
        if not 0 <= row < len(self.questions):
            return
        self.current = row
        self._fill(self.questions[row])
        self._show_problem("")

    def _fill(self, question: BidQuestion) -> None:
        widgets = (self.number, self.text, self.guidance, self.limit, self.unit, self.weighting,
                   self.scoring, self.pass_fail, self.attachment, self.lots, self.answer,
                   self.owner, self.status, self.comments, self.document)
        for widget in widgets:
            widget.blockSignals(True)
        show_text(self.number, question.number)
        show_text(self.text, question.text)
        show_text(self.guidance, question.guidance)
        self.limit.setValue(question.limit or 0)
        self.unit.setCurrentIndex(self.unit.findData(question.limit_unit.value))
        self.weighting.setValue((question.weighting or 0) / 100)
        show_text(self.scoring, question.scoring)
        self.pass_fail.setChecked(question.pass_fail)
        self.attachment.setChecked(question.attachment_required)
        self._fill_documents(question.attachment_id)
        show_text(self.lots, ", ".join(question.lots))
        show_text(self.answer, question.answer)
        show_text(self.owner, question.owner)
        self.status.setCurrentIndex(self.status.findData(question.status.value))
        show_text(self.comments, question.comments)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_count()
        self._follow()

    def _follow(self) -> None:
        """Tell the library panel which answer "Save to library" would keep."""
        if not 0 <= self.current < len(self.questions):
            self.library.follow("", "")
            return
        question = self.questions[self.current]
        where = self.tr("{opportunity}, question {number}").format(
            opportunity=self.opportunity.currentText(), number=question.number)
        self.library.follow(where, question.text.split("\n")[0], question.id)

    def _fill_documents(self, chosen: int | None) -> None:
        self.document.clear()
        self.document.addItem(self.tr("None chosen"), None)
        for document in list_evidence(self.context.database, self.context.evidence_folder,
                                      self.context.organisation.id):
            self.document.addItem(document.title, document.id)
        index = self.document.findData(chosen)
        if index < 0 and chosen is not None:  # removed from the library since
            self.document.addItem(self.tr("(no longer in the evidence library)"), chosen)
            index = self.document.count() - 1
        self.document.setCurrentIndex(max(index, 0))

    # -- editing -----------------------------------------------------------------------------
    def on_screen(self, base: BidQuestion) -> BidQuestion:
        """The question shown, as the boxes now say."""
        weighting = round(self.weighting.value() * 100)
        return replace(
            base, number=self.number.text().strip(), text=self.text.toPlainText(),
            guidance=self.guidance.toPlainText(), limit=self.limit.value() or None,
            limit_unit=LimitUnit(self.unit.currentData()), weighting=weighting or None,
            scoring=self.scoring.text(), pass_fail=self.pass_fail.isChecked(),
            attachment_required=self.attachment.isChecked(),
            attachment_id=self.document.currentData(),
            lots=tuple(code.strip() for code in self.lots.text().split(",") if code.strip()),
            answer=self.answer.toPlainText(), owner=self.owner.text(),
            status=Status(self.status.currentData()), comments=self.comments.toPlainText())

    def _edited(self, *_args: Any) -> None:
        if self.current >= 0:
            self.autosaver.edit(KEY, None)

    def _chosen(self, *_args: Any) -> None:
        if self.current >= 0:
            self.autosaver.edit(KEY, None)
            self.autosaver.flush()

    def _show_count(self) -> None:
        if not 0 <= self.current < len(self.questions):
            self.count.setText("")
            return
        shown = replace(self.questions[self.current], answer=self.answer.toPlainText(),
                        limit=self.limit.value() or None,
                        limit_unit=LimitUnit(self.unit.currentData()))
        over = over_limit(shown)
        self.count.setText(("⚠ " if over else "") + count_text(shown))
        name(self.count, self.count.text())

    def _save(self, keep_version: bool = False) -> None:
        """Save the question shown from what is on screen (a colleague's change meanwhile is
        merged in, see ui.conflicts); a problem is shown and nothing saved."""
        opportunity_id = self.opportunity_id
        if self.current < 0 or opportunity_id is None:
            return
        base = self.questions[self.current]
        mine = self.on_screen(base)
        database = self.context.database
        try:
            saved = save_settling(self, self.subject, base, mine, lambda question: save_question(
                database, opportunity_id, question, keep_version=keep_version), self._fill)
        except InvalidQuestion as error:
            self._show_problem(str(error))
            return
        self._show_problem("")
        if saved is None:
            self.load(self.current)
            return
        self.questions[self.current] = saved
        self.model.set_rows(self.questions)
        self._show_progress()
        self._follow()

    def _describe(self, question: BidQuestion) -> dict[str, tuple[str, str]]:
        return {"number": (self.tr("Number"), question.number),
                "text": (self.tr("Question"), question.text),
                "guidance": (self.tr("Guidance"), question.guidance),
                "limit": (self.tr("Limit"), str(question.limit or "")),
                "weighting": (self.tr("Weighting"), weighting_text(question.weighting)),
                "scoring": (self.tr("Scoring"), question.scoring),
                "answer": (self.tr("Answer"), question.answer),
                "owner": (self.tr("Owner"), question.owner),
                "status": (self.tr("Status"), question.status.label),
                "comments": (self.tr("Reviewer's comments"), question.comments)}

    def _show_problem(self, problem: str) -> None:
        show_problem(self.problem, problem)

    def _show_progress(self) -> None:
        questions = self.questions
        self.progress.setVisible(bool(questions))  # with none, the empty line says what to do
        if not questions:
            self.progress.setText("")
            return
        final = [q for q in questions if q.status is Status.FINAL]
        marks = sum(q.weighting or 0 for q in questions)
        covered = sum(q.weighting or 0 for q in final)
        text = self.tr("{final} of {total} final · marks covered by final answers: {covered} of "
                       "{marks}").format(final=len(final), total=plural(
                           len(questions), self.tr("1 question"), self.tr("{count} questions")),
                           covered=weighting_text(covered) or "0 %",
                           marks=weighting_text(marks) or "0 %")
        statuses = " · ".join(
            f"{status.label}: {sum(q.status is status for q in questions)}" for status in Status)
        owners: dict[str, int] = {}
        for question in questions:
            owner = question.owner.strip() or self.tr("no owner yet")
            owners[owner] = owners.get(owner, 0) + 1
        by_owner = " · ".join(f"{owner}: {n}" for owner, n in sorted(owners.items()))
        self.progress.setText("\n".join((text, statuses, self.tr("By owner: {owners}").format(
            owners=by_owner))))
        name(self.progress, self.progress.text())

    # -- actions -----------------------------------------------------------------------------
    def add_question(self) -> None:
        opportunity_id = self.opportunity_id
        if opportunity_id is None or not self.autosaver.flush():
            return
        number = str(len(self.questions) + 1)
        save_question(self.context.database, opportunity_id, BidQuestion(
            None, number, self.tr("Question {number}").format(number=number)))
        self.load(len(self.questions))
        self.text.setFocus()
        self.text.selectAll()

    def remove_question(self) -> None:
        if not 0 <= self.current < len(self.questions):
            return
        question = self.questions[self.current]
        if not dialogs.service.confirm(self, self.tr("Remove this question?"), self.tr(
                "Remove question {number} and its answer? This cannot be undone.").format(
                    number=question.number)):
            return
        self.autosaver.pending.clear()
        remove_checked(self, self.subject, lambda: delete_question(
            self.context.database, question.id or 0, version=question.version))
        self.load(self.current)  # without it, or with their changes shown

    def check(self) -> list[BidProblem]:
        """List what must be put right before the bid goes in (or that nothing is)."""
        opportunity_id = self.opportunity_id
        if opportunity_id is None or not self.autosaver.flush():
            return []
        context = self.context
        found = check_before_submitting(
            context.database, context.organisation.id, context.catalogue, context.forms,
            context.evidence_folder, opportunity_id, datetime.now(UTC))
        self.problems.clear()
        self.found = found
        for index, problem in enumerate(found):
            item = QListWidgetItem("⚠ " + problem.text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.problems.addItem(item)
        if not found:
            self.problems.addItem(self.tr("✓ Nothing found to put right: every question is "
                                          "answered, within its limit and final, and the "
                                          "bid's attachments, partners, lots, decision and "
                                          "deadline are in order."))
        self.problems.show()
        self.problems.setFocus()
        self.problems.setCurrentRow(0)
        return found

    def _open_problem(self, item: QListWidgetItem) -> None:
        """Open where a problem is put right: its question here, or another page."""
        index = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(index, int) or not 0 <= index < len(self.found):
            return
        problem = self.found[index]
        if problem.question_id is not None:
            self.open_target(Target("bid-writing", question=problem.question_id))
        elif problem.target is not None and problem.target.page != "bid-writing":
            self.target_requested.emit(problem.target)

    def import_questions(self) -> None:
        from desktop.reports.question_sheets import read_question_file

        if self.opportunity_id is None or not self.autosaver.flush():
            return
        path = dialogs.service.choose_file(self, self.tr("Import the buyer's questions"))
        if path is None:
            return
        try:
            file = read_question_file(path)
        except QuestionImportError as error:
            dialogs.service.show_error(self, self.tr("These questions cannot be imported"),
                                       str(error))
            return
        self.importer = QuestionImport()
        self.importer.accepted.connect(self._save_imported)
        self.importer.cancelled.connect(self._end_import)
        self.importer.start(path.name, file)
        self.views.addWidget(self.importer)
        self.views.setCurrentWidget(self.importer)
        for widget in (self.opportunity, self.add_button, self.import_button,
                       self.remove_button):
            widget.setEnabled(False)
        self.importer.sheet.setFocus()

    def _save_imported(self, questions: list[BidQuestion]) -> None:
        opportunity_id = self.opportunity_id
        if opportunity_id is None:
            return
        try:
            added = add_questions(self.context.database, opportunity_id, questions)
        except InvalidQuestion as error:
            dialogs.service.show_error(self, self.tr("These questions cannot be imported"),
                                       str(error))
            return
        self._end_import()
        self.load(len(self.questions))
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(plural(
                added, self.tr("1 question imported."), self.tr("{count} questions imported.")))

    def _end_import(self) -> None:
        self.views.setCurrentIndex(0)
        if self.importer is not None:
            self.views.removeWidget(self.importer)
            self.importer.deleteLater()
            self.importer = None
        self.opportunity.setEnabled(True)
        self.load(self.current)
        self.import_button.setFocus()

    def show_history(self) -> HistoryDialog | None:
        if not 0 <= self.current < len(self.questions) or not self.autosaver.flush():
            return None
        question = self.questions[self.current]
        versions = answer_history(self.context.database, question.id or 0)
        field = Field(f"bid-{question.id}", question.number + " " + question.text,
                      FieldType.LONG_TEXT)
        self.history_dialog = HistoryDialog(field, versions, self)
        self.history_dialog.restore_requested.connect(self._restore)
        self.history_dialog.open()
        return self.history_dialog

    def _restore(self, version_id: int) -> None:
        question = self.questions[self.current]
        chosen = next(v for v in answer_history(self.context.database, question.id or 0)
                      if v.id == version_id)
        show_text(self.answer, str(chosen.raw))
        self.autosaver.pending.clear()
        self._save(keep_version=True)
