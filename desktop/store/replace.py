"""Put a new database file in place of the current one so that the path is never empty.

Every replacement (restore, archive import, recovery at start) goes the same way:
1. the new database is written completely beside the current one (`.<name>.incoming-….part`),
   flushed to disk and checked (SQLite's quick check, and a schema this version can open);
2. the current file is kept aside in `backups/` under a name that cannot collide with any other
   (a hard link that refuses to overwrite, or an exclusive create, with a counter);
3. its write-ahead log is written into it, and the new file takes its place in one rename.
A failure at any step leaves the current database at its path, unchanged. All of it runs under
the database's lock (`file_lock.py`), so two replacements never interleave and none runs while a
window has the file open.

Copies kept aside and backups are standalone files (rollback journal, not WAL), so reading one
later leaves no `-wal`/`-shm` beside it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.atomic import sync_folder
from desktop.i18n import tr
from desktop.paths import ensure_database_folder, ensure_private_dir, make_private_file
from desktop.store.errors import DatabaseProblem, InUse, NewerDatabase
from desktop.store.faults import explain, read_only, read_only_reason
from desktop.store.file_lock import DatabaseLock, hold, is_held_elsewhere
from desktop.store.rename import replace_with_retry
from desktop.store.schema import SCHEMA_HEAD
from desktop.store.sqlite_file import has_sqlite_header, journal_files

log = logging.getLogger(__name__)

LOCK_WAIT = 10.0  # seconds a second restore waits for the first before it says "busy"
INCOMING = ".incoming"
STAGING = ".import-"
RECOVERED = "recovered"


class ReplaceProblem(DatabaseProblem):
    """The replacement was refused or failed; the current database is unchanged."""


def fsync_file(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def new_part(folder: Path, name: str) -> Path:
    """An empty, private, uniquely named `.part` file in `folder` to write into."""
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
    os.close(handle)
    return Path(temporary)


@contextlib.contextmanager
def held_part(folder: Path, name: str) -> Iterator[Path]:
    """A new `.part` that is locked while it is written, so a cleanup never takes it for a
    killed run's leftover; removed at the end unless it was put in place."""
    part = new_part(folder, name)
    stream = hold(part)
    try:
        yield part
    finally:
        stream.close()
        part.unlink(missing_ok=True)


def place_uniquely(part: Path, folder: Path, stem: str, suffix: str = ".sqlite3") -> Path:
    """Give the finished `part` the name `<stem><suffix>` in `folder`, or `<stem>-2<suffix>`,
    `-3`… when it is taken: an existing file is never overwritten, even by another process
    choosing the same name in the same second."""
    for counter in range(1, 10_000):
        target = folder / (f"{stem}{suffix}" if counter == 1 else f"{stem}-{counter}{suffix}")
        try:
            os.link(part, target)  # fails if target exists: atomic, never overwrites
        except FileExistsError:
            continue
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                                   errno.EMLINK):
                raise
            if not _reserve(target):  # a disk without hard links (FAT memory sticks)
                continue
            replace_with_retry(part, target)
        else:
            part.unlink()
        sync_folder(folder)
        return target
    raise FileExistsError(f"no free name for {stem} in {folder}")


def _reserve(target: Path) -> bool:
    try:
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        return False
    return True


def standalone_copy(source: Path, target: Path) -> None:
    """Copy the live database `source` consistently (its WAL included, read-only) into the new
    file `target`, as a standalone file (rollback journal), flushed to disk."""
    from desktop.store.sqlite_file import open_read_only

    reader = open_read_only(source)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode = DELETE")
    finally:
        reader.close()
        writer.close()
    fsync_file(target)
    make_private_file(target)


def check_new(path: Path) -> None:
    """The file about to take the database's place: sound, and a schema this app can open."""
    if not has_sqlite_header(path):
        raise ReplaceProblem(tr("The file to put in place is not a database. Nothing was "
                                "changed."))
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check")]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise ReplaceProblem(tr("The file to put in place cannot be read ({reason}). Nothing "
                                "was changed.").format(reason=error)) from error
    finally:
        connection.close()
    if result != ["ok"]:
        raise ReplaceProblem(tr("The file to put in place is damaged ({reason}). Nothing was "
                                "changed.").format(reason=result[0]))
    if revision is None or not str(revision[0]).isdigit():
        raise ReplaceProblem(tr("The file to put in place was not made by Framework Ready. "
                                "Nothing was changed."))
    if int(revision[0]) > int(SCHEMA_HEAD):
        raise NewerDatabase(tr("The file to put in place was saved by a newer version of "
                               "Framework Ready. Install the newest version first; nothing was "
                               "changed."))


def lock_for_replacing(database_file: Path, wait: float = LOCK_WAIT) -> DatabaseLock:
    """The database's lock, taken; refused while another process (a window) holds it."""
    reason = read_only_reason(database_file)
    if reason:
        raise read_only(database_file, reason)
    try:
        ensure_database_folder(database_file)
        lock = DatabaseLock(database_file, wait=wait)
        taken = lock.acquire()
    except OSError as error:
        raise explain(error, database_file) from error
    if not taken:
        raise InUse(tr("Framework Ready is open with {file} in another window, or another "
                       "command is changing it. Nothing was changed. Close Framework Ready (or "
                       "wait for the other command), then try again; or do this from Settings "
                       "in that window.").format(file=database_file))
    return lock


def replace_database(database_file: Path, fill: Callable[[Path], object],
                     kind: str = "replaced", stamp: str = "") -> Path | None:
    """Write the new database with `fill(part)`, check it, keep the current one aside, swap.

    Return where the current file was kept (None when there was none). Raises a
    DatabaseProblem (or ReplaceProblem) in plain words; the current database is then unchanged.
    """
    lock = lock_for_replacing(database_file)
    part: Path | None = None
    try:
        folder = ensure_database_folder(database_file)
        part = new_part(folder, database_file.name + INCOMING)
        fill(part)
        fsync_file(part)
        check_new(part)
        aside = keep_aside(database_file, kind, stamp) if database_file.exists() else None
        _retire_journal(database_file)
        replace_with_retry(part, database_file)  # waits while an antivirus holds either
        part = None
        sync_folder(folder)
    except DatabaseProblem:
        raise
    except (OSError, sqlite3.Error) as error:
        raise explain(error, database_file) from error
    finally:
        if part is not None:
            part.unlink(missing_ok=True)
        lock.release()
    make_private_file(database_file)
    log.info("Replaced %s (previous file kept as %s)", database_file, aside)
    return aside


def keep_aside(database_file: Path, kind: str, stamp: str) -> Path:
    """Copy the current database into `backups/` under a name no other copy has.

    A sound file is copied consistently (with what is in its WAL); a damaged one byte for byte,
    with its `-wal` and `-shm`, so nothing about it is lost or changed.
    """
    from desktop.store.backup import backup_folder, backup_stem, check

    folder = ensure_private_dir(backup_folder(database_file))
    part = new_part(folder, database_file.name)
    try:
        damaged = bool(check(database_file))
        if damaged:
            shutil.copyfile(database_file, part)
            fsync_file(part)
        else:
            part.unlink()
            standalone_copy(database_file, part)
        aside = place_uniquely(part, folder, backup_stem(database_file, kind, stamp))
    finally:
        part.unlink(missing_ok=True)
    if damaged:
        for journal in journal_files(database_file):
            if journal.exists():
                copy = new_part(folder, journal.name)
                shutil.copyfile(journal, copy)
                fsync_file(copy)
                copy.replace(aside.with_name(aside.name + journal.name[-4:]))
    return aside


def _retire_journal(database_file: Path) -> None:
    """Write the WAL into the file and remove `-wal`/`-shm`, so the new file never meets the old
    one's log. (The current file was kept aside whole before this.)"""
    wal, shm = journal_files(database_file)
    if database_file.exists() and wal.exists():
        with contextlib.suppress(sqlite3.DatabaseError):  # a damaged file: its copy is kept
            connection = sqlite3.connect(database_file)
            try:
                busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            finally:
                connection.close()
            if busy and busy[0]:
                from desktop.store.faults import busy as busy_problem

                raise busy_problem(database_file)
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)


def clean_leftovers(database_file: Path) -> list[Path]:
    """Remove what a killed restore or import left behind; return what was moved or removed.

    Runs only when no one else holds the database's lock (so nothing found is in use). Anything
    that could be a database is moved to `recovered/`, never deleted.
    """
    folder = database_file.parent
    found = _leftovers(database_file)
    if not found or read_only_reason(database_file):
        return []
    lock = DatabaseLock(database_file)
    try:
        if not lock.acquire():
            return []
    except OSError:
        return []
    try:
        found = _leftovers(database_file)  # again, now that no one else can be making them
        for path in found:
            _clear(path, folder / RECOVERED)
    finally:
        lock.release()
    if found:
        log.warning("Cleared leftovers of an interrupted run: %s", found)
    return found


def _leftovers(database_file: Path) -> list[Path]:
    from desktop.store.backup import backup_folder

    folder = database_file.parent
    if not folder.is_dir():
        return []
    found = [*folder.glob(f".{database_file.name}{INCOMING}.*.part"),
             *(path for path in folder.glob(f"{STAGING}*") if path.is_dir())]
    backups = backup_folder(database_file)
    if backups.is_dir():
        found += [path for path in backups.glob(".*.part") if not is_held_elsewhere(path)]
    return found


def _clear(path: Path, recovered: Path) -> None:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    for file in files:
        if file.stat().st_size > 0 and has_sqlite_header(file):
            ensure_private_dir(recovered)
            part = new_part(recovered, file.name)
            file.replace(part)
            place_uniquely(part, recovered, file.name.strip(".").removesuffix(".part"), "")
        else:
            file.unlink()
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
