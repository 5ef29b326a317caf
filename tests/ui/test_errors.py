"""Unexpected errors: logged to a private rotating file, shown in plain words with the details
to copy; the window keeps running."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path
from typing import Any

from desktop.logs import LOG_NAME, start_logging
from desktop.ui.app import report_unexpected
from desktop.ui.main_window import MainWindow


def test_an_unexpected_error_is_logged_and_explained(window: MainWindow, tmp_path: Path,
                                                     recorded_dialogs: Any) -> None:
    log_file = start_logging(tmp_path / "logs")
    try:
        raise ZeroDivisionError("division by zero in a page")
    except ZeroDivisionError:
        report_unexpected(window, *sys.exc_info())
    [(kind, title, text)] = recorded_dialogs.shown
    assert (kind, title) == ("crash", "Something went wrong")
    assert "Your saved work is safe" in text and "Traceback" not in text
    assert "ZeroDivisionError: division by zero in a page" in recorded_dialogs.details[0]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ZeroDivisionError" in log_file.read_text(encoding="utf-8")
    assert log_file.name == LOG_NAME
    if os.name == "posix":
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert window.isVisible()


def test_the_log_holds_no_sql(tmp_path: Path) -> None:
    start_logging(tmp_path / "logs")
    assert logging.getLogger("sqlalchemy").getEffectiveLevel() >= logging.WARNING


def test_an_action_on_a_read_only_database_is_told_not_crashed(
        window: MainWindow, recorded_dialogs: Any, tmp_path: Path) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    engine = create_engine(f"sqlite:///{tmp_path / 'locked.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE task (done INTEGER)"))
    try:
        with engine.begin() as connection:
            connection.execute(text("PRAGMA query_only = ON"))
            connection.execute(text("UPDATE task SET done = 1"))  # SQLite refuses: read-only
    except OperationalError:
        report_unexpected(window, *sys.exc_info())
    finally:
        engine.dispose()
    [(kind, title, text_shown)] = recorded_dialogs.shown
    assert (kind, title) == ("warning", "Nothing was changed")
    assert "read-only" in text_shown and "UPDATE" not in text_shown
