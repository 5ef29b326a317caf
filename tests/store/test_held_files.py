"""A `.part` held (locked) while it is written can still be written by SQLite, given its final
name and removed: on Windows, where locks are mandatory and open files cannot be renamed, this
is what `windows_files.py` is for; here on Linux and macOS it holds trivially. The hosted
Windows runner runs the same test for real."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from desktop.store import file_lock, windows_files
from desktop.store.file_lock import hold, is_held_elsewhere
from desktop.store.replace import new_part, place_uniquely, standalone_copy

ASK = """
import sys
from pathlib import Path
from desktop.store.file_lock import is_held_elsewhere
print(is_held_elsewhere(Path(sys.argv[1])))
"""


def held_in_another_process(path: Path) -> bool:
    answer = subprocess.run([sys.executable, "-c", ASK, str(path)], capture_output=True,
                            text=True, check=True)
    return answer.stdout.strip() == "True"


def test_a_held_part_is_written_named_and_removed_while_held(tmp_path: Path) -> None:
    database = tmp_path / "fr.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE answer (text TEXT)")
        connection.execute("INSERT INTO answer VALUES ('Ein gwasanaeth ŵ ŷ')")
    connection.close()
    part = new_part(tmp_path, database.name)
    part.unlink()
    part.touch()
    stream = hold(part)
    try:
        assert is_held_elsewhere(part) and held_in_another_process(part)
        standalone_copy(database, part)  # SQLite writes every byte through its own handle
        placed = place_uniquely(part, tmp_path, "fr.backup")  # link, then remove the .part
        assert not part.exists()
    finally:
        stream.close()
    reader = sqlite3.connect(f"{placed.as_uri()}?mode=ro", uri=True)
    try:
        assert reader.execute("SELECT text FROM answer").fetchall() == [("Ein gwasanaeth ŵ ŷ",)]
    finally:
        reader.close()


def test_a_part_nobody_holds_is_a_leftover(tmp_path: Path) -> None:
    part = tmp_path / ".fr.sqlite3.abc.part"
    part.write_bytes(b"half")
    assert not is_held_elsewhere(part) and not held_in_another_process(part)
    stream = hold(part)
    stream.close()
    assert not is_held_elsewhere(part)
    part.unlink()  # nothing keeps it open


def test_windows_locks_a_byte_past_the_data(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    """Windows' rule as the code applies it: the lock is taken at LOCK_OFFSET (SQLite's writes
    to the first bytes would otherwise fail there), on the stream's own descriptor."""
    taken: list[tuple[int, int, int]] = []

    def locking(descriptor: int, mode: int, length: int) -> None:
        taken.append((os.lseek(descriptor, 0, os.SEEK_CUR), mode, length))

    monkeypatch.setitem(sys.modules, "msvcrt", SimpleNamespace(LK_NBLCK=2, locking=locking))
    monkeypatch.setattr(file_lock, "sys", SimpleNamespace(platform="win32"))
    monkeypatch.setattr(windows_files, "sys", SimpleNamespace(platform="win32"))
    part = tmp_path / "x.part"
    part.write_bytes(b"SQLite format 3\0")
    with part.open("rb") as stream:
        assert file_lock._try_lock(stream)
    assert taken == [(windows_files.LOCK_OFFSET, 2, 1)]
    assert windows_files.LOCK_OFFSET < 2**31  # msvcrt's offsets are 31-bit
