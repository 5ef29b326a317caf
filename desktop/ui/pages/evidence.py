"""The evidence library page: add documents (copied in, never moved), date them, see what expires.

Warnings are words and a ⚠ in the Status column, not only colour. Details save themselves when
the person moves on; a date that is not a date is pointed out and not saved.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.evidence import (
    EvidenceDetails,
    EvidenceError,
    EvidenceInfo,
    EvidenceKind,
    status,
    warnings,
)
from desktop.core.evidence_records import (
    add_evidence,
    list_evidence,
    remove_evidence,
    update_evidence,
)
from desktop.core.targets import ATTENTION
from desktop.questionnaire.values import read_date, typed_date
from desktop.ui import dialogs, look
from desktop.ui.conflicts import Subject, remove_checked, save_settling, show_text
from desktop.ui.context import PageContext
from desktop.ui.models.table import ReadOnlyTableModel
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    example,
    name,
    page_title,
    show_problem,
    side_by_side,
    wrapped_label,
)
from desktop.ui.shortcuts import ADD_FILE
from desktop.ui.widgets.autosave import Autosaver, AutosavingPage, save_problem_label
from desktop.ui.widgets.inputs import NotesEdit

Listed = tuple[EvidenceInfo, list[str]]  # a document and its warnings
LAST_FOLDER_KEY = "evidence/last-folder"


class EvidenceTableModel(ReadOnlyTableModel[Listed]):
    def __init__(self, rows: list[Listed], parent: Any = None) -> None:
        super().__init__(rows, [self.tr("Title"), self.tr("Type"), self.tr("Valid until"),
                                self.tr("Review by"), self.tr("Status")], parent)

    def cell_text(self, row: Listed, column: int) -> str:
        info, found = row
        return (info.title, info.details.kind.label, typed_date(info.details.valid_until),
                typed_date(info.details.review_by), status(info, found))[column]


class EvidencePage(AutosavingPage):
    def __init__(self, context: PageContext, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings
        self.setObjectName("evidence-page")
        self.documents: list[Listed] = []
        self.autosaver = Autosaver(lambda _key, _raw: self._save(), parent=self)
        self.subject = Subject(self.tr("Someone else changed this document's details"),
                               self.tr("Someone else removed this document"), self._describe)

        self.add_button = QPushButton(self.tr("&Add a document…"))
        self.add_button.setShortcut(ADD_FILE)
        name(self.add_button, self.tr("Add a document"),
             self.tr("Copies the file into your evidence library; the original is not changed"))
        self.open_button = QPushButton(self.tr("&Open"))
        name(self.open_button, self.tr("Open the document in its usual program"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        name(self.remove_button, self.tr("Remove the document from the library"))
        self.verify_button = QPushButton(self.tr("&Check all files"))
        name(self.verify_button, self.tr("Check every stored file is unchanged"))
        self.showing = QComboBox()
        self.showing.addItem(self.tr("Every document"), "")
        self.showing.addItem(self.tr("Only those that need attention"), ATTENTION)
        name(self.showing, self.tr("Show which documents"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button,
                       self.verify_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.showing)

        self.model = EvidenceTableModel([], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        # Each row as tall as its words need: a warning is read in full, never cut short.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column, width in enumerate((190, 100, 85, 85)):  # never narrower than the heading
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        name(self.table, self.tr("Documents in your evidence library"))

        self.title = QLineEdit()
        self.title.setMaxLength(300)
        name(self.title, self.tr("Title"), self.tr("e.g. Safeguarding policy 2026"))
        self.kind = QComboBox()
        for kind in EvidenceKind:
            self.kind.addItem(kind.label, kind.value)
        name(self.kind, self.tr("Type of document"))
        self.dates = {key: QLineEdit() for key in ("issued_on", "valid_until", "review_by")}
        labels = {"issued_on": self.tr("&Issued on:"), "valid_until": self.tr("&Valid until:"),
                  "review_by": self.tr("Review &by:")}
        self.notes = NotesEdit()
        self.notes.left.connect(self.autosaver.flush)
        name(self.notes, self.tr("Notes about this document"))
        self.file_line = wrapped_label("", QUIET_TONE)
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Title:"), self.title), self.title)
        form.addRow(buddy_label(self.tr("T&ype:"), self.kind), self.kind)
        for key, edit in self.dates.items():
            edit.setPlaceholderText(example("31/03/2027"))
            edit.setMaxLength(40)
            name(edit, labels[key].replace("&", "").rstrip(":"), self.tr("Type it like 31/03/2027"))
            form.addRow(buddy_label(labels[key], edit), edit)
            edit.textEdited.connect(lambda _text: self.autosaver.edit("details", None))
            edit.editingFinished.connect(self.autosaver.flush)
        form.addRow(buddy_label(self.tr("&Notes:"), self.notes), self.notes)
        self.details = QFrame()
        details_layout = QVBoxLayout(self.details)
        details_layout.addLayout(form)
        details_layout.addWidget(self.file_line)
        details_layout.addWidget(self.problem)
        details_layout.addStretch(1)

        # An empty library (or no document needing attention) says so in the list's place,
        # with what to do first: never a blank box.
        self.empty_text = look.caption("")
        self.empty_text.setWordWrap(True)
        self.empty_text.setObjectName("evidence-empty")
        self.first_button = QPushButton(self.tr("Add your first document…"))
        name(self.first_button, self.tr("Add your first document"),
             self.tr("Copies the file into your evidence library; the original is not changed"))
        self.first_button.clicked.connect(self.choose_and_add)
        self.empty_card = look.Card(self.tr("No documents yet"))
        self.empty_card.body.addWidget(self.empty_text)
        self.empty_card.body.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty_card)
        empty_layout.addStretch(1)
        self.list_area = QStackedWidget()
        self.list_area.addWidget(self.table)
        self.list_area.addWidget(self.empty)
        splitter = side_by_side(self.list_area, self.details, (700, 380), stretch_right=False)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Evidence library")))
        layout.addWidget(wrapped_label(self.tr(
            "Policies, accounts, insurance certificates and accreditations. Each file is copied "
            "into the app's data folder, so moving or editing the original does not break "
            "anything. Give each a valid-until or review date to be warned 60 and 30 days "
            "before."), QUIET_TONE))
        layout.addLayout(buttons)
        layout.addWidget(save_problem_label(self.autosaver))
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.choose_and_add)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.verify_button.clicked.connect(lambda: self.reload(verify=True))
        self.showing.activated.connect(lambda _index: self.reload())
        self.title.textEdited.connect(lambda _text: self.autosaver.edit("details", None))
        self.title.editingFinished.connect(self.autosaver.flush)
        self.kind.activated.connect(self._kind_chosen)
        self.notes.textChanged.connect(self._notes_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_document(current.row()))
        self.current = -1
        self._loading = False
        self.reload()

    # -- the list -------------------------------------------------------------------------
    def reload(self, *, verify: bool = False, select_id: int | None = None) -> None:
        self.autosaver.flush()
        keep = select_id if select_id is not None else self._current_id()
        today = date.today()
        infos = list_evidence(self.context.database, self.context.evidence_folder,
                              self.context.organisation.id)
        listed = [(info, warnings(info, today, verify=verify)) for info in infos]
        only_attention = self.showing.currentData() == ATTENTION
        self.documents = [(info, found) for info, found in listed if found or not only_attention]
        self.model.set_rows(self.documents)
        self._show_empty(bool(infos))
        row = next((n for n, (info, _w) in enumerate(self.documents) if info.id == keep),
                   0 if self.documents else -1)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self.show_document(row)

    def _show_empty(self, any_at_all: bool) -> None:
        """The list, or what an empty one means: none yet, or none needing attention."""
        if self.documents:
            self.list_area.setCurrentWidget(self.table)
            return
        self.empty_text.setText(self.tr(
            "None of your documents needs attention: each is in date and its file unchanged. "
            "Choose “Every document” to see them all.") if any_at_all else self.tr(
            "Your evidence library is empty. Add your policies, accounts, insurance "
            "certificates and accreditations: each is checked for its valid-until and review "
            "dates, and you are warned 60 and 30 days before."))
        name(self.empty_text, self.empty_text.text())
        self.empty_card.setTitle(self.tr("Nothing needs attention") if any_at_all
                                 else self.tr("No documents yet"))
        self.first_button.setVisible(not any_at_all)
        self.list_area.setCurrentWidget(self.empty)

    def open_item(self, item: int | str) -> None:
        """From the dashboard: show this document, or (`ATTENTION`) list only the documents
        that need attention; an id shows every document again."""
        self.showing.setCurrentIndex(max(0, self.showing.findData(
            item if isinstance(item, str) else "")))
        self.reload(select_id=item if isinstance(item, int) else None)

    def _current_id(self) -> int | None:
        return self.documents[self.current][0].id if 0 <= self.current < len(
            self.documents) else None

    def show_document(self, row: int) -> None:
        self.autosaver.flush()
        self.current = row if 0 <= row < len(self.documents) else -1
        has = self.current >= 0
        for widget in (self.details, self.open_button, self.remove_button):
            widget.setEnabled(has)
        info = self.documents[self.current][0] if has else None
        self._fill(info.details if info else EvidenceDetails(""))
        self.file_line.setText(self.tr("File: {name} ({size} KB). A copy is kept in your "
                                       "evidence library.").format(
            name=info.file_name, size=max(1, info.size // 1024))
            if info else self.tr("Add a document to start your library."))
        self._show_problem("")

    def _fill(self, details: EvidenceDetails) -> None:
        self._loading = True
        show_text(self.title, details.title)
        self.kind.setCurrentIndex(self.kind.findData(details.kind.value))
        for key, edit in self.dates.items():
            show_text(edit, typed_date(getattr(details, key)))
        show_text(self.notes, details.notes)
        self._loading = False

    # -- actions --------------------------------------------------------------------------
    def choose_and_add(self) -> None:
        folder = str(self.settings.value(LAST_FOLDER_KEY, "")) if self.settings else ""
        path = dialogs.service.choose_file(self, self.tr("Add a document"), folder)
        if path is not None:
            self.add_file(path)

    def add_file(self, path: Path) -> EvidenceInfo | None:
        if self.settings is not None:
            self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        details = EvidenceDetails(path.stem.replace("_", " ")[:300] or path.name)
        try:
            info = add_evidence(self.context.database, self.context.evidence_folder,
                                self.context.organisation.id, path, details)
        except EvidenceError as error:
            dialogs.service.show_warning(self, self.tr("This file was not added"), str(error))
            return None
        self.reload(select_id=info.id)
        self.title.setFocus()
        self.title.selectAll()
        return info

    def open_current(self) -> None:
        if self.current >= 0:
            info = self.documents[self.current][0]
            if not info.stored.exists():
                dialogs.service.show_warning(self, self.tr("The file is missing"), self.tr(
                    "The stored copy of \"{title}\" is missing. Add the file again.").format(
                        title=info.title))
                return
            dialogs.service.open_external(QUrl.fromLocalFile(str(info.stored)))

    def remove_current(self) -> None:
        if self.current < 0:
            return
        info = self.documents[self.current][0]
        if dialogs.service.confirm(self, self.tr("Remove this document?"), self.tr(
                "Remove \"{title}\" from your evidence library? Your original file is not "
                "touched.").format(title=info.title)):
            database, library = self.context.database, self.context.evidence_folder
            remove_checked(self, self.subject, lambda: remove_evidence(database, library, info))
            self.reload()

    # -- saving details -------------------------------------------------------------------
    def _kind_chosen(self, _index: int) -> None:
        """A choice from a list is whole at once: saved now, not after the typing pause."""
        self.autosaver.edit("details", None)
        self.autosaver.flush()

    def _notes_changed(self) -> None:
        if not self._loading and self.current >= 0:
            self.autosaver.edit("details", None)

    def _save(self) -> None:
        if self.current < 0:
            return
        dates: dict[str, date | None] = {}
        for key, edit in self.dates.items():
            dates[key], problem = read_date(edit.text())
            if problem:
                self._show_problem(problem, edit)
                return
        base = self.documents[self.current][0]
        mine = replace(base, details=EvidenceDetails(
            self.title.text(), EvidenceKind(self.kind.currentData()),
            notes=self.notes.toPlainText(), **dates))
        database, library = self.context.database, self.context.evidence_folder
        try:
            saved = save_settling(self, self.subject, base, mine,
                                  lambda info: update_evidence(database, library, info),
                                  lambda info: self._fill(info.details))
        except EvidenceError as error:
            self._show_problem(str(error))
            return
        self._show_problem("")
        if saved is None:  # someone else removed it
            self.reload()
            return
        self.documents[self.current] = (saved, warnings(saved, date.today()))
        self.model.set_rows(self.documents)

    def _describe(self, info: EvidenceInfo) -> dict[str, tuple[str, str]]:
        details = info.details
        return {"details.title": (self.tr("Title"), details.title),
                "details.kind": (self.tr("Type"), details.kind.label),
                "details.issued_on": (self.tr("Issued on"), typed_date(details.issued_on)),
                "details.valid_until": (self.tr("Valid until"),
                                        typed_date(details.valid_until)),
                "details.review_by": (self.tr("Review by"), typed_date(details.review_by)),
                "details.notes": (self.tr("Notes"), details.notes)}

    def _show_problem(self, problem: str, widget: QWidget | None = None) -> None:
        show_problem(self.problem, problem)
        if widget is not None:
            widget.setAccessibleDescription(problem)


    def on_shown(self) -> None:
        self.reload()
