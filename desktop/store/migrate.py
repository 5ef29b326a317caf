"""Open a database safely: check it is ours, back it up, bring its schema up to date.

The common case (an up-to-date database) never imports alembic, so the window opens fast: the
current revision is read with one query and compared with `SCHEMA_HEAD`. A file that is not a
SQLite database, a database that another program made, or one from a newer version of the app is
refused with a plain message and left exactly as it was.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlalchemy import Connection, inspect, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from desktop.i18n import tr
from desktop.paths import DatabaseLocation, ensure_database_folder, make_private_file
from desktop.store.backup import backup_folder
from desktop.store.engine import Database, make_database
from desktop.store.errors import (
    DamagedDatabase,
    FolderNotWritable,
    MissingDatabase,
    NewerDatabase,
    NotADatabase,
    ReadOnly,
    ServerUnavailable,
)
from desktop.store.faults import explain, read_only, read_only_reason
from desktop.store.location_checks import check_location
from desktop.store.locks import WHOLE_DATABASE, bulk_change
from desktop.store.replace import clean_leftovers
from desktop.store.schema import SCHEMA_HEAD
from desktop.store.sqlite_file import has_sqlite_header, journal_files, open_read_only

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def open_database(location: DatabaseLocation) -> Database:
    """Open `location`, creating or upgrading its schema; raise a DatabaseProblem if we must not."""
    if location.file is not None:
        return _open_sqlite(location, location.file)
    database = make_database(location)
    try:
        _bring_up_to_date(database)
    except OperationalError as error:
        database.close()
        raise ServerUnavailable(
            f"Could not reach the shared database at {location.describe()}. Check the "
            f"server is running and the address is right. ({error.orig})"
        ) from error
    return database


def _bring_up_to_date(database: Database) -> None:
    with database.engine.begin() as connection:
        if database.location.file is None:  # two laptops opening a new version at once
            bulk_change(connection, WHOLE_DATABASE, tr(
                "Someone else is bringing the team database up to date; try again in a moment."))
        revision = _current_revision(connection, database.location)
        if revision != SCHEMA_HEAD:
            _upgrade(connection, database.location, revision)


def _open_sqlite(location: DatabaseLocation, path: Path) -> Database:
    """A database file: looked at read-only until it is known to be ours, sound and of a schema
    this version knows; only then opened for writing (or read-only, if the person made it so)."""
    check_location(path)  # never on a network share, nor past Windows' path limit
    reason = read_only_reason(path)
    try:
        revision = _check_sqlite_file(path, reason)
        if not reason:
            clean_leftovers(path)
    except (OSError, sqlite3.Error) as error:
        raise explain(error, path) from error
    if reason:
        return _open_read_only(location, path, reason, revision)
    database = make_database(location)
    try:
        _bring_up_to_date(database)
    except (SQLAlchemyError, OSError, sqlite3.Error) as error:
        database.close()
        raise explain(error, path) from error
    for file in _sqlite_files(path):
        make_private_file(file)
    return database


def _open_read_only(location: DatabaseLocation, path: Path, reason: str,
                    revision: str | None) -> Database:
    if not path.exists():
        raise read_only(path, reason)
    if revision != SCHEMA_HEAD:
        raise ReadOnly(str(read_only(path, reason)) + " " + tr(
            "This version of Framework Ready needs to update the file before it can show it, "
            "and cannot while it is read-only."))
    log.info("Opening %s read-only (%s)", path, reason)
    return make_database(location, read_only=reason)


def _check_sqlite_file(path: Path, reason: str) -> str | None:
    """Refuse, without touching it, a file that is not ours, damaged or newer; make a missing
    one's folder. Return its schema revision (None for a new or empty file)."""
    if not reason:
        try:
            ensure_database_folder(path)
        except OSError as error:
            raise FolderNotWritable(
                f"Framework Ready cannot keep its database in {path.parent}: "
                f"{error.strerror or error}. Choose a folder you can save files in."
            ) from error
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a database file. Choose a file instead.")
    if not path.exists() or path.stat().st_size == 0:
        _refuse_a_fresh_start(path)
        return None
    if not has_sqlite_header(path):
        raise NotADatabase(
            f"{path} is not a Framework Ready database (it is not a database file at all). "
            "It has not been changed. Choose another file, or start a new database."
        )
    return _check_sqlite_is_ours(path)


def _refuse_a_fresh_start(path: Path) -> None:
    """A new database only where nothing was: backups, kept copies, leftovers or evidence
    beside a missing file mean it was lost, and starting afresh would hide that."""
    folder = path.parent
    signs = [*journal_files(path), *folder.glob(f".{path.name}.incoming.*.part"),
             *folder.glob(".import-*"), *(folder / "recovered").glob("*"),
             *backup_folder(path).glob(f"{path.stem}.*.sqlite3"),
             *(folder / "evidence").glob("*/*")]
    if not any(sign.exists() for sign in signs):
        return
    from desktop.store.backup import newest_sound

    newest = newest_sound(path)
    command = "framework-ready restore --newest" if newest is not None else \
        "framework-ready restore"
    if path != _default_file():
        command += f' --database "{path}"'
    raise MissingDatabase(tr(
        "Your database is missing from {file}, but its folder shows it was there (backups, "
        "kept copies or evidence files). Framework Ready will not start an empty one in its "
        "place. Put back the newest sound copy with: {command}").format(
            file=path, command=command), newest)


def _default_file() -> Path:
    from desktop.paths import DEFAULT_DATABASE_NAME, data_dir

    return (data_dir() / DEFAULT_DATABASE_NAME).resolve()


def _check_sqlite_is_ours(path: Path) -> str | None:
    """Look inside read-only: a database with tables but no migration record is someone else's;
    one from a newer version is refused before anything (even its journal mode) changes."""
    connection = open_read_only(path)  # one connection for every look, closed at the end
    try:
        try:
            tables = {name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            found = connection.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in tables else None
        except sqlite3.DatabaseError as error:
            raise explain(error, path) from error  # damage, or whatever else it really is
        _refuse_what_is_not_ours(path, tables, found)
        _check_not_damaged(path, connection)
    finally:
        connection.close()
    return str(found[0]) if found else None


def _refuse_what_is_not_ours(path: Path, tables: set[str], found: tuple | None) -> None:
    if tables and "alembic_version" not in tables:
        raise NotADatabase(
            f"{path} is a database, but not one made by Framework Ready. It has not been "
            "changed. Choose another file, or start a new database."
        )
    revision = str(found[0]) if found else None
    if revision is not None and (not revision.isdigit() or int(revision) > int(SCHEMA_HEAD)):
        raise NewerDatabase(
            f"{path} was saved by a newer version of Framework Ready. Install the newest "
            "version to open it; the file has not been changed."
        )


def _check_not_damaged(path: Path, connection: sqlite3.Connection) -> None:
    """SQLite's quick check (milliseconds for a charity's database), before anything writes."""
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        problem = explain(error, path)
        if not isinstance(problem, DamagedDatabase):
            raise problem from error
        result = [str(error)]
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
    return [path, *journal_files(path)]
