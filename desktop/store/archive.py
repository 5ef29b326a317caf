"""Everything in one file: a .zip with a snapshot of the database, the evidence files and a
manifest (app and schema version, SHA-256 and size of every member).

Import checks the whole archive before writing a single byte: names that climb out of the
folder (`../`, absolute paths, drive letters), links, duplicate names, sizes or compression that
would fill the disk, checksums, an unknown or newer schema, a file that is not our export. A good
archive then replaces the database all at once (the current file is kept aside, as a restore
does) and adds its evidence files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from desktop import __version__
from desktop.atomic import atomic_file
from desktop.i18n import plural, tr
from desktop.paths import ensure_database_folder, make_private_file
from desktop.store.backup import check
from desktop.store.faults import explain
from desktop.store.replace import STAGING, lock_for_replacing, replace_database, standalone_copy
from desktop.store.schema import SCHEMA_HEAD

KIND = "framework-ready-archive"
MANIFEST = "manifest.json"
DATABASE = "framework-ready.sqlite3"
MAX_TOTAL = 4 * 1024**3  # 4 GB unpacked: far beyond a charity's database and documents
MAX_RATIO = 200  # unpacked ÷ packed, per member: more is a zip bomb, not a document
CHUNK = 1024 * 1024
UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError)  # a damaged or truncated member
EVIDENCE_NAME = re.compile(r"^evidence/[0-9a-f]{2}/[0-9a-f]{64}(\.[A-Za-z0-9]{1,15})?$")


class ArchiveError(ValueError):
    """The archive is refused; the message says why. Nothing was written."""


@dataclass(frozen=True, slots=True)
class ArchiveSummary:
    app_version: str
    schema: str
    made_at: str
    evidence_files: int
    total_size: int


def evidence_files(count: int) -> str:
    return plural(count, tr("1 evidence file"), tr("{count} evidence files"))


def exported(summary: ArchiveSummary, file: str) -> str:
    """What the window and the command line say once an export is written."""
    return tr("Exported the database and {files} to {file}.").format(
        files=evidence_files(summary.evidence_files), file=file)


def export_archive(database_file: Path, evidence_folder: Path, target: Path,
                   now: datetime | None = None) -> ArchiveSummary:
    """Write the archive to `target` atomically."""
    members: dict[str, dict[str, int | str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        snapshot = Path(folder) / DATABASE
        standalone_copy(database_file, snapshot)
        files = [(DATABASE, snapshot)] + [
            (f"evidence/{path.parent.name}/{path.name}", path)
            for path in sorted(evidence_folder.glob("*/*")) if path.is_file()
            and EVIDENCE_NAME.match(f"evidence/{path.parent.name}/{path.name}")]
        with atomic_file(target) as stream, zipfile.ZipFile(
                stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, path in files:
                archive.write(path, name)
                members[name] = {"sha256": _sha256(path), "size": path.stat().st_size}
            manifest = {"kind": KIND, "app_version": __version__, "schema": SCHEMA_HEAD,
                        "made_at": (now or datetime.now(UTC)).isoformat(), "members": members}
            archive.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
    return ArchiveSummary(__version__, SCHEMA_HEAD, str(manifest["made_at"]), len(files) - 1,
                          sum(int(m["size"]) for m in members.values()))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_archive(path: Path) -> ArchiveSummary:
    """Everything that must hold before anything is written; ArchiveError says what does not."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise ArchiveError(tr("{file} is not a Framework Ready export (it is not a zip "
                              "file).").format(file=path.name)) from error
    try:
        with archive:
            return _check_open_archive(archive)
    except UNREADABLE as error:
        raise ArchiveError(tr("{file} is damaged: part of it cannot be read ({reason}). Make "
                              "the export again from the other computer.").format(
                                  file=path.name, reason=error)) from error


def _check_open_archive(archive: zipfile.ZipFile) -> ArchiveSummary:
    path = Path(str(archive.filename))
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise ArchiveError(tr("The archive holds two files with the same name."))
    for info in infos:
        _check_member(info)
    if MANIFEST not in names:
        raise ArchiveError(tr("{file} is not a Framework Ready export (it has no "
                              "manifest).").format(file=path.name))
    manifest = _manifest(archive)
    listed = manifest["members"]
    if set(listed) != set(names) - {MANIFEST}:
        raise ArchiveError(tr("The archive's contents do not match its manifest: files "
                              "were added or removed."))
    if DATABASE not in listed:
        raise ArchiveError(tr("The archive has no database in it."))
    for info in infos:
        if info.filename != MANIFEST:
            _check_checksum(archive, info, listed[info.filename])
    return ArchiveSummary(str(manifest.get("app_version", "")), manifest["schema"],
                          str(manifest.get("made_at", "")), len(listed) - 1,
                          sum(info.file_size for info in infos))


def _check_member(info: zipfile.ZipInfo) -> None:
    name = info.filename
    parts = PurePosixPath(name).parts
    if (name.startswith(("/", "\\")) or "\\" in name or ".." in parts
            or re.match(r"^[A-Za-z]:", name) or not name or name.endswith("/")):
        raise ArchiveError(tr("The archive holds a file named \"{name}\" that would be saved "
                              "outside the app's folder. It was refused.").format(name=name))
    if stat.S_ISLNK(info.external_attr >> 16):
        raise ArchiveError(tr("The archive holds a link (\"{name}\"); links are refused.")
                           .format(name=name))
    if name not in (MANIFEST, DATABASE) and not EVIDENCE_NAME.match(name):
        raise ArchiveError(tr("The archive holds a file this app did not put there: "
                              "\"{name}\".").format(name=name))
    if info.file_size > MAX_TOTAL or (info.compress_size and
                                      info.file_size / info.compress_size > MAX_RATIO):
        raise ArchiveError(tr("\"{name}\" would unpack to far more than it takes in the archive "
                              "(a zip bomb). It was refused.").format(name=name))


def _manifest(archive: zipfile.ZipFile) -> dict:
    try:
        with archive.open(MANIFEST) as stream:
            manifest = json.loads(stream.read(CHUNK).decode("utf-8"))
    except (ValueError, KeyError, UnicodeDecodeError) as error:
        raise ArchiveError(tr("The archive's manifest cannot be read.")) from error
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND or not isinstance(
            manifest.get("members"), dict):
        raise ArchiveError(tr("This is not a Framework Ready export."))
    schema = str(manifest.get("schema", ""))
    if not schema.isdigit():
        raise ArchiveError(tr("The archive does not say which version made it."))
    if int(schema) > int(SCHEMA_HEAD):
        raise ArchiveError(tr("The archive was made by a newer version of Framework Ready "
                              "(version {version}). Install the newest version to import it.")
                           .format(version=manifest.get("app_version", "?")))
    total = sum(int(m.get("size", 0)) for m in manifest["members"].values())
    if total > MAX_TOTAL:
        raise ArchiveError(tr("The archive would unpack to more than 4 GB."))
    return manifest


def _check_checksum(archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                    listed: dict) -> None:
    digest, size = hashlib.sha256(), 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > int(listed.get("size", 0)):
                break
            digest.update(chunk)
    if size != int(listed.get("size", -1)) or digest.hexdigest() != listed.get("sha256"):
        raise ArchiveError(tr("\"{name}\" is not what the manifest says it should be (its "
                              "checksum differs): the archive is damaged or was changed.")
                           .format(name=info.filename))


def import_archive(path: Path, database_file: Path, evidence_folder: Path) -> Path | None:
    """Check everything, then replace the database (kept aside) and add the evidence files.

    The database must not be open in another process: its lock is held throughout, so the
    staging folder is never mistaken for a killed run's leftovers. Return where the replaced
    database went. On any failure the current database is unchanged.
    """
    check_archive(path)
    lock = lock_for_replacing(database_file)
    try:
        folder = ensure_database_folder(database_file)
        with tempfile.TemporaryDirectory(dir=folder, prefix=STAGING) as staging_name:
            staging = Path(staging_name)
            _unpack(path, staging)
            problems = check(staging / DATABASE)
            if problems:
                raise ArchiveError(tr("The database in the archive is damaged: {problem}")
                                   .format(problem=problems[0]))
            for copy in sorted((staging / "evidence").glob("*/*")):
                target = evidence_folder / copy.parent.name / copy.name
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    copy.replace(target)
                    make_private_file(target)
            return replace_database(database_file,
                                    lambda part: (staging / DATABASE).replace(part))
    except UNREADABLE as error:
        raise ArchiveError(tr("{file} is damaged: part of it cannot be read ({reason}). Make "
                              "the export again from the other computer.").format(
                                  file=path.name, reason=error)) from error
    except OSError as error:
        raise explain(error, database_file) from error
    finally:
        lock.release()


def _unpack(path: Path, staging: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.filename == MANIFEST:
                continue
            target = staging.joinpath(*PurePosixPath(info.filename).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out, CHUNK)
                out.flush()
                os.fsync(out.fileno())
