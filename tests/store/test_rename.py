"""Replacing the database while another program holds the file (Windows: antivirus, backup and
sync tools): tried again for about three seconds, then "busy"; the path is never empty."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.app.workspace import open_workspace
from desktop.core.organisation_records import create_organisation
from desktop.paths import resolve_database
from desktop.store import rename
from desktop.store.backup import make_backup, restore
from desktop.store.errors import DatabaseBusy
from tests.sqlite_files import first_value

SHARING_VIOLATION = 32


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def organisation_in(path: Path) -> str:
    return str(first_value(path, "SELECT name FROM organisation"))


@pytest.fixture
def database_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A database whose organisation is "Now", and a backup of it from when it was "Then"."""
    path = tmp_path / "fr.sqlite3"
    workspace = open_workspace(resolve_database(str(path)))
    create_organisation(workspace.database, "Then", "")
    workspace.close()
    backup = make_backup(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE organisation SET name = 'Now'")
    connection.close()
    return path, backup


def windows_error(winerror: int) -> PermissionError:
    """The PermissionError Windows raises (`winerror` is only filled in on Windows itself)."""
    error = PermissionError(13, "The process cannot access the file because it is being used "
                                "by another process")
    error.winerror = winerror  # type: ignore[attr-defined]
    return error


class WindowsRules(SimpleNamespace):
    """`os` as rename.py sees it: Windows' name, and a replace that fails `failures` times."""

    def __init__(self, failures: int, error: Callable[[], OSError]) -> None:
        super().__init__(name="nt", calls=0)
        self.failures, self.error = failures, error

    def replace(self, source: Path, target: Path) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error()
        source.replace(target)


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(rename, "time", SimpleNamespace(sleep=slept.append))
    return slept


def test_a_file_held_for_a_moment_is_replaced_once_it_is_let_go(
        monkeypatch: pytest.MonkeyPatch, database_and_backup: tuple[Path, Path],
        pauses: list[float]) -> None:
    path, backup = database_and_backup
    rules = WindowsRules(2, lambda: windows_error(SHARING_VIOLATION))
    monkeypatch.setattr(rename, "os", rules)
    restore(path, backup)
    assert rules.calls == 3
    assert pauses == list(rename.PAUSES[:2])
    assert organisation_in(path) == "Then"


def test_a_file_that_stays_in_use_is_called_busy_and_left_whole(
        monkeypatch: pytest.MonkeyPatch, database_and_backup: tuple[Path, Path],
        pauses: list[float]) -> None:
    path, backup = database_and_backup
    before = digest(path)
    rules = WindowsRules(1000, lambda: windows_error(SHARING_VIOLATION))
    monkeypatch.setattr(rename, "os", rules)
    with pytest.raises(DatabaseBusy, match="Another program is using"):
        restore(path, backup)
    assert rules.calls == len(rename.PAUSES) + 1
    assert 2.5 <= sum(pauses) <= 5  # "a few seconds in all"
    assert digest(path) == before and organisation_in(path) == "Now"
    assert not list(path.parent.glob(".*.part")), "the new file written beside was left"


def test_other_failures_are_not_waited_for(monkeypatch: pytest.MonkeyPatch,
                                           pauses: list[float], tmp_path: Path) -> None:
    """Only "in use" is worth waiting for: access refused for good (no Windows sharing code)
    or a missing file fails at once, for faults.py to explain."""
    source, target = tmp_path / "new", tmp_path / "old"
    source.write_text("new")
    target.write_text("old")
    monkeypatch.setattr(rename, "os", WindowsRules(1, lambda: PermissionError(13, "denied")))
    with pytest.raises(PermissionError):
        rename.replace_with_retry(source, target)
    monkeypatch.undo()
    with pytest.raises(FileNotFoundError):
        rename.replace_with_retry(tmp_path / "missing", target)
    assert pauses == [] and target.read_text() == "old"


def test_posix_busy_is_waited_for_but_permission_is_not() -> None:
    assert rename.in_use(OSError(16, "Device or resource busy"))  # EBUSY: a mount point
    assert not rename.in_use(PermissionError(13, "Permission denied"))


HOLDER = """
import sys, time
with open(sys.argv[1], "rb"):
    print("holding", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_restore_while_another_process_has_the_file_open(
        database_and_backup: tuple[Path, Path]) -> None:
    """A real second process keeps the database open for a second (as an antivirus scan
    does). On Windows the rename fails until it lets go and is tried again; elsewhere it
    succeeds at once. Either way the backup is in place and nothing is lost."""
    path, backup = database_and_backup
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), "1.0"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        aside = restore(path, backup)
        took = time.monotonic() - started
    finally:
        holder.wait(timeout=30)
    assert organisation_in(path) == "Then"
    assert aside is not None and organisation_in(aside) == "Now"
    assert took < sum(rename.PAUSES) + 10
