"""Where a database may live: network shares refused (Windows, Linux and macOS rules), Windows'
path limit, and a warning in folders that OneDrive, Dropbox, iCloud Drive or Google Drive sync."""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from types import SimpleNamespace

import pytest

from desktop.app.workspace import open_workspace
from desktop.core.evidence import stored_path
from desktop.paths import resolve_database
from desktop.store import location_checks
from desktop.store.backup import backup_stem
from desktop.store.errors import NetworkLocation, PathTooLong
from desktop.store.location_checks import (
    DRIVE_REMOTE,
    check_location,
    longest_kept,
    network_share,
    sync_service,
    too_long_for_windows,
)
from desktop.store.migrate import open_database

DRIVE_FIXED = 3
W = PureWindowsPath

LINUX_MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
fileserver:/export/office /mnt/office nfs4 rw,relatime,vers=4.2 0 0
/dev/vdb1 /mnt/office/scratch ext4 rw,relatime 0 0
//nas/Charity\\040Files /media/Charity\\040Files cifs rw,relatime,vers=3.1.1 0 0
siân@laptop:/home/siân /home/volunteer/remote fuse.sshfs rw,nosuid,nodev 0 0
"""
MACOS_MOUNTS = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//siân@nas.local/Office on /Volumes/Office (smbfs, nodev, nosuid, mounted by siân)
/dev/disk4s1 on /Volumes/Memory Stick (msdos, local, nodev, nosuid, noowners)
"""


@pytest.mark.parametrize(("path", "drive_type", "shared_from"), [
    (W(r"\\fileserver\office\Framework Ready\fr.sqlite3"), None, r"\\fileserver\office"),
    (W(r"\\?\UNC\fileserver\office\fr.sqlite3"), None, r"\\fileserver\office"),
    (W(r"Z:\Framework Ready\fr.sqlite3"), DRIVE_REMOTE, "Z:"),
    (W(r"C:\Users\Siân\AppData\Local\Framework Ready\fr.sqlite3"), DRIVE_FIXED, ""),
    (W(r"\\?\C:\Users\Siân\fr.sqlite3"), DRIVE_FIXED, ""),
    (W(r"E:\fr.sqlite3"), 2, ""),  # a memory stick (DRIVE_REMOVABLE): local, allowed
])
def test_windows_network_shares(path: PureWindowsPath, drive_type: int | None,
                                shared_from: str) -> None:
    assert network_share(path, drive_type=drive_type) == shared_from


@pytest.mark.parametrize(("path", "mounts", "shared_from"), [
    ("/mnt/office/bids/fr.sqlite3", LINUX_MOUNTS, "nfs4 fileserver:/export/office"),
    ("/mnt/office/scratch/fr.sqlite3", LINUX_MOUNTS, ""),  # a local disk mounted inside it
    ("/media/Charity Files/fr.sqlite3", LINUX_MOUNTS, "cifs //nas/Charity Files"),
    ("/home/volunteer/remote/fr.sqlite3", LINUX_MOUNTS, "fuse.sshfs siân@laptop:/home/siân"),
    ("/home/volunteer/.local/share/framework-ready/fr.sqlite3", LINUX_MOUNTS, ""),
    ("/mnt/officework/fr.sqlite3", LINUX_MOUNTS, ""),  # /mnt/office is not its folder
    ("/Volumes/Office/Bids/fr.sqlite3", MACOS_MOUNTS, "smbfs //siân@nas.local/Office"),
    ("/Volumes/Memory Stick/fr.sqlite3", MACOS_MOUNTS, ""),
    ("/Users/sian/Library/Application Support/framework-ready/fr.sqlite3", MACOS_MOUNTS, ""),
])
def test_linux_and_macos_network_mounts(path: str, mounts: str, shared_from: str) -> None:
    assert network_share(PurePosixPath(path), mounts=mounts) == shared_from


@pytest.mark.parametrize(("path", "service"), [
    (W(r"C:\Users\Siân\OneDrive - Riverside Futures\Documents\fr.sqlite3"), "OneDrive"),
    (W(r"C:\Users\Siân\OneDrive\Documents\Framework Ready\fr.sqlite3"), "OneDrive"),
    (PurePosixPath("/Users/sian/Library/CloudStorage/OneDrive-Personal/fr.sqlite3"),
     "OneDrive"),
    (W(r"C:\Users\Siân\Dropbox\Bids\fr.sqlite3"), "Dropbox"),
    (PurePosixPath("/Users/sian/Library/CloudStorage/Dropbox/fr.sqlite3"), "Dropbox"),
    (PurePosixPath("/Users/sian/Library/Mobile Documents/com~apple~CloudDocs/fr.sqlite3"),
     "iCloud Drive"),
    (W(r"C:\Users\Siân\iCloudDrive\fr.sqlite3"), "iCloud Drive"),
    (W(r"G:\My Drive\fr.sqlite3"), "Google Drive"),
    (W(r"C:\Users\Siân\AppData\Local\Framework Ready\framework-ready\framework-ready.sqlite3"),
     ""),
    (PurePosixPath("/home/sian/.local/share/framework-ready/framework-ready.sqlite3"), ""),
    (W(r"C:\Users\Siân\Documents\onedrive-notes.sqlite3"), ""),  # only folders count
])
def test_synced_folders(path: PurePath, service: str) -> None:
    assert sync_service(path, environment={}) == service


def test_onedrive_where_windows_says_it_is() -> None:
    """OneDrive's folder can be anywhere; Windows names it in %OneDrive% (and
    %OneDriveCommercial% for a work account)."""
    environment = {"OneDriveCommercial": r"D:\Work Files"}
    assert sync_service(W(r"d:\work files\Bids\fr.sqlite3"), environment) == "OneDrive"
    assert sync_service(W(r"D:\Work Files Old\fr.sqlite3"), environment) == ""


def test_windows_path_limit() -> None:
    short = W(r"C:\Users\Siân\AppData\Local\Framework Ready\framework-ready\fr.sqlite3")
    deep = W("C:\\Users\\Siân\\" + "\\".join(["Bids and tenders"] * 10) + "\\fr.sqlite3")
    assert len(str(deep)) < 260  # the file itself would open, but its evidence would not
    assert not too_long_for_windows(short, long_paths=False)
    assert too_long_for_windows(deep, long_paths=False)
    assert not too_long_for_windows(deep, long_paths=True)


def test_the_longest_path_counted_is_the_longest_the_app_makes() -> None:
    database = W(r"C:\Users\Siân\AppData\Local\Framework Ready\framework-ready\fr.sqlite3")
    evidence = stored_path(database.parent / "evidence", "f" * 64,  # type: ignore[arg-type]
                           "Safeguarding policy." + "x" * 40)
    kept = database.parent / "backups" / (
        backup_stem(database, "before-upgrade-0005") + "-10.sqlite3-journal")  # type: ignore[arg-type]
    assert max(len(str(evidence)), len(str(kept))) <= longest_kept(database)


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """check_location as it runs on Windows, with the drive type and long-path setting chosen
    by the test (the real ones are asked of Windows through ctypes)."""
    system = SimpleNamespace(drive_type=DRIVE_FIXED, long_paths=False)
    monkeypatch.setattr(location_checks, "os", SimpleNamespace(name="nt"))
    monkeypatch.setattr(location_checks, "drive_type", lambda _path: system.drive_type)
    monkeypatch.setattr(location_checks, "long_paths_on", lambda: system.long_paths)
    return system


def test_windows_refusals_say_what_to_do(on_windows: SimpleNamespace) -> None:
    with pytest.raises(NetworkLocation, match=r"network drive \(\\\\fileserver\\office\)"):
        check_location(W(r"\\fileserver\office\fr.sqlite3"))  # type: ignore[arg-type]
    on_windows.drive_type = DRIVE_REMOTE
    with pytest.raises(NetworkLocation, match="team mode") as refused:
        check_location(W(r"Z:\fr.sqlite3"))  # type: ignore[arg-type]
    assert "not reliable" in str(refused.value) and "(Z:)" in str(refused.value)
    on_windows.drive_type = DRIVE_FIXED
    deep = W("C:\\Users\\Siân\\" + "\\".join(["Bids and tenders"] * 12) + "\\fr.sqlite3")
    with pytest.raises(PathTooLong, match="turn on long paths") as refused:
        check_location(deep)  # type: ignore[arg-type]
    assert "up to 259 characters" in str(refused.value)
    on_windows.long_paths = True
    check_location(deep)  # type: ignore[arg-type]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_on_a_network_mount_is_refused_untouched(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The real open, with the mount table saying the folder is an NFS share (no NFS server
    can be had here): refused before anything is written, even a journal."""
    share = tmp_path / "office"
    path = share / "fr.sqlite3"
    open_database(resolve_database(str(path))).close()
    before = {p.name: digest(p) for p in share.iterdir() if p.is_file()}
    table = f"fileserver:/export/office {share} nfs4 rw,relatime 0 0\n"
    monkeypatch.setattr(location_checks, "mount_table", lambda: table)
    with pytest.raises(NetworkLocation, match="nfs4 fileserver:/export/office"):
        open_workspace(resolve_database(str(path)))
    assert {p.name: digest(p) for p in share.iterdir() if p.is_file()} == before
    with pytest.raises(NetworkLocation):
        open_database(resolve_database(str(share / "new.sqlite3")))
    assert not (share / "new.sqlite3").exists()


def test_a_synced_folder_opens_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "OneDrive - Riverside Futures" / "Documents" / "fr.sqlite3"
    workspace = open_workspace(resolve_database(str(path)))
    try:
        assert len(workspace.location_warnings) == 1
        assert "OneDrive copies" in workspace.location_warnings[0]
        assert str(path.parent) in workspace.location_warnings[0]
    finally:
        workspace.close()
    plain = open_workspace(resolve_database(str(tmp_path / "plain" / "fr.sqlite3")))
    assert plain.location_warnings == []
    plain.close()
