"""Windows' own rules for the files the app locks, so its locks never get in its own way.

On Windows a lock on part of a file is mandatory: no other handle, even one in the same
process, may read or write the locked bytes. And a file opened the ordinary way cannot be
renamed or deleted until it is closed. A backup's `.part` is held (locked) while it is
written, so a cleanup in another process never takes it for a killed run's leftover; SQLite
writes it through its own handle, and it is then given its final name while still held.
So, on Windows:
- the lock is taken on one byte far past the end of any file the app writes (LOCK_OFFSET),
  never on the data itself;
- the holding handle is opened letting others read, write, rename and delete the file
  (FILE_SHARE_DELETE, which Python's own `open` does not ask for).
Elsewhere locks are advisory (`flock`) and renaming an open file is allowed, so nothing changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCK_OFFSET = 0x7FFF_FFF0  # 2 GiB: past any database this app keeps; msvcrt seeks 31 bits

_GENERIC_READ = 0x8000_0000
_SHARE_EVERYTHING = 0x1 | 0x2 | 0x4  # FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE
_OPEN_EXISTING = 3
_FILE_ATTRIBUTE_NORMAL = 0x80


def open_to_hold(path: Path) -> IO[bytes]:
    """`path` opened for reading, to lock; on Windows others may still rename or delete it."""
    if sys.platform != "win32":
        return path.open("rb")
    import ctypes
    import msvcrt
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    create = kernel32.CreateFileW
    create.argtypes = (wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, wintypes.LPVOID,
                       wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE)
    create.restype = wintypes.HANDLE
    handle = create(str(path), _GENERIC_READ, _SHARE_EVERYTHING, None, _OPEN_EXISTING,
                    _FILE_ATTRIBUTE_NORMAL, None)
    if handle is None or handle == wintypes.HANDLE(-1).value:
        raise ctypes.WinError(ctypes.get_last_error())
    return os.fdopen(msvcrt.open_osfhandle(handle, os.O_RDONLY), "rb")


def lock_windows_byte(stream: IO[bytes]) -> bool:
    """Lock LOCK_OFFSET in `stream` without waiting (Windows only); False when it is held."""
    if sys.platform != "win32":
        raise NotImplementedError("Windows' locks only")
    import msvcrt

    stream.seek(LOCK_OFFSET)  # msvcrt locks from the current position
    try:
        msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
    except OSError:
        return False
    return True
