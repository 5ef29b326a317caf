"""The whole-database operations the window reaches through app/ rather than the store."""

from __future__ import annotations

from pathlib import Path

from desktop.app.lock import hold_database
from desktop.app.operations import back_up_if_due, backups
from desktop.app.workspace import migration_scripts, open_workspace
from desktop.paths import resolve_database


def test_the_automatic_backup_is_made_at_most_once_a_day(tmp_path: Path) -> None:
    location = resolve_database(str(tmp_path / "charity.sqlite3"))
    open_workspace(location).close()
    assert location.file is not None
    made = back_up_if_due(location.file, keep=3)
    assert made is not None and made.exists()
    assert back_up_if_due(location.file, keep=3) is None  # one today already
    assert [b.path for b in backups(location.file)] == [made]


def test_the_window_holds_a_file_s_lock_and_a_server_needs_none(tmp_path: Path) -> None:
    """(Another process holding it is refused: tests/faults/test_at_once.py.)"""
    location = resolve_database(str(tmp_path / "charity.sqlite3"))
    lock = hold_database(location, wait=0.1)
    assert lock is not None and lock.path is not None and lock.held
    lock.release()
    server = hold_database(resolve_database("postgresql+psycopg://team@db/fr"), wait=0.1)
    assert server is not None and server.path is None


def test_the_migration_scripts_are_where_the_self_test_looks() -> None:
    assert (migration_scripts() / "env.py").is_file()
