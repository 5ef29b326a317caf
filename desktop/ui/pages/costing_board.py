"""The Costing page's Board tab: the risks the trustees weigh for this opportunity (each with a
level and their view, saved as typed), the staff who may transfer under TUPE, the bid / no-bid
checklist's score, and the board's decision as minuted — which, once recorded, is the
opportunity's bid / no-bid decision."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.board import (
    TUPE_STAFF_LIMIT,
    BoardDecision,
    BoardReview,
    Decision,
    Level,
    RiskView,
    load_risk_kinds,
)
from desktop.core.board_records import (
    InvalidReview,
    charity_objects,
    load_review,
    record_board_decision,
    save_review,
)
from desktop.core.checklist import load_checklist, score
from desktop.core.conflicts import RecordConflict
from desktop.core.opportunity_records import load_opportunity
from desktop.i18n import pounds
from desktop.questionnaire.values import read_date, typed_date
from desktop.ui import dialogs, look
from desktop.ui.context import PageContext
from desktop.ui.pages.costing_figures import read_money
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    add_rows,
    buddy_label,
    example,
    line,
    name,
    show_problem,
    wrapped_label,
)
from desktop.ui.widgets.inputs import NotesEdit


class BoardPanel(QWidget):
    """Edits one opportunity's board review (a recorded decision changes the opportunity's own
    decision with it: its page shows it when next opened)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.review: BoardReview | None = None
        self._loading = False
        self.kinds = load_risk_kinds()

        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        risks = look.Card(self.tr("Risks the board must weigh"))
        risk_form = risks.fill(QVBoxLayout())
        self.levels: dict[str, QComboBox] = {}
        self.notes: dict[str, NotesEdit] = {}
        self.objects = wrapped_label("", QUIET_TONE)
        name(self.objects, self.tr("The charity's objects, from the organisation profile"))
        for kind in self.kinds:
            level = QComboBox()
            for choice in Level:
                level.addItem(choice.label, choice.value)
            name(level, self.tr("Level: {risk}").format(risk=kind.label))
            level.currentIndexChanged.connect(self._changed)
            note = NotesEdit()
            note.setFixedHeight(64)
            note.setPlaceholderText(self.tr("The board's view"))
            name(note, self.tr("The board's view: {risk}").format(risk=kind.label),
                 kind.guidance)
            note.setToolTip(kind.guidance)
            note.left.connect(self._changed)
            self.levels[kind.code], self.notes[kind.code] = level, note
            heading = QHBoxLayout()
            title = buddy_label(kind.label, level)
            title.setWordWrap(True)
            heading.addWidget(title, 1)
            heading.addWidget(level)
            risk_form.addLayout(heading)
            guidance = wrapped_label(kind.guidance, QUIET_TONE)
            risk_form.addWidget(guidance)
            if kind.code == "mission":
                risk_form.addWidget(self.objects)
            risk_form.addWidget(note)

        tupe = look.Card(self.tr("TUPE: staff who may transfer"))
        tupe_form = tupe.fill(QFormLayout())
        self.tupe_staff = QSpinBox()
        self.tupe_staff.setRange(0, TUPE_STAFF_LIMIT)
        name(self.tupe_staff, self.tr("Staff who may transfer"))
        self.tupe_staff.editingFinished.connect(self._changed)
        self.tupe_cost = line(example("118,000"), self.tr("Their pay and on-costs a year, in "
                                                          "pounds"))
        self.tupe_cost.editingFinished.connect(self._changed)
        self.tupe_pension = NotesEdit()
        self.tupe_pension.setFixedHeight(64)
        name(self.tupe_pension, self.tr("Their pensions"),
             self.tr("For example a public-sector scheme the charity would have to match"))
        self.tupe_pension.left.connect(self._changed)
        add_rows(tupe_form, [(self.tr("Staff who may transfer:"), self.tupe_staff),
                             (self.tr("Their pay and on-costs a year (£):"), self.tupe_cost),
                             (self.tr("Their pensions:"), self.tupe_pension)])

        self.checklist = wrapped_label("")
        name(self.checklist, self.tr("Bid / no-bid checklist score"))

        decision_box = look.Card(self.tr("The board's decision"))
        decision_form = decision_box.fill(QFormLayout())
        self.met_on = line(example("10/12/2026"), self.tr("Date of the meeting"))
        self.meeting = line(self.tr("e.g. Trustees' meeting"), self.tr("Meeting"))
        self.minute = line(example("7/2026"), self.tr("Minute reference"))
        self.decision = QComboBox()
        for decided in Decision:
            self.decision.addItem(decided.label, decided.value)
        name(self.decision, self.tr("The board's decision"))
        self.conditions = NotesEdit()
        self.conditions.setFixedHeight(64)
        name(self.conditions, self.tr("Conditions"),
             self.tr("What the board asks for, e.g. a price no lower than full cost"))
        add_rows(decision_form, [(self.tr("Date of the meeting:"), self.met_on),
                                 (self.tr("Meeting:"), self.meeting),
                                 (self.tr("Mi&nute reference:"), self.minute),
                                 (self.tr("Decision:"), self.decision),
                                 (self.tr("Conditions:"), self.conditions)])
        self.record = QPushButton(self.tr("Record the bo&ard's decision"))
        name(self.record, self.tr("Record the board's decision"),
             self.tr("It becomes the opportunity's bid / no-bid decision"))
        self.record.clicked.connect(self.record_decision)
        decision_form.addRow(self.record)
        self.recorded = wrapped_label("")
        name(self.recorded, self.tr("The decision recorded"))
        decision_form.addRow(self.recorded)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(look.LARGE)  # the design's gap between cards
        for part in (self.problem, risks, tupe, self.checklist, decision_box):
            layout.addWidget(part)
        layout.addStretch(1)

    # --- showing ------------------------------------------------------------------------

    def show_for(self, opportunity_id: int) -> None:
        self.show_review(load_review(self.context.database, opportunity_id))

    def show_review(self, review: BoardReview) -> None:
        self.review = review
        self._loading = True
        for kind in self.kinds:
            view = review.view(kind.code)
            level = self.levels[kind.code]
            level.setCurrentIndex(max(0, level.findData(view.level.value)))
            self.notes[kind.code].setPlainText(view.note)
        self.tupe_staff.setValue(review.tupe_staff)
        self.tupe_cost.setText(pounds(review.tupe_cost).removeprefix("£")
                               if review.tupe_cost is not None else "")
        self.tupe_pension.setPlainText(review.tupe_pension)
        decision = review.decision
        self.met_on.setText(typed_date(decision.met_on) if decision.met_on else "")
        self.meeting.setText(decision.meeting)
        self.minute.setText(decision.minute)
        self.decision.setCurrentIndex(max(0, self.decision.findData(decision.decision.value)))
        self.conditions.setPlainText(decision.conditions)
        self._loading = False
        objects = charity_objects(self.context.database, self.context.organisation.id)
        self.objects.setText(self.tr("The charity's objects: {objects}").format(
            objects=objects) if objects else self.tr(
            "Add the charity's objects to the organisation profile to check the fit "
            "against them."))
        opportunity = load_opportunity(self.context.database, review.opportunity_id)
        checklist = load_checklist()
        ticked = any(opportunity.checklist.get(item.code) for item in checklist)
        self.checklist.setText(self.tr("Bid / no-bid checklist score: {score} / 100 (answered "
                                       "on the opportunity's page).").format(
            score=score(checklist, opportunity.checklist)) if ticked else self.tr(
            "The bid / no-bid checklist is not answered yet: answer it on the opportunity's "
            "page (Opportunities)."))
        self.recorded.setText(self.tr(
            "Recorded — {decision}. It is the opportunity's bid / no-bid decision now.").format(
            decision=decision.describe()) if decision.recorded else self.tr(
            "No decision recorded yet: the trustees' paper leaves a space to write it."))
        show_problem(self.problem, "")

    # --- saving -------------------------------------------------------------------------

    def read_review(self) -> BoardReview:
        """What the tab shows (risks and TUPE); ValueError says what cannot be read."""
        assert self.review is not None
        cost_text = self.tupe_cost.text().strip()
        cost = read_money(cost_text, self.tr("Their pay and on-costs a year")) \
            if cost_text else None
        return replace(self.review, risks={
            code: RiskView(Level(self.levels[code].currentData()),
                           self.notes[code].toPlainText().strip())
            for code in self.levels}, tupe_staff=self.tupe_staff.value(), tupe_cost=cost,
            tupe_pension=self.tupe_pension.toPlainText().strip())

    def _changed(self, *_args: object) -> None:
        if self._loading or self.review is None:
            return
        try:
            review = self.read_review()
            if review == self.review:
                return
            self.review = save_review(self.context.database, review)
        except RecordConflict:
            self._conflict()
            return
        except ValueError as problem:  # InvalidReview, or a figure that cannot be read
            show_problem(self.problem, str(problem))
            return
        show_problem(self.problem, "")

    def record_decision(self) -> None:
        if self.review is None:
            return
        met_on, problem = read_date(self.met_on.text(), self.tr("Date of the meeting"))
        if problem:
            show_problem(self.problem, problem)
            return
        decision = BoardDecision(met_on, self.meeting.text(), self.minute.text(),
                                 Decision(self.decision.currentData()),
                                 self.conditions.toPlainText())
        try:
            self.review = record_board_decision(self.context.database, self.review, decision,
                                                date.today())
        except RecordConflict:
            self._conflict()
            return
        except InvalidReview as invalid:
            show_problem(self.problem, str(invalid))
            return
        self.show_review(self.review)

    def _conflict(self) -> None:
        assert self.review is not None
        dialogs.service.show_warning(
            self, self.tr("Someone else changed the board's review"),
            self.tr("A colleague saved this opportunity's risks or decision while you were "
                    "changing them. Theirs are shown now: make your change again."))
        self.show_for(self.review.opportunity_id)

