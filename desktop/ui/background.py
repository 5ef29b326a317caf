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


_RUNNING: set[BackgroundTask] = set()  # kept until they end, whoever asked for them has gone


def wait_all() -> None:
    """Let every background read end (before the database is closed or the app quits)."""
    for task in list(_RUNNING):
        task.wait()


def _forget(task: BackgroundTask) -> None:
    task.wait()  # it has said it is finished; let its thread end before it can be collected
    _RUNNING.discard(task)


class Reloader(QObject):
    """Reads something in the background each time `reload()` is asked, one read at a time:
    asked again while reading, it reads once more when that read ends, and only the last
    result is handed on (`loaded`), never an older one after a newer. Errors come as `failed`."""

    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._task: BackgroundTask | None = None
        self._again = False

    @property
    def busy(self) -> bool:
        return self._task is not None

    def reload(self) -> None:
        if self._task is not None:
            self._again = True
            return
        task = self._task = BackgroundTask(self._work)  # no parent: never deleted while it runs
        _RUNNING.add(task)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: _forget(task))
        task.start()

    def _ended(self) -> bool:
        """True if this result is the latest; else the next read starts now."""
        self._task = None
        if self._again:
            self._again = False
            self.reload()
            return False
        return True

    def _succeeded(self, result: object) -> None:
        if self._ended():
            self.loaded.emit(result)

    def _failed(self, error: object) -> None:
        if self._ended():
            self.failed.emit(error)
