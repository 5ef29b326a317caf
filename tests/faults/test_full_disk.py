"""A disk that fills up: every command says so in plain words, and the database is untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fault_tools import (
    command,
    copy_database,
    digest,
    fill,
    leftovers,
    no_traceback,
    organisation_name,
    rename_organisation,
)

FULL = "is full"


@pytest.fixture
def on_small_disk(small_disk: Path, demo_database: Path, tmp_path: Path) -> Path:
    """The sample charity on the small disk, with one backup and an export outside it."""
    database = copy_database(demo_database, small_disk / "framework-ready.sqlite3")
    assert command("backup", database=database).status == 0
    assert command("answers", "export", "--out", str(tmp_path / "answers.json"),
                   database=database).status == 0
    return database


@pytest.mark.parametrize("leave", [0, 120_000], ids=["no-room", "some-room"])
def test_every_command_on_a_full_disk_says_so_and_changes_nothing(
        on_small_disk: Path, tmp_path: Path, leave: int) -> None:
    database = on_small_disk
    answers = tmp_path / "answers.json"
    document = json.loads(answers.read_text(encoding="utf-8"))
    profile = document["forms"]["organisation-profile"]["answers"]
    profile["services_summary"] += " Llety ŵ ŷ & <b>" * 20_000  # a large write
    big = tmp_path / "big.json"
    big.write_text(json.dumps(document), encoding="utf-8")
    archive = tmp_path / "all.zip"
    assert command("archive", "export", "--out", str(archive), database=database).status == 0
    before = digest(database)
    fill(database.parent, leave)
    for args in (["readiness"], ["check"], ["restore", "--newest"], ["backup"],
                 ["answers", "import", str(big)], ["archive", "import", str(archive)],
                 ["archive", "export", "--out", str(database.parent / "again.zip")],
                 ["export", "opportunities", "--format", "xlsx", "--out",
                  str(database.parent / "list.xlsx")]):
        result = command(*args, database=database)
        no_traceback(result)
        if result.status == 0 and (leave or args[0] in ("readiness", "check")):
            assert "damaged" not in result.said
            before = digest(database)
            continue  # reading needs no room, and with some room a small write fits
        assert result.status == 2, (args, result.said)
        assert FULL in result.said or "was not saved" in result.said, (args, result.said)
        assert "damaged" not in result.said, (args, result.said)
        assert digest(database) == before, args
        assert leftovers(database.parent) == [], (args, leftovers(database.parent))
    (database.parent / "filler.bin").unlink()
    assert command("check", database=database).status == 0
    assert organisation_name(database) == "Riverside Futures (sample charity)"


def test_a_restore_that_runs_out_of_room_leaves_the_database_in_place(
        on_small_disk: Path) -> None:
    database = on_small_disk
    rename_organisation(database, "Work since the backup")
    fill(database.parent, 200_000)  # room for the copy kept aside, not for the new file too
    result = command("restore", "--newest", database=database)
    no_traceback(result)
    assert result.status == 2 and FULL in result.said
    assert organisation_name(database) == "Work since the backup"
    assert leftovers(database.parent) == []
    (database.parent / "filler.bin").unlink()
    result = command("readiness", database=database)
    assert result.status == 0 and "Work since the backup" in result.out
