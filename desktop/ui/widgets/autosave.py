"""Autosave: what was typed is written shortly after typing stops, and at once when focus moves.

There is no Save button to forget. Edits wait in `pending` for a short pause (so a burst of
keystrokes is one write), but never longer than MAX_WAIT_MS while someone types without a
pause; `flush()` writes them all immediately: the page calls it when a
field loses focus, when the section or page changes, and when the window closes. A failed write
keeps the edit pending and on screen, says so in plain words (the team database cannot be
reached; someone else is changing the same thing), and is tried again by itself, sooner at
first and then every RETRY_MAX_MS, so what was typed is saved when the server is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.app.faults import DatabaseError, server_lost
from desktop.core.conflicts import RecordConflict, held_by_someone_else
from desktop.ui.qt_helpers import PROBLEM_TONE, show_problem, wrapped_label

log = logging.getLogger(__name__)

DELAY_MS = 600
MAX_WAIT_MS = 5000
RETRY_FIRST_MS = 2000
RETRY_MAX_MS = 30_000


class Autosaver(QObject):
    state_changed = Signal()  # pending edits came or went, or a save failed

    def __init__(self, save: Callable[[str, Any], object], delay_ms: int = DELAY_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.pending: dict[str, Any] = {}
        self.problem = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        self.max_wait_ms = MAX_WAIT_MS
        self.waiting = QElapsedTimer()  # since the oldest unsaved edit
        self.retry = QTimer(self)  # after a failed save, until one succeeds
        self.retry.setSingleShot(True)
        self.retry.timeout.connect(self.flush)
        self._retry_ms = RETRY_FIRST_MS
        self._flushing = False

    def edit(self, key: str, raw: Any) -> None:
        if not self.pending:
            self.waiting.start()
        self.pending[key] = raw
        if self.waiting.elapsed() >= self.max_wait_ms:
            self.flush()
            return
        self.timer.start()
        self.state_changed.emit()

    def discard(self, key: str) -> None:
        """Forget an edit not yet saved that must not be (a date that cannot be one)."""
        if key in self.pending:
            del self.pending[key]
            self.state_changed.emit()

    def flush(self) -> bool:
        """Write every pending edit now; False (and `problem` set) if one could not be saved."""
        self.timer.stop()
        if not self.pending or self._flushing:
            return True  # nothing to do, or already saving (a save that leads to a flush)
        self._flushing = True
        try:
            return self._write_pending()
        finally:
            self._flushing = False

    def _write_pending(self) -> bool:
        for key, raw in list(self.pending.items()):
            try:
                self._save(key, raw)
            except (DatabaseError, OSError, RecordConflict) as error:
                log.exception("Autosave failed for %s", key)
                self.problem = self._explain(error)
                self.retry.start(self._retry_ms)
                self._retry_ms = min(self._retry_ms * 2, RETRY_MAX_MS)
                self.state_changed.emit()
                return False
            if key in self.pending and self.pending[key] is raw:  # not edited meanwhile
                del self.pending[key]
        self.problem = ""
        self.retry.stop()
        self._retry_ms = RETRY_FIRST_MS
        self.state_changed.emit()
        return True

    def _explain(self, error: Exception) -> str:
        """Why the save failed, in words: what was typed is kept and saved by itself later."""
        if held_by_someone_else(error):
            return self.tr("Someone else is changing this at the same moment. What you typed "
                           "is kept on screen and will be saved in a moment.")
        if server_lost(error):
            return self.tr("Cannot reach the team database just now. What you typed is kept "
                           "on screen and will be saved as soon as the server can be reached "
                           "again; you can keep working.")
        return self.tr("Your latest changes could not be saved just now. They are still on "
                       "screen, and saving them will be tried again in a moment.")


def save_problem_label(autosaver: Autosaver) -> QLabel:
    """A line saying why the latest changes are not saved yet (shown, and said aloud, only then)."""
    label = wrapped_label("", PROBLEM_TONE)
    label.setObjectName("save-problem")
    label.hide()
    autosaver.state_changed.connect(lambda: show_problem(label, autosaver.problem))
    return label


class AutosavingPage(QWidget):
    """A page that saves as the person works: everything pending is written when the page is
    left, and `on_shown()` brings in what other pages may have changed when it comes back."""

    autosaver: Autosaver

    def flush_edits(self) -> bool:
        return self.autosaver.flush()

    def on_shown(self) -> None:
        """Reload whatever other pages can change; nothing by default."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.on_shown()

    def hideEvent(self, event: QHideEvent) -> None:
        self.autosaver.flush()
        super().hideEvent(event)
