"""One lock per database file, across processes: who may replace the file as a whole.

The window holds it while it has the database open; a restore, an archive import or a recovery
takes it before swapping the file. So `framework-ready restore` is refused while a window has
that database open, two restores at once run one after the other, and the window's own restore
(which already holds the lock) goes ahead. The operating system drops the lock when a process
ends, even when it is killed, so a crash never leaves a stale lock behind.

The lock lives in a small hidden file beside the database (`.<name>.lock`), which is never
removed: removing it would let two processes lock two different files.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from desktop.store.windows_files import lock_windows_byte, open_to_hold

_HELD: dict[Path, _Held] = {}  # this process's locks: taking one again only counts it


@dataclass(slots=True)
class _Held:
    stream: IO[bytes]
    count: int


def lock_file(database_file: Path) -> Path:
    return database_file.with_name(f".{database_file.name}.lock")


def is_held_elsewhere(path: Path) -> bool:
    """True when another open file (in any process) holds the lock on `path` itself: a
    `.part` being written is held so, and one that is not was left by a killed run."""
    try:
        with open_to_hold(path) as stream:
            return not _try_lock(stream)
    except OSError:
        return True  # cannot tell: leave it


def hold(path: Path) -> IO[bytes]:
    """Lock `path` itself for as long as the returned file stays open."""
    stream = open_to_hold(path)  # on Windows it can still be renamed and removed
    _try_lock(stream)
    return stream


def _try_lock(stream: IO[bytes]) -> bool:
    if sys.platform == "win32":  # (not os.name: the type checker knows this one)
        return lock_windows_byte(stream)  # a byte past the data: Windows' locks are mandatory
    import fcntl

    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DatabaseLock:
    """`with DatabaseLock(file, wait=5):` — or `acquire()`/`release()` for the window's lifetime.

    `acquire` returns False when another process holds the lock after `wait` seconds.
    """

    def __init__(self, database_file: Path | None, wait: float = 0.0) -> None:
        self.path = lock_file(database_file.resolve()) if database_file is not None else None
        self.wait = wait
        self.held = False

    @classmethod
    def none(cls) -> DatabaseLock:
        """No lock (a server database, or a folder that cannot hold the lock file)."""
        return cls(None)

    def acquire(self) -> bool:
        if self.path is None:
            return True
        held = _HELD.get(self.path)
        if held is not None:
            held.count += 1
            self.held = True
            return True
        stream = os.fdopen(os.open(self.path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600),
                           "ab")
        deadline = time.monotonic() + self.wait
        while not _try_lock(stream):
            if time.monotonic() >= deadline:
                stream.close()
                return False
            time.sleep(0.05)
        _HELD[self.path] = _Held(stream, 1)
        self.held = True
        return True

    def release(self) -> None:
        if not self.held or self.path is None:
            return
        self.held = False
        held = _HELD[self.path]
        held.count -= 1
        if held.count == 0:
            del _HELD[self.path]
            held.stream.close()  # closing the file drops the operating system's lock

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *_exc: object) -> None:
        self.release()
