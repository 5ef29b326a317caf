"""Backups: consistent copies, rotation, listing with the organisation, checks, restore that
never deletes the file it replaces."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.app.workspace import Workspace, open_workspace
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.organisation import OrganisationInfo
from desktop.paths import DatabaseLocation
from desktop.store.backup import (
    backup_if_due,
    check,
    list_backups,
    make_backup,
    restore,
    rotate,
)

NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)


def db_file(workspace: Workspace) -> Path:
    assert workspace.database.location.file is not None
    return workspace.database.location.file


def test_a_backup_holds_what_was_saved_even_in_the_wal(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    save_answer(workspace.database, organisation.id, "organisation-profile", "website", "one")
    copy = make_backup(db_file(workspace), now=NOW)
    assert copy.name.endswith(".backup-20261125T090000Z.sqlite3")
    assert check(copy) == []
    [listed] = list_backups(db_file(workspace))
    assert (listed.path, listed.kind, listed.organisation) == (copy, "backup",
                                                               "Riverside & Sons <Trust>")
    assert listed.made_at == NOW and listed.size > 0


def test_at_most_one_a_day_and_only_the_last_n_kept(workspace: Workspace,
                                                    organisation: OrganisationInfo) -> None:
    path = db_file(workspace)
    assert backup_if_due(path, keep=3, now=NOW) is not None
    assert backup_if_due(path, keep=3, now=NOW + timedelta(hours=5)) is None
    for day in range(1, 6):
        backup_if_due(path, keep=3, now=NOW + timedelta(days=day))
    kept = [b.made_at for b in list_backups(path) if b.kind == "backup"]
    assert kept == [NOW + timedelta(days=d) for d in (5, 4, 3)]
    older = [b.path for b in list_backups(path) if b.made_at < NOW + timedelta(days=5)]
    assert rotate(path, keep=1) == older and all(not p.exists() for p in older)


def test_restore_keeps_the_current_file_aside(workspace: Workspace,
                                              organisation: OrganisationInfo,
                                              database_location: DatabaseLocation) -> None:
    path = db_file(workspace)
    save_answer(workspace.database, organisation.id, "organisation-profile", "website", "old")
    copy = make_backup(path, now=NOW)
    save_answer(workspace.database, organisation.id, "organisation-profile", "website", "new")
    workspace.close()
    aside = restore(path, copy, now=NOW + timedelta(hours=1))
    assert aside is not None and aside.name.endswith(".replaced-20261125T100000Z.sqlite3")
    reopened = open_workspace(database_location)
    try:
        assert load_answers(reopened.database, organisation.id,
                            "organisation-profile")["website"] == "old"
    finally:
        reopened.close()
    assert check(aside) == []  # the replaced file is kept, sound, with "new" in it


def test_a_damaged_file_is_moved_aside_untouched(workspace: Workspace,
                                                 organisation: OrganisationInfo) -> None:
    path = db_file(workspace)
    copy = make_backup(path, now=NOW)
    workspace.close()
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xde\xad" * 2048  # a flat battery in the middle of a write
    path.write_bytes(bytes(data))
    assert check(path) != []
    fingerprint = hashlib.sha256(path.read_bytes()).hexdigest()
    aside = restore(path, copy, now=NOW + timedelta(hours=1))
    assert aside is not None
    assert hashlib.sha256(aside.read_bytes()).hexdigest() == fingerprint
    assert check(path) == []


def test_a_damaged_backup_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"not a database at all")
    with pytest.raises(ValueError, match="damaged or cannot be read"):
        restore(db_file(workspace), broken)
