"""A whole life (create, answer, evidence, back up, restore, export, import on another computer,
the command line) in real folders with awkward paths: a user named Siân, and a path over 260
characters. On Windows without long paths turned on, the long one is refused in plain words
before anything is written (the hosted Windows runner shows which)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.app.workspace import open_workspace
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.evidence import EvidenceDetails
from desktop.core.evidence_records import add_evidence
from desktop.core.organisation_records import create_organisation, current_organisation
from desktop.paths import resolve_database
from desktop.store.archive import export_archive, import_archive
from desktop.store.backup import list_backups, make_backup, restore
from desktop.store.errors import PathTooLong
from desktop.store.location_checks import long_paths_on

ROOT = Path(__file__).resolve().parents[2]
PROFILE = "organisation-profile"


def folder_for(kind: str, base: Path) -> Path:
    if kind == "siân":
        return base / "Users" / "Siân" / "AppData" / "Local" / "Framework Ready" / \
            "framework-ready"
    folder = base / "Siân"
    while len(str(folder)) < 280:
        folder /= "Ceisiadau a thendrau’r elusen 2027"
    return folder


@pytest.mark.parametrize("kind", ["siân", "long"])
def test_a_whole_life_in_an_awkward_folder(kind: str, tmp_path: Path) -> None:
    folder = folder_for(kind, tmp_path)
    database = folder / "framework-ready.sqlite3"
    if kind == "long" and os.name == "nt" and not long_paths_on():
        with pytest.raises(PathTooLong, match="turn on long paths"):
            open_workspace(resolve_database(str(database)))
        assert not (tmp_path / "Siân").exists()
        return
    workspace = open_workspace(resolve_database(str(database)))
    organisation = create_organisation(workspace.database, "Cymdeithas Siân", "1123456")
    save_answer(workspace.database, organisation.id, PROFILE, "website", "Tŷ Siân")
    document = tmp_path / "Polisi diogelu Siân.pdf"
    document.write_bytes(b"%PDF polisi")
    evidence = add_evidence(workspace.database, workspace.evidence_folder, organisation.id,
                            document, EvidenceDetails("Polisi diogelu Siân"))
    workspace.close()
    stored = [path for path in (folder / "evidence").rglob("*") if path.is_file()]
    assert len(stored) == 1 and evidence is not None
    if kind == "long":
        assert len(str(stored[0])) > 260 and len(str(database)) > 260

    backup = make_backup(database)
    assert backup.parent == folder / "backups"
    workspace = open_workspace(resolve_database(str(database)))
    save_answer(workspace.database, organisation.id, PROFILE, "website", "changed")
    workspace.close()
    aside = restore(database, backup)
    assert aside is not None and {b.path for b in list_backups(database)} >= {backup, aside}
    workspace = open_workspace(resolve_database(str(database)))
    assert load_answers(workspace.database, organisation.id, PROFILE)["website"] == "Tŷ Siân"
    workspace.close()

    archive = folder / "Popeth Siân.zip"
    export_archive(database, folder / "evidence", archive)
    elsewhere = folder / "Cyfrifiadur newydd" / "framework-ready.sqlite3"
    import_archive(archive, elsewhere, elsewhere.parent / "evidence")
    workspace = open_workspace(resolve_database(str(elsewhere)))
    try:
        moved = current_organisation(workspace.database)
        assert moved is not None and moved.name == "Cymdeithas Siân"
        assert load_answers(workspace.database, moved.id, PROFILE)["website"] == "Tŷ Siân"
    finally:
        workspace.close()
    [copied] = [path for path in (elsewhere.parent / "evidence").rglob("*") if path.is_file()]
    assert hashlib.sha256(copied.read_bytes()).digest() == hashlib.sha256(
        document.read_bytes()).digest()

    checked = subprocess.run([sys.executable, "-m", "desktop", "check", "--database",
                              str(elsewhere)], capture_output=True, cwd=ROOT, timeout=120)
    said = (checked.stdout + checked.stderr).decode("utf-8")
    assert checked.returncode == 0, said
    assert "Traceback" not in said
