"""Open a database safely: check it is ours, back it up, bring its schema up to date.

The common case (an up-to-date database) never imports alembic, so the window opens fast: the
current revision is read with one query and compared with `SCHEMA_HEAD`. A file that is not a
SQLite database, a database that another program made, or one from a newer version of the app is
refused with a plain message and left exactly as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import OperationalError

from desktop.paths import DatabaseLocation, ensure_private_dir, make_private_file
from desktop.store.engine import Database, make_database
from desktop.store.errors import (
    DamagedDatabase,
    FolderNotWritable,
    NewerDatabase,
    NotADatabase,
    ServerUnavailable,
)
from desktop.store.schema import SCHEMA_HEAD
from desktop.store.sqlite_file import has_sqlite_header, open_read_only

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def open_database(location: DatabaseLocation) -> Database:
    """Open `location`, creating or upgrading its schema; raise a DatabaseProblem if we must not."""
    if location.file is not None:
        _check_sqlite_file(location.file)
    database = make_database(location)
    try:
        with database.engine.begin() as connection:
            revision = _current_revision(connection, location)
            if revision != SCHEMA_HEAD:
                _upgrade(connection, location, revision)
    except OperationalError as error:
        database.close()
        if location.file is None:
            raise ServerUnavailable(
                f"Could not reach the shared database at {location.describe()}. Check the "
                f"server is running and the address is right. ({error.orig})"
            ) from error
        raise
    if location.file is not None:
        for path in _sqlite_files(location.file):
            make_private_file(path)
    return database


def _check_sqlite_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not a database; make a missing one's folder."""
    try:
        ensure_private_dir(path.parent)
    except OSError as error:
        raise FolderNotWritable(
            f"Framework Ready cannot keep its database in {path.parent}: "
            f"{error.strerror or error}. Choose a folder you can save files in."
        ) from error
    if not os.access(path.parent, os.W_OK):
        raise FolderNotWritable(
            f"Framework Ready cannot save in {path.parent} (you do not have permission to "
            "write there). Choose a folder you can save files in."
        )
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a database file. Choose a file instead.")
    if not path.exists() or path.stat().st_size == 0:
        return
    if not has_sqlite_header(path):
        raise NotADatabase(
            f"{path} is not a Framework Ready database (it is not a database file at all). "
            "It has not been changed. Choose another file, or start a new database."
        )
    _check_sqlite_is_ours(path)


def _check_sqlite_is_ours(path: Path) -> None:
    """Look inside read-only: a database with tables but no migration record is someone else's."""
    connection = open_read_only(path)
    try:
        tables = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise NotADatabase(
            f"{path} is damaged or is not a Framework Ready database ({error}). It has not been "
            "changed."
        ) from error
    finally:
        connection.close()
    if tables and "alembic_version" not in tables:
        raise NotADatabase(
            f"{path} is a database, but not one made by Framework Ready. It has not been "
            "changed. Choose another file, or start a new database."
        )
    _check_not_damaged(path)


def _check_not_damaged(path: Path) -> None:
    """SQLite's quick check (milliseconds for a charity's database), before anything writes."""
    connection = open_read_only(path)
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        result = [str(error)]
    finally:
        connection.close()
    if result != ["ok"]:
        raise DamagedDatabase(
            f"{path} is damaged ({result[0]}). It has not been changed. You can put back the "
            "newest backup that is not damaged; the damaged file is kept aside."
        )


def _current_revision(connection: Connection, location: DatabaseLocation) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        if inspect(connection).get_table_names():
            raise NotADatabase(
                f"{location.describe()} holds tables that Framework Ready did not make. "
                "It has not been changed."
            )
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _upgrade(connection: Connection, location: DatabaseLocation, revision: str | None) -> None:
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    if revision is not None:
        try:
            ScriptDirectory.from_config(config).get_revision(revision)
        except CommandError as error:
            raise NewerDatabase(
                f"{location.describe()} was saved by a newer version of Framework Ready. "
                "Install the newest version to open it; the file has not been changed."
            ) from error
        if location.file is not None:
            backup_before_upgrade(location.file, revision)
    log.info("Upgrading database schema from %s to %s", revision or "empty", SCHEMA_HEAD)
    command.upgrade(config, "head")


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Copy the database with SQLite's online backup API before its schema changes."""
    from desktop.store.backup import make_backup

    return make_backup(path, kind=f"before-upgrade-{revision}")


def _sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
