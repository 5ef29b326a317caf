"""Earlier versions of one answer, and a button to bring one back (itself kept as a version)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answers import AnswerVersionInfo
from desktop.i18n import long_date
from desktop.questionnaire.model import Field, FieldType
from desktop.questionnaire.values import display, interpret, rows_text
from desktop.ui.qt_helpers import name

PREVIEW = 90


def version_text(field: Field, raw: Any) -> str:
    """A saved answer as a person reads it (typed text exactly as typed, a repeating group
    row by row), never the stored form."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    if field.type is FieldType.GROUP:
        return rows_text(field, raw)
    result = interpret(field, raw)
    if result.ok and result.value is not None:
        return display(field, result.value)
    if isinstance(raw, list):  # choices no longer offered: shown as they were kept
        return ", ".join(field.choice_label(str(item)) for item in raw)
    return str(raw)


class HistoryDialog(QDialog):
    """Emits `restore_requested(version id)`; opened with open(), so it never blocks."""

    restore_requested = Signal(int)

    def __init__(self, field: Field, versions: list[AnswerVersionInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field, self.versions = field, versions
        self.setWindowTitle(self.tr("Earlier versions"))
        heading = QLabel(field.label)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        name(self.list, self.tr("Saved versions, newest first"))
        for number, version in enumerate(versions):
            saved = version.saved_at.astimezone()
            when = f"{long_date(saved.date())} {saved:%H:%M}"
            text = " ".join(version_text(field, version.raw).split())
            label = f"{when} — {text[:PREVIEW]}{'…' if len(text) > PREVIEW else ''}"
            if number == 0:
                label = self.tr("{version} (current)").format(version=label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            self.list.addItem(item)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        name(self.preview, self.tr("The chosen version in full"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        name(self.restore_button, self.tr("Restore this version"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if not versions:
            layout.addWidget(QLabel(self.tr("Nothing has been saved for this question yet.")))
        layout.addWidget(self.list)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.resize(620, 460)
        if versions:
            self.list.setCurrentRow(0)
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        known = 0 <= row < len(self.versions)
        self.preview.setPlainText(version_text(self.field, self.versions[row].raw) if known else "")
        self.restore_button.setEnabled(known and row > 0)

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 < row < len(self.versions):
            self.restore_requested.emit(self.versions[row].id)
            self.accept()
