"""The command line says where the database should not be, on standard error, like the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.store import location_checks


def test_a_synced_folder_is_warned_about_and_the_command_runs(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    database = tmp_path / "iCloudDrive" / "fr.sqlite3"
    assert main(["catalogue", "--format", "csv", "--database", str(database)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("code,title")
    assert "a folder that iCloud Drive copies" in captured.err


def test_a_network_share_is_refused_in_plain_words(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    share = tmp_path / "office"
    monkeypatch.setattr(location_checks, "mount_table",
                        lambda: f"fileserver:/office {share} nfs rw 0 0\n")
    assert main(["demo", "--database", str(share / "fr.sqlite3")]) == 2
    said = capsys.readouterr().err
    assert said.startswith("Could not open the database: ")
    assert "network drive (nfs fileserver:/office)" in said and "team mode" in said
    assert "Traceback" not in said
    assert not (share / "fr.sqlite3").exists()
