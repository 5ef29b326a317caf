"""Settings: backups (make one now, how many to keep, put one back) and where the data is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.paths import DatabaseLocation
from desktop.store.backup import BackupInfo, list_backups, make_backup, rotate
from desktop.ui import dialogs
from desktop.ui.about import open_folder
from desktop.ui.qt_helpers import buddy_label, name, page_title
from desktop.ui.questionnaire.editors import PROBLEM_STYLE, QUIET_STYLE, wrapped_label

KEEP_KEY = "backups/keep"
KEEP_DEFAULT = 10


def kept_backups(settings: QSettings) -> int:
    try:
        return max(1, int(settings.value(KEEP_KEY, KEEP_DEFAULT)))
    except (TypeError, ValueError):
        return KEEP_DEFAULT


class SettingsPage(QWidget):
    restore_requested = Signal(object)  # the backup's Path: the window closes, restores, reopens

    def __init__(self, location: DatabaseLocation, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location, self.settings = location, settings
        self.setObjectName("settings-page")
        self.backups: list[BackupInfo] = []
        self.keep = QSpinBox()
        self.keep.setRange(1, 100)
        self.keep.setValue(kept_backups(settings))
        name(self.keep, self.tr("How many automatic backups to keep"))
        self.now_button = QPushButton(self.tr("&Back up now"))
        name(self.now_button, self.tr("Back up now"))
        self.list = QListWidget()
        name(self.list, self.tr("Backups, newest first"))
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup…"))
        name(self.restore_button, self.tr("Restore the chosen backup"))
        self.status = wrapped_label("", QUIET_STYLE)
        self.problem = wrapped_label("", PROBLEM_STYLE)
        self.problem.hide()
        self.folder_button = QPushButton(self.tr("&Open the data folder"))
        name(self.folder_button, self.tr("Open the data folder"))

        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Keep:"), self.keep), self.keep)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("Backups"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(wrapped_label(self.tr(
            "A backup is made when you close Framework Ready, at most once a day, and the oldest "
            "are removed. Restoring keeps the current file aside: nothing is deleted."),
            QUIET_STYLE))
        box_layout.addLayout(form)
        box_layout.addWidget(self.list, 1)
        box_layout.addLayout(buttons)
        box_layout.addWidget(self.status)
        box_layout.addWidget(self.problem)
        where = QGroupBox(self.tr("Your data"))
        where_layout = QVBoxLayout(where)
        where_layout.addWidget(wrapped_label(self.tr("Database: {where}").format(
            where=location.describe())))
        where_layout.addWidget(self.folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Settings")))
        layout.addWidget(box, 1)
        layout.addWidget(where)

        self.keep.valueChanged.connect(lambda value: self.settings.setValue(KEEP_KEY, value))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.folder_button.clicked.connect(lambda: open_folder(self._folder()))
        can_back_up = location.file is not None
        for widget in (self.now_button, self.restore_button, self.keep):
            widget.setEnabled(can_back_up)
        if not can_back_up:
            self.status.setText(self.tr("This is a shared server database: its server's "
                                        "administrator backs it up."))

    def _folder(self) -> Path:
        return self.location.file.parent if self.location.file else Path.home()

    def reload(self) -> None:
        if self.location.file is None:
            return
        self.backups = list_backups(self.location.file)
        self.list.clear()
        for backup in self.backups:
            who = backup.organisation or self.tr("(cannot be read)")
            text = self.tr("{when} · {size} KB · {who}{kind}").format(
                when=backup.made_at.astimezone().strftime("%d/%m/%Y %H:%M"),
                size=max(1, backup.size // 1024), who=who, kind=self._kind(backup.kind))
            self.list.addItem(QListWidgetItem(text))
        if self.backups:
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(self.backups))

    def _kind(self, kind: str) -> str:
        if kind == "before-upgrade":
            return self.tr(" (before an upgrade)")
        if kind == "replaced":
            return self.tr(" (set aside by a restore)")
        return ""

    def back_up_now(self) -> Path | None:
        if self.location.file is None:
            return None
        try:
            made = make_backup(self.location.file)
            rotate(self.location.file, self.keep.value())
        except OSError as error:
            self.problem.setText("⚠ " + self.tr("The backup could not be made: {reason}").format(
                reason=error.strerror or error))
            self.problem.show()
            return None
        self.problem.hide()
        self.status.setText(self.tr("Backed up to {file}.").format(file=made.name))
        self.reload()
        return made

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()
