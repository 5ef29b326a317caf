"""The panels beside a bid's questions: the answer library, and the submission log.

The answer library: find an answer already written, copy it into the draft, or keep the
draft's polished wording for next time. Typing in the search box looks through every answer the
charity has written (library entries, bids' answers, won or lost, and the selection
questionnaire's written answers). Each result says where it was used, the outcome and score if
recorded, its age, and whether its review date has passed. Enter on a result (or "Use this
answer") copies its words into the answer being written: a copy, never a link, so changing one
never changes another.

The submission log: record what went where once the bid is submitted. Portal, date and time
(UK), who pressed submit, the portal's confirmation reference and the exact files sent (each
copied into the evidence store with its SHA-256). Saving the entry marks a bid still being
written as submitted; the opportunity cannot be marked submitted without one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.library import (
    InvalidEntry,
    LibraryEntry,
    LibraryHit,
    Outcome,
    Source,
    describe,
    tags_from,
)
from desktop.core.library_records import save_entry, search_library
from desktop.core.opportunities import UK, InvalidOpportunity, Status
from desktop.core.opportunity_records import load_opportunity, move
from desktop.core.submission import InvalidSubmission, SubmissionInfo, read_moment
from desktop.core.submission_records import record_submission, submissions
from desktop.questionnaire.values import read_date, typed_date
from desktop.ui import dialogs
from desktop.ui.context import PageContext
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    example,
    line,
    name,
    say_when_empty,
    show_problem,
    wrapped_label,
    wrapping_list,
)

TYPING_PAUSE_MS = 250  # search once the typing stops this long


class LibraryPanel(QFrame):
    """Search, preview, copy in; and save the current answer to the library."""

    use_requested = Signal(str)  # the words to copy into the answer being written

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("answer-library")
        self.hits: list[LibraryHit] = []
        self.answer_text: Callable[[], str] = str  # the page's answer, kept by "Save to library"
        self.source_where = ""
        self.question_id: int | None = None  # the question on the page: not offered to itself
        self.search = QLineEdit()
        self.search.setMaxLength(200)
        self.search.setPlaceholderText(example("safeguarding volunteers"))
        name(self.search, self.tr("Search the answer library"),
             self.tr("Every answer written before: library entries, bids and the "
                     "questionnaire"))
        self.results = wrapping_list()
        self.results.setObjectName("library-results")
        self.results.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        name(self.results, self.tr("Answers found"),
             self.tr("Enter copies the chosen answer into yours"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        name(self.preview, self.tr("The chosen answer's words"))
        self.use_button = QPushButton(self.tr("Use this answer (copy it into mine)"))
        name(self.use_button, self.tr("Use this answer"),
             self.tr("Copies its words into your answer; the two stay separate"))
        self.more = wrapped_label("", QUIET_TONE)

        self.title = line(self.tr("A short name to find it by"), self.tr("Library title"))
        self.tags = line(example("safeguarding, Wales"), self.tr("Tags"),
                         self.tr("Words separated by commas"))
        self.review = line(example("31/03/2027"), self.tr("Review by"),
                           self.tr("After this date the entry shows as stale"))
        self.outcome = QComboBox()
        for outcome in Outcome:
            self.outcome.addItem(outcome.label, outcome.value)
        name(self.outcome, self.tr("Outcome of the bid it was used in"))
        self.score = line(example("8/10"), self.tr("Score, if the buyer gave one"))
        self.score.setMaxLength(64)
        self.save_button = QPushButton(self.tr("Save to librar&y"))
        name(self.save_button, self.tr("Save to library"),
             self.tr("Keeps a copy of your answer as it is now, with these tags"))
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        self.saved = wrapped_label("", QUIET_TONE)

        found = QHBoxLayout()
        found.addWidget(buddy_label(self.tr("Search:"), self.search))
        found.addWidget(self.search, 1)
        keep = QFormLayout()
        keep.addRow(buddy_label(self.tr("Title:"), self.title), self.title)
        keep.addRow(buddy_label(self.tr("Tags:"), self.tags), self.tags)
        keep.addRow(buddy_label(self.tr("Review by:"), self.review), self.review)
        keep.addRow(buddy_label(self.tr("Outcome:"), self.outcome), self.outcome)
        keep.addRow(buddy_label(self.tr("Score:"), self.score), self.score)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(found)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.more)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.use_button)
        layout.addWidget(wrapped_label(self.tr("Keep your answer as it is now in the library:"),
                                       QUIET_TONE))
        layout.addLayout(keep)
        layout.addWidget(self.problem)
        layout.addWidget(self.saved)
        layout.addWidget(self.save_button)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textEdited.connect(lambda _text: self.timer.start())
        self.search.returnPressed.connect(self.run_search)
        self.results.currentRowChanged.connect(self._show_chosen)
        self.results.itemActivated.connect(lambda _item: self.use())
        self.use_button.clicked.connect(self.use)
        self.save_button.clicked.connect(self.save)
        self.run_search()

    def run_search(self) -> list[LibraryHit]:
        """Show the answers holding the words typed (nothing typed: nothing listed)."""
        self.timer.stop()
        hits, more = search_library(self.context.database, self.context.organisation.id,
                                    self.search.text(), self.context.forms)
        self.hits = [hit for hit in hits if not (
            hit.source is Source.BID and hit.source_id == self.question_id)]
        now = datetime.now(UTC)
        self.results.clear()
        for index, hit in enumerate(self.hits):
            item = QListWidgetItem(f"{hit.title}\n{describe(hit, now)}")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(describe(hit, now))
            self.results.addItem(item)
        say_when_empty(self.results, self.tr("Type words to find answers written before.")
                       if not self.search.text().strip() else
                       self.tr("No answer holds these words."))
        self.more.setText(self.tr("More answers hold these words: add a word to narrow them.")
                          if more else "")
        self.more.setVisible(more)
        if self.hits:
            self.results.setCurrentRow(0)
        self._show_chosen(self.results.currentRow())
        return self.hits

    def chosen(self) -> LibraryHit | None:
        item = self.results.currentItem()
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self.hits[index] if isinstance(index, int) and index < len(self.hits) else None

    def _show_chosen(self, _row: int) -> None:
        hit = self.chosen()
        self.preview.setPlainText(hit.text if hit else "")
        self.use_button.setEnabled(hit is not None and self.save_button.isEnabled())

    def use(self) -> None:
        hit = self.chosen()
        if hit is not None and self.use_button.isEnabled():
            self.use_requested.emit(hit.text)

    def follow(self, where: str, title: str, question_id: int | None = None) -> None:
        """Where the answer on the page is used ("": no question shown, nothing to keep)."""
        self.source_where, self.question_id = where, question_id
        if not self.title.isModified():
            self.title.setText(title[:300])
        has_question = bool(where)
        self.save_button.setEnabled(has_question)
        self.use_button.setEnabled(has_question and self.chosen() is not None)

    def save(self) -> LibraryEntry | None:
        review, problem = read_date(self.review.text(), self.tr("Review by"))
        entry = LibraryEntry(None, self.title.text(), self.answer_text(),
                             tags_from(self.tags.text()), review, self.source_where,
                             Outcome(self.outcome.currentData()), self.score.text())
        saved = None
        if not problem:
            try:
                saved = save_entry(self.context.database, self.context.organisation.id, entry)
            except InvalidEntry as error:
                problem = str(error)
        show_problem(self.problem, problem)
        self.saved.setText(self.tr("Saved to the library as \"{title}\".").format(
            title=saved.title) if saved else "")
        if saved is not None:
            self.title.setModified(False)
            self.run_search()
        return saved


class SubmissionPanel(QFrame):
    """Fill in the log entry, add the files sent, save; earlier entries listed below."""

    logged = Signal()  # an entry was saved (the opportunity may now be submitted)

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("submission-log")
        self.opportunity_id: int | None = None
        self.files: list[Path] = []
        self.portal = line(example("Jaggaer"), self.tr("Portal the bid was submitted on"))
        self.day = line(example("31/03/2027"), self.tr("Date submitted"))
        self.clock = line(example("11:58"), self.tr("Time submitted (UK time)"))
        self.clock.setMaxLength(5)
        self.who = line("", self.tr("Who pressed submit"))
        self.confirmation = line(example("ITT_1234-5678"),
                                 self.tr("The portal's confirmation reference"))
        self.file_list = wrapping_list()
        self.file_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        name(self.file_list, self.tr("The files submitted"))
        self.add_file = QPushButton(self.tr("Add a file submitted…"))
        name(self.add_file, self.tr("Add a file submitted"),
             self.tr("A copy is kept in the evidence store, with its SHA-256"))
        self.remove_file = QPushButton(self.tr("Remove the chosen file"))
        name(self.remove_file, self.tr("Remove the chosen file"))
        self.save_button = QPushButton(self.tr("Save the submission log entry"))
        name(self.save_button, self.tr("Save the submission log entry"))
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        self.earlier = wrapping_list()
        name(self.earlier, self.tr("Submissions logged for this bid"))

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Portal:"), self.portal), self.portal)
        form.addRow(buddy_label(self.tr("Date:"), self.day), self.day)
        form.addRow(buddy_label(self.tr("Time (UK):"), self.clock), self.clock)
        form.addRow(buddy_label(self.tr("Pressed submit:"), self.who), self.who)
        form.addRow(buddy_label(self.tr("Confirmation reference:"), self.confirmation),
                    self.confirmation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file)
        buttons.addWidget(self.remove_file)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(wrapped_label(self.tr(
            "Once the bid is submitted, record what went where. Saving marks the bid "
            "submitted."), QUIET_TONE))
        layout.addLayout(form)
        layout.addWidget(self.file_list)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        layout.addWidget(self.save_button)
        layout.addWidget(wrapped_label(self.tr("Logged already:"), QUIET_TONE))
        layout.addWidget(self.earlier, 1)
        self.add_file.clicked.connect(self.choose_file)
        self.remove_file.clicked.connect(self._remove_file)
        self.save_button.clicked.connect(self.save)

    def show_for(self, opportunity_id: int | None) -> None:
        self.opportunity_id = opportunity_id
        self.files = []
        self._show_files()
        show_problem(self.problem, "")
        self.earlier.clear()
        for entry in submissions(self.context.database, opportunity_id) \
                if opportunity_id is not None else ():
            self.earlier.addItem(self.tr("{when} on {portal} by {who}: {reference} ({files})")
                                 .format(when=entry.when, portal=entry.portal,
                                         who=entry.submitted_by, reference=entry.confirmation,
                                         files=", ".join(f.file_name for f in entry.files)))
        say_when_empty(self.earlier, self.tr("No submission logged yet."))
        if not self.day.text():
            now = datetime.now(UTC).astimezone(UK)
            self.day.setText(typed_date(now.date()))
            self.clock.setText(f"{now:%H:%M}")
        self.setEnabled(opportunity_id is not None)

    def choose_file(self) -> None:
        path = dialogs.service.choose_file(self, self.tr("A file that was submitted"))
        if path is not None and path not in self.files:
            self.files.append(path)
            self._show_files()

    def _remove_file(self) -> None:
        row = self.file_list.currentRow()
        if 0 <= row < len(self.files):
            del self.files[row]
            self._show_files()

    def _show_files(self) -> None:
        self.file_list.clear()
        for path in self.files:
            self.file_list.addItem(path.name)
        say_when_empty(self.file_list, self.tr("No files added yet."))
        self.remove_file.setEnabled(bool(self.files))

    def save(self) -> SubmissionInfo | None:
        """Log the entry (all or nothing); a bid still being written is then submitted."""
        if self.opportunity_id is None:
            return None
        now = datetime.now(UTC)
        moment, problem = read_moment(self.day.text(), self.clock.text())
        saved = None
        if moment is not None:
            try:
                saved = record_submission(
                    self.context.database, self.context.evidence_folder, self.opportunity_id,
                    SubmissionInfo(None, self.portal.text(), moment, self.who.text(),
                                   self.confirmation.text()), self.files, now)
            except InvalidSubmission as error:
                problem = str(error)
        if saved is not None:
            for box in (self.portal, self.confirmation):
                box.clear()
            self.show_for(self.opportunity_id)
            problem = self._mark_submitted()
        show_problem(self.problem, problem)
        if saved is not None:
            self.logged.emit()
        return saved

    def _mark_submitted(self) -> str:
        assert self.opportunity_id is not None
        opportunity = load_opportunity(self.context.database, self.opportunity_id)
        if opportunity.status is not Status.WRITING:
            return ""
        try:
            move(self.context.database, self.opportunity_id, Status.SUBMITTED,
                 version=opportunity.version)
        except InvalidOpportunity as error:
            return str(error)
        return ""
