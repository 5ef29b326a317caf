"""The one way to run slow work off the GUI thread (opening the database now; PDFs, imports and
backups later): a function runs in a QThread and its result or error comes back as a signal on
the GUI thread. The work never touches widgets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class BackgroundTask(QThread):
    """Runs `work()` once; emits `succeeded(result)` or `failed(exception)` when it ends."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which decides what to say
            self.failed.emit(error)
            return
        self.succeeded.emit(result)
