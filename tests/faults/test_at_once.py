"""Two things in the same second, three at the same moment, a window open meanwhile, a missing
file with backups beside it, a newer version's file and a damaged zip."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from fault_tools import (
    ROOT,
    command,
    copy_database,
    digest,
    no_traceback,
    organisation_name,
    rename_organisation,
    start,
)

from desktop.store.backup import list_backups, make_backup, restore
from desktop.store.file_lock import DatabaseLock


@pytest.fixture
def office(demo_database: Path, tmp_path: Path) -> Path:
    return copy_database(demo_database, tmp_path / "office" / "framework-ready.sqlite3")


def test_kept_copies_made_in_the_same_second_never_overwrite_each_other(office: Path,
                                                                        tmp_path: Path) -> None:
    rename_organisation(office, "Before the import")
    other = copy_database(office, tmp_path / "other" / "framework-ready.sqlite3")
    rename_organisation(other, "From the archive")
    archive = tmp_path / "all.zip"
    assert command("archive", "export", "--out", str(archive), database=other).status == 0
    assert command("archive", "import", str(archive), database=office).status == 0
    assert command("restore", "--newest", database=office).status == 0
    kept = {organisation_name(b.path) for b in list_backups(office) if b.kind == "replaced"}
    assert kept == {"Before the import", "From the archive"}  # both kept, neither lost


def test_two_backups_and_two_restores_in_one_second(office: Path) -> None:
    frozen = __import__("datetime").datetime(2026, 12, 3, 9, 0, 0, tzinfo=__import__(
        "datetime").UTC)
    first, second = make_backup(office, now=frozen), make_backup(office, now=frozen)
    assert first != second and first.exists() and second.exists()
    rename_organisation(office, "One")
    restore(office, first, now=frozen)
    rename_organisation(office, "Two")
    restore(office, second, now=frozen)
    kept = sorted(organisation_name(b.path) for b in list_backups(office)
                  if b.kind == "replaced")
    assert kept == ["One", "Two"]


def test_three_answer_imports_at_once_end_as_one_file(office: Path, tmp_path: Path) -> None:
    exported = tmp_path / "answers.json"
    assert command("answers", "export", "--out", str(exported), database=office).status == 0
    files = []
    for person in ("Aled", "Bethan", "Catrin"):
        document = json.loads(exported.read_text(encoding="utf-8"))
        for answers in document["forms"].values():
            for key, value in answers["answers"].items():
                if isinstance(value, str) and len(value) > 40:
                    answers["answers"][key] = f"{value} — {person}"
        path = tmp_path / f"{person}.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        files.append(path)
    processes = [start("answers", "import", str(path), database=office) for path in files]
    results = [process.communicate(timeout=120) for process in processes]
    for process, (out, err) in zip(processes, results, strict=True):
        assert process.returncode in (0, 2), out + err
        assert "Traceback" not in out + err
    final = tmp_path / "final.json"
    assert command("answers", "export", "--out", str(final), database=office).status == 0
    text = final.read_text(encoding="utf-8")
    winners = [person for person in ("Aled", "Bethan", "Catrin") if f"— {person}" in text]
    assert len(winners) == 1, winners  # exactly one file's answers, never a mix


def test_restore_and_import_are_refused_while_a_window_has_the_database(office: Path,
                                                                        tmp_path: Path) -> None:
    assert command("backup", database=office).status == 0
    window = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--database", str(office)], cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while DatabaseLock(office).acquire():  # wait until the window holds it
            DatabaseLock(office).release()
            _release_all(office)
            assert time.monotonic() < deadline and window.poll() is None
            time.sleep(0.2)
        before = digest(office)
        result = command("restore", "--newest", database=office, timeout=60)
        no_traceback(result)
        assert result.status == 2 and "Close Framework Ready" in result.said
        assert digest(office) == before
    finally:
        window.kill()
        window.communicate()


def _release_all(database: Path) -> None:
    from desktop.store import file_lock

    held = file_lock._HELD.pop(file_lock.lock_file(database.resolve()), None)
    if held is not None:
        held.stream.close()


def test_a_missing_database_with_backups_is_never_replaced_by_an_empty_one(office: Path) -> None:
    assert command("backup", database=office).status == 0
    office.unlink()
    result = command("readiness", database=office)
    no_traceback(result)
    assert result.status == 2
    assert "restore --newest" in result.said and "missing" in result.said
    assert not office.exists()  # nothing was made in its place
    result = command("restore", "--newest", database=office)
    assert result.status == 0, result.said
    assert organisation_name(office) == "Riverside Futures (sample charity)"


def test_a_newer_versions_database_is_left_exactly_as_it_was(office: Path) -> None:
    connection = sqlite3.connect(office)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.execute("PRAGMA journal_mode = DELETE")  # as a newer version might leave it
    connection.close()
    before = digest(office)
    listing = sorted(p.name for p in office.parent.iterdir())
    result = command("readiness", database=office)
    no_traceback(result)
    assert result.status == 2 and "newer version" in result.said
    assert digest(office) == before  # not even the journal mode changed
    assert sorted(p.name for p in office.parent.iterdir()) == listing


def test_backups_are_standalone_files(office: Path) -> None:
    made = make_backup(office)
    list_backups(office)  # reads each one
    assert not made.with_name(made.name + "-wal").exists()
    assert not made.with_name(made.name + "-shm").exists()


@pytest.mark.parametrize("harm", ["crc", "truncated"])
def test_a_damaged_zip_is_refused_in_plain_words(office: Path, tmp_path: Path,
                                                 harm: str) -> None:
    archive = tmp_path / "all.zip"
    assert command("archive", "export", "--out", str(archive), database=office).status == 0
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as opened:
        member = opened.getinfo("framework-ready.sqlite3")
    start_of_data = member.header_offset + 30 + len(member.filename) + len(member.extra)
    if harm == "crc":
        data[start_of_data + 100] ^= 0xFF
    else:
        data = data[:start_of_data + member.compress_size // 2] + data[-200:]
    archive.write_bytes(bytes(data))
    before = digest(office)
    result = command("archive", "import", str(archive), database=office)
    no_traceback(result)
    assert result.status == 2
    assert "Nothing was imported" in result.said
    assert digest(office) == before
