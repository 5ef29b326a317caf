"""One input control per kind of answer, all with the same small interface.

Each input holds a raw answer (what is stored: typed text, a choice value, a list, True/False),
emits `changed` as the person edits and `finished` when they leave it (the moment to save), and
never loses what was typed, valid or not.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.questionnaire.model import Choice, Field, FieldType
from desktop.questionnaire.values import LINE_LENGTHS
from desktop.ui.qt_helpers import example, name

PLACEHOLDERS = {
    FieldType.DATE: "31/03/2027",
    FieldType.MONEY: "12,500",
    FieldType.NUMBER: "12",
    FieldType.EMAIL: "bids@example.org.uk",
    FieldType.PHONE: "020 7946 0000",
    FieldType.POSTCODE: "CF10 1AA",
    FieldType.CHARITY_NUMBER: "1123456",
    FieldType.COMPANY_NUMBER: "01234567",
}


class InputSignals(QObject):
    changed = Signal()
    finished = Signal()


class LineInput(QLineEdit):
    """Short typed answers: text, dates, money, numbers, email, phone, postcode, registrations."""

    def __init__(self, field: Field) -> None:
        super().__init__()
        self.signals = InputSignals()
        self.setMaxLength(LINE_LENGTHS.get(field.type, 300))
        shown = PLACEHOLDERS.get(field.type, field.example)
        self.setPlaceholderText(example(shown) if shown else "")
        self.textEdited.connect(self.signals.changed)
        self.editingFinished.connect(self.signals.finished)

    def raw(self) -> Any:
        return self.text() or None

    def set_raw(self, raw: Any) -> None:
        self.setText("" if raw is None else str(raw))


class NotesEdit(QPlainTextEdit):
    """Several lines of text; Tab moves on (it does not type a tab), and leaving emits `left`."""

    left = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class LongTextInput(NotesEdit):
    """Long answers, counted in words by the editor around it."""

    def __init__(self, field: Field) -> None:
        super().__init__()
        self.signals = InputSignals()
        lines = 4 if 0 < field.word_limit <= 100 else 10
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.textChanged.connect(self.signals.changed)
        self.left.connect(self.signals.finished)

    def raw(self) -> Any:
        return self.toPlainText() or None

    def set_raw(self, raw: Any) -> None:
        self.blockSignals(True)
        self.setPlainText("" if raw is None else str(raw))
        self.blockSignals(False)


class ChoiceInput(QComboBox):
    def __init__(self, field: Field) -> None:
        super().__init__()
        self.signals = InputSignals()
        self.addItem(self.tr("(not chosen)"), None)
        for choice in field.choices:
            self.addItem(choice.label, choice.value)
        self.activated.connect(self.signals.changed)
        self.activated.connect(self.signals.finished)

    def raw(self) -> Any:
        return self.currentData()

    def set_raw(self, raw: Any) -> None:
        index = self.findData(raw) if raw is not None else 0
        if index < 0:  # a value the form no longer offers: keep it, visibly
            self.addItem(str(raw), raw)
            index = self.count() - 1
        self.setCurrentIndex(index)


class MultiChoiceInput(QListWidget):
    """Tick boxes in a list (Space ticks); also used to link documents from the evidence library."""

    def __init__(self, field: Field) -> None:
        super().__init__()
        self.signals = InputSignals()
        self._unknown: list[str] = []
        self.setWordWrap(True)  # a long choice on two lines, not a sideways scroll
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.set_choices(field.choices)
        self.itemChanged.connect(self._changed)

    def set_choices(self, choices: tuple[Choice, ...]) -> None:
        chosen = self.raw() or []
        self.blockSignals(True)
        self.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            self.addItem(item)
        rows = min(max(len(choices), 2), 8)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4)
        self.blockSignals(False)
        self.set_raw(chosen + self._unknown)

    def _changed(self) -> None:
        self.signals.changed.emit()
        self.signals.finished.emit()

    def show_only(self, words: str, ticked: bool = False) -> int:
        """Show only the choices whose label holds `words` (any case), and only ticked ones
        if `ticked`; hidden choices keep their ticks. Returns how many are shown."""
        wanted = words.casefold().split()
        shown = 0
        for row in range(self.count()):
            item = self.item(row)
            label = item.text().casefold()
            keep = all(word in label for word in wanted) and (
                not ticked or item.checkState() == Qt.CheckState.Checked)
            item.setHidden(not keep)
            shown += keep
        return shown

    def raw(self) -> Any:
        ticked = [self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
                  if self.item(row).checkState() == Qt.CheckState.Checked]
        return ticked + self._unknown or None

    def set_raw(self, raw: Any) -> None:
        wanted = list(raw or [])
        self.blockSignals(True)
        known = set()
        for row in range(self.count()):
            item = self.item(row)
            value = item.data(Qt.ItemDataRole.UserRole)
            known.add(value)
            item.setCheckState(Qt.CheckState.Checked if value in wanted
                               else Qt.CheckState.Unchecked)
        self._unknown = [value for value in wanted if value not in known]  # kept, not lost
        self.blockSignals(False)


class YesNoInput(QWidget):
    def __init__(self, field: Field) -> None:
        super().__init__()
        self.signals = InputSignals()
        self.yes = QRadioButton(self.tr("Yes"))
        self.no = QRadioButton(self.tr("No"))
        name(self.yes, self.tr("{question}: yes").format(question=field.label))
        name(self.no, self.tr("{question}: no").format(question=field.label))
        self.group = QButtonGroup(self)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.setFocusProxy(self.yes)  # the label's mnemonic and Tab land on "Yes"
        self.group.buttonClicked.connect(lambda _button: self.signals.changed.emit())
        self.group.buttonClicked.connect(lambda _button: self.signals.finished.emit())

    def raw(self) -> Any:
        if self.yes.isChecked():
            return True
        return False if self.no.isChecked() else None

    def set_raw(self, raw: Any) -> None:
        self.group.setExclusive(False)  # so that "no answer" can show as neither ticked
        self.yes.setChecked(raw is True)
        self.no.setChecked(raw is False)
        self.group.setExclusive(True)


def make_input(field: Field) -> LineInput | LongTextInput | ChoiceInput | MultiChoiceInput | \
        YesNoInput:
    """The input for one (non-group) field."""
    if field.type is FieldType.LONG_TEXT:
        return LongTextInput(field)
    if field.type is FieldType.CHOICE:
        return ChoiceInput(field)
    if field.type in (FieldType.MULTI_CHOICE, FieldType.EVIDENCE):
        return MultiChoiceInput(field)
    if field.type is FieldType.YES_NO:
        return YesNoInput(field)
    return LineInput(field)
