"""Read-only files, folders and disks: what the person set is kept, the data is shown, nothing
is written, and writing commands are refused in plain words."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from fault_tools import command, copy_database, digest, no_traceback, organisation_name


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def charity(demo_database: Path, tmp_path: Path) -> Path:
    return copy_database(demo_database, tmp_path / "office" / "framework-ready.sqlite3")


def test_a_read_only_file_stays_read_only_and_refuses_changes(charity: Path,
                                                              tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    assert command("answers", "export", "--out", str(answers), database=charity).status == 0
    assert command("backup", database=charity).status == 0
    for journal in ("-wal", "-shm"):  # closed cleanly: its log is in the file
        charity.with_name(charity.name + journal).unlink(missing_ok=True)
    charity.chmod(0o400)
    before = digest(charity)
    listing = sorted(p.name for p in charity.parent.iterdir())
    result = command("readiness", database=charity)
    assert sorted(p.name for p in charity.parent.iterdir()) == listing  # nothing beside it
    assert result.status == 0 and "Riverside Futures" in result.out
    assert mode(charity) == 0o400  # never widened to 0600
    for args in (["answers", "import", str(answers)], ["demo"], ["restore", "--newest"]):
        result = command(*args, database=charity)
        no_traceback(result)
        assert result.status == 2, (args, result.said)
        assert "read-only" in result.said, (args, result.said)
    assert digest(charity) == before
    assert mode(charity) == 0o400


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_folder_made_read_only_keeps_its_mode(charity: Path) -> None:
    folder = charity.parent
    folder.chmod(0o500)
    try:
        result = command("readiness", database=charity)
        assert result.status == 0, result.said
        assert mode(folder) == 0o500
    finally:
        folder.chmod(0o700)


def test_group_and_other_bits_are_taken_off_but_nothing_added(charity: Path) -> None:
    charity.chmod(0o644)
    assert command("readiness", database=charity).status == 0
    assert mode(charity) == 0o600


def test_a_shared_folder_the_person_chose_is_left_as_it_is(demo_database: Path,
                                                          tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp, or a folder the office shares
    database = copy_database(demo_database, shared / "charity.sqlite3")
    for args in (["readiness"], ["backup"], ["restore", "--newest"]):
        assert command(*args, database=database).status == 0, args
    assert mode(shared) == 0o1777
    assert mode(database) == 0o600  # the database itself is still private
    assert mode(shared / "backups") == 0o700  # and so is what the app makes


def test_the_apps_own_data_folder_is_made_private(demo_database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    database = copy_database(demo_database, folder / "framework-ready.sqlite3")
    result = command("readiness", env={"FRAMEWORK_READY_DATA_DIR": str(folder)},
                     database=database)
    assert result.status == 0, result.said
    assert mode(folder) == 0o700


def test_a_read_only_disk_is_read_without_writing_a_byte(
        read_only_view: tuple[Path, Path], demo_database: Path, tmp_path: Path) -> None:
    source, view = read_only_view
    copy_database(demo_database, source / "framework-ready.sqlite3")
    assert command("backup", database=source / "framework-ready.sqlite3").status == 0
    database = view / "framework-ready.sqlite3"
    listing = sorted(p.name for p in source.iterdir())
    result = command("readiness", database=database)
    assert result.status == 0, result.said
    assert "Riverside Futures" in result.out
    result = command("check", database=database)
    assert result.status == 0, result.said
    answers = tmp_path / "answers.json"
    assert command("answers", "export", "--out", str(answers), database=database).status == 0
    for args in (["answers", "import", str(answers)], ["backup"], ["restore", "--newest"]):
        result = command(*args, database=database)
        no_traceback(result)
        assert result.status == 2, (args, result.said)
        assert "read" in result.said and "damaged" not in result.said, (args, result.said)
    assert sorted(p.name for p in source.iterdir()) == listing  # no -wal, -shm or lock
    assert organisation_name(source / "framework-ready.sqlite3") == \
        "Riverside Futures (sample charity)"
