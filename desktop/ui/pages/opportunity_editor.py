"""One opportunity: details, lots, timetable, pipeline, bid / no-bid decision and tasks.

Details and the timetable save themselves when the person moves on (like every page); a
timetable out of order or a value that is not money is pointed out and not saved, and nothing
typed is lost. Moving along the pipeline, recording a decision and tasks save at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import regime_label
from desktop.core.checklist import load_checklist, score
from desktop.core.opportunities import (
    MOVES,
    InvalidOpportunity,
    Kind,
    MilestoneInfo,
    OpportunityInfo,
    Status,
    TaskInfo,
    check_move,
    check_opportunity,
    commissioner_label,
    task_line,
    task_warnings,
    uk_time,
)
from desktop.core.opportunity_records import (
    delete_opportunity,
    delete_task,
    duplicate_reference,
    load_opportunity,
    move,
    move_to_framework,
    record_decision,
    save_opportunity,
    save_task,
)
from desktop.core.timetables import (
    DEFAULT_REGIME,
    STANDSTILL,
    Regime,
    framework_regime,
    regime,
    regimes,
    usual_milestones,
    worked_out,
)
from desktop.i18n import long_date, plural
from desktop.questionnaire.model import Choice, Field, FieldType
from desktop.questionnaire.values import interpret, read_date, typed_date
from desktop.ui import dialogs, look
from desktop.ui.conflicts import Subject, remove_checked, save_settling, show_text
from desktop.ui.context import PageContext
from desktop.ui.look import section_heading
from desktop.ui.pages.bid_partners import BidPartnersBox
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    example,
    line,
    name,
    scrolling,
    show_problem,
    wrapped_check,
    wrapped_label,
    wrapping_list,
)
from desktop.ui.widgets.autosave import Autosaver, save_problem_label
from desktop.ui.widgets.inputs import MultiChoiceInput, NotesEdit

MONEY = Field("value", "Value", FieldType.MONEY)
MONTHS = Field("length", "Length", FieldType.NUMBER)
CLOCK = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


def money_text(pence: int | None) -> str:
    """Pence as the value box shows them: 2,400,000 (and pence only when there are some)."""
    return f"{pence / 100:,.2f}".removesuffix(".00") if pence is not None else ""


class OpportunityEditor(QWidget):
    saved = Signal(int)  # the opportunity's id, after any change was saved
    deleted = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current: OpportunityInfo | None = None
        # The packs, read once: shown beside every opportunity (they change only at a start)
        self.frameworks = {info.code: info for info in context.workspace.frameworks()}
        self.checklist = load_checklist()
        self.autosaver = Autosaver(lambda _key, _raw: self._save_details(), parent=self)
        self.subject = Subject(self.tr("Someone else changed this opportunity"),
                               self.tr("Someone else deleted this opportunity"), self._describe)
        self.task_subject = Subject(self.tr("Someone else changed this task"),
                                    self.tr("Someone else removed this task"),
                                    self._describe_task)
        self._loading = False

        self.heading = section_heading(self.tr("New opportunity"))
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.setObjectName("opportunity-problem")
        self.problem.hide()
        self.warning = wrapped_label("", PROBLEM_TONE)
        self.warning.hide()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(look.LARGE)  # the design's gap between cards
        layout.addWidget(self.heading)
        layout.addWidget(save_problem_label(self.autosaver))
        layout.addWidget(self.problem)
        layout.addWidget(self.warning)
        self.partners = BidPartnersBox(context)
        for group in (self._details(), self._lots(), self._timetable(), self._pipeline(),
                      self._decision(), self._tasks(), self.partners):
            layout.addWidget(group)
        self.delete_button = QPushButton(self.tr("Delete this opportunity…"))
        name(self.delete_button, self.tr("Delete this opportunity"))
        self.delete_button.clicked.connect(self.delete_current)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.body_scroll = scrolling(body, self.tr("The chosen opportunity"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body_scroll)
        self.show_opportunity(None)

    # -- building -------------------------------------------------------------------------
    def _details(self) -> look.Card:
        box = look.Card(self.tr("Details"))
        self.title = line(self.tr("e.g. Accommodation Services for Wales"), self.tr("Title"))
        self.reference = line(example("PSDF-CO-ACC-D-01"), self.tr("Buyer's reference"))
        self.commissioner = QComboBox()
        self.commissioner.addItem(commissioner_label("national", self.context.catalogue),
                                  "national")
        for region in self.context.catalogue.regions:
            self.commissioner.addItem(commissioner_label(region.code, self.context.catalogue),
                                      region.code)
        self.commissioner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)  # the list is wide
        self.commissioner.setMinimumContentsLength(16)
        name(self.commissioner, self.tr("Commissioner"))
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind.label, kind.value)
        name(self.kind, self.tr("Contract or grant"))
        self.regime = QComboBox()
        for each in regimes():  # short names (the pane is narrow); the full one on hovering
            self.regime.addItem(regime_label(each.code), each.code)
            self.regime.setItemData(self.regime.count() - 1, each.name,
                                    Qt.ItemDataRole.ToolTipRole)
        name(self.regime, self.tr("Procurement rules"),
             self.tr("The Public Contracts Regulations 2015 or the Procurement Act 2023"))
        self.procedure = QComboBox()
        name(self.procedure, self.tr("Procedure"))
        self.framework = QComboBox()
        name(self.framework, self.tr("Framework"),
             self.tr("The framework this opportunity is listed under: choose another to move "
                     "it there"))
        for combo in (self.regime, self.procedure, self.framework):  # the pane stays narrow
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.value = line(example("2,400,000"), self.tr("Value in pounds"))
        self.length = line(example("36"), self.tr("Length in months"))
        self.notes = NotesEdit()
        self.notes.setFixedHeight(90)
        name(self.notes, self.tr("Notes"))
        form = box.fill(QFormLayout())
        for label, widget in ((self.tr("&Title:"), self.title),
                              (self.tr("&Reference:"), self.reference),
                              (self.tr("&Commissioner:"), self.commissioner),
                              (self.tr("&Kind:"), self.kind),
                              (self.tr("Rules:"), self.regime),
                              (self.tr("Procedure:"), self.procedure),
                              (self.tr("Framework:"), self.framework),
                              (self.tr("&Value (£):"), self.value),
                              (self.tr("&Length (months):"), self.length),
                              (self.tr("N&otes:"), self.notes)):
            form.addRow(buddy_label(label, widget), widget)
        for edit in (self.title, self.reference, self.value, self.length):
            edit.textEdited.connect(self._edited)
            edit.editingFinished.connect(self.autosaver.flush)
        for combo in (self.commissioner, self.kind, self.procedure):
            combo.activated.connect(self._chosen)
        self.regime.activated.connect(self._regime_chosen)
        self.framework.activated.connect(self._framework_chosen)
        self.procedure.activated.connect(lambda _index: self._show_standstill_note())
        self.notes.textChanged.connect(self._edited)
        self.notes.left.connect(self.autosaver.flush)
        return box

    def _lots(self) -> look.Card:
        box = look.Card(self.tr("Lots"))
        choices = tuple(Choice(lot.code, lot.title) for lot in self.context.catalogue.lots)
        self.lots = MultiChoiceInput(Field("lots", "Lots", FieldType.MULTI_CHOICE,
                                           choices=choices))
        name(self.lots, self.tr("Lots this opportunity is for"),
             self.tr("Tick with the space bar"))
        self.lots.signals.changed.connect(self._edited)
        self.lots.signals.finished.connect(self.autosaver.flush)
        self.lot_filter = line(self.tr("Type to narrow the list, e.g. Wales or women"),
                               self.tr("Find a lot in the list"))
        self.lot_filter.setClearButtonEnabled(True)
        self.ticked_only = QCheckBox(self.tr("Only the ticked ones"))
        name(self.ticked_only, self.tr("Show only the lots ticked"))
        self.lots_shown = wrapped_label("", QUIET_TONE)
        self.lot_filter.textChanged.connect(lambda _text: self._filter_lots())
        self.ticked_only.toggled.connect(lambda _on: self._filter_lots())
        self.lots.signals.changed.connect(self._filter_lots)
        search = QHBoxLayout()
        search.addWidget(self.lot_filter, 1)
        search.addWidget(self.ticked_only)
        layout = box.fill(QVBoxLayout())
        layout.addLayout(search)
        layout.addWidget(self.lots)
        layout.addWidget(self.lots_shown)
        return box

    def _filter_lots(self) -> None:
        shown = self.lots.show_only(self.lot_filter.text(), self.ticked_only.isChecked())
        ticked = len(self.lots.raw() or [])
        self.lots_shown.setText(self.tr("{ticked} ticked · {shown} of {total} shown").format(
            ticked=ticked, shown=shown, total=self.lots.count()))
        name(self.lots_shown, self.lots_shown.text())

    def _timetable(self) -> look.Card:
        """A row for every milestone of every regime; those of the chosen regime are shown
        (`_show_regime`), so changing the rules keeps every date typed."""
        box = look.Card(self.tr("Timetable (UK time)"))
        grid = box.fill(QGridLayout())
        self.dates: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        self.date_labels: dict[str, QLabel] = {}
        codes = list(dict.fromkeys(m.code for each in regimes() for m in each.milestones))
        order = {m.code: n for n, m in enumerate(regime(DEFAULT_REGIME).milestones)}
        codes.sort(key=lambda code: order.get(code, order.get("award", 0) + 0.5))
        for row, code in enumerate(codes):
            day = line(example("31/03/2027"), code)
            clock = line(example("12:00"), code, self.tr("Leave empty for the whole day"))
            clock.setMaximumWidth(clock.fontMetrics().horizontalAdvance(clock.placeholderText())
                                  + 24)
            for edit in (day, clock):
                edit.textEdited.connect(self._edited)
                edit.editingFinished.connect(self.autosaver.flush)
            label = buddy_label(code, day)
            grid.addWidget(label, row, 0)
            grid.addWidget(day, row, 1)
            grid.addWidget(clock, row, 2)
            self.dates[code], self.date_labels[code] = (day, clock), label
        for edit in self.dates[STANDSTILL]:
            edit.setReadOnly(True)  # worked out from the award date by the rules
        self.standstill_note = wrapped_label("", QUIET_TONE)
        self.standstill_note.setObjectName("standstill-note")
        grid.addWidget(self.standstill_note, len(self.dates), 0, 1, 3)
        self.fill_button = QPushButton(self.tr("Fill in the &usual timetable from the "
                                               "publication date"))
        name(self.fill_button, self.fill_button.text().replace("&", ""))
        self.fill_button.clicked.connect(self.fill_timetable)
        grid.addWidget(self.fill_button, len(self.dates) + 1, 0, 1, 3)
        grid.addWidget(wrapped_label(self.tr("The usual timetable is not confirmed for this "
                                             "framework: use the buyer's dates."), QUIET_TONE),
                       len(self.dates) + 2, 0, 1, 3)
        return box

    def chosen_regime(self) -> Regime:
        return regime(self.regime.currentData() or DEFAULT_REGIME)

    def _show_regime(self, procedure: str) -> None:
        """Rows, labels and procedures of the regime chosen; `procedure` chosen if it has it."""
        chosen = self.chosen_regime()
        labels = {m.code: m.label for m in chosen.milestones}
        for code, (day, clock) in self.dates.items():
            shown = code in labels
            label = labels.get(code, code)
            for widget in (day, clock, self.date_labels[code]):
                widget.setVisible(shown)
            self.date_labels[code].setText(label)
            name(day, self.tr("{milestone}: date").format(milestone=label))
            name(clock, self.tr("{milestone}: time").format(milestone=label),
                 self.tr("Leave empty for the whole day"))
        self.procedure.blockSignals(True)
        self.procedure.clear()
        self.procedure.addItem(self.tr("(not known yet)"), "")
        for each in chosen.procedures:
            self.procedure.addItem(each.label, each.code)
        self.procedure.setCurrentIndex(max(0, self.procedure.findData(procedure)))
        self.procedure.blockSignals(False)
        self._show_standstill_note()

    def _show_standstill_note(self) -> None:
        chosen = self.chosen_regime()
        note = self.tr("Standstill: {rule}").format(rule=chosen.standstill_note)
        procedure = chosen.procedure(self.procedure.currentData() or "")
        if procedure is not None and procedure.standstill == "voluntary":
            note += " " + self.tr("For this procedure a standstill is voluntary: check the "
                                  "tender documents.")
        elif procedure is not None and procedure.standstill == "check":
            note += " " + self.tr("Whether this procedure has a standstill is not confirmed: "
                                  "check the tender documents.")
        self.standstill_note.setText(note)
        name(self.standstill_note, note)

    def _show_worked_out(self, info: OpportunityInfo) -> None:
        """The standstill's end as the rules worked it out (its boxes cannot be typed in)."""
        day, clock = self.dates[STANDSTILL]
        end = info.milestone(STANDSTILL)
        show_text(day, typed_date(end.local.date()) if end else "")
        show_text(clock, f"{end.local:%H:%M}" if end and not end.all_day else "")

    def _framework_names(self) -> dict[str, str]:
        return {code: info.name for code, info in self.frameworks.items()}

    def _show_frameworks(self, info: OpportunityInfo) -> None:
        """The frameworks followed, and the one it is under (followed or not); a new
        opportunity is listed under the framework the pages work on, so it cannot move yet."""
        here = info.framework_code or self.context.catalogue.framework.code
        codes = dict.fromkeys([here, *self.context.workspace.followed_codes(
            self.context.organisation.id)])
        self.framework.clear()
        for code in codes:  # short names (the pane is narrow); the full one on hovering
            pack = self.frameworks.get(code)
            self.framework.addItem(pack.short_name or pack.name if pack else code, code)
            self.framework.setItemData(self.framework.count() - 1, pack.name if pack else code,
                                       Qt.ItemDataRole.ToolTipRole)
        self.framework.setCurrentIndex(max(0, self.framework.findData(here)))
        self.framework.setEnabled(info.id is not None and self.framework.count() > 1)

    def _framework_chosen(self, _index: int) -> None:
        """Move the opportunity to the framework chosen, once the person has said so."""
        chosen, current = self.framework.currentData(), self.current
        if current is None or current.id is None or chosen == current.framework_code:
            return
        if not self.autosaver.flush():
            self._show_frameworks(current)
            return
        framework = self._framework_names().get(chosen, chosen)
        title = self.tr("Move to another framework")
        if not dialogs.service.confirm(self, title, self.tr(
                "Move “{opportunity}” to {framework}? It will then be listed when you work on "
                "{framework}. Its dates, tasks, bid answers and costing go with it.").format(
                opportunity=current.title, framework=framework)):
            self._show_frameworks(current)
            return
        database = self.context.database
        moved = self._settle(replace(current, framework_code=chosen),
                             lambda attempt: move_to_framework(
                                 database, self._id(attempt), attempt.framework_code,
                                 version=attempt.version), self._show_frameworks)
        if moved is None:
            return
        here = self.context.catalogue.framework.code
        if moved.framework_code == here:
            self._show_again()
            return
        self.show_opportunity(None)
        self.deleted.emit()  # not listed here any more
        dialogs.service.explain(self, title, self.tr(
            "“{opportunity}” is now listed under {framework}. Choose {framework} in “Working "
            "on” to see it.").format(opportunity=moved.title, framework=framework))

    def _regime_chosen(self, _index: int) -> None:
        self._show_regime(self.procedure.currentData() or "")
        self._chosen(_index)

    def _pipeline(self) -> look.Card:
        box = look.Card(self.tr("Where it is"))
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.reason = line(self.tr("Why, when it is lost or withdrawn"),
                           self.tr("Reason for the outcome"))
        self.move_buttons = QVBoxLayout()  # one under another: the pane stays narrow
        layout = box.fill(QVBoxLayout())
        layout.addWidget(self.status_label)
        layout.addLayout(self.move_buttons)
        layout.addWidget(self.reason)
        return box

    def _decision(self) -> look.Card:
        box = look.Card(self.tr("Bid or no bid?"))
        layout = box.fill(QVBoxLayout())
        self.checks: dict[str, QCheckBox] = {}
        for item in self.checklist:
            check, row = wrapped_check(item.question)
            check.toggled.connect(self._show_score)
            self.checks[item.code] = check
            layout.addWidget(row)
        self.score = QLabel()
        self.decision = QComboBox()
        for label, value in ((self.tr("(not decided)"), ""), (self.tr("Bid"), "bid"),
                             (self.tr("No bid"), "no-bid")):
            self.decision.addItem(label, value)
        name(self.decision, self.tr("Decision"))
        self.decided_by = line(self.tr("Who decided, e.g. the trustees"),
                               self.tr("Who decided"))
        self.decision_why = NotesEdit()
        self.decision_why.setFixedHeight(70)
        name(self.decision_why, self.tr("Why"))
        self.record_button = QPushButton(self.tr("Record the &decision"))
        name(self.record_button, self.tr("Record the decision"))
        self.record_button.clicked.connect(self.record)
        self.recorded = wrapped_label("", QUIET_TONE)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("Decision:"), self.decision), self.decision)
        form.addRow(buddy_label(self.tr("Decided &by:"), self.decided_by), self.decided_by)
        form.addRow(buddy_label(self.tr("&Why:"), self.decision_why), self.decision_why)
        layout.addWidget(self.score)
        layout.addLayout(form)
        layout.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.recorded)
        return box

    def _tasks(self) -> look.Card:
        box = look.Card(self.tr("Tasks"))
        self.task_list = wrapping_list()
        name(self.task_list, self.tr("Tasks: tick when done"),
             self.tr("Space ticks the chosen task"))
        self.task_list.itemChanged.connect(self._task_ticked)
        self.task_title = line(self.tr("What needs doing"), self.tr("New task"))
        self.task_owner = line(self.tr("Who"), self.tr("New task: who does it"))
        self.task_due = line(example("31/03/2027"), self.tr("New task: due date"))
        self.add_task_button = QPushButton(self.tr("&Add task"))
        name(self.add_task_button, self.tr("Add task"))
        self.add_task_button.clicked.connect(self.add_task)
        self.task_title.returnPressed.connect(self.add_task)
        self.remove_task_button = QPushButton(self.tr("Remove the chosen task"))
        name(self.remove_task_button, self.remove_task_button.text())
        self.remove_task_button.clicked.connect(self.remove_task)
        new = QHBoxLayout()
        for widget in (self.task_title, self.task_owner, self.task_due, self.add_task_button):
            new.addWidget(widget)
        layout = box.fill(QVBoxLayout())
        layout.addWidget(self.task_list)
        layout.addLayout(new)
        layout.addWidget(self.remove_task_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    # -- showing --------------------------------------------------------------------------
    def show_opportunity(self, opportunity_id: int | None) -> None:
        self.autosaver.flush()
        self.current = (load_opportunity(self.context.database, opportunity_id)
                        if opportunity_id is not None else None)
        info = self.current or OpportunityInfo(
            None, "", regime=framework_regime(self.context.catalogue))
        self._fill_details(info)
        self._loading = True
        for code, check in self.checks.items():
            check.setChecked(bool(info.checklist.get(code)))
        self.decision.setCurrentIndex(max(0, self.decision.findData(info.decision)))
        self.decided_by.setText(info.decided_by)
        self.decision_why.setPlainText(info.decision_why)
        self.recorded.setText(self.tr("Recorded: {decision}, by {who} on {day}.").format(
            decision=self.decision.currentText(), who=info.decided_by,
            day=long_date(info.decided_at.date())) if info.decided_at else "")
        self.reason.setText(info.outcome_reason)
        self._fill_tasks(info)
        self.partners.show_bid(info.id)
        self._loading = False
        self._show_pipeline(info)
        self._show_score()
        self._show_problem("")
        self._show_warnings(info)
        saved = info.id is not None
        for widget in (self.delete_button, self.record_button, self.add_task_button,
                       self.remove_task_button):
            widget.setEnabled(saved)

    def _fill_details(self, info: OpportunityInfo) -> None:
        """The details, lots and timetable; a box already showing its value is left alone."""
        self._loading = True
        self.heading.setText(info.title or self.tr("New opportunity"))
        show_text(self.title, info.title)
        show_text(self.reference, info.buyer_reference)
        self.commissioner.setCurrentIndex(max(0, self.commissioner.findData(info.commissioner)))
        self.kind.setCurrentIndex(self.kind.findData(info.kind.value))
        self.regime.setCurrentIndex(max(0, self.regime.findData(info.regime)))
        self._show_regime(info.procedure)
        self._show_frameworks(info)
        show_text(self.value, money_text(info.value))
        show_text(self.length, str(info.length_months) if info.length_months else "")
        show_text(self.notes, info.notes)
        if tuple(self.lots.raw() or ()) != info.lot_codes:
            self.lots.set_raw(list(info.lot_codes))
        self._filter_lots()
        for code, (day, clock) in self.dates.items():
            milestone = info.milestone(code)
            show_text(day, typed_date(milestone.local.date()) if milestone else "")
            show_text(clock, "" if milestone is None or milestone.all_day
                      else f"{milestone.local:%H:%M}")
        self._loading = False

    def _fill_tasks(self, info: OpportunityInfo) -> None:
        self.task_list.blockSignals(True)
        self.task_list.clear()
        today = date.today()
        for task in info.tasks:
            item = QListWidgetItem(task_line(task, today))
            item.setData(Qt.ItemDataRole.UserRole, task)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
            self.task_list.addItem(item)
        self.task_list.blockSignals(False)

    def show_task(self, task_id: int) -> None:
        """Bring the task into view, chosen, with the focus on the list (from Find)."""
        for row in range(self.task_list.count()):
            task = self.task_list.item(row).data(Qt.ItemDataRole.UserRole)
            if task.id == task_id:
                self.task_list.setCurrentRow(row)
                self.body_scroll.ensureWidgetVisible(self.task_list)
                self.task_list.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _show_pipeline(self, info: OpportunityInfo) -> None:
        self.status_label.setText(self.tr("Status: {status}").format(status=info.status.label))
        name(self.status_label, self.status_label.text())
        while (item := self.move_buttons.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for target in MOVES[info.status] if info.id is not None else ():
            button = QPushButton(self.tr("Move to: {status}").format(status=target.label))
            name(button, button.text())
            button.clicked.connect(lambda _=False, t=target: self.move_to(t))
            self.move_buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.show()  # now, not on the next turn of the event loop
        self.move_buttons.addStretch(1)

    def _show_score(self) -> None:
        answers = {code: check.isChecked() for code, check in self.checks.items()}
        self.score.setText(self.tr("Score: {score} out of 100").format(
            score=score(self.checklist, answers)))
        name(self.score, self.score.text())

    def _show_problem(self, problem: str) -> None:
        show_problem(self.problem, problem)

    def _show_warnings(self, info: OpportunityInfo) -> None:
        warnings = task_warnings(info)
        other = duplicate_reference(self.context.database, self.context.organisation.id,
                                    info.buyer_reference, info.id)
        if other:
            warnings.insert(0, self.tr("\"{title}\" has the same buyer reference: is it the "
                                       "same opportunity?").format(title=other))
        self.warning.setText("\n".join("⚠ " + w for w in warnings))
        self.warning.setVisible(bool(warnings))

    # -- saving ---------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self.autosaver.edit("details", None)

    def _chosen(self, _index: int) -> None:
        """A choice from a list is whole at once: saved now, not after the typing pause."""
        self._edited()
        self.autosaver.flush()

    def _read(self) -> tuple[OpportunityInfo | None, str]:
        """The opportunity as typed, or the first reason it cannot be saved."""
        value = interpret(MONEY, self.value.text())
        months = interpret(MONTHS, self.length.text())
        if value.problem or months.problem:
            return None, value.problem or self.tr("Type the length as a number of months.")
        chosen = self.chosen_regime()
        base = self.current or OpportunityInfo(None, "", regime=chosen.code)
        shown = {m.code for m in chosen.milestones}
        # Dates of the other regime's rows are kept, not shown: changing the rules loses none.
        milestones = [m for m in base.milestones if m.code not in shown]
        for default in chosen.milestones:
            day_edit, clock_edit = self.dates[default.code]
            day, problem = read_date(day_edit.text())
            clock = clock_edit.text().strip()
            if problem:
                return None, f"{default.label}: {problem}"
            if clock and not CLOCK.match(clock):
                return None, self.tr("{milestone}: type the time like 12:00.").format(
                    milestone=default.label)
            if day is not None:
                milestones.append(MilestoneInfo(default.code, default.label,
                                                uk_time(day, clock.zfill(5) if clock else ""),
                                                all_day=not clock))
        info = replace(base, title=self.title.text(), buyer_reference=self.reference.text(),
                       commissioner=self.commissioner.currentData(),
                       kind=Kind(self.kind.currentData()), value=value.value,
                       length_months=months.value, notes=self.notes.toPlainText(),
                       lot_codes=tuple(self.lots.raw() or ()), milestones=tuple(milestones),
                       regime=chosen.code, procedure=self.procedure.currentData() or "")
        info = worked_out(info)
        problems = check_opportunity(info)
        return (None, problems[0]) if problems else (info, "")

    def _save_details(self) -> None:
        if self.current is None and not self.title.text().strip():
            return  # nothing to keep until it has a title
        info, problem = self._read()
        self._show_problem(problem)
        if info is None:
            return
        database, organisation = self.context.database, self.context.organisation.id
        if self.current is None:
            created = save_opportunity(database, organisation, info,
                                       self.context.catalogue.framework.code)
            assert created.id is not None
            self.show_opportunity(created.id)
            self.saved.emit(created.id)
            return
        saved = self._settle(info, lambda attempt: save_opportunity(database, organisation,
                                                                    attempt),
                             self._fill_details)
        if saved is None:
            return
        self.current = saved
        self.heading.setText(saved.title)
        self._show_worked_out(saved)
        self._show_warnings(saved)
        assert saved.id is not None
        self.saved.emit(saved.id)

    def _settle(self, mine: OpportunityInfo, save: Callable[[OpportunityInfo], OpportunityInfo],
                show: Callable[[OpportunityInfo], None]) -> OpportunityInfo | None:
        """Save a change to the opportunity shown, merging a colleague's change meanwhile (see
        ui.conflicts); None when they removed it (the page then shows none)."""
        saved = save_settling(self, self.subject, self.current, mine, save, show)
        if saved is None:
            self.current = None
            self.show_opportunity(None)
            self.deleted.emit()
        return saved

    def _describe(self, info: OpportunityInfo) -> dict[str, tuple[str, str]]:
        catalogue = self.context.catalogue
        lots = {lot.code: lot.title for lot in catalogue.lots}
        decisions = {"bid": self.tr("Bid"), "no-bid": self.tr("No bid"),
                     "": self.tr("(not decided)")}
        return {
            "title": (self.tr("Title"), info.title),
            "buyer_reference": (self.tr("Reference"), info.buyer_reference),
            "commissioner": (self.tr("Commissioner"),
                             commissioner_label(info.commissioner, catalogue)),
            "kind": (self.tr("Kind"), info.kind.label),
            "regime": (self.tr("Rules"), regime(info.regime).name),
            "procedure": (self.tr("Procedure"), next(
                (p.label for p in regime(info.regime).procedures if p.code == info.procedure),
                info.procedure)),
            "value": (self.tr("Value (£)"), money_text(info.value)),
            "length_months": (self.tr("Length (months)"), str(info.length_months or "")),
            "notes": (self.tr("Notes"), info.notes),
            "lot_codes": (self.tr("Lots"), "; ".join(lots.get(code, code)
                                                     for code in info.lot_codes)),
            "milestones": (self.tr("Timetable"), "; ".join(
                f"{m.label} {m.describe()}" for m in info.milestones)),
            "framework_code": (self.tr("Framework"), self._framework_names().get(
                info.framework_code, info.framework_code)),
            "status": (self.tr("Where it is"), info.status.label),
            "outcome_reason": (self.tr("Reason for the outcome"), info.outcome_reason),
            "decision": (self.tr("Decision"), decisions.get(info.decision, info.decision)),
            "decided_by": (self.tr("Decided by"), info.decided_by),
            "decision_why": (self.tr("Why"), info.decision_why),
            "checklist": (self.tr("Bid or no bid?"), self.tr("Score: {score} out of 100").format(
                score=score(self.checklist, info.checklist))),
        }

    def fill_timetable(self) -> None:
        published, problem = read_date(self.dates["published"][0].text()) \
            if "published" in self.dates else (None, "")
        if published is None:
            self._show_problem(problem or self.tr("Type the publication date first."))
            return
        for milestone in usual_milestones(self.chosen_regime(), self.context.catalogue,
                                          published):
            day, clock = self.dates[milestone.code]
            day.setText(typed_date(milestone.local.date()))
            clock.setText("" if milestone.all_day else f"{milestone.local:%H:%M}")
        self.autosaver.edit("details", None)
        self.autosaver.flush()

    def move_to(self, target: Status) -> None:
        if self.current is None or self.current.id is None:
            return
        self.autosaver.flush()
        if self.current is None:
            return  # someone else removed it meanwhile
        database, reason = self.context.database, self.reason.text()
        problem = check_move(self.current.status, target, decision=self.current.decision,
                             reason=reason)
        if not problem:
            try:
                self._settle(replace(self.current, status=target), lambda attempt: move(
                    database, self._id(attempt), attempt.status, reason,
                    version=attempt.version), lambda _shown: None)
            except InvalidOpportunity as error:
                problem = str(error)
        self._show_again()
        self._show_problem(problem)

    def record(self) -> None:
        if self.current is None or self.current.id is None:
            return
        answers = {code: check.isChecked() for code, check in self.checks.items()}
        mine = replace(self.current, decision=self.decision.currentData(),
                       decided_by=self.decided_by.text(),
                       decision_why=self.decision_why.toPlainText(), checklist=answers)
        database, now = self.context.database, datetime.now(UTC)
        try:
            self._settle(mine, lambda attempt: record_decision(
                database, self._id(attempt), attempt.decision, attempt.decided_by,
                attempt.decision_why, attempt.checklist, now, version=attempt.version),
                lambda _shown: None)
        except InvalidOpportunity as error:
            self._show_problem(str(error))
            return
        self._show_again()

    def _show_again(self) -> None:
        """Show the opportunity as stored now (after a move, decision or task change)."""
        if self.current is not None and self.current.id is not None:
            self.show_opportunity(self.current.id)
            self.saved.emit(self.current.id)

    @staticmethod
    def _id(info: OpportunityInfo) -> int:
        assert info.id is not None
        return info.id

    def add_task(self) -> None:
        if self.current is None or self.current.id is None:
            return
        due, problem = read_date(self.task_due.text())
        task = TaskInfo(None, self.task_title.text(), self.task_owner.text(), due)
        try:
            if problem:
                raise InvalidOpportunity(problem)
            save_task(self.context.database, self.current.id, task)
        except InvalidOpportunity as error:
            self._show_problem(str(error))
            return
        for edit in (self.task_title, self.task_owner, self.task_due):
            edit.clear()
        self._show_again()
        self.task_title.setFocus()

    def _task_ticked(self, item: QListWidgetItem) -> None:
        task: TaskInfo = item.data(Qt.ItemDataRole.UserRole)
        if self.current is None or self.current.id is None:
            return
        database, opportunity_id = self.context.database, self.current.id
        save_settling(self, self.task_subject, task,
                      replace(task, done=item.checkState() == Qt.CheckState.Checked),
                      lambda attempt: save_task(database, opportunity_id, attempt),
                      lambda _shown: None)
        self.current = load_opportunity(database, opportunity_id)
        self._fill_tasks(self.current)
        self._show_warnings(self.current)
        self.saved.emit(opportunity_id)

    def remove_task(self) -> None:
        item = self.task_list.currentItem()
        if item is None or self.current is None or self.current.id is None:
            return
        task: TaskInfo = item.data(Qt.ItemDataRole.UserRole)
        if dialogs.service.confirm(self, self.tr("Remove this task?"), self.tr(
                "Remove the task \"{task}\"?").format(task=task.title)):
            assert task.id is not None
            database, task_id = self.context.database, task.id
            remove_checked(self, self.task_subject,
                           lambda: delete_task(database, task_id, version=task.version))
            self._show_again()

    def _describe_task(self, task: TaskInfo) -> dict[str, tuple[str, str]]:
        return {"title": (self.tr("Task"), task.title), "owner": (self.tr("Who"), task.owner),
                "due": (self.tr("Due"), typed_date(task.due)),
                "done": (self.tr("Done"), self.tr("yes") if task.done else self.tr("no"))}

    def delete_current(self) -> None:
        if self.current is None or self.current.id is None:
            return
        tasks = plural(len(self.current.tasks), self.tr("1 task"), self.tr("{count} tasks"))
        question = self.tr("Delete \"{title}\" with its timetable and {tasks}? This cannot be "
                           "undone.").format(title=self.current.title, tasks=tasks)
        if dialogs.service.confirm(self, self.tr("Delete this opportunity?"), question):
            database, shown = self.context.database, self.current
            if not remove_checked(self, self.subject, lambda: delete_opportunity(
                    database, self._id(shown), version=shown.version)):
                self._show_again()
                return
            self.current = None
            self.show_opportunity(None)
            self.deleted.emit()

    def flush_edits(self) -> bool:
        return self.autosaver.flush()
