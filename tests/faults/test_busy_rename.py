"""A database the operating system will not let be renamed over, for real: a bind mount on the
file itself makes every rename onto it fail with "busy" (EBUSY), as Windows refuses one while an
antivirus holds the file. The restore waits, goes ahead once it is let go, and otherwise says
"busy" with the database whole at its path."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fault_tools import (
    copy_database,
    digest,
    need_root,
    organisation_name,
    rename_organisation,
    run_mount,
)

from desktop.store.backup import make_backup, restore
from desktop.store.errors import DatabaseBusy


@pytest.fixture
def pinned(demo_database: Path, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """(database, a backup of it from before a change), the database bind-mounted on itself."""
    need_root("bind-mount a file on itself")
    database = copy_database(demo_database, tmp_path / "office" / "framework-ready.sqlite3")
    backup = make_backup(database)
    rename_organisation(database, "Changed since the backup")
    run_mount("--bind", str(database), str(database))
    try:
        yield database, backup
    finally:
        subprocess.run(["umount", str(database)], check=False, capture_output=True)


def test_a_rename_refused_for_a_moment_goes_ahead_when_let_go(
        pinned: tuple[Path, Path]) -> None:
    database, backup = pinned
    release = threading.Timer(0.5, subprocess.run, (["umount", str(database)],),
                              {"check": True})
    release.start()
    try:
        aside = restore(database, backup)
    finally:
        release.join()
    assert organisation_name(database) == organisation_name(backup)
    assert aside is not None and organisation_name(aside) == "Changed since the backup"


def test_a_rename_refused_for_good_says_busy_and_changes_nothing(
        pinned: tuple[Path, Path]) -> None:
    database, backup = pinned
    before = digest(database)
    with pytest.raises(DatabaseBusy, match="Another program is using"):
        restore(database, backup)
    assert digest(database) == before
    assert organisation_name(database) == "Changed since the backup"
    assert not list(database.parent.glob(".*.part"))
