"""Importing the buyer's questions: which sheet, which column holds what, and a preview.

Shown on the bid-writing page in place of the questions while an import is being checked (not a
dialog box). Nothing is saved until the person presses "Save these questions"; the file is read
by `reports.question_sheets`, which refuses what it must before anything is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.bid_questions import (
    BidQuestion,
    Column,
    QuestionImportError,
    columns_guessed,
    found_text,
    questions_from_rows,
    weighting_text,
)
from desktop.reports.question_sheets import QuestionFile
from desktop.ui.look import section_heading
from desktop.ui.models.table import ReadOnlyTableModel
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    buddy_label,
    name,
    show_problem,
    wrapped_label,
)

PREVIEW_ROWS = 200


class PreviewModel(ReadOnlyTableModel[BidQuestion]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([], [self.tr("No."), self.tr("Question"), self.tr("Limit"),
                              self.tr("Weighting"), self.tr("Pass or fail")], parent)

    def cell_text(self, row: BidQuestion, column: int) -> str:
        limit = "" if row.limit is None else f"{row.limit} {row.limit_unit.label}"
        return (row.number, " ".join(row.text.split())[:160], limit,
                weighting_text(row.weighting), self.tr("Yes") if row.pass_fail else "")[column]


class QuestionImport(QWidget):
    """Emits `accepted(questions)` or `cancelled`."""

    accepted = Signal(list)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question-import")
        self.file = QuestionFile({})
        self.questions: list[BidQuestion] = []
        self.heading = section_heading("")
        self.sheet = QComboBox()
        name(self.sheet, self.tr("Sheet"), self.tr("The sheet of the workbook with the questions"))
        self.headings = QCheckBox(self.tr("&First row holds the headings"))
        self.headings.setChecked(True)
        name(self.headings, self.tr("First row holds the headings"))
        self.columns: dict[Column, QComboBox] = {}
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("S&heet:"), self.sheet), self.sheet)
        form.addRow("", self.headings)
        for column in Column:
            box = QComboBox()
            name(box, self.tr("Column for: {what}").format(what=column.label))
            self.columns[column] = box
            form.addRow(column.label + ":", box)
            box.activated.connect(lambda _index: self._preview())
        self.found = wrapped_label("")
        self.found.setObjectName("import-found")
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        name(self.table, self.tr("The questions as they will be saved"))
        self.save = QPushButton(self.tr("Sa&ve these questions"))
        name(self.save, self.tr("Save these questions"))
        self.cancel = QPushButton(self.tr("&Cancel the import"))
        name(self.cancel, self.tr("Cancel the import"), self.tr("Nothing is saved"))
        self.save.clicked.connect(lambda: self.accepted.emit(list(self.questions)))
        self.cancel.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(wrapped_label(self.tr(
            "Choose which column holds what; the questions below show how they will be saved. "
            "Nothing is saved until you press Save.")))
        layout.addLayout(form)
        layout.addWidget(self.found)
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.sheet.activated.connect(lambda _index: self._sheet_chosen())
        self.headings.toggled.connect(lambda _on: self._sheet_chosen())

    def start(self, title: str, file: QuestionFile) -> None:
        self.file = file
        self.heading.setText(self.tr("Import questions from {file}").format(file=title))
        self.sheet.clear()
        self.sheet.addItems(list(file.sheets))
        best = max(range(len(file.sheets)), key=lambda i: len(list(file.sheets.values())[i]),
                   default=0)
        self.sheet.setCurrentIndex(best)
        self._sheet_chosen()

    def _rows(self) -> list[list[str]]:
        return self.file.sheets.get(self.sheet.currentText(), [])

    def _sheet_chosen(self) -> None:
        rows = self._rows()
        width = max((len(row) for row in rows), default=0)
        first = rows[0] if rows else []
        titles = [self.tr("Column {letter}").format(letter=_letter(i)) + (
            f" — {first[i]}" if self.headings.isChecked() and i < len(first) and first[i] else "")
            for i in range(width)]
        guessed = columns_guessed(first) if self.headings.isChecked() else {Column.TEXT: 0}
        for column, box in self.columns.items():
            box.clear()
            box.addItem(self.tr("(none)"), -1)
            for index, title in enumerate(titles):
                box.addItem(title, index)
            box.setCurrentIndex(guessed.get(column, -1) + 1)
        self._preview()

    def chosen(self) -> dict[Column, int]:
        return {column: box.currentData() for column, box in self.columns.items()
                if box.currentData() is not None and box.currentData() >= 0}

    def choose(self, column: Column, index: int) -> None:
        """Say which column (0 = A) holds `column`, as the person would with the list."""
        self.columns[column].setCurrentIndex(index + 1)
        self._preview()

    def _preview(self) -> None:
        rows: Sequence[Sequence[str]] = self._rows()
        if self.headings.isChecked():
            rows = rows[1:]
        try:
            self.questions = questions_from_rows(rows, self.chosen())
            problem = ""
        except QuestionImportError as error:
            self.questions, problem = [], str(error)
        show_problem(self.problem, problem)
        self.found.setText(found_text(self.questions) if self.questions else "")
        name(self.found, self.found.text())
        self.model.set_rows(self.questions[:PREVIEW_ROWS])
        self.save.setEnabled(bool(self.questions))


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters

