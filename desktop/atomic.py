"""Write files so that a crash or a full disk never leaves half a file where a good one was.

The content goes to a temporary file in the same folder, is flushed to disk, then renamed over
the target in one step (`os.replace` is atomic on the same file system). On failure the temporary
file is removed and the target is as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_file(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file to write; it replaces `target` only if the block finishes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                         suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(temporary).unlink()
        raise
    sync_folder(target.parent)


def write_atomically(target: Path, write: Callable[[BinaryIO], object]) -> None:
    with atomic_file(target) as stream:
        write(stream)


def write_bytes_atomically(target: Path, data: bytes) -> None:
    write_atomically(target, lambda stream: stream.write(data))


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
