"""Commands killed with SIGKILL at random moments: the database is always whole at its path,
holding what it held before or what the command was putting there, and the next start clears
what the killed run left behind.

Fast tier: a few kills of each command. `-m slow` runs 50 of each (FRAMEWORK_READY_KILLS).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fault_tools import (
    command,
    copy_database,
    in_process,
    leftovers,
    organisation_name,
    rename_organisation,
    start,
)

FAST, SLOW = 3, int(os.environ.get("FRAMEWORK_READY_KILLS", "50"))


def sound_copies(folder: Path) -> None:
    """Every finished copy (backup, kept-aside file) is a whole, sound database."""
    for path in (folder / "backups").glob("*.sqlite3"):
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok", path
        finally:
            connection.close()


def kill_at_random(args: list[str], database: Path, longest: float) -> bool:
    """Start the command, kill it after a random moment; True if it was still running."""
    process = start(*args, database=database)
    # Half anywhere, half in the last stretch, where the work itself runs (not Python's start).
    time.sleep(random.uniform(0.05, longest) if random.random() < 0.5
               else random.uniform(0.6 * longest, longest))
    running = process.poll() is None
    if running:
        process.send_signal(signal.SIGKILL)
    process.communicate()
    return running


def duration(args: list[str], database: Path) -> float:
    """How long the command takes when left alone (the kills land within that)."""
    began = time.monotonic()
    result = command(*args, database=database)
    assert result.status == 0, result.said
    return time.monotonic() - began


def rounds(count: int, args: list[str], database: Path, allowed: set[str],
           prepare: Callable[[], None]) -> int:
    """Kill `args` `count` times; after each, the database holds one of `allowed` states."""
    prepare()
    longest = duration(args, database)
    landed = inside = 0
    for _ in range(count):
        prepare()
        landed += kill_at_random(args, database, longest)
        inside += bool(leftovers(database.parent))  # killed half-way through writing
        assert database.exists(), "the database path went empty"
        assert organisation_name(database) in allowed
        sound_copies(database.parent)
        after = in_process("readiness", database=database)
        assert after.status == 0, after.said  # never a new, empty database
        assert any(name in after.out for name in allowed)
        assert leftovers(database.parent) == []  # cleared at that start
    print(f"{args[0]}: {inside} of {count} kills left a half-written file behind")
    return landed


@pytest.fixture
def office(demo_database: Path, tmp_path: Path) -> Path:
    database = copy_database(demo_database, tmp_path / "office" / "framework-ready.sqlite3")
    rename_organisation(database, "Current work")
    return database


def _restore(office: Path, count: int) -> None:
    rename_organisation(office, "From the backup")
    assert command("backup", database=office).status == 0
    backup = next((office.parent / "backups").glob("*.backup-*.sqlite3"))

    def prepare() -> None:
        rename_organisation(office, "Current work")

    landed = rounds(count, ["restore", str(backup)], office,
                    {"Current work", "From the backup"}, prepare)
    print(f"restore: {landed} of {count} kills landed while it ran")


def _archive_import(office: Path, tmp_path: Path, count: int) -> None:
    other = copy_database(office, tmp_path / "other" / "framework-ready.sqlite3")
    rename_organisation(other, "From the archive")
    archive = tmp_path / "all.zip"
    assert command("archive", "export", "--out", str(archive), database=other).status == 0

    def prepare() -> None:
        rename_organisation(office, "Current work")

    landed = rounds(count, ["archive", "import", str(archive)], office,
                    {"Current work", "From the archive"}, prepare)
    print(f"archive import: {landed} of {count} kills landed while it ran")


def _backup(office: Path, count: int) -> None:
    landed = rounds(count, ["backup"], office, {"Current work"},
                    lambda: rename_organisation(office, "Current work"))
    print(f"backup: {landed} of {count} kills landed while it ran")


def _answers_import(office: Path, tmp_path: Path, count: int) -> None:
    exported = tmp_path / "a.json"
    assert command("answers", "export", "--out", str(exported), database=office).status == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    for answers in document["forms"].values():
        for key, value in answers["answers"].items():
            if isinstance(value, str) and len(value) > 40:
                answers["answers"][key] = value + " (changed by the import)"
    changed = tmp_path / "b.json"
    changed.write_text(json.dumps(document), encoding="utf-8")

    def state() -> str:
        out = tmp_path / "now.json"
        assert in_process("answers", "export", "--out", str(out), database=office).status == 0
        return json.dumps(json.loads(out.read_text(encoding="utf-8"))["forms"], sort_keys=True)

    before = state()
    assert command("answers", "import", str(changed), database=office).status == 0
    after = state()
    assert before != after
    longest = duration(["answers", "import", str(exported)], office)
    landed = 0
    for _ in range(count):
        assert in_process("answers", "import", str(exported), database=office).status == 0
        landed += kill_at_random(["answers", "import", str(changed)], office, longest)
        assert state() in (before, after)  # all of the file or none of it
        assert leftovers(office.parent) == []
    print(f"answers import: {landed} of {count} kills landed while it ran")


def test_killed_restore(office: Path) -> None:
    _restore(office, FAST)


def test_killed_archive_import(office: Path, tmp_path: Path) -> None:
    _archive_import(office, tmp_path, FAST)


def test_killed_backup(office: Path) -> None:
    _backup(office, FAST)


def test_killed_answers_import(office: Path, tmp_path: Path) -> None:
    _answers_import(office, tmp_path, FAST)


@pytest.mark.slow
def test_many_killed_replacements(office: Path, tmp_path: Path) -> None:
    _restore(office, SLOW)
    _archive_import(office, tmp_path, SLOW)
    _backup(office, SLOW)
    _answers_import(office, tmp_path, SLOW)
