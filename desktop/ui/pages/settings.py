"""Settings: backups (make one now, how many to keep, put one back) and where the data is."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.app.operations import (
    ArchiveSummary,
    BackupInfo,
    back_up,
    backups,
    check_export,
    evidence_files,
    export_everything,
)
from desktop.ui import dialogs, look
from desktop.ui.about import open_folder
from desktop.ui.operation import BACKUPS, DATA, DOCUMENTS, Operations
from desktop.ui.pages.language_and_look import LanguageAndLookBox
from desktop.ui.qt_helpers import (
    PROBLEM_TONE,
    QUIET_TONE,
    buddy_label,
    name,
    page_title,
    say_when_empty,
    scrolling,
    show_problem,
    wrapped_label,
    wrapping_list,
)

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace

KEEP_KEY = "backups/keep"
KEEP_DEFAULT = 10


def kept_backups(settings: QSettings) -> int:
    try:
        return max(1, int(str(settings.value(KEEP_KEY, KEEP_DEFAULT))))  # the .ini keeps text
    except (TypeError, ValueError):
        return KEEP_DEFAULT


class SettingsPage(QWidget):
    restore_requested = Signal(object)  # the backup's Path: the window closes, restores, reopens
    import_requested = Signal(object)  # an export's Path, checked: the window replaces the data

    def __init__(self, workspace: Workspace, settings: QSettings,
                 operations: Operations | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.settings = workspace, settings
        self.operations = operations or Operations(self)
        self.setObjectName("settings-page")
        self.backups: list[BackupInfo] = []
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(kept_backups(settings))
        name(self.keep, self.tr("How many automatic backups to keep"))
        self.now_button = QPushButton(self.tr("&Back up now"))
        name(self.now_button, self.tr("Back up now"))
        self.list = wrapping_list()
        name(self.list, self.tr("Backups, newest first"))
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup…"))
        name(self.restore_button, self.tr("Restore the chosen backup"))
        self.status = wrapped_label("", QUIET_TONE)
        self.problem = wrapped_label("", PROBLEM_TONE)
        self.problem.hide()
        self.export_button = QPushButton(self.tr("E&xport everything to one file…"))
        name(self.export_button, self.tr("Export everything to one file"),
             self.tr("The database and evidence files in one .zip, to move to another computer"))
        self.import_button = QPushButton(self.tr("&Import an export…"))
        name(self.import_button, self.tr("Import an export"),
             self.tr("Checked first; the current data is kept aside"))
        self.folder_button = QPushButton(self.tr("&Open the data folder"))
        name(self.folder_button, self.tr("Open the data folder"))

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Keep:"), self.keep), self.keep)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        box = look.Card(self.tr("Backups"))
        box_layout = box.fill(QVBoxLayout())
        box_layout.addWidget(wrapped_label(self.tr(
            "A backup is made when you close Framework Ready, at most once a day, and the oldest "
            "are removed. Restoring keeps the current file aside: nothing is deleted."),
            QUIET_TONE))
        box_layout.addLayout(form)
        box_layout.addWidget(self.list, 1)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.status)
        box_layout.addWidget(self.problem)
        where = look.Card(self.tr("Your data"))
        where_layout = where.fill(QVBoxLayout())
        where_layout.addWidget(wrapped_label(self.tr("Database: {where}").format(
            where=workspace.where())))
        moving = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.folder_button):
            moving.addWidget(button)
        moving.addStretch(1)
        where_layout.addLayout(moving)
        body = QWidget()  # scrolls when large text or a small screen leaves too little room
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(look.LARGE)  # the design's gap between cards
        layout.addWidget(box, 1)
        layout.addWidget(where)
        self.language_and_look = LanguageAndLookBox(settings)
        layout.addWidget(self.language_and_look)
        page = QVBoxLayout(self)
        page.addWidget(page_title(self.tr("Settings")))
        scroll = scrolling(body, self.tr("Settings"))
        scroll.setFrameShape(QFrame.Shape.NoFrame)  # the cards are edged: no second edge round
        page.addWidget(scroll, 1)

        self.keep.valueChanged.connect(lambda value: self.settings.setValue(KEEP_KEY, value))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.folder_button.clicked.connect(lambda: open_folder(self._folder()))
        self.export_button.clicked.connect(self.export_everything)
        self.import_button.clicked.connect(self.import_export)
        can_back_up = workspace.file is not None
        for widget in (self.now_button, self.restore_button, self.keep, self.export_button,
                       self.import_button):
            widget.setEnabled(can_back_up)
        if not can_back_up:
            self.status.setText(self.tr("This is a shared server database: its server's "
                                        "administrator backs it up."))

    def _folder(self) -> Path:
        return self.workspace.file.parent if self.workspace.file else Path.home()

    def reload(self) -> None:
        if self.workspace.file is None:
            return
        self.backups = backups(self.workspace.file)
        self.list.clear()
        for backup in self.backups:
            who = backup.organisation or self.tr("(cannot be read)")
            text = self.tr("{when} · {size} KB · {who}{kind}").format(
                when=backup.made_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                size=max(1, backup.size // 1024), who=who, kind=self._kind(backup.kind))
            self.list.addItem(QListWidgetItem(text))
        say_when_empty(self.list, self.tr("No backups yet. The first is made when you close "
                                          "Framework Ready, or now with \"Back up now\"."))
        if self.backups:
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def _kind(self, kind: str) -> str:
        if kind == "before-upgrade":
            return self.tr(" (before an upgrade)")
        if kind == "replaced":
            return self.tr(" (set aside by a restore)")
        return ""

    def back_up_now(self) -> bool:
        """Back up in the background; False when it could not start."""
        file = self.workspace.file
        if file is None:
            return False
        keep = self.keep.value()
        return self.operations.run(self, self.tr("Backing up…"), lambda _job: back_up(file, keep),
                                   success=self._backed_up, failure=self._failed,
                                   changes=frozenset({BACKUPS}))

    def _backed_up(self, made: Path) -> None:
        self._problem("")
        self.status.setText(self.tr("Backed up to {file}.").format(file=made.name))
        self.reload()

    def _failed(self, error: Exception) -> None:
        self._problem(str(error))

    def restore_chosen(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.backups):
            return
        backup = self.backups[row]
        when = backup.made_at.astimezone().strftime("%d/%m/%Y %H:%M")
        if dialogs.service.confirm(self, self.tr("Restore this backup?"), self.tr(
                "Put back the backup from {when}? Everything since then is kept in the current "
                "file, which is set aside in the backups folder, not deleted.").format(when=when)):
            self.restore_requested.emit(backup.path)

    def export_everything(self) -> bool:
        """Write everything to one .zip in the background; False when it did not start."""
        file = self.workspace.file
        if file is None:
            return False
        target = dialogs.service.choose_save_file(
            self, self.tr("Export everything to"), "framework-ready-export.zip",
            self.tr("Framework Ready exports (*.zip)"))
        if target is None:
            return False
        folder = self.workspace.evidence_folder
        return self.operations.run(
            self, self.tr("Exporting everything…"),
            lambda _job: export_everything(file, folder, target), success=self._exported,
            failure=self._failed, changes=frozenset({DOCUMENTS}))

    def _exported(self, said: str) -> None:
        self._problem("")
        self.status.setText(said)

    def import_export(self) -> bool:
        """Check the chosen export in the background (every file's checksum), then ask."""
        chosen = dialogs.service.choose_file(self, self.tr("Import an export"))
        if chosen is None:
            return False
        return self.operations.run(self, self.tr("Checking the export…"),
                                   lambda _job: check_export(chosen),
                                   success=lambda summary: self._checked(chosen, summary),
                                   failure=self._failed)

    def _checked(self, chosen: Path, summary: ArchiveSummary) -> None:
        self._problem("")
        if dialogs.service.confirm(self, self.tr("Import this export?"), self.tr(
                "Replace your data with the export made on {when}, with {files}? Your current "
                "data is kept aside in the backups folder.").format(
                    when=summary.made_at[:10], files=evidence_files(summary.evidence_files))):
            self.import_requested.emit(chosen)

    def _problem(self, text: str) -> None:
        show_problem(self.problem, text)

    def data_changed(self, changes: frozenset[str]) -> None:
        """Told by the window after an operation: a backup made or set aside shows here."""
        if changes & {BACKUPS, DATA}:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()
