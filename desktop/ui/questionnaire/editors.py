"""A field as the person sees it: the question, guidance, the input, and live plain-word checks.

`FieldEditor` wraps one input (see `inputs`); `GroupInput` is the input for repeating rows (e.g.
referees), made of a FieldEditor per sub-field in each row. `ProfileValue` shows an answer the
organisation profile already holds, so it is not asked twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.glossary import Glossary
from desktop.questionnaire.model import Field, FieldType
from desktop.questionnaire.values import display, interpret, is_empty, visible_fields, word_count
from desktop.ui import look
from desktop.ui.glossary_links import GlossaryLabel
from desktop.ui.qt_helpers import PROBLEM_TONE, QUIET_TONE, name, show_problem, wrapped_label
from desktop.ui.widgets.inputs import InputSignals, make_input


class FieldEditor(QFrame):
    """One question. `changed`/`finished` carry the field key; `raw()` gives the answer."""

    changed = Signal(str)
    finished = Signal(str)
    history_requested = Signal(str)

    def __init__(self, field: Field, *, with_history: bool = True,
                 glossary: Glossary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"field-{field.key}")
        self.input = GroupInput(field) if field.type is FieldType.GROUP else make_input(field)
        guidance = " ".join(part for part in (
            field.guidance, self.tr("Example: {example}").format(example=field.example)
            if field.example else "") if part)
        required = self.tr(" (required)") if field.required else ""
        self.label = wrapped_label(field.label + required)
        self.label.setBuddy(self.input)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        name(self.input, field.label + required, guidance)
        self.guidance = guidance
        self.message = wrapped_label("", PROBLEM_TONE)
        self.message.setObjectName("problem")
        self.message.hide()
        self.count = wrapped_label("", QUIET_TONE)
        if field.type is not FieldType.LONG_TEXT:  # never show() it while it has no parent:
            self.count.hide()  # that would flash it up as a window of its own

        heading = QHBoxLayout()
        heading.addWidget(self.label, 1)
        self.history_button: QToolButton | None = None
        if with_history:
            self.history_button = QToolButton()
            self.history_button.setText(self.tr("History…"))
            name(self.history_button, self.tr("Earlier versions of: {question}").format(
                question=field.label))
            self.history_button.clicked.connect(lambda: self.history_requested.emit(field.key))
            heading.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(heading)
        if guidance:
            layout.addWidget(GlossaryLabel(glossary, guidance, QUIET_TONE) if glossary
                             else wrapped_label(guidance, QUIET_TONE))
        layout.addWidget(self.input)
        layout.addWidget(self.message)
        layout.addWidget(self.count)
        if self.history_button is not None:  # Tab goes to the answer first, then History
            QWidget.setTabOrder(self.input, self.history_button)
        self.input.signals.changed.connect(self._on_changed)
        self.input.signals.finished.connect(self._on_finished)

    def raw(self) -> Any:
        return self.input.raw()

    def set_raw(self, raw: Any) -> None:
        self.input.set_raw(raw)
        self.check(show_missing=False)

    def problem(self) -> str:
        return interpret(self.field, self.raw()).problem

    def check(self, *, show_missing: bool) -> None:
        """Show the answer's problem in words (a missing answer only once the person moved on)."""
        raw = self.raw()
        problem = interpret(self.field, raw).problem
        if is_empty(raw) and not show_missing:
            problem = ""
        show_problem(self.message, problem)
        self.input.setAccessibleDescription(problem or self.guidance)
        if self.field.type is FieldType.LONG_TEXT:
            words = word_count(raw or "")
            self.count.setText(self.tr("{words} of {limit} words").format(
                words=words, limit=self.field.word_limit) if self.field.word_limit
                else self.tr("{words} words").format(words=words))

    def _on_changed(self) -> None:
        self.check(show_missing=False)
        self.changed.emit(self.field.key)

    def _on_finished(self) -> None:
        self.check(show_missing=True)
        self.finished.emit(self.field.key)


class ProfileValue(QFrame):
    """An answer taken from the organisation profile, shown but not asked again."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"field-{field.key}")
        label = wrapped_label(field.label)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.value = wrapped_label("")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        note = wrapped_label(self.tr("From your organisation profile: change it there."),
                             QUIET_TONE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addWidget(label)
        layout.addWidget(self.value)
        layout.addWidget(note)

    def show_value(self, raw: Any) -> None:
        result = interpret(self.field, raw)
        text = display(self.field, result.value) if result.ok and result.value is not None \
            else (str(raw) if not is_empty(raw) else self.tr("Not given yet"))
        self.value.setText(text)
        name(self.value, f"{self.field.label}: {text}",
             self.tr("From your organisation profile"))


class GroupInput(QWidget):
    """Repeating rows of sub-fields, with Add and Remove buttons."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.signals = InputSignals()
        self.rows: list[tuple[look.Card, dict[str, FieldEditor]]] = []
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(look.LARGE)  # the design's gap between cards
        self.row = field.row or field.label  # what one row is: "referee", "case study"
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def raw(self) -> Any:
        rows = []
        for _box, editors in self.rows:
            row = {key: raw for key, editor in editors.items()
                   if (raw := editor.raw()) is not None}
            rows.append(row)
        return rows or None

    def set_raw(self, raw: Any) -> None:
        for box, _editors in self.rows:
            box.deleteLater()
        self.rows.clear()
        for row in raw or []:
            self._add_row(row if isinstance(row, dict) else {})
        self._refresh()

    def first_input(self) -> QWidget:
        """Where the focus goes when the group is opened: its first answer, else Add."""
        if self.rows:
            return next(iter(self.rows[0][1].values())).input
        return self.add_button

    def _add_clicked(self) -> None:
        editors = self._add_row({})
        self._refresh()
        self.signals.changed.emit()
        next(iter(editors.values())).input.setFocus()

    def _add_row(self, values: dict[str, Any]) -> dict[str, FieldEditor]:
        box = look.Card()
        editors = {sub.key: FieldEditor(sub, with_history=False) for sub in self.field.fields}
        remove = QPushButton()
        layout = box.fill(QVBoxLayout())
        for editor in editors.values():
            editor.set_raw(values.get(editor.field.key))
            editor.changed.connect(self._row_changed)
            editor.finished.connect(lambda _key: self.signals.finished.emit())
            layout.addWidget(editor)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        remove.clicked.connect(lambda: self._remove_row(box))
        self.rows.append((box, editors))
        self.rows_layout.addWidget(box)
        box.setProperty("remove_button", remove)
        return editors

    def _remove_row(self, box: look.Card) -> None:
        self.rows = [(b, e) for b, e in self.rows if b is not box]
        box.deleteLater()
        self._refresh()
        self.signals.changed.emit()
        self.signals.finished.emit()
        self.add_button.setFocus()

    def _row_changed(self) -> None:
        self._refresh()
        self.signals.changed.emit()

    def _refresh(self) -> None:
        """Number the rows, show each row's conditional sub-fields, respect the row limit."""
        for number, (box, editors) in enumerate(self.rows, start=1):
            title = self.tr("{row} {number}").format(row=self.row[:1].upper() + self.row[1:],
                                                      number=number)
            box.setTitle(title)
            box.setAccessibleName(title)
            remove = box.property("remove_button")
            remove.setText(self.tr("Remove this {row}").format(row=self.row))
            name(remove, self.tr("Remove {row} {number}").format(row=self.row, number=number))
            row = {key: editor.raw() for key, editor in editors.items()}
            shown = {f.key for f in visible_fields(self.field.fields, row)}
            for key, editor in editors.items():
                editor.setVisible(key in shown)
        full = bool(self.field.max_rows) and len(self.rows) >= self.field.max_rows
        self.add_button.setEnabled(not full)
        self.add_button.setText(self.tr("Add another {row}").format(row=self.row) if self.rows
                                else self.tr("Add {row} 1").format(row=self.row))
        name(self.add_button, self.add_button.text())
