"""The quick first look at start: right when it answers, silent (None) whenever it must not."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.app.workspace import Workspace
from desktop.core.catalogue_records import load_catalogue
from desktop.core.organisation_records import create_organisation
from desktop.core.quick_open import first_look
from desktop.datafiles import framework_packs
from desktop.paths import DatabaseLocation, resolve_database
from tests.packs import PSDF


def test_up_to_date_database_is_read_without_the_orm(workspace: Workspace) -> None:
    created = create_organisation(workspace.database, "Tŷ Gwyn <Trust> & Co", "1123456")
    look = first_look(workspace.database.location)
    assert look is not None
    assert look.organisation == created
    assert look.catalogue == load_catalogue(workspace.database, PSDF)
    assert len(look.catalogue.lots) == 109


def test_first_run_and_missing_file_go_the_full_way(workspace: Workspace,
                                                    tmp_path: Path) -> None:
    assert first_look(workspace.database.location) is None  # no organisation yet
    assert first_look(resolve_database(str(tmp_path / "none.sqlite3"))) is None
    assert first_look(DatabaseLocation("postgresql+psycopg://u@localhost/x", None)) is None


def test_changed_pack_goes_the_full_way(workspace: Workspace, tmp_path: Path) -> None:
    create_organisation(workspace.database, "A charity")
    changed = tmp_path / "pack.toml"
    changed.write_bytes(framework_packs()[0].read_bytes() + b"\n# edited\n")
    assert first_look(workspace.database.location, [changed]) is None
    assert first_look(workspace.database.location) is not None


def test_other_schema_or_not_a_database_goes_the_full_way(workspace: Workspace,
                                                          tmp_path: Path) -> None:
    create_organisation(workspace.database, "A charity")
    path = workspace.database.location.file
    assert path is not None
    workspace.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00d'")
    connection.close()
    assert first_look(workspace.database.location) is None
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database")
    assert first_look(resolve_database(str(text))) is None


def test_first_look_loads_no_sqlalchemy(workspace: Workspace) -> None:
    create_organisation(workspace.database, "A charity")
    probe = ("import sys; from desktop.core.quick_open import first_look; "
             "from desktop.paths import resolve_database; "
             f"look = first_look(resolve_database({str(workspace.database.location.file)!r})); "
             "print(len(look.catalogue.lots), 'sqlalchemy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["109", "False"]
