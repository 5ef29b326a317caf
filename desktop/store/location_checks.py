"""Where a database file may live, checked before it is opened.

- **Not on a network share.** SQLite's locking relies on the file system, and on a shared drive
  (SMB/CIFS, NFS, sshfs, a mapped drive letter, a `\\\\server\\share` path) it is not reliable:
  two computers can damage the file between them. Such a file is refused, with team mode (a
  shared database server) as the way to share one database.
- **Not past Windows' path limit.** Unless long paths are turned on, Windows programs cannot
  open a path of 260 characters or more; the app also needs room beside the database for its
  backups and evidence files, so a folder whose path leaves no room is refused in plain words
  instead of failing later with a puzzling error.
- **A warning in a synced folder.** OneDrive, Dropbox, iCloud Drive and Google Drive copy a
  file while it is being written and can bring back an older copy or a "conflicted" one; the
  window's banner and the command line say so.

The rules are pure functions of the path and of what the system says about it (the mount
table, the drive type, whether long paths are on), so tests feed them Windows and macOS
answers too; the small functions at the end ask the real system.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from desktop.i18n import tr
from desktop.store.errors import NetworkLocation, PathTooLong

NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "webdav", "davfs",
    "ncpfs", "sshfs", "fuse.sshfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "glusterfs",
    "ceph", "lustre",
})
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
WINDOWS_MAX_PATH = 260  # characters, with the terminating nul


def network_share(path: PurePath, *, drive_type: int | None = None,
                  mounts: str = "") -> str:
    """Where `path` is shared from when it is on a network share (e.g. `\\\\server\\share`
    or `nfs4 server:/export`), else ""."""
    if isinstance(path, PureWindowsPath):
        drive = path.drive
        if drive.upper().startswith("\\\\?\\UNC\\"):
            return "\\\\" + drive[8:]
        if drive.startswith("\\\\") and not drive.startswith(("\\\\?\\", "\\\\.\\")):
            return drive
        return drive if drive and drive_type == DRIVE_REMOTE else ""
    found = _mount_of(PurePosixPath(path), mounts)
    if found is None:
        return ""
    device, kind = found
    return f"{kind} {device}" if kind.lower() in NETWORK_FILE_SYSTEMS else ""


_LINUX_MOUNT = re.compile(r"^(\S+) (\S+) (\S+) ")  # /proc/self/mounts
_MACOS_MOUNT = re.compile(r"^(.+) on (/.*) \(([^,)]+)")  # `mount` on macOS and BSD


def _mount_of(path: PurePosixPath, mounts: str) -> tuple[str, str] | None:
    """(device, file system type) of the mount that holds `path`: the longest mount point
    that is `path` or one of its folders."""
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        match = _MACOS_MOUNT.match(line) or _LINUX_MOUNT.match(line)
        if match is None:
            continue
        device, point, kind = (_unescape(part) for part in match.groups())
        point_path = PurePosixPath(point)
        if (path == point_path or point_path in path.parents) and \
                (best is None or len(point_path.parts) >= best[0]):
            best = (len(point_path.parts), device, kind)
    return None if best is None else (best[1], best[2])


def _unescape(field: str) -> str:
    """/proc/self/mounts writes a space as \\040 (and tab, newline, backslash likewise)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


_ONEDRIVE_ENVIRONMENT = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")


def sync_service(path: PurePath, environment: Mapping[str, str] | None = None) -> str:
    """The sync tool that copies the folder holding `path` ("OneDrive", "Dropbox", "iCloud
    Drive", "Google Drive"), or "" for a folder none of them is known to copy."""
    environment = os.environ if environment is None else environment
    folders = [part.lower() for part in path.parts[:-1]]
    for variable in _ONEDRIVE_ENVIRONMENT:  # Windows says where OneDrive keeps its folder
        root = environment.get(variable, "")
        if root and _is_within(path, type(path)(root)):
            return "OneDrive"
    for folder in folders:
        if folder == "onedrive" or folder.startswith(("onedrive - ", "onedrive-")):
            return "OneDrive"
        if folder == "dropbox" or folder.startswith(("dropbox (", "dropbox-")):
            return "Dropbox"
        if folder in ("icloud drive", "iclouddrive", "com~apple~clouddocs"):
            return "iCloud Drive"
        if folder in ("google drive", "my drive") or folder.startswith("googledrive-"):
            return "Google Drive"
    return ""


def _is_within(path: PurePath, folder: PurePath) -> bool:
    lowered = [part.lower() for part in path.parts]
    wanted = [part.lower() for part in folder.parts]
    return len(lowered) > len(wanted) and lowered[:len(wanted)] == wanted


def longest_kept(path: PurePath) -> int:
    """The length of the longest path the app makes for a database at `path`: an evidence
    file (`evidence/<2>/<64 hex digits><extension of up to 16>`) or a copy kept before an
    upgrade, with its journal while it is written."""
    evidence = path.parent / "evidence" / "ab" / ("0" * 64 + "." + "x" * 15)
    kept = path.parent / "backups" / (f"{path.stem}.before-upgrade-99999-20261231T235959Z-99"
                                      f"{path.suffix}-journal")
    return max(len(str(path)) + len("-journal"), len(str(evidence)), len(str(kept)))


def too_long_for_windows(path: PurePath, *, long_paths: bool) -> bool:
    """True when Windows (without long paths turned on) could not open every file the app
    keeps for a database at `path`."""
    return not long_paths and longest_kept(path) >= WINDOWS_MAX_PATH


def check_location(path: Path) -> None:
    """Refuse a database file on a network share, or past Windows' path limit."""
    windows = os.name == "nt"
    where = network_share(path, drive_type=drive_type(path) if windows else None,
                          mounts="" if windows else mount_table())
    if where:
        raise NetworkLocation(tr(
            "{file} is on a network drive ({where}), so Framework Ready will not open it: "
            "on a shared drive the database's locking is not reliable, and two computers can "
            "damage the file between them. It has not been opened or changed. Copy it to a "
            "folder on this computer's own disk; or, for several people to share one "
            "database, use team mode (a shared database server).").format(
                file=path, where=where))
    if windows and too_long_for_windows(path, long_paths=long_paths_on()):
        raise PathTooLong(tr(
            "The folder that holds {file} has too long a path for Windows on this computer: "
            "it opens paths of up to {limit} characters, and the backups and evidence files "
            "Framework Ready keeps beside the database would need {length}. Nothing was "
            "changed. Choose a folder with a shorter path, or ask whoever looks after this "
            "computer to turn on long paths in Windows.").format(
                file=path, length=longest_kept(path), limit=WINDOWS_MAX_PATH - 1))


def location_warnings(path: Path) -> list[str]:
    """What the person should know about where their database is (a synced folder)."""
    service = sync_service(path)
    if not service:
        return []
    return [tr("Your database is in a folder that {service} copies ({folder}). A sync tool can "
               "copy the file while Framework Ready is saving to it, and bring back an older "
               "or damaged copy. Keep the database in a folder that is not synced (the app's "
               "own data folder is the usual place); to keep a copy in {service}, save an "
               "export there (Settings, \"Export everything to one file\").").format(
                   service=service, folder=path.parent)]


# -- asking the real system ---------------------------------------------------------------

def mount_table() -> str:
    """The mount table: /proc/self/mounts on Linux, `mount`'s list on macOS; "" elsewhere."""
    if sys.platform.startswith("linux"):
        try:
            return Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
    if sys.platform == "darwin":
        try:
            return subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5,
                                  check=False).stdout
        except (OSError, subprocess.SubprocessError):
            return ""
    return ""


def drive_type(path: Path) -> int | None:
    """Windows' GetDriveTypeW for the drive holding `path` (DRIVE_REMOTE for a mapped share)."""
    if sys.platform != "win32":
        return None
    import ctypes

    root = PureWindowsPath(path).anchor
    return int(ctypes.windll.kernel32.GetDriveTypeW(root)) if root else None


def long_paths_on() -> bool:
    """Whether this process may use paths over 260 characters (Windows 10 and later, with long
    paths turned on and an application that asks for them)."""
    if sys.platform != "win32":
        return True
    import ctypes

    try:
        return bool(ctypes.WinDLL("ntdll").RtlAreLongPathsEnabled())
    except (OSError, AttributeError):
        return False
