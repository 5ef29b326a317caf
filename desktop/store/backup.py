"""Backups of a SQLite database file: made with SQLite's online backup API, kept rotating,
checked, and restored without ever deleting the file they replace.

Backups live in `backups/` beside the database. Regular ones are named
`<name>.backup-<UTC time>.sqlite3` (`…-2.sqlite3`, `-3`… when that name is taken: no copy is ever
overwritten); the copies taken before a schema upgrade
(`.before-upgrade-…`) and the files set aside by a restore (`.replaced-…`) are never rotated away.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.i18n import tr
from desktop.paths import ensure_private_dir
from desktop.store.errors import DamagedDatabase, DatabaseProblem
from desktop.store.faults import explain
from desktop.store.replace import held_part, place_uniquely, replace_database, standalone_copy
from desktop.store.sqlite_file import has_sqlite_header, open_read_only

log = logging.getLogger(__name__)

KEEP = 10
STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC
    size: int
    organisation: str  # "" when the copy cannot be read
    kind: str  # "backup", "before-upgrade" or "replaced"

    @property
    def readable(self) -> bool:
        return bool(self.organisation)


def backup_folder(database_file: Path) -> Path:
    return database_file.parent / "backups"


def backup_stem(database_file: Path, kind: str, stamp: str = "") -> str:
    """`<name>.<kind>-<UTC time>`: the start of a backup's name (a counter may follow)."""
    return f"{database_file.stem}.{kind}-{stamp or datetime.now(UTC).strftime(STAMP)}"


def make_backup(database_file: Path, kind: str = "backup", now: datetime | None = None) -> Path:
    """Copy the database, consistently and whole, to a new file in `backups/`.

    Two backups in the same second get different names; a full or read-only disk raises a
    DatabaseProblem that says so and leaves nothing half-written.
    """
    stamp = (now or datetime.now(UTC)).strftime(STAMP)
    try:
        folder = ensure_private_dir(backup_folder(database_file))
        with held_part(folder, database_file.name) as part:
            standalone_copy(database_file, part)
            target = place_uniquely(part, folder, backup_stem(database_file, kind, stamp))
    except (OSError, sqlite3.Error) as error:
        raise explain(error, database_file) from error
    log.info("Backed up %s to %s", database_file, target)
    return target


_NAME = re.compile(r"^(backup|replaced|before-upgrade-[0-9A-Za-z]+)-(\d{8}T\d{6}Z)(?:-\d+)?$")


def list_backups(database_file: Path) -> list[BackupInfo]:
    """Every backup of this database, newest first."""
    folder = backup_folder(database_file)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{database_file.stem}.*.sqlite3"):
        match = _NAME.match(path.name[len(database_file.stem) + 1:-len(".sqlite3")])
        if match is None:
            continue
        kind = "before-upgrade" if match[1].startswith("before-upgrade") else match[1]
        made_at = datetime.strptime(match[2], STAMP).replace(tzinfo=UTC)
        found.append(BackupInfo(path, made_at, path.stat().st_size, _organisation(path), kind))
    return sorted(found, key=lambda b: (b.made_at, b.path.stat().st_mtime_ns), reverse=True)


def _organisation(path: Path) -> str:
    """The organisation a backup belongs to (read-only), or "" if it cannot be read."""
    try:
        if not has_sqlite_header(path):
            return ""
        connection = open_read_only(path)
        try:
            row = connection.execute("SELECT name FROM organisation ORDER BY id LIMIT 1")
            found = row.fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, OSError):
        return ""
    return found[0] if found else "—"


def rotate(database_file: Path, keep: int = KEEP) -> list[Path]:
    """Delete the oldest regular backups beyond `keep`; return what was removed."""
    regular = [b for b in list_backups(database_file) if b.kind == "backup"]
    removed = [b.path for b in regular[max(keep, 1):]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_if_due(database_file: Path, keep: int = KEEP, now: datetime | None = None) -> \
        Path | None:
    """The automatic backup (on exit): at most one a day, then rotate."""
    now = now or datetime.now(UTC)
    regular = [b for b in list_backups(database_file) if b.kind == "backup"]
    if regular and now - regular[0].made_at < timedelta(days=1):
        return None
    made = make_backup(database_file, now=now)
    rotate(database_file, keep)
    return made


def check(database_file: Path) -> list[str]:
    """Damage, in SQLite's words (integrity and foreign keys): empty when the file is sound.

    Anything that is not damage (a full disk, a refused permission, a busy file) raises the
    DatabaseProblem that says so: a sound file is never called damaged.
    """
    try:
        if not has_sqlite_header(database_file):
            return ["not a SQLite database"]
        connection = open_read_only(database_file)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")
                        if row[0] != "ok"]
            problems += [f"foreign key: {row[0]} row {row[1]} points at a missing {row[2]}"
                         for row in connection.execute("PRAGMA foreign_key_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        problem = explain(error, database_file)
        if isinstance(problem, DamagedDatabase):
            return [str(error)]
        raise problem from error
    except OSError as error:
        raise explain(error, database_file) from error
    return problems


def is_sound(path: Path) -> bool:
    """A backup that can be put back: readable and undamaged."""
    try:
        return not check(path)
    except DatabaseProblem:
        return False


def newest_sound(database_file: Path) -> BackupInfo | None:
    return next((b for b in list_backups(database_file) if b.readable and is_sound(b.path)),
                None)


def restore(database_file: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Put `backup` in place of the database. The current file, if any, is first kept aside as
    a `.replaced-…` copy (a damaged one byte for byte); return where it went. The database must
    not be open in another process (its lock is taken); on any failure it is unchanged."""
    if not is_sound(backup):
        raise ValueError(tr("{file} is damaged or cannot be read; choose another backup.")
                         .format(file=backup.name))
    stamp = (now or datetime.now(UTC)).strftime(STAMP)
    aside = replace_database(database_file, lambda part: _copy_into(backup, part),
                             stamp=stamp)
    log.info("Restored %s from %s (previous file kept as %s)", database_file, backup, aside)
    return aside


def _copy_into(source: Path, part: Path) -> None:
    part.unlink(missing_ok=True)
    standalone_copy(source, part)
