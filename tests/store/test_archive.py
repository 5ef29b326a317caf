"""Export everything to one zip and import it back; every kind of bad archive is refused with
its reason and nothing written."""

from __future__ import annotations

import hashlib
import json
import stat
import zipfile
from pathlib import Path

import pytest

from desktop.app.workspace import Workspace, open_workspace
from desktop.core.answer_records import load_answers, save_answer
from desktop.core.evidence import EvidenceDetails
from desktop.core.evidence_records import add_evidence
from desktop.core.organisation import OrganisationInfo
from desktop.paths import DatabaseLocation
from desktop.store.archive import ArchiveError, check_archive, export_archive, import_archive


@pytest.fixture
def exported(workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> Path:
    save_answer(workspace.database, organisation.id, "organisation-profile", "website",
                "Tŷ <b>&</b>")
    document = tmp_path / "policy.pdf"
    document.write_bytes(b"%PDF policy")
    add_evidence(workspace.database, workspace.evidence_folder, organisation.id, document,
                 EvidenceDetails("Policy"))
    assert workspace.database.location.file is not None
    target = tmp_path / "everything.zip"
    summary = export_archive(workspace.database.location.file, workspace.evidence_folder,
                             target)
    assert summary.evidence_files == 1
    return target


def state(folder: Path) -> dict[str, str]:
    """Every file under the data folder and its fingerprint."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_round_trip_into_a_fresh_data_folder(exported: Path, workspace: Workspace,
                                             organisation: OrganisationInfo,
                                             tmp_path: Path) -> None:
    assert check_archive(exported).schema.isdigit()
    workspace.close()
    target = tmp_path / "elsewhere" / "charity.sqlite3"
    evidence = tmp_path / "elsewhere" / "evidence"
    assert import_archive(exported, target, evidence) is None  # nothing there to set aside
    reopened = open_workspace(DatabaseLocation(url=f"sqlite:///{target}", file=target))
    try:
        assert load_answers(reopened.database, organisation.id,
                            "organisation-profile")["website"] == "Tŷ <b>&</b>"
    finally:
        reopened.close()
    [stored] = list(evidence.glob("*/*"))
    assert stored.read_bytes() == b"%PDF policy"


def rewrite(source: Path, target: Path, change: str) -> None:
    """Copy an export, doing one hostile thing to it."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        manifest = json.loads(old.read("manifest.json"))
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "manifest.json":
                continue
            if change == "tamper" and info.filename.startswith("evidence/"):
                data = data + b" changed"
            new.writestr(info, data)
        if change in ("../evil.txt", "/etc/evil", "C:evil.txt", "evidence\\..\\evil"):
            new.writestr(change, b"x")
            manifest["members"][change] = {"sha256": hashlib.sha256(b"x").hexdigest(),
                                           "size": 1}
        if change == "link":
            link = zipfile.ZipInfo("evidence/aa/" + "a" * 64)
            link.external_attr = (stat.S_IFLNK | 0o777) << 16
            new.writestr(link, "/etc/passwd")
        if change == "bomb":
            new.writestr(zipfile.ZipInfo("evidence/bb/" + "b" * 64 + ".pdf"),
                         b"\0" * 30_000_000, compress_type=zipfile.ZIP_DEFLATED)
        if change == "duplicate":
            new.writestr("framework-ready.sqlite3", b"second copy")
        if change == "newer":
            manifest["schema"] = "9999"
        if change == "extra":
            manifest["members"]["evidence/cc/" + "c" * 64] = {"sha256": "0", "size": 1}
        new.writestr("manifest.json", json.dumps(manifest))


@pytest.mark.parametrize(("change", "reason"), [
    ("../evil.txt", "outside the app's folder"),
    ("/etc/evil", "outside the app's folder"),
    ("C:evil.txt", "outside the app's folder"),
    ("evidence\\..\\evil", "outside the app's folder"),
    ("link", "links are refused"),
    ("bomb", "zip bomb"),
    ("duplicate", "two files with the same name"),
    ("tamper", "checksum differs"),
    ("newer", "newer version of Framework Ready"),
    ("extra", "do not match its manifest"),
])
def test_hostile_archives_are_refused_and_nothing_written(
        exported: Path, workspace: Workspace, tmp_path: Path, change: str, reason: str,
        private_data_dir: Path) -> None:
    hostile = tmp_path / "hostile.zip"
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        rewrite(exported, hostile, change)
    workspace.close()
    before = state(private_data_dir)
    assert workspace.database.location.file is not None
    with pytest.raises(ArchiveError, match=reason):
        import_archive(hostile, workspace.database.location.file, workspace.evidence_folder)
    assert state(private_data_dir) == before


@pytest.mark.parametrize("content", [b"not a zip at all", b"PK\x03\x04 broken"])
def test_a_file_that_is_not_our_export(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "other.zip"
    path.write_bytes(content)
    with pytest.raises(ArchiveError, match="not a Framework Ready export"):
        check_archive(path)
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"kind": "something else"}))
    with pytest.raises(ArchiveError, match="not a Framework Ready export"):
        check_archive(other)
