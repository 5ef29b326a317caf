"""The database's lock while the window has it open, so a restore or an archive import from the
command line is refused instead of swapping the file under it. Light on purpose: it is taken
before the window shows."""

from __future__ import annotations

from desktop.paths import DatabaseLocation
from desktop.store.file_lock import DatabaseLock

__all__ = ["DatabaseLock", "hold_database"]


def hold_database(location: DatabaseLocation, wait: float) -> DatabaseLock | None:
    """The lock held, waiting up to `wait` seconds. None when another process holds it (a
    replacement under way); a lock that cannot be made (a read-only folder) is no lock at all:
    nothing can replace the file there either."""
    if location.file is None:
        return DatabaseLock.none()
    lock = DatabaseLock(location.file, wait=wait)
    try:
        if not lock.acquire():
            return None
    except OSError:
        return DatabaseLock.none()
    return lock
