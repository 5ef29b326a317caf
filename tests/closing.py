"""What must stop before a test's database is closed: a window's background reads.

The `workspace` fixture closes the database before pytest-qt closes the test's windows (fixtures
end in the reverse order they began), so a dashboard or sidebar read still running on its worker
thread would find its SQLite connection closed under it, which can crash the whole run.
`shown_window` adds the window's `operations.wait` here, and the fixture calls it first.
"""

from __future__ import annotations

from collections.abc import Callable

BEFORE_CLOSING: list[Callable[[], None]] = []


def run_before_closing() -> None:
    while BEFORE_CLOSING:
        BEFORE_CLOSING.pop()()
