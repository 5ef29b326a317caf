"""Look at a SQLite file without changing it (standard library only, so it is cheap at start)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path` (raises sqlite3.Error if it is no database)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
