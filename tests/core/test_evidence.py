"""The evidence library: copied in by SHA-256, originals untouched, bad files refused, expiry."""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop.app.workspace import Workspace
from desktop.core import evidence, evidence_records
from desktop.core.conflicts import RecordConflict
from desktop.core.evidence import EvidenceDetails, EvidenceError, EvidenceKind, in_date, warnings
from desktop.core.evidence_records import (
    add_evidence,
    list_evidence,
    remove_evidence,
    update_evidence,
)
from desktop.core.organisation import OrganisationInfo

TODAY = date(2026, 11, 25)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "Safeguarding Policy.PDF"
    path.write_bytes(b"%PDF-1.4 safeguarding policy \xff\x00" * 100)
    return path


def test_a_file_is_copied_under_its_sha256_and_the_original_untouched(
        workspace: Workspace, organisation: OrganisationInfo, library: Path,
        policy: Path, hostile_texts: list[str]) -> None:
    before = (policy.read_bytes(), policy.stat().st_mtime_ns)
    details = EvidenceDetails(hostile_texts[1], EvidenceKind.POLICY, date(2026, 4, 1),
                              date(2027, 4, 1), date(2027, 3, 1), hostile_texts[-1])
    info = add_evidence(workspace.database, library, organisation.id, policy, details)
    digest = hashlib.sha256(policy.read_bytes()).hexdigest()
    assert info.sha256 == digest
    assert info.stored == library / digest[:2] / f"{digest}.pdf"
    assert info.stored.read_bytes() == policy.read_bytes()
    assert (policy.read_bytes(), policy.stat().st_mtime_ns) == before
    assert not [p for p in library.rglob("*") if p.name.startswith(".")]
    [listed] = list_evidence(workspace.database, library, organisation.id)
    assert listed.details == details
    assert listed.file_name == "Safeguarding Policy.PDF"
    assert warnings(listed, TODAY) == []


def test_adding_the_same_file_twice_is_refused_by_name(
        workspace: Workspace, organisation: OrganisationInfo, library: Path, policy: Path,
        tmp_path: Path) -> None:
    add_evidence(workspace.database, library, organisation.id, policy,
                 EvidenceDetails("Safeguarding policy"))
    copy = tmp_path / "renamed copy.pdf"
    copy.write_bytes(policy.read_bytes())
    with pytest.raises(EvidenceError, match='already in your evidence library as "Safeguarding'):
        add_evidence(workspace.database, library, organisation.id, copy,
                     EvidenceDetails("Another title"))
    assert len(list_evidence(workspace.database, library, organisation.id)) == 1


def test_a_document_added_on_a_colleagues_laptop_is_brought_here_by_adding_it(
        workspace: Workspace, organisation: OrganisationInfo, library: Path,
        policy: Path) -> None:
    """On a team database the record is shared but the copy stays on the laptop that added it:
    adding the same file here puts the copy in place and keeps the record as it is."""
    db = workspace.database
    theirs = add_evidence(db, library, organisation.id, policy,
                          EvidenceDetails("Safeguarding policy", EvidenceKind.POLICY))
    theirs.stored.unlink()  # this laptop never had it
    assert "missing" in warnings(theirs, TODAY)[0]
    here = add_evidence(db, library, organisation.id, policy, EvidenceDetails("policy"))
    assert here == theirs and here.stored.read_bytes() == policy.read_bytes()
    assert warnings(here, TODAY) == []


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    folder = tmp_path / "a folder"
    folder.mkdir()
    target = tmp_path / "real.pdf"
    target.write_bytes(b"real")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"secret")
    secret.chmod(0)
    return {"empty": (empty, "is empty"), "folder": (folder, "is a folder"),
            "link": (link, "shortcut"), "missing": (tmp_path / "gone.pdf", "could not be found"),
            "unreadable": (secret, "cannot be read")}


@pytest.mark.parametrize("case", ["empty", "folder", "link", "missing", "unreadable"])
def test_bad_files_are_refused_with_the_reason_and_nothing_stored(
        workspace: Workspace, organisation: OrganisationInfo, library: Path, tmp_path: Path,
        case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path, expected = bad_files(tmp_path)[case]
    if case == "unreadable":  # chmod 0 does not stop root, so make the permission check say no
        real_access = os.access
        monkeypatch.setattr(evidence.os, "access",
                            lambda p, mode: False if Path(p) == path else real_access(p, mode))
    with pytest.raises(EvidenceError, match=expected):
        add_evidence(workspace.database, library, organisation.id, path,
                     EvidenceDetails("A document"))
    assert list_evidence(workspace.database, library, organisation.id) == []
    assert not library.exists() or not any(library.rglob("*.*"))


def test_a_file_over_the_size_limit_is_refused(
        workspace: Workspace, organisation: OrganisationInfo, library: Path, policy: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(evidence, "MAX_SIZE", 100)
    with pytest.raises(EvidenceError, match="the limit is 0 MB"):
        add_evidence(workspace.database, library, organisation.id, policy,
                     EvidenceDetails("Big"))


@pytest.mark.parametrize(("details", "expected"), [
    (EvidenceDetails("   "), "Give the document a title"),
    (EvidenceDetails("x" * 301), "title is too long"),
    (EvidenceDetails("Policy", issued_on=date(2026, 5, 1), valid_until=date(2026, 4, 1)),
     "before the issue date"),
])
def test_bad_details_are_refused(workspace: Workspace, organisation: OrganisationInfo,
                                 library: Path, policy: Path, details: EvidenceDetails,
                                 expected: str) -> None:
    with pytest.raises(EvidenceError, match=expected):
        add_evidence(workspace.database, library, organisation.id, policy, details)


@pytest.mark.parametrize(("valid_until", "review_by", "expected"), [
    (date(2026, 11, 24), None, ["Expired on 24 November 2026."]),
    (date(2026, 12, 20), None, ["Expires within 30 days (20 December 2026)."]),
    (date(2027, 1, 20), None, ["Expires within 60 days (20 January 2027)."]),
    (date(2027, 6, 1), date(2026, 11, 1), ["Review was due on 1 November 2026."]),
    (date(2026, 11, 25), None, ["Expires within 30 days (25 November 2026)."]),
])
def test_expiry_and_review_warnings(workspace: Workspace, organisation: OrganisationInfo,
                                    library: Path, policy: Path, valid_until: date,
                                    review_by: date | None, expected: list[str]) -> None:
    info = add_evidence(workspace.database, library, organisation.id, policy,
                        EvidenceDetails("Policy", valid_until=valid_until, review_by=review_by))
    assert warnings(info, TODAY) == expected
    assert in_date(info, TODAY) is (valid_until >= TODAY)


def test_a_missing_or_changed_stored_copy_is_reported(
        workspace: Workspace, organisation: OrganisationInfo, library: Path,
        policy: Path) -> None:
    info = add_evidence(workspace.database, library, organisation.id, policy,
                        EvidenceDetails("Policy"))
    data = info.stored.read_bytes()
    info.stored.write_bytes(data[:-1] + b"X")
    assert warnings(info, TODAY) == []  # same size: only a full check notices
    assert "has been changed" in warnings(info, TODAY, verify=True)[0]
    info.stored.write_bytes(b"short")
    assert "has been changed" in warnings(info, TODAY)[0]
    info.stored.unlink()
    assert "missing" in warnings(info, TODAY)[0]
    assert not in_date(info, TODAY)


def test_details_can_be_changed_and_a_document_removed(
        workspace: Workspace, organisation: OrganisationInfo, library: Path,
        policy: Path) -> None:
    db = workspace.database
    info = add_evidence(db, library, organisation.id, policy, EvidenceDetails("Draft title"))
    saved = update_evidence(db, library, replace(
        info, details=EvidenceDetails("  Final title  ", EvidenceKind.INSURANCE)))
    [changed] = list_evidence(db, library, organisation.id)
    assert (changed.title, changed.details.kind) == ("Final title", EvidenceKind.INSURANCE)
    assert changed == saved and saved.version == 2
    with pytest.raises(RecordConflict) as conflict:  # from the copy shown before the change
        remove_evidence(db, library, info)
    assert conflict.value.theirs == saved
    remove_evidence(db, library, saved)
    assert list_evidence(db, library, organisation.id) == []
    assert not info.stored.exists()
    assert policy.exists()


def test_a_team_can_keep_its_evidence_in_one_shared_folder(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, policy: Path) -> None:
    """FRAMEWORK_READY_EVIDENCE_DIR: every laptop keeps and finds the documents in one folder
    (a network drive), so a colleague's document is there for everyone."""
    from desktop.app.workspace import open_workspace
    from desktop.core.organisation_records import create_organisation
    from desktop.paths import EVIDENCE_DIR_ENV, resolve_database

    shared = tmp_path / "office share" / "evidence"
    monkeypatch.setenv(EVIDENCE_DIR_ENV, str(shared))
    first = open_workspace(resolve_database(str(tmp_path / "laptop-1" / "team.sqlite3")))
    try:
        assert first.evidence_folder == shared
        organisation = create_organisation(first.database, "Tŷ Gwyn", "1123456")
        added = add_evidence(first.database, first.evidence_folder, organisation.id, policy,
                             EvidenceDetails("Safeguarding policy", EvidenceKind.POLICY))
        assert added.stored.is_relative_to(shared) and added.stored.read_bytes() == \
            policy.read_bytes()
        [seen] = evidence_records.list_evidence(first.database, first.evidence_folder,
                                                organisation.id)
        assert warnings(seen, TODAY) == []  # found where the team keeps it
    finally:
        first.close()
