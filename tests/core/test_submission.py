"""The submission log: every part asked for, the exact files copied into the evidence store
under their SHA-256 (all or nothing), "submitted" refused without an entry, and the "saved but
not submitted" reminder on the deadline in its last 48 hours until one is logged."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.app.workspace import Workspace
from desktop.core.opportunities import (
    InvalidOpportunity,
    MilestoneInfo,
    OpportunityInfo,
    Status,
)
from desktop.core.opportunity_records import (
    load_opportunity,
    move,
    save_opportunity,
    upcoming_milestones,
)
from desktop.core.organisation import OrganisationInfo
from desktop.core.submission import InvalidSubmission, SubmissionInfo, read_moment
from desktop.core.submission_records import record_submission, stored_copy, submissions
from desktop.store.engine import Database

NOW = datetime(2026, 12, 3, 12, tzinfo=UTC)
HOSTILE = "Tŷ <b>&</b> “smart” 🙂 ŵ ŷ"


def opportunity(workspace: Workspace, organisation: OrganisationInfo, due: datetime) -> int:
    saved = save_opportunity(workspace.database, organisation.id, OpportunityInfo(
        None, "Otters " + HOSTILE, "OTT-1", status=Status.WRITING, decision="bid",
        milestones=(MilestoneInfo("submission", "Submission deadline", due),)))
    assert saved.id is not None
    return saved.id


def entry(**changes: object) -> SubmissionInfo:
    values: dict[str, object] = {"id": None, "portal": "Jaggaer " + HOSTILE,
                                 "submitted_at": NOW - timedelta(minutes=3),
                                 "submitted_by": "Siân", "confirmation": "ITT-42"}
    values.update(changes)
    return SubmissionInfo(**values)  # type: ignore[arg-type]


def test_a_submission_is_logged_with_its_exact_files(workspace: Workspace,
                                                     organisation: OrganisationInfo,
                                                     tmp_path: Path) -> None:
    bid = opportunity(workspace, organisation, NOW + timedelta(hours=30))
    [coming] = upcoming_milestones(workspace.database, organisation.id, NOW)
    assert coming.milestone.label == ("Submission deadline — ⚠ saved but not submitted? Log the "
                                      "submission once it is in")
    with pytest.raises(InvalidOpportunity, match="Log the submission first"):
        move(workspace.database, bid, Status.SUBMITTED)
    response = tmp_path / "Ymateb Tŷ & “smart” 🙂 ŵ <1>.pdf"
    response.write_bytes(b"%PDF-1.4 the response")
    prices = tmp_path / "prices.xlsx"
    prices.write_bytes(b"PK prices")
    saved = record_submission(workspace.database, workspace.evidence_folder, bid, entry(),
                              [response, prices], NOW)
    [logged] = submissions(workspace.database, bid)
    assert logged == saved and logged.portal == "Jaggaer " + HOSTILE
    assert logged.when == "3 December 2026, 11:57"  # UK time (GMT in December)
    assert [f.file_name for f in logged.files] == [response.name, "prices.xlsx"]
    for file, source in zip(logged.files, (response, prices), strict=True):
        assert file.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
        assert stored_copy(workspace.evidence_folder, file).read_bytes() == source.read_bytes()
    assert not list(workspace.evidence_folder.glob(".incoming-*"))  # no half-copied file
    [coming] = upcoming_milestones(workspace.database, organisation.id, NOW)
    assert coming.milestone.label == "Submission deadline"  # logged: no reminder
    assert move(workspace.database, bid, Status.SUBMITTED).status is Status.SUBMITTED


def test_the_reminder_waits_for_the_last_48_hours(workspace: Workspace,
                                                  organisation: OrganisationInfo) -> None:
    opportunity(workspace, organisation, NOW + timedelta(hours=49))
    [coming] = upcoming_milestones(workspace.database, organisation.id, NOW)
    assert coming.milestone.label == "Submission deadline"


def test_a_bad_entry_is_refused_and_nothing_saved(workspace: Workspace,
                                                  organisation: OrganisationInfo,
                                                  tmp_path: Path) -> None:
    bid = opportunity(workspace, organisation, NOW + timedelta(hours=30))
    sent = tmp_path / "sent.pdf"
    sent.write_bytes(b"%PDF")
    for bad, files, words in (
            (entry(portal=" "), [sent], "which portal"),
            (entry(submitted_by=""), [sent], "who pressed submit"),
            (entry(confirmation=""), [sent], "confirmation reference"),
            (entry(confirmation="x" * 301), [sent], "at most 300"),
            (entry(submitted_at=NOW + timedelta(hours=1)), [sent], "in the future"),
            (entry(), [], "exact files"),
            (entry(), [tmp_path / "gone.pdf"], "gone.pdf could not be found")):
        with pytest.raises(InvalidSubmission, match=words):
            record_submission(workspace.database, workspace.evidence_folder, bid, bad, files,
                              NOW)
    with workspace.database.sessions() as session:
        assert session.execute(text("SELECT count(*) FROM submission")).scalar() == 0
    assert load_opportunity(workspace.database, bid).status is Status.WRITING


def test_the_moment_is_read_in_uk_time() -> None:
    assert read_moment("1/7/2027", "11:58") == (datetime(2027, 7, 1, 10, 58, tzinfo=UTC), "")
    assert read_moment("31/02/2027", "11:58")[1].startswith("Date submitted")
    assert read_moment("", "11:58")[1].startswith("Type the date")
    assert read_moment("1/7/2027", "25:00")[1] == "Type the time on the 24-hour clock, e.g. 11:58."
    assert read_moment("1/7/2027", "9.05")[0] == datetime(2027, 7, 1, 8, 5, tzinfo=UTC)


def log_submission(database: Database, library: Path, opportunity_id: int) -> None:
    """A submission logged (so the opportunity may be marked submitted): for other tests."""
    sent = library.parent / "sent-for-test.pdf"
    sent.parent.mkdir(parents=True, exist_ok=True)
    sent.write_bytes(b"%PDF-1.4 sent")
    now = datetime.now(UTC)
    record_submission(database, library, opportunity_id, entry(submitted_at=now), [sent], now)
