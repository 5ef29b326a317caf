"""Rename a finished file over another, waiting a moment while another program holds either.

On Windows a rename fails while any other program has the source or the target open without
letting others delete it: an antivirus scanning the file just written, a backup or sync tool
copying the database, an indexer. Those let go within a second or two, so the rename is tried
again with growing pauses (about three seconds in all) before the file is called busy. The
rename itself is one step (`os.replace`): whether it fails or succeeds, the target path always
holds a whole file, the old one or the new one, never nothing.

Only "in use" is waited for: a missing file, a full disk or a read-only folder fail at once.
"""

from __future__ import annotations

import errno
import logging
import os
import time
from pathlib import Path

from desktop.store.faults import busy

log = logging.getLogger(__name__)

PAUSES = (0.05, 0.1, 0.2, 0.4, 0.8, 1.6)  # seconds between tries: 3.15 s in all
_WINDOWS_IN_USE = {5, 32, 33}  # ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
_POSIX_IN_USE = {errno.EBUSY, errno.ETXTBSY}


def in_use(error: OSError) -> bool:
    """True when `error` says another program has the file open (worth waiting for)."""
    if os.name == "nt" and isinstance(error, PermissionError):
        return getattr(error, "winerror", None) in _WINDOWS_IN_USE
    return error.errno in _POSIX_IN_USE


def replace_with_retry(source: Path, target: Path, pauses: tuple[float, ...] = PAUSES) -> None:
    """`os.replace(source, target)`, tried again while the file is in use; then DatabaseBusy.

    Any other failure is raised as it is, at once, for the caller to explain.
    """
    for pause in (*pauses, None):
        try:
            os.replace(source, target)  # noqa: PTH105 - through `os`, which tests replace
        except OSError as error:
            if not in_use(error):
                raise
            if pause is None:
                log.warning("%s stayed in use; gave up replacing it: %s", target, error)
                raise busy(target) from error
            log.info("%s is in use (%s); trying again in %.2f s", target, error, pause)
            time.sleep(pause)
        else:
            return
