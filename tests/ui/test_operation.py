"""The window's background operations (desktop/ui/operation.py): progress shown, one at a time,
errors through the dialog service, pages told what changed; and real operations run end to end
on a worker thread, offscreen (a restore inside the window: tests/ui/test_settings_page.py)."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from desktop.app.operations import OperationError
from desktop.ui.main_window import MainWindow
from desktop.ui.operation import BACKUPS, Job, Operations
from tests.ui.test_settings_page import settings_page

WAIT = 20_000


def held(release: threading.Event, fraction: float = 0.5) -> Any:
    """Work that reports `fraction` done, then waits until released (as a slow disk would)."""
    def work(job: Job) -> str:
        job.progress(fraction)
        release.wait(WAIT / 1000)
        return "done"
    return work


def test_progress_is_shown_while_it_runs(qtbot: QtBot, window: MainWindow) -> None:
    release = threading.Event()
    results: list[str] = []
    with qtbot.waitSignal(window.operations.progressed, timeout=WAIT,
                          check_params_cb=lambda fraction: fraction == 0.5):
        assert window.operations.run(window, "Holding the disk…", held(release),
                                     success=results.append)
    assert window.statusBar().currentMessage() == "Holding the disk…"
    assert window.operations.running == "Holding the disk…"
    with qtbot.waitSignal(window.operations.ended, timeout=WAIT):
        release.set()
    assert results == ["done"] and window.operations.running == ""
    assert window.statusBar().currentMessage() == ""  # no longer says it is holding the disk


def test_a_second_operation_is_refused_politely(qtbot: QtBot, window: MainWindow,
                                                recorded_dialogs: Any) -> None:
    release = threading.Event()
    assert window.operations.run(window, "Holding the disk…", held(release))
    page = settings_page(window)
    assert not page.back_up_now()  # the second click: refused, nothing started
    kind, title, text = recorded_dialogs.shown[-1]
    assert (kind, title) == ("explain", "Please wait")
    assert text == ("Framework Ready is still busy: Holding the disk… Try again when that has "
                    "finished.")
    release.set()
    qtbot.waitUntil(lambda: not window.operations.running, timeout=WAIT)
    assert page.back_up_now()  # free again
    qtbot.waitUntil(lambda: not window.operations.running, timeout=WAIT)
    assert page.status.text().startswith("Backed up to ")


def test_errors_are_shown_through_the_dialog_service(qtbot: QtBot, window: MainWindow,
                                                     recorded_dialogs: Any) -> None:
    def refused(_job: Job) -> None:
        raise OperationError("Nothing was imported, because:", ("the file is empty",))

    def unexpected(_job: Job) -> None:
        raise KeyError("a bug")

    for work in (refused, unexpected):
        with qtbot.waitSignal(window.operations.ended, timeout=WAIT):
            window.operations.run(window, "Importing…", work)
    assert recorded_dialogs.shown == [
        ("error", "Nothing was changed", "Nothing was imported, because:\n- the file is empty"),
        ("error", "Something went wrong",
         "This did not finish: Importing… Your saved work is safe."),
    ]
    assert recorded_dialogs.details == []  # show_error, not a crash box: the window runs on


def test_pages_are_told_what_changed(qtbot: QtBot, window: MainWindow) -> None:
    page = settings_page(window)
    told: list[frozenset[str]] = []
    window.operations.changed.connect(told.append)
    assert page.list.item(0).text().startswith("No backups yet")
    assert window.workspace is not None and window.workspace.file is not None
    file = window.workspace.file
    # An operation started elsewhere (not by the page) that makes a backup: the page shows it.
    from desktop.app.operations import back_up

    with qtbot.waitSignal(window.operations.changed, timeout=WAIT):
        window.operations.run(window, "Backing up…", lambda _job: back_up(file, 5),
                              changes=frozenset({BACKUPS}))
    assert told == [frozenset({BACKUPS})]
    assert page.list.count() == 1 and "Smith & Sons <Trust>" in page.list.item(0).text()


def test_a_real_fault_is_said_on_the_page(qtbot: QtBot, window: MainWindow,
                                          recorded_dialogs: Any) -> None:
    assert window.workspace is not None and window.workspace.file is not None
    (window.workspace.file.parent / "backups").write_text("a file where the folder should be")
    page = settings_page(window)
    assert page.back_up_now()
    qtbot.waitUntil(lambda: not window.operations.running, timeout=WAIT)
    assert page.problem.isVisible() and "Your data has not been changed" in page.problem.text()
    assert recorded_dialogs.shown == []  # said beside the button that was pressed


def test_a_page_read_in_the_background_delivers_only_the_newest(qtbot: QtBot) -> None:
    operations = Operations()
    release = threading.Event()
    seen: list[str] = []

    def first() -> str:
        release.wait(WAIT / 1000)
        return "out of date"

    owner = Operations()  # any QObject stands for the page
    operations.query(owner, first, seen.append)
    operations.query(owner, lambda: "second", seen.append)
    operations.query(owner, lambda: "newest", seen.append)
    release.set()
    qtbot.waitUntil(lambda: not operations.reading, timeout=WAIT)
    assert seen == ["newest"]


def test_the_lots_page_assesses_off_the_gui_thread(window: MainWindow, settle: Any,
                                                   monkeypatch: Any) -> None:
    from desktop.ui.pages import lots

    threads: list[str] = []
    real = lots.eligibility

    def watched(*args: Any, **options: Any) -> Any:
        threads.append(threading.current_thread().name)
        return real(*args, **options)

    monkeypatch.setattr(lots, "eligibility", watched)
    window.go_to("lots")
    page = window.pages["lots"]
    assert isinstance(page, lots.LotsPage)
    assert window.operations.reading  # the page is shown at once; its answer follows
    settle(window)
    assert page.list_model.rowCount() == 109
    assert threads and threading.main_thread().name not in threads
