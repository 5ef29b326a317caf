"""Look at a SQLite file without changing it (standard library only, so it is cheap at start)."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
_CANTOPEN = 14


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def journal_files(path: Path) -> list[Path]:
    """The write-ahead log and shared-memory files SQLite keeps beside `path`."""
    return [path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def pending_journal(path: Path) -> bool:
    """True when `path` has a write-ahead log with changes not yet written into the file."""
    wal = journal_files(path)[0]
    return wal.exists() and wal.stat().st_size > 0


def read_only_uri(path: Path, immutable: bool = False) -> str:
    return f"{path.resolve().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"


def read_only_choice(path: Path) -> bool:
    """Whether `path` must be read as immutable: `mode=ro` needs SQLite's shared-memory file,
    which a read-only folder or disk cannot hold, and would leave a read-only `-shm` beside a
    file the person made read-only. With no pending journal the file alone is the whole
    database, so `immutable=1` then reads it exactly and writes nothing beside it."""
    connection, immutable = _open(path)
    connection.close()
    return immutable


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path` (raises sqlite3.Error if it is no database)."""
    return _open(path)[0]


def _open(path: Path) -> tuple[sqlite3.Connection, bool]:
    """The read-only connection, and whether it had to be immutable: one connection, tried."""
    if not pending_journal(path) and read_only_reason(path):
        return sqlite3.connect(read_only_uri(path, immutable=True), uri=True), True
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlite3.Error as error:
        connection.close()
        if is_cantopen(error) and not pending_journal(path):
            return sqlite3.connect(read_only_uri(path, immutable=True), uri=True), True
        raise
    return connection, False


def read_only_reason(path: Path) -> str:
    """Why `path` (a database file, existing or not) cannot be changed: "mount", "folder",
    "file", or "" when it can.

    The owner's write bit is what counts, not `os.access`: an administrator (or CI, as root) may
    write anything, but a file the person made read-only stays read-only for the app.
    """
    folder = path.parent
    try:
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "mount"
        if not _writable(folder):
            return "folder"
        if path.exists() and not _writable(path):
            return "file"
    except OSError:
        return ""
    return ""


def _writable(path: Path) -> bool:
    if os.name == "posix":
        return bool(path.stat().st_mode & stat.S_IWUSR) and os.access(path, os.W_OK)
    return os.access(path, os.W_OK)


def is_cantopen(error: sqlite3.Error) -> bool:
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == _CANTOPEN
