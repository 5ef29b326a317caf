"""The submission log beside a bid's questions: record what went where once it is submitted.

Portal, date and time (UK), who pressed submit, the portal's confirmation reference and the
exact files sent (each copied into the evidence store with its SHA-256). Saving the entry marks
a bid still being written as submitted; the opportunity cannot be marked submitted without one.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.opportunities import UK, InvalidOpportunity, Status
from desktop.core.opportunity_records import load_opportunity, move
from desktop.core.submission import InvalidSubmission, SubmissionInfo, read_moment
from desktop.core.submission_records import record_submission, submissions
from desktop.questionnaire.values import typed_date
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
