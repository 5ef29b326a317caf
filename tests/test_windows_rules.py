"""Windows' rules, applied here: no POSIX permissions, platformdirs' Windows folders (and the
installer's idea of them), one window per database whatever the case of its path, and an .ics
file Outlook reads (CRLF, UTF-8). The hosted Windows runner runs these against Windows itself."""

from __future__ import annotations

import io
import ntpath
import os
import re
import sqlite3
import stat
import sys
from pathlib import Path, PureWindowsPath
from typing import Any

import pytest

from desktop import APP_ID, ORGANISATION_NAME, paths
from desktop.app.workspace import open_workspace
from desktop.cli.main import main
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.evidence import EvidenceDetails
from desktop.core.evidence_records import add_evidence
from desktop.core.organisation_records import create_organisation
from desktop.paths import DATA_DIR_ENV, DatabaseLocation, resolve_database
from desktop.store.archive import export_archive, import_archive
from desktop.store.backup import make_backup, restore

ROOT = Path(__file__).resolve().parent.parent
LOCAL_APPDATA = r"C:\Users\Siân\AppData\Local"


class WindowsOs:
    """The `os` module as a module sees it on Windows: its name (and path rules, if asked)."""

    name = "nt"

    def __init__(self, **overrides: Any) -> None:
        self.__dict__.update(overrides)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(os, attribute)


def test_nothing_fails_without_posix_permissions(monkeypatch: pytest.MonkeyPatch,
                                                 private_data_dir: Path,
                                                 tmp_path: Path) -> None:
    """On Windows the 0700/0600 calls are skipped (the user profile's access list keeps the
    folder private): a whole day's work (create, answer, evidence, back up, restore, export,
    import) runs with `paths` on Windows' rules and no permission ever changed."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a permission was changed on Windows")

    monkeypatch.setattr(paths, "os", WindowsOs())
    monkeypatch.setattr(Path, "chmod", refuse)
    monkeypatch.setattr(os, "chmod", refuse)
    location = resolve_database(None)
    assert location.file is not None
    workspace = open_workspace(location)
    organisation = create_organisation(workspace.database, "Cwmni Siân", "1123456")
    save_answer(workspace.database, organisation.id, "organisation-profile", "website", "Tŷ")
    document = tmp_path / "polisi diogelu.pdf"
    document.write_bytes(b"%PDF safeguarding")
    add_evidence(workspace.database, workspace.evidence_folder, organisation.id, document,
                 EvidenceDetails("Polisi diogelu"))
    workspace.close()
    backup = make_backup(location.file)
    restore(location.file, backup)
    archive = tmp_path / "popeth.zip"
    export_archive(location.file, private_data_dir / "evidence", archive)
    import_archive(archive, location.file, private_data_dir / "evidence")
    workspace = open_workspace(location)
    try:
        assert load_answers(workspace.database, organisation.id, "organisation-profile")[
            "website"] == "Tŷ"
    finally:
        workspace.close()
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(private_data_dir.stat().st_mode) == 0o777 & ~umask  # never narrowed


def test_windows_data_and_log_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs' own Windows class, driven with Windows' path rules and a profile named
    Siân: the data folder is the local (not roaming) AppData one, which OneDrive's folder
    redirection never moves, and the uninstaller keeps exactly that folder."""
    import platformdirs
    from platformdirs import windows

    monkeypatch.delenv(DATA_DIR_ENV)
    monkeypatch.setenv("WIN_PD_OVERRIDE_LOCAL_APPDATA", LOCAL_APPDATA)
    monkeypatch.setenv("WIN_PD_OVERRIDE_APPDATA", r"\\server\redirected\Siân\AppData\Roaming")
    monkeypatch.setattr(windows, "os", WindowsOs(path=ntpath))
    monkeypatch.setattr(platformdirs, "PlatformDirs", windows.Windows)
    data = PureWindowsPath(str(paths.data_dir()))
    assert data == PureWindowsPath(LOCAL_APPDATA, ORGANISATION_NAME, APP_ID)
    assert PureWindowsPath(str(paths.log_dir())) == data / "Logs"
    assert PureWindowsPath(str(paths.backup_dir())) == data / "backups"
    script = (ROOT / "packaging" / "windows" / "framework-ready.iss").read_text("utf-8")
    kept = re.search(r"DataDir := ExpandConstant\('\{localappdata\}\\([^']+)'\)", script)
    assert kept is not None and data.parent == PureWindowsPath(LOCAL_APPDATA, kept[1])
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"`%LOCALAPPDATA%\\{ORGANISATION_NAME}\\{APP_ID}\\`" in readme


def test_one_window_per_database_whatever_the_case_of_its_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import single_instance

    def name(path: str) -> str:
        return single_instance.server_name(DatabaseLocation(
            url=f"sqlite:///{path}", file=PureWindowsPath(path)))  # type: ignore[arg-type]

    monkeypatch.setattr(single_instance, "os", WindowsOs())
    same = name(LOCAL_APPDATA + r"\Framework Ready\framework-ready\framework-ready.sqlite3")
    assert same == name(r"c:\users\SIÂN\appdata\local\framework ready\framework-ready"
                        r"\FRAMEWORK-READY.sqlite3")
    assert same != name(r"D:\Bids\framework-ready.sqlite3")
    assert same.isascii() and len(same) < 64  # a pipe name is at most 256 characters
    monkeypatch.undo()  # elsewhere case matters: they are two files
    assert name("/home/Siân/fr.sqlite3") != name("/home/siân/fr.sqlite3")


def test_calendar_file_is_what_outlook_reads(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    """RFC 5545 as Outlook wants it: CRLF line ends (also when written on Windows, where a
    text-mode write would turn them into CR CR LF), UTF-8 without a byte-order mark, lines
    folded at 75 octets without splitting a character."""
    database = tmp_path / "fr.sqlite3"
    assert main(["demo", "--database", str(database)]) == 0
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE opportunity SET title = 'Gwasanaethau ŵ ŷ i fenywod yn "
                           "Nyfed-Powys — cam dau â’r holl dyddiadau cau'")
    connection.close()
    calendar = tmp_path / "dyddiadau.ics"
    assert main(["deadlines", "--ics", str(calendar), "--database", str(database)]) == 0
    capsys.readouterr()
    data = calendar.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert data.count(b"\n") == data.count(b"\r\n") and b"\r\r" not in data
    lines = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    assert all(line.decode("utf-8") for line in lines)  # no character cut in two
    unfolded = data.decode("utf-8").replace("\r\n ", "")
    assert "Gwasanaethau ŵ ŷ i fenywod yn Nyfed-Powys — cam dau â’r holl dyddiadau cau" in \
        unfolded
    assert "BEGIN:VTIMEZONE\r\nTZID:Europe/London" in unfolded


def test_output_sent_to_a_file_says_welsh_names_whole(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    """`python -m desktop readiness > out.txt` on Windows: Python would write cp1252, which
    has no ŷ, and the command would stop half-way; it writes UTF-8 instead."""
    database = tmp_path / "fr.sqlite3"
    workspace = open_workspace(resolve_database(str(database)))
    create_organisation(workspace.database, "Tŷ Gwyn — Gwasanaethau", "1123456")
    workspace.close()
    redirected = io.BytesIO()
    stream = io.TextIOWrapper(redirected, encoding="cp1252")
    monkeypatch.setattr(sys, "stdout", stream)
    assert main(["readiness", "--database", str(database)]) == 0
    stream.flush()
    assert "Tŷ Gwyn — Gwasanaethau" in redirected.getvalue().decode("utf-8")
