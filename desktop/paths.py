"""Where the app keeps its data, logs and backups, and which database it opens.

Folders come from platformdirs; `--database PATH_OR_URL` or `FRAMEWORK_READY_DATABASE` choose
another database. On POSIX the data folders are private to the user (0700) and the database file
too (0600): a charity's bid and its people's details are nobody else's business.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from desktop import APP_ID, ORGANISATION_NAME

DATABASE_ENV = "FRAMEWORK_READY_DATABASE"
DATA_DIR_ENV = "FRAMEWORK_READY_DATA_DIR"  # tests and portable installs: one folder for everything
EVIDENCE_DIR_ENV = "FRAMEWORK_READY_EVIDENCE_DIR"  # team mode: one evidence folder for everyone
DEFAULT_DATABASE_NAME = "framework-ready.sqlite3"
PRIVATE_DIR_MODE = 0o700


def _platform_dirs():  # imported lazily: platformdirs is small, but not needed by every command
    from platformdirs import PlatformDirs

    return PlatformDirs(appname=APP_ID, appauthor=ORGANISATION_NAME, roaming=False)


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(_platform_dirs().user_data_dir)


def log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) / "logs" if override else Path(_platform_dirs().user_log_dir)


def backup_dir() -> Path:
    return data_dir() / "backups"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) private to the user on POSIX (0700).

    An existing folder only loses its group and other bits: what the person set for themselves
    (a folder made read-only, 0500) is kept, never widened.
    """
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            path.chmod(PRIVATE_DIR_MODE)
        return path
    _remove_group_and_other(path)
    return path


def ensure_database_folder(database_file: Path) -> Path:
    """The folder a database lives in: made private if the app makes it (or it is the app's own
    data folder); a folder the person chose that already exists (Documents, a shared drive,
    /tmp) is left exactly as it is: its permissions are theirs, and others may use it."""
    folder = database_file.parent
    if not folder.is_dir() or folder.resolve() == data_dir().resolve():
        return ensure_private_dir(folder)
    return folder


def make_private_file(path: Path) -> None:
    """Take the group and other bits off `path` (POSIX): 0644 becomes 0600, 0400 stays 0400."""
    if path.exists():
        _remove_group_and_other(path)


def _remove_group_and_other(path: Path) -> None:
    if os.name != "posix":
        return  # Windows: the user profile's access list keeps the folder private
    mode = path.stat().st_mode & 0o7777
    if mode & 0o077:
        with contextlib.suppress(OSError):  # a read-only mount or someone else's file
            path.chmod(mode & ~0o077)


@dataclass(frozen=True, slots=True)
class DatabaseLocation:
    """The database to open: a SQLAlchemy URL, and the file behind it when it is SQLite."""

    url: str
    file: Path | None  # None for a server database (team mode on PostgreSQL)

    @property
    def is_sqlite(self) -> bool:
        return self.file is not None

    def describe(self) -> str:
        if self.file is not None:
            return str(self.file)
        return hide_password(self.url)


def hide_password(url: str) -> str:
    """A database address as it can be shown: any password in it replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user, _, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{user.partition(':')[0]}:***@{host}"))


def resolve_database(choice: str | None = None) -> DatabaseLocation:
    """Turn `--database`, the environment or the default into a DatabaseLocation.

    A value containing "://" is a SQLAlchemy URL (e.g. postgresql+psycopg://…); anything else is
    a file path.
    """
    value = choice or os.environ.get(DATABASE_ENV) or ""
    if "://" in value:
        if value.startswith("sqlite:///"):
            return _sqlite_location(Path(value.removeprefix("sqlite:///")))
        return DatabaseLocation(url=value, file=None)
    path = Path(value).expanduser() if value else data_dir() / DEFAULT_DATABASE_NAME
    return _sqlite_location(path)


def _sqlite_location(path: Path) -> DatabaseLocation:
    path = path.resolve()
    return DatabaseLocation(url=f"sqlite:///{path}", file=path)


def evidence_folder(location: DatabaseLocation) -> Path:
    """Evidence files live beside the database file, so a copied folder keeps both together
    (a server database keeps them in this computer's data folder), unless
    FRAMEWORK_READY_EVIDENCE_DIR names a folder the whole team shares (a network drive): then
    every laptop keeps and finds the documents there."""
    shared = os.environ.get(EVIDENCE_DIR_ENV)
    if shared:
        return Path(shared).expanduser()
    return (location.file.parent if location.file is not None else data_dir()) / "evidence"
