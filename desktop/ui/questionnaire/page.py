"""A questionnaire page built from its definition: sections on the left, questions on the right.

Every change is autosaved (see `autosave`); completeness is shown per section and for the form,
in words as well as ✓. Questions the organisation profile already answers are shown, not asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answer_records import history, load_answers, restore, save_answer
from desktop.core.answers import AnswerConflict
from desktop.core.evidence_records import list_evidence
from desktop.core.form_codes import stored_form
from desktop.core.qualification import PROFILE
from desktop.core.targets import Target
from desktop.questionnaire.model import Choice, FieldType, Section
from desktop.questionnaire.progress import completeness, effective_answers, form_progress
from desktop.questionnaire.values import kept_from_saving, visible_fields
from desktop.ui import dialogs
from desktop.ui.context import PageContext
from desktop.ui.glossary_links import GlossaryLabel
from desktop.ui.look import section_heading
from desktop.ui.models.sections import SectionListModel
from desktop.ui.qt_helpers import name, page_title, scrolling, show_problem, side_by_side
from desktop.ui.questionnaire.editors import (
    PROBLEM_TONE,
    QUIET_TONE,
    FieldEditor,
    GroupInput,
    ProfileValue,
    wrapped_label,
)
from desktop.ui.questionnaire.history import HistoryDialog, version_text
from desktop.ui.widgets.autosave import Autosaver, AutosavingPage
from desktop.ui.widgets.inputs import MultiChoiceInput

if TYPE_CHECKING:
    from desktop.ui.questionnaire.registration import RegistrationSummary


class QuestionnairePage(AutosavingPage):
    target_requested = Signal(object)  # a Target on another page (the Supplier registration)

    def __init__(self, context: PageContext, form_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = context.forms[form_code]
        self.setObjectName(f"questionnaire-{form_code}")
        database, organisation = context.database, context.organisation.id
        self.framework = context.catalogue.framework.code  # its own answers are kept apart
        self.own: dict[str, Any] = load_answers(database, organisation, form_code, self.framework)
        self.seen: dict[str, Any] = dict(self.own)  # as last loaded or saved: to spot others
        self.profile: dict[str, Any] = {}
        self.editors: dict[str, FieldEditor] = {}
        self.profile_values: dict[str, ProfileValue] = {}
        self.section_widgets: dict[str, QWidget] = {}
        self.history_dialog: HistoryDialog | None = None
        self.registration: RegistrationSummary | None = None  # in a section that shows it
        self.autosaver = Autosaver(self._save, parent=self)
        self.autosaver.state_changed.connect(self._show_save_state)

        self.summary = QLabel()
        name(self.summary, self.tr("How much is done"))
        self.save_state = wrapped_label("", QUIET_TONE)
        self.save_state.setObjectName("save-state")
        self.save_problem = wrapped_label("", PROBLEM_TONE)
        self.save_problem.hide()
        self.sections = QListView()
        self.sections.setObjectName("sections")
        name(self.sections, self.tr("Sections of {form}").format(form=self.form.title),
             self.tr("Choose a section with the arrow keys"))
        self.section_model = SectionListModel(form_progress(self.form, self.answers()), self)
        self.sections.setModel(self.section_model)
        self.sections.setMinimumWidth(200)
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setSpacing(2)
        self.stack = QStackedWidget()
        self.sections.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_section(current.row()))

        splitter = side_by_side(self.sections, self.stack, (240, 800))
        status = QHBoxLayout()
        status.addWidget(self.summary)
        status.addStretch(1)
        status.addWidget(self.save_state)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.form.title))
        layout.addWidget(GlossaryLabel(context.glossary, self.form.description))
        layout.addLayout(status)
        layout.addWidget(self.save_problem)
        layout.addWidget(splitter, 1)
        self._show_save_state()
        self.sections.selectionModel().setCurrentIndex(
            self.section_model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- answers --------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        """This form's answers with the profile's filled in: what visibility and progress use."""
        return effective_answers(self.form, self.own, self.profile)


    def _stored(self, key: str) -> str:
        """Where the answer is kept: shared, or for the framework the page shows."""
        return stored_form(self.form, key, self.framework)

    def _save(self, key: str, raw: Any) -> None:
        """Save one answer; if a colleague saved it meanwhile, show both and let them choose."""
        context = self.context
        try:
            save_answer(context.database, context.organisation.id, self._stored(key), key, raw,
                        expected=self.seen.get(key))
        except AnswerConflict as conflict:
            raw = self._settle(key, raw, conflict.theirs)
        self.seen[key] = raw

    def _settle(self, key: str, mine: Any, theirs: Any) -> Any:
        field = self.editors[key].field
        choice = dialogs.service.choose(
            self, self.tr("Someone else changed this answer"),
            self.tr("\"{question}\" was changed by someone else while you were typing.\n\n"
                    "Theirs:\n{theirs}\n\nYours:\n{mine}\n\nWhich do you want to keep? The "
                    "other stays in the answer's history.").format(
                        question=field.label, theirs=version_text(field, theirs),
                        mine=version_text(field, mine)),
            [self.tr("Keep mine"), self.tr("Use theirs")])
        context = self.context
        if choice == 1:
            save_answer(context.database, context.organisation.id, self._stored(key), key, mine,
                        keep_version=True)  # so that "mine" is in the history
            save_answer(context.database, context.organisation.id, self._stored(key), key, theirs,
                        keep_version=True)
            self.own[key] = theirs
            self.editors[key].set_raw(theirs)
            self._refresh()
            return theirs
        save_answer(context.database, context.organisation.id, self._stored(key), key, mine,
                    keep_version=True)
        return mine

    def _changed(self, key: str) -> None:
        editor = self.editors[key]
        raw = editor.raw()
        if kept_from_saving(editor.field, raw):  # a date that cannot be: shown, never saved
            self.autosaver.discard(key)
            return
        self.own[key] = raw
        self.autosaver.edit(key, raw)
        self._refresh()

    # -- sections -------------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        if not 0 <= index < len(self.form.sections):
            return
        self.autosaver.flush()
        section = self.form.sections[index]
        widget = self.section_widgets.get(section.key)
        if widget is None:
            widget = self._build_section(index, section)
            self.section_widgets[section.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self._refresh()

    def go_to_section(self, index: int) -> None:
        self.sections.setCurrentIndex(self.section_model.index(index, 0))

    def open_target(self, target: Target) -> None:
        """Show the section holding `target.field` (or the section `target.section`), scrolled
        to that question, with the focus in its answer."""
        index = next((number for number, section in enumerate(self.form.sections)
                      if any(f.key == target.field for f in section.fields)
                      or section.key == target.section), None)
        if index is None:
            return
        self.go_to_section(index)
        self.show_section(index)
        widget = self.editors.get(target.field) or self.profile_values.get(target.field)
        if widget is None:
            return
        self._bring_into_view(widget)
        QTimer.singleShot(0, lambda: self._bring_into_view(widget))  # once laid out

    def _bring_into_view(self, widget: FieldEditor | ProfileValue) -> None:
        scroll = self.stack.currentWidget()
        if isinstance(scroll, QScrollArea) and widget.isVisibleTo(scroll):
            scroll.ensureWidgetVisible(widget, 0, widget.height())
        focus: QWidget = widget.input if isinstance(widget, FieldEditor) else widget.value
        if isinstance(widget, FieldEditor) and isinstance(widget.input, GroupInput):
            focus = widget.input.first_input()
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_section(self, index: int, section: Section) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = section_heading(section.title)
        layout.addWidget(heading)
        if section.guidance:
            layout.addWidget(GlossaryLabel(self.context.glossary, section.guidance))
        if section.shows == "supplier-registration":
            layout.addWidget(self._registration_summary())
        evidence = self._evidence_choices() if any(
            f.type is FieldType.EVIDENCE for f in section.fields) else ()
        for field in section.fields:
            if field.from_profile:
                shown = ProfileValue(field)
                shown.show_value(self.profile.get(field.from_profile))
                self.profile_values[field.key] = shown
                layout.addWidget(shown)
                continue
            editor = FieldEditor(field, glossary=self.context.glossary)
            if field.type is FieldType.EVIDENCE:
                self._set_evidence(editor, evidence)
            editor.set_raw(self.own.get(field.key))
            editor.changed.connect(self._changed)
            editor.finished.connect(lambda _key: self.autosaver.flush())
            editor.history_requested.connect(self.show_history)
            self.editors[field.key] = editor
            layout.addWidget(editor)
        if index + 1 < len(self.form.sections):
            following = self.form.sections[index + 1]
            next_button = QPushButton(self.tr("Next section: {title}").format(
                title=following.title))
            name(next_button, next_button.text())
            next_button.clicked.connect(lambda: self.go_to_section(index + 1))
            layout.addWidget(next_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        scroll = scrolling(body, section.title)
        scroll.setProperty("section_index", index)
        return scroll

    def _registration_summary(self) -> QWidget:
        from desktop.ui.questionnaire.registration import RegistrationSummary

        summary = RegistrationSummary(self.context.database, self.context.organisation.id)
        summary.open_requested.connect(lambda: self.target_requested.emit(
            Target("supplier-route")))
        self.registration = summary
        return summary

    def _refresh(self) -> None:
        """Show the questions that apply, and how much is done, after any change."""
        answers = self.answers()
        for section in self.form.sections:
            if section.key not in self.section_widgets:
                continue
            shown = {f.key for f in visible_fields(section.fields, answers)}
            for field in section.fields:
                widget = self.editors.get(field.key) or self.profile_values.get(field.key)
                if widget is not None:
                    widget.setVisible(field.key in shown)
        self.section_model.set_rows(form_progress(self.form, answers))
        done = sum(1 for row in range(self.section_model.rowCount())
                   if self.section_model.row(row).complete)
        self.summary.setText(self.tr("{percent}% complete · {done} of {total} sections done")
                             .format(percent=round(completeness(self.form, answers) * 100),
                                     done=done, total=len(self.form.sections)))
        name(self.summary, self.summary.text())

    def _show_save_state(self) -> None:
        problem = self.autosaver.problem
        show_problem(self.save_problem, problem)
        text = self.tr("Saving…") if self.autosaver.pending else self.tr("All changes saved")
        self.save_state.setText(text)
        name(self.save_state, text)

    # -- linked data: the profile and the evidence library ----------------------------------
    def _evidence_choices(self) -> tuple[Choice, ...]:
        documents = list_evidence(self.context.database, self.context.evidence_folder,
                                  self.context.organisation.id)
        return tuple(Choice(doc.sha256, f"{doc.title} ({doc.details.kind.label})")
                     for doc in documents)

    @staticmethod
    def _set_evidence(editor: FieldEditor, choices: tuple[Choice, ...]) -> None:
        if isinstance(editor.input, MultiChoiceInput):
            editor.input.set_choices(choices)

    def reload_linked(self) -> None:
        """Bring in profile answers and evidence changed on other pages."""
        if self.form.code != PROFILE and any(f.from_profile for f in self.form.all_fields()):
            self.profile = load_answers(self.context.database, self.context.organisation.id,
                                        PROFILE, self.framework)
            for shown in self.profile_values.values():
                shown.show_value(self.profile.get(shown.field.from_profile))
        evidence_editors = [e for e in self.editors.values() if e.field.type is FieldType.EVIDENCE]
        if evidence_editors:
            choices = self._evidence_choices()
            for editor in evidence_editors:
                self._set_evidence(editor, choices)
        self._refresh()

    # -- history --------------------------------------------------------------------------
    def show_history(self, key: str) -> HistoryDialog:
        self.autosaver.flush()
        editor = self.editors[key]
        versions = history(self.context.database, self.context.organisation.id,
                           self._stored(key), key)
        self.history_dialog = HistoryDialog(editor.field, versions, self)
        self.history_dialog.restore_requested.connect(lambda version: self._restore(key, version))
        self.history_dialog.open()
        return self.history_dialog

    def _restore(self, key: str, version_id: int) -> None:
        value = restore(self.context.database, self.context.organisation.id, self._stored(key),
                        key, version_id)
        self.own[key] = self.seen[key] = value
        self.editors[key].set_raw(value)
        self._refresh()

    # -- leaving and coming back ----------------------------------------------------------
    def on_shown(self) -> None:
        self.reload_linked()
        if self.registration is not None:  # changed on the Supplier registration page
            self.registration.refresh()
