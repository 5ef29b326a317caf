"""backup, restore, check and archive on the command line: they work on the file itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[8192:12288] = b"\xde\xad" * 2048
    path.write_bytes(bytes(data))


def test_backup_check_damage_and_restore(capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    database = tmp_path / "charity.sqlite3"
    assert run(capsys, "demo", "--database", str(database))[0] == 0
    status, out, _ = run(capsys, "backup", "--database", str(database))
    assert status == 0 and "Backed up to" in out
    status, out, _ = run(capsys, "restore", "--database", str(database))
    assert "Riverside Futures (sample charity)" in out
    assert run(capsys, "check", "--database", str(database))[0] == 0
    damage(database)
    status, out, _ = run(capsys, "check", "--database", str(database))
    assert status == 1 and "is damaged" in out and "restore --newest" in out
    status, _, err = run(capsys, "readiness", "--database", str(database))
    assert status == 2 and "is damaged" in err and "restore --newest" in err
    status, out, _ = run(capsys, "restore", "--newest", "--database", str(database))
    assert status == 0 and "kept as" in out
    assert run(capsys, "check", "--database", str(database))[0] == 0
    assert run(capsys, "readiness", "--database", str(database))[0] == 0


def test_archive_out_and_back(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    database = tmp_path / "charity.sqlite3"
    run(capsys, "demo", "--database", str(database))
    archive = tmp_path / "all.zip"
    status, out, _ = run(capsys, "archive", "export", "--out", str(archive), "--database",
                         str(database))
    assert status == 0 and archive.exists()
    other = tmp_path / "laptop" / "charity.sqlite3"
    status, out, _ = run(capsys, "archive", "import", str(archive), "--database", str(other))
    assert status == 0 and out.startswith("Imported")
    status, out, _ = run(capsys, "readiness", "--database", str(other))
    assert "Riverside Futures (sample charity)" in out
    status, _, err = run(capsys, "archive", "import", str(database), "--database", str(other))
    assert status == 2 and "Nothing was imported" in err
