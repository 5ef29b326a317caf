"""Reading a database file the way a test checks it: straight from SQLite, read-only, so the
check itself can change nothing (not even a journal beside the file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def first_value(path: Path, sql: str) -> Any:
    """The first column of the first row `sql` gives in the file at `path`."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()
