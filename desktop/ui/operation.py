"""The one way the window runs slow work off the GUI thread (after Anki's aqt.operations:
CollectionOp for what changes the data, QueryOp for what only reads it).

    window.operations.run(self, self.tr("Backing up…"), lambda job: back_up(file, keep),
                          success=self._backed_up, changes=frozenset({BACKUPS}))

- The work is a function of a `Job`, run once on a worker thread: it may call
  `job.progress(fraction)` and check `job.cancelled()`; it never touches a widget. Database work
  opens its own sessions there (each checks out its own connection: the SQLite engine's pool
  hands connections across threads, see desktop/store/engine.py), so nothing is shared with the
  GUI thread's sessions.
- One operation at a time per window: a second while one is running is refused politely through
  the dialog service, and `run` returns False.
- While it runs `started(label)`, `progressed(fraction)` and `ended()` are emitted (the
  window's status bar shows them; a page may show its own bar); `cancel()` asks a cancellable one
  to stop.
- Its result comes back on the GUI thread to `success`. An `OperationError` is shown through the
  dialog service in its plain words (or handed to `failure` when given); `pdf.Cancelled` goes to
  `cancelled`; anything unexpected is logged and shown as such, never raised into Qt.
- After success, `changed(frozenset)` says what changed (`DATA`, `BACKUPS`, `DOCUMENTS`), so
  every page that shows it can read it again.
- `query(owner, work, success)` reads beside an operation; asked again while running, only the
  newest is delivered (a page re-reading as the person types sees the last answer).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.ui import dialogs

log = logging.getLogger(__name__)
T = TypeVar("T")

DATA = "data"  # the database as a whole was replaced (restore, import): everything is new
BACKUPS = "backups"  # a backup was made or set aside
DOCUMENTS = "documents"  # a document or export file was written


class Job:
    """What the work sees on its thread: progress to report, and whether to stop."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._stop = threading.Event()

    def progress(self, fraction: float) -> None:
        self._relay.moved.emit(max(0.0, min(1.0, fraction)))

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive there queued."""

    moved = Signal(float)


class Background(QThread):
    """Runs `work()` once on its own thread; `succeeded(result)` or `failed(exception)` then
    arrive on the GUI thread. The seam every background run goes through (start-up uses it
    directly: there is no window to refuse a second run yet)."""

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


class _Running(Generic[T]):
    """One operation under way: its thread, its job and what to do when it ends."""

    def __init__(self, label: str, thread: Background, job: Job,
                 success: Callable[[T], None] | None,
                 failure: Callable[[Exception], None] | None,
                 cancelled: Callable[[], None] | None, changes: frozenset[str],
                 parent: QWidget | None, cancellable: bool) -> None:
        self.label, self.thread, self.job = label, thread, job
        self.success, self.failure, self.cancelled = success, failure, cancelled
        self.changes, self.parent, self.cancellable = changes, parent, cancellable


class Operations(QObject):
    """A window's runner: one operation at a time, with progress, cancel and plain errors."""

    started = Signal(str)  # what is being done, in words
    progressed = Signal(float)  # 0.0 to 1.0
    ended = Signal()  # finished, failed or cancelled: ready for the next
    changed = Signal(object)  # frozenset of DATA, BACKUPS, DOCUMENTS: what to read again

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current: _Running[Any] | None = None
        self.last_label = ""  # what the latest operation was doing
        self._queries: dict[int, _Query] = {}  # by the id of the page reading
        self._relay = _Relay(self)
        self._relay.moved.connect(self.progressed)

    @property
    def running(self) -> str:
        """What is being done now, in words ("" when nothing is)."""
        return self._current.label if self._current is not None else ""

    def run(self, parent: QWidget | None, label: str, work: Callable[[Job], T], *,
            success: Callable[[T], None] | None = None,
            failure: Callable[[Exception], None] | None = None,
            cancelled: Callable[[], None] | None = None,
            changes: frozenset[str] = frozenset(), cancellable: bool = False) -> bool:
        """Start `work` in the background; False (and the person told why) when another
        operation is still running."""
        if self.refused(parent):
            return False
        job = Job(self._relay)
        thread = Background(lambda: work(job), self)
        self._current = _Running(label, thread, job, success, failure, cancelled, changes,
                                 parent, cancellable)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.finished.connect(thread.deleteLater)
        self.last_label = label
        self.started.emit(label)
        self.progressed.emit(0.0)
        thread.start()
        return True

    def refused(self, parent: QWidget | None) -> bool:
        """True, with the person told why, while an operation is still running."""
        if self._current is None:
            return False
        dialogs.service.explain(parent, self.tr("Please wait"), self.tr(
            "Framework Ready is still busy: {current} Try again when that has finished.")
            .format(current=self._current.label))
        return True

    def cancel(self) -> None:
        """Ask the running operation to stop, if it can (a restore, once started, cannot)."""
        if self._current is not None and self._current.cancellable:
            self._current.job.cancel()

    def wait(self) -> None:
        """On closing the window: cancel what can be, and let the rest finish."""
        self.cancel()
        if self._current is not None:
            self._current.thread.wait()
        for query in list(self._queries.values()):
            query.thread.wait()

    def _end(self) -> _Running[Any]:
        current = self._current
        assert current is not None
        self._current = None
        current.thread.wait()  # its run() has returned: the thread is about to end
        self.ended.emit()
        return current

    def _succeeded(self, result: object) -> None:
        current = self._end()
        if current.success is not None:
            current.success(result)
        if current.changes:
            self.changed.emit(current.changes)

    def _failed(self, error: Exception) -> None:
        from desktop.app.operations import Cancelled, OperationError

        current = self._end()
        if isinstance(error, Cancelled):  # nothing was written
            if current.cancelled is not None:
                current.cancelled()
            return
        if current.failure is not None and isinstance(error, OperationError):
            current.failure(error)
            return
        if isinstance(error, OperationError):
            dialogs.service.show_error(current.parent, self.tr("Nothing was changed"),
                                       error.told())
            return
        log.error("%s failed", current.label, exc_info=error)
        dialogs.service.show_error(current.parent, self.tr("Something went wrong"), self.tr(
            "This did not finish: {what} Your saved work is safe.").format(what=current.label),
            details=f"{type(error).__name__}: {error}")
        if current.failure is not None:
            current.failure(error)

    # -- reads ----------------------------------------------------------------------------
    def query(self, owner: QObject, work: Callable[[], T], success: Callable[[T], None]) -> None:
        """Read in the background for `owner` (a page): it may run beside an operation. Asked
        again while its read runs, the newer read runs once that ends, and only its answer is
        delivered (a page re-reading as the person types shows the last answer)."""
        self._query(owner, work, success)

    def _query(self, owner: QObject, work: Callable[[], T], success: Callable[[T], None]) -> None:
        key = id(owner)
        if key in self._queries:
            self._queries[key].pending = (work, success)
            return
        thread = Background(work, self)
        self._queries[key] = _Query(owner, thread, success)
        thread.succeeded.connect(lambda result: self._queried(key, result, None))
        thread.failed.connect(lambda error: self._queried(key, None, error))
        thread.finished.connect(thread.deleteLater)
        thread.start()

    @property
    def reading(self) -> bool:
        """True while any page's read is still running."""
        return bool(self._queries)

    def _queried(self, key: int, result: object, error: Exception | None) -> None:
        done = self._queries.pop(key)
        done.thread.wait()
        if done.pending is not None:  # asked again meanwhile: this answer is out of date
            work, success = done.pending
            if isValid(done.owner):
                self._query(done.owner, work, success)
            return
        if error is not None:
            log.error("A background read failed", exc_info=error)
            dialogs.service.show_error(None, self.tr("Something went wrong"), self.tr(
                "What is shown could not be read again. Your saved work is safe."),
                details=f"{type(error).__name__}: {error}")
            return
        if isValid(done.owner):  # a page replaced meanwhile is not told
            done.success(result)


class _Query:
    """A page's read under way, and the newer one asked for meanwhile."""

    def __init__(self, owner: QObject, thread: Background,
                 success: Callable[[Any], None]) -> None:
        self.owner, self.thread, self.success = owner, thread, success
        self.pending: tuple[Callable[[], Any], Callable[[Any], None]] | None = None
