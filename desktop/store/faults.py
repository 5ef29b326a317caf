"""Say what is really wrong when a database file cannot be read or written.

A full disk, a read-only file or mount, a permission refused, another program holding the file
and real damage each need a different next step, and only real damage is ever called damage.
SQLite reports a full disk in several ways (SQLITE_FULL, or a plain "disk I/O error" when it
cannot grow its shared-memory file), so the free space on the disk is checked first.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from desktop.i18n import tr
from desktop.store.errors import (
    DamagedDatabase,
    DatabaseBusy,
    DatabaseProblem,
    DiskFull,
    DiskTrouble,
    PermissionDenied,
    ReadOnly,
)
from desktop.store.sqlite_file import read_only_reason

LOW_SPACE = 1024 * 1024  # under 1 MB free: SQLite cannot make its journal, whatever it says
_FULL = {13}  # SQLITE_FULL
_READ_ONLY = {8}  # SQLITE_READONLY
_PERMISSION = {3, 23}  # SQLITE_PERM, SQLITE_AUTH
_BUSY = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def free_space(folder: Path) -> int | None:
    """Bytes free on the disk that holds `folder` (None when it cannot be told)."""
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def disk_full(path: Path) -> DiskFull:
    return DiskFull(tr("The disk that holds {folder} is full, so Framework Ready cannot work "
                       "with your data there. Your data has not been changed. Free some space "
                       "on that disk (empty the recycle bin, move large files elsewhere), then "
                       "try again.")
                    .format(folder=path.parent))


def read_only(path: Path, reason: str) -> ReadOnly:
    where = {
        "mount": tr("{file} is on a disk that can only be read (a read-only drive or share)."),
        "folder": tr("The folder that holds {file} is read-only."),
        "file": tr("{file} is read-only."),
    }.get(reason, tr("{file} is read-only."))
    return ReadOnly(where.format(file=path) + " " + tr(
        "Framework Ready can show it but cannot save changes to it. To change it, make it "
        "writable again (in its Properties), or copy it to a folder you can save in."))


def explain(error: BaseException, path: Path) -> DatabaseProblem:
    """The plain problem behind `error`, raised while reading or writing the database `path`."""
    if isinstance(error, DatabaseProblem):
        return error
    code = _sqlite_code(error)
    number = getattr(error, "errno", None)
    space = free_space(path.parent)
    if code in _FULL or number == errno.ENOSPC or (space is not None and space < LOW_SPACE):
        return disk_full(path)
    reason = read_only_reason(path)
    if code in _READ_ONLY or number == errno.EROFS or reason:
        return read_only(path, reason or "file")
    if code in _PERMISSION or number in (errno.EACCES, errno.EPERM):
        return PermissionDenied(tr(
            "Your user account is not allowed to open {file}. Your data has not been changed. "
            "Ask whoever looks after this computer to give you access, or choose another file.")
            .format(file=path))
    if code in _BUSY:
        return busy(path)
    if code in _DAMAGED:
        return DamagedDatabase(tr(
            "{file} is damaged ({reason}). It has not been changed. You can put back the newest "
            "backup that is not damaged; the damaged file is kept aside.").format(
                file=path, reason=error))
    return DiskTrouble(tr(
        "The computer could not read or write {file} ({reason}). Your data has not been "
        "changed. If the file is on a memory stick or a network drive, check it is still "
        "connected; then try again.").format(file=path, reason=_short(error)))


def busy(path: Path) -> DatabaseBusy:
    return DatabaseBusy(tr(
        "Another program is using {file} at the moment. Nothing was changed. Close Framework "
        "Ready in the other window (or wait for the other command to finish), then try again.")
        .format(file=path))


def _sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code, also through SQLAlchemy's wrapper (`.orig`)."""
    found = getattr(error, "orig", None) or error
    if isinstance(found, sqlite3.Error):
        code = getattr(found, "sqlite_errorcode", None)
        return None if code is None else code & 0xFF
    return None


def _short(error: BaseException) -> str:
    """The error's own words, never an SQL statement (SQLAlchemy appends it)."""
    found = getattr(error, "orig", None) or error
    text = getattr(found, "strerror", None) or str(found)
    return text.split("\n", 1)[0][:200]


def cannot_write(error: OSError, target: Path) -> str:
    """Why a file the person asked for (an export, a PDF) could not be saved, and what to do."""
    if error.errno == errno.ENOSPC:
        return tr("The disk that holds {folder} is full, so {file} was not saved. Free some "
                  "space on that disk, or choose another place.").format(
                      folder=target.parent, file=target.name)
    if error.errno == errno.EROFS or read_only_reason(target) in ("mount", "folder"):
        return tr("{folder} can only be read, so {file} was not saved there. Choose another "
                  "folder.").format(folder=target.parent, file=target.name)
    if error.errno in (errno.EACCES, errno.EPERM):
        return tr("You are not allowed to save in {folder}, so {file} was not saved. Choose "
                  "another folder.").format(folder=target.parent, file=target.name)
    return tr("Could not write {file}: {reason}").format(
        file=target, reason=error.strerror or error)
