"""Backups of a SQLite database file: made with SQLite's online backup API, kept rotating,
checked, and restored without ever deleting the file they replace.

Backups live in `backups/` beside the database. Regular ones are named
`<name>.backup-<UTC time>.sqlite3`; the copies taken before a schema upgrade
(`.before-upgrade-…`) and the files set aside by a restore (`.replaced-…`) are never rotated away.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.paths import ensure_private_dir, make_private_file
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


def _copy(source: Path, target: Path) -> None:
    """Copy a live database consistently (WAL included) into a new file, atomically."""
    temporary = target.with_name(target.name + ".part")
    temporary.unlink(missing_ok=True)
    reader, writer = sqlite3.connect(source), sqlite3.connect(temporary)
    try:
        reader.backup(writer)
    finally:
        reader.close()
        writer.close()
    temporary.replace(target)
    make_private_file(target)


def make_backup(database_file: Path, kind: str = "backup", now: datetime | None = None) -> Path:
    folder = ensure_private_dir(backup_folder(database_file))
    stamp = (now or datetime.now(UTC)).strftime(STAMP)
    target = folder / f"{database_file.stem}.{kind}-{stamp}.sqlite3"
    _copy(database_file, target)
    log.info("Backed up %s to %s", database_file, target)
    return target


def list_backups(database_file: Path) -> list[BackupInfo]:
    """Every backup of this database, newest first."""
    folder = backup_folder(database_file)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{database_file.stem}.*.sqlite3"):
        kind, stamp = _parse(path.name, database_file.stem)
        if not kind:
            continue
        found.append(BackupInfo(path, stamp, path.stat().st_size, _organisation(path), kind))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _parse(name: str, stem: str) -> tuple[str, datetime]:
    middle = name[len(stem) + 1:-len(".sqlite3")]
    for kind in ("backup", "replaced", "before-upgrade"):
        if middle.startswith(kind + "-"):
            stamp = middle.rsplit("-", 1)[-1]
            try:
                return kind, datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
            except ValueError:
                return "", datetime.min.replace(tzinfo=UTC)
    return "", datetime.min.replace(tzinfo=UTC)


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
    """Integrity and foreign-key problems, in SQLite's words (empty when the file is sound)."""
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
    except (sqlite3.Error, OSError) as error:
        return [str(error)]
    return problems


def restore(database_file: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Put `backup` in place of the database (which must be closed). The current file, if any,
    is first copied aside as a `.replaced-…` backup (a damaged one is moved aside as it is);
    return where it went."""
    if check(backup):
        raise ValueError(f"{backup.name} is damaged too; choose another backup")
    aside = None
    if database_file.exists():
        folder = ensure_private_dir(backup_folder(database_file))
        stamp = (now or datetime.now(UTC)).strftime(STAMP)
        aside = folder / f"{database_file.stem}.replaced-{stamp}.sqlite3"
        damaged = bool(check(database_file))
        if not damaged:
            _copy(database_file, aside)  # a consistent copy, with what was in its WAL
        for name in ("", "-wal", "-shm"):
            current = database_file.with_name(database_file.name + name)
            if damaged and current.exists():  # keep its bytes exactly, never overwrite
                current.replace(aside.with_name(aside.name + name))
            else:
                current.unlink(missing_ok=True)
    _copy(backup, database_file)
    log.info("Restored %s from %s (previous file kept as %s)", database_file, backup, aside)
    return aside
