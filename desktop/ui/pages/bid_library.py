"""The answer library beside a bid's questions: find an answer already written, copy it into
the draft, or keep the draft's polished wording for next time.

Typing in the search box looks through every answer the charity has written (library entries,
bids' answers, won or lost, and the selection questionnaire's written answers). Each result says
where it was used, the outcome and score if recorded, its age, and whether its review date has
passed. Enter on a result (or "Use this answer") copies its words into the answer being written:
a copy, never a link, so changing one never changes another.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

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
from desktop.questionnaire.values import read_date
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
