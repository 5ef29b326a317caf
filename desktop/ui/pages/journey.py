"""The portal journey: each qualification step on the buyer's portal, its status, date and notes.

At the top: how ready the organisation is (journey, questionnaires, evidence in date) and the one
thing to do next. Changes save themselves, like the questionnaires.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import certainty_label
from desktop.core.journey import InvalidStep, StepState, StepStatus, done_on_route
from desktop.core.journey_records import load_journey, save_step
from desktop.core.qualification import Readiness, readiness
from desktop.core.targets import Target
from desktop.i18n import tr
from desktop.questionnaire.values import read_date, typed_date
from desktop.ui import dialogs
from desktop.ui.conflicts import Subject, save_settling, show_text
from desktop.ui.context import PageContext
from desktop.ui.glossary_links import GlossaryLabel
from desktop.ui.look import section_heading
from desktop.ui.models.table import ReadOnlyTableModel
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    example,
    name,
    page_title,
    scrolling,
    show_problem,
    side_by_side,
    wrapped_label,
)
from desktop.ui.widgets.autosave import Autosaver, AutosavingPage, save_problem_label
from desktop.ui.widgets.inputs import NotesEdit


class StepTableModel(ReadOnlyTableModel[StepState]):
    def __init__(self, steps: list[StepState], parent: Any = None) -> None:
        super().__init__(steps, [self.tr("Step"), self.tr("What to do"), self.tr("Status"),
                                 self.tr("Date")], parent)

    def cell_text(self, row: StepState, column: int) -> str:
        return (str(row.number), row.step.label, row.status.label,
                typed_date(row.done_on))[column]


def readiness_text(figures: Readiness) -> str:
    evidence = tr("evidence: none added yet") if not figures.documents else tr(
        "evidence asked for, in date: {in_date} of {total}").format(
            in_date=figures.evidence_in_date, total=figures.evidence_total)
    if figures.supplier_route is not None:  # the Procurement Act: the supplier registration too
        return tr("Ready: {overall}% · portal journey {journey}% · supplier registration "
                  "{route}% · questionnaires {forms}% · {evidence}").format(
                      overall=round(figures.overall * 100),
                      journey=round(figures.journey * 100),
                      route=round(figures.supplier_route * 100),
                      forms=round(figures.questionnaires * 100), evidence=evidence)
    return tr("Ready: {overall}% · portal journey {journey}% · questionnaires {forms}% · "
              "{evidence}").format(
                  overall=round(figures.overall * 100), journey=round(figures.journey * 100),
                  forms=round(figures.questionnaires * 100), evidence=evidence)


class StepsPage(AutosavingPage):
    """A list of steps to work through (a framework's portal journey, or a route such as the
    Procurement Act supplier registration): each step's text, where it comes from, and the
    charity's status, date and notes, saved by themselves. Subclasses lay out `self.steps_view`
    (the list beside the chosen step) with what else they show."""

    def __init__(self, context: PageContext, steps: list[StepState],
                 save_state: Callable[[StepState], StepState], link_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.steps = steps
        self.save_state = save_state
        self.autosaver = Autosaver(lambda key, _raw: self.save_pending(key), parent=self)
        self.subject = Subject(self.tr("Someone else changed this step"),
                               self.tr("Someone else removed this step"), self._describe)

        self.model = StepTableModel(self.steps, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 50)
        self.table.setColumnWidth(1, 330)
        self.table.setWordWrap(True)
        name(self.table, self.tr("Steps"), self.tr("Choose a step with the arrow keys"))

        self.step_title = section_heading("")
        self.step_detail = GlossaryLabel(context.glossary)
        self.check_note = wrapped_label("", "check")
        self.show_sources = False  # a route shows where each step comes from
        self.source_note = wrapped_label("", QUIET_TONE)
        self.source_note.setObjectName("step-source")
        self.source_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name(self.source_note, self.tr("Where this step comes from"))
        self.status = QComboBox()
        for status in StepStatus:
            self.status.addItem(status.label, status.value)
        name(self.status, self.tr("Status of this step"))
        self.done_on = QLineEdit()
        self.done_on.setMaxLength(40)
        self.done_on.setPlaceholderText(example("31/03/2027"))
        name(self.done_on, self.tr("Date done"), self.tr("Type it like 31/03/2027"))
        self.notes = NotesEdit()
        self.notes.left.connect(self.autosaver.flush)
        name(self.notes, self.tr("Notes on this step"))
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        self.link = QPushButton(link_text)
        name(self.link, link_text.replace("&", ""),
             self.tr("Opens the website; nothing is sent from this app"))
        self.link.clicked.connect(self._open_link)
        # A step whose work is the supplier route's: said so, with the way there (JourneyPage)
        self.route_note = wrapped_label("", QUIET_TONE)
        self.route_note.setObjectName("done-on-route")
        self.route_note.hide()
        self.route_button = QPushButton(self.tr("Open Supplier &registration"))
        name(self.route_button, self.tr("Open Supplier registration"),
             self.tr("This step is done there, step by step"))
        self.route_button.hide()
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Status:"), self.status), self.status)
        form.addRow(buddy_label(self.tr("&Date done:"), self.done_on), self.done_on)
        form.addRow(buddy_label(self.tr("&Notes:"), self.notes), self.notes)
        details = QFrame()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.step_title)
        details_layout.addWidget(self.step_detail)
        details_layout.addWidget(self.check_note)
        details_layout.addWidget(self.source_note)
        details_layout.addWidget(self.link, 0, Qt.AlignmentFlag.AlignLeft)
        details_layout.addWidget(self.route_note)
        details_layout.addWidget(self.route_button, 0, Qt.AlignmentFlag.AlignLeft)
        details_layout.addLayout(form)
        details_layout.addWidget(self.problem)
        details_layout.addStretch(1)
        self.steps_view = side_by_side(self.table, scrolling(details, self.tr("The chosen step")),
                                       (560, 480), stretch_right=False)

        self.status.activated.connect(self._status_chosen)
        self.done_on.textEdited.connect(lambda _text: self.autosaver.edit("step", None))
        self.done_on.editingFinished.connect(self.autosaver.flush)
        self.notes.textChanged.connect(self._notes_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_step(current.row()))
        self.current = -1
        if self.steps:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def step_saved(self) -> None:
        """After a step was saved (the journey then shows how ready the charity is)."""

    def save_pending(self, key: str) -> None:
        """Save one kind of pending edit: "step" here; a subclass may add its own keys."""
        self._save()

    def check_words(self, certainty: str) -> str:
        """What a step marked "check" says (a route's steps are checked on the platform)."""
        return certainty_label(certainty)

    def show_step(self, row: int) -> None:
        self.autosaver.flush()
        if not 0 <= row < len(self.steps):
            return
        self.current = row
        state = self.steps[row]
        self.step_title.setText(self.tr("Step {number}: {title}").format(
            number=state.number, title=state.step.label))
        self.step_detail.set_text(state.step.text)
        needs_check = state.step.provenance.needs_checking
        self.check_note.setText("⚠ " + self.check_words(state.step.provenance.certainty)
                                if needs_check else "")
        self.check_note.setVisible(needs_check)
        self.source_note.setText(self.tr("Source: {title} — {url}").format(
            title=state.step.provenance.source_title, url=state.step.provenance.source_url)
            if self.show_sources and state.step.provenance.source_url else "")
        self.source_note.setVisible(bool(self.source_note.text()))
        self.link.setVisible(bool(state.step.url))
        on_route = done_on_route(state)
        self.route_note.setText(self._route_words(state) if on_route else "")
        name(self.route_note, self.route_note.text())
        for shown in (self.route_note, self.route_button):
            shown.setVisible(on_route)
        for editable in (self.status, self.done_on):  # the route's ticks say how far it is
            editable.setEnabled(not on_route)
        self._fill(state)
        self._show_problem("")

    def _route_words(self, state: StepState) -> str:
        if state.status is StepStatus.DONE:
            return self.tr("Done on Supplier registration: this step follows the steps you "
                           "tick there, so it is counted once.")
        return self.tr("Do this on Supplier registration: tick its steps there and this step "
                       "follows them, so it is counted once.")

    def _fill(self, state: StepState) -> None:
        for widget in (self.status, self.notes):
            widget.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(state.status.value))
        show_text(self.done_on, typed_date(state.done_on))
        show_text(self.notes, state.notes)
        for widget in (self.status, self.notes):
            widget.blockSignals(False)

    def open_item(self, step_code: str) -> None:
        """Show one step (from Find), the focus in its notes."""
        row = next((n for n, state in enumerate(self.steps) if state.step.code == step_code), -1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _status_chosen(self) -> None:
        if StepStatus(self.status.currentData()) is StepStatus.DONE and not self.done_on.text():
            self.done_on.setText(typed_date(date.today()))
        self.autosaver.edit("step", None)
        self.autosaver.flush()

    def _notes_changed(self) -> None:
        if self.current >= 0:
            self.autosaver.edit("step", None)

    def _save(self) -> None:
        """Save the step shown from what is on screen; a problem is shown and nothing saved.
        A colleague's change to the same step meanwhile is merged in (see ui.conflicts)."""
        if self.current < 0:
            return
        done_on, problem = read_date(self.done_on.text())
        base = self.steps[self.current]
        mine = replace(base, status=StepStatus(self.status.currentData()), done_on=done_on,
                       notes=self.notes.toPlainText())
        saved = None
        if not problem:
            try:
                saved = save_settling(self, self.subject, base, mine, self.save_state,
                                      self._fill)
            except InvalidStep as error:
                problem = str(error)
        self._show_problem(problem)
        if saved is None:
            return
        self.steps[self.current] = saved
        self.model.set_rows(self.steps)
        self.step_saved()

    def _describe(self, state: StepState) -> dict[str, tuple[str, str]]:
        return {"status": (self.tr("Status"), state.status.label),
                "done_on": (self.tr("Date done"), typed_date(state.done_on)),
                "notes": (self.tr("Notes"), state.notes)}

    def _show_problem(self, problem: str) -> None:
        show_problem(self.problem, problem)
        self.done_on.setAccessibleDescription(problem or self.tr("Type it like 31/03/2027"))

    def _open_link(self) -> None:
        if self.current >= 0:
            dialogs.service.open_external(QUrl(self.steps[self.current].step.url))


class JourneyPage(StepsPage):
    target_requested = Signal(object)  # a Target: the Supplier registration, for its steps

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        framework = context.catalogue.framework.code
        super().__init__(context, load_journey(context.database, context.organisation.id,
                                               context.catalogue),
                         lambda state: save_step(context.database, context.organisation.id,
                                                 framework, state, date.today()),
                         self.tr("Open the portal in your &browser"), parent)
        self.setObjectName("journey-page")
        self.route_button.clicked.connect(
            lambda: self.target_requested.emit(Target("supplier-route")))
        name(self.table, self.tr("Portal steps"), self.tr("Choose a step with the arrow keys"))
        name(self.link, self.tr("Open the portal in your browser"),
             self.tr("Opens the buyer's website; nothing is sent from this app"))
        self.readiness = wrapped_label("")
        self.readiness.setObjectName("readiness")
        self.next_action = wrapped_label("")
        self.next_action.setObjectName("next-action")
        font = self.next_action.font()
        font.setBold(True)
        self.next_action.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Portal journey")))
        layout.addWidget(GlossaryLabel(context.glossary, self.tr(
            "The steps to qualify on the buyer's e-sourcing portal. Mark each one as you go; "
            "changes save themselves."), QUIET_TONE))
        layout.addWidget(self.readiness)
        layout.addWidget(self.next_action)
        layout.addWidget(save_problem_label(self.autosaver))
        layout.addWidget(self.steps_view, 1)

    def step_saved(self) -> None:
        self.refresh_readiness()

    def refresh_readiness(self) -> None:
        context = self.context
        figures = readiness(context.database, context.organisation.id, context.catalogue,
                            context.forms, context.evidence_folder, date.today())
        self.readiness.setText(readiness_text(figures))
        self.next_action.setText(self.tr("Next: {action}").format(action=figures.next_action))
        name(self.readiness, self.readiness.text())
        name(self.next_action, self.next_action.text())


    def on_shown(self) -> None:
        """Steps done on the supplier route may have moved on there: read them again."""
        if any(done_on_route(state) for state in self.steps):
            self.steps[:] = load_journey(self.context.database, self.context.organisation.id,
                                         self.context.catalogue)
            self.model.set_rows(self.steps)
            if 0 <= self.current < len(self.steps):
                self.show_step(self.current)
        self.refresh_readiness()
