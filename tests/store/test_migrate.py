"""Opening databases: migrations, pragmas, permissions, backups, and files we must not touch."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable

from desktop.paths import resolve_database
from desktop.store import migrate, models
from desktop.store.errors import FolderNotWritable, NewerDatabase, NotADatabase
from desktop.store.migrate import SCHEMA_HEAD, open_database
from desktop.store.schema import is_model_table


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_new_database_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new" / "fr.sqlite3"
    database = open_database(resolve_database(str(path)))
    database.close()
    assert revision_of(path) == SCHEMA_HEAD
    with sqlite3.connect(path) as connection:
        tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
    assert {"framework", "lot", "need_category", "organisation", "pcc_area"} <= tables


def test_reopening_runs_no_migration_and_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "fr.sqlite3"
    open_database(resolve_database(str(path))).close()
    open_database(resolve_database(str(path))).close()
    assert revision_of(path) == SCHEMA_HEAD
    assert not (tmp_path / "backups").exists()


def test_schema_head_matches_the_newest_migration_script() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_migrations_match_the_models(tmp_path: Path) -> None:
    """A model change without a migration script fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    database = open_database(resolve_database(str(tmp_path / "fr.sqlite3")))
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "include_name": lambda name, kind, _parent: kind != "table" or is_model_table(name)})
        differences = compare_metadata(context, models.Base.metadata)
    database.close()
    assert differences == []


def test_sqlite_pragmas_are_set_on_every_connection(tmp_path: Path) -> None:
    database = open_database(resolve_database(str(tmp_path / "fr.sqlite3")))
    with database.engine.connect() as connection:
        pragma = {name: connection.execute(text(f"PRAGMA {name}")).scalar()
                  for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
    database.close()
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                      "busy_timeout": 10_000}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_data_folder_and_file_are_private(private_data_dir: Path) -> None:
    location = resolve_database(None)
    assert location.file == private_data_dir / "framework-ready.sqlite3"
    open_database(location).close()
    assert stat.S_IMODE(private_data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(location.file.stat().st_mode) == 0o600


def test_folder_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(FolderNotWritable, match="cannot keep its database in"):
        open_database(resolve_database(str(blocker / "fr.sqlite3")))
    assert blocker.read_text() == "not a folder"


def test_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Trustee notes: <b>not</b> a database & never was\n")
    before = digest(path)
    with pytest.raises(NotADatabase, match="not a Framework Ready database"):
        open_database(resolve_database(str(path)))
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite3"]


def test_someone_elses_sqlite_database_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    before = digest(path)
    with pytest.raises(NotADatabase, match="not one made by Framework Ready"):
        open_database(resolve_database(str(path)))
    assert digest(path) == before


def test_database_from_a_newer_version_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "fr.sqlite3"
    open_database(resolve_database(str(path))).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d9999'")
    connection.close()
    before = digest(path)
    with pytest.raises(NewerDatabase, match="newer version of Framework Ready"):
        open_database(resolve_database(str(path)))
    assert digest(path) == before
    assert revision_of(path) == "f00d9999"


def test_upgrade_from_the_first_schema_takes_a_backup_first(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    path = tmp_path / "fr.sqlite3"
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")  # a database made by the first release
        connection.execute(text("INSERT INTO organisation (name, charity_number, company_number,"
                                " is_sample, version_id, created_at, updated_at) VALUES "
                                "('Smith & Sons <Trust>', '', '', 0, 1, '2026-01-01 00:00:00',"
                                " '2026-01-01 00:00:00')"))
    engine.dispose()
    open_database(resolve_database(str(path))).close()
    assert revision_of(path) == SCHEMA_HEAD
    backups = list((tmp_path / "backups").glob("fr.before-upgrade-0001-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM organisation").fetchall() == [
            ("Smith & Sons <Trust>",)]
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()
    with sqlite3.connect(path) as upgraded:
        assert upgraded.execute("SELECT name FROM organisation").fetchall() == [
            ("Smith & Sons <Trust>",)]
    upgraded.close()


def test_datetimes_come_back_in_utc_and_naive_ones_are_refused(tmp_path: Path) -> None:
    database = open_database(resolve_database(str(tmp_path / "fr.sqlite3")))
    british_summer = timezone(timedelta(hours=1))
    with database.transaction() as session:
        session.add(models.Organisation(
            name="Tŷ Gwyn", created_at=datetime(2026, 6, 1, 9, 30, tzinfo=british_summer)))
    with database.sessions() as session:
        created = session.scalar(select(models.Organisation.created_at))
    assert created == datetime(2026, 6, 1, 8, 30, tzinfo=UTC)
    assert created.tzinfo is UTC
    with pytest.raises(Exception, match="naive datetime refused"), database.transaction() as s:
        s.add(models.Organisation(name="x", created_at=datetime(2026, 1, 1)))
    database.close()


def test_every_table_compiles_for_postgresql() -> None:
    """Team mode: no SQLite-only types in the schema."""
    for table in models.Base.metadata.sorted_tables:
        assert "CREATE TABLE" in str(CreateTable(table).compile(dialect=postgresql.dialect()))
