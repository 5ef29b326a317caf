"""One answer to "can this database file be changed?", for the messages and for how the file
is opened read-only: a file or folder the person made read-only is read as immutable (nothing
written beside it), a writable one with `mode=ro`."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from desktop.store.faults import read_only_reason
from desktop.store.sqlite_file import journal_files, open_read_only, read_only_choice


def made(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "framework-ready.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE note (text TEXT)")
    connection.execute("INSERT INTO note VALUES ('Tŷ <b>&</b>')")
    connection.commit()
    connection.close()
    return path


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_read_only_file_or_folder_is_read_as_immutable(tmp_path: Path, locked: str) -> None:
    path = made(tmp_path / "office")
    target = path if locked == "file" else path.parent
    assert read_only_reason(path) == "" and not read_only_choice(path)
    target.chmod(target.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        assert read_only_reason(path) == locked
        assert read_only_choice(path)  # the same answer decides how it is opened
        connection = open_read_only(path)
        assert connection.execute("SELECT text FROM note").fetchone() == ("Tŷ <b>&</b>",)
        with pytest.raises(sqlite3.OperationalError):
            connection.execute("INSERT INTO note VALUES ('x')")
        connection.close()
        assert not any(extra.exists() for extra in journal_files(path))  # nothing beside it
    finally:
        target.chmod(target.stat().st_mode | stat.S_IWUSR)
