"""Look at a SQLite file without changing it (standard library only, so it is cheap at start)."""

from __future__ import annotations

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
    if not pending_journal(path) and _set_read_only(path):
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


def _set_read_only(path: Path) -> bool:
    """The file or its folder has no write permission for its owner (nobody writes it)."""
    try:
        return not all(p.stat().st_mode & stat.S_IWUSR for p in (path, path.parent))
    except OSError:
        return False


def is_cantopen(error: sqlite3.Error) -> bool:
    return (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == _CANTOPEN
