"""Saving and reading the submission log.

The files are first copied into the evidence store (atomically, under their SHA-256, as the
evidence library's documents are); then the entry and its file list are written in one
transaction. A copy already stored is kept; a failed copy saves nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.evidence import EvidenceError, copy_into_library, stored_path
from desktop.core.submission import (
    InvalidSubmission,
    SubmissionInfo,
    SubmittedFile,
    check_submission,
)
from desktop.store import models
from desktop.store.engine import Database


def _info(row: models.Submission) -> SubmissionInfo:
    return SubmissionInfo(row.id, row.portal, row.submitted_at, row.submitted_by,
                          row.confirmation, row.notes,
                          tuple(SubmittedFile(f.file_name, f.sha256, f.size) for f in row.files),
                          row.recorded_at)


def record_submission(database: Database, library: Path, opportunity_id: int,
                      info: SubmissionInfo, files: list[Path], now: datetime) -> SubmissionInfo:
    """Log a submission with copies of its exact files; InvalidSubmission says why not."""
    check_submission(info, files, now)
    try:
        library.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InvalidSubmission(str(error)) from error
    copied = []
    for path in files:
        try:
            sha256, size, _was_there = copy_into_library(path, library)
        except EvidenceError as error:
            raise InvalidSubmission(str(error)) from error
        copied.append(models.SubmissionFile(file_name=path.name, sha256=sha256, size=size))
    with database.transaction() as session:
        row = models.Submission(
            opportunity_id=opportunity_id, portal=info.portal.strip(),
            submitted_at=info.submitted_at, submitted_by=info.submitted_by.strip(),
            confirmation=info.confirmation.strip(), notes=info.notes, files=copied)
        session.add(row)
        session.flush()
        return _info(row)


def submissions(database: Database, opportunity_id: int) -> list[SubmissionInfo]:
    """Every submission logged for an opportunity, the latest first."""
    with database.sessions() as session:
        rows = session.scalars(select(models.Submission).where(
            models.Submission.opportunity_id == opportunity_id).order_by(
            models.Submission.submitted_at.desc(), models.Submission.id.desc()))
        return [_info(row) for row in rows]


def is_logged(session: Session, opportunity_id: int) -> bool:
    return bool(session.scalar(select(func.count()).select_from(models.Submission).where(
        models.Submission.opportunity_id == opportunity_id)))


def logged_among(session: Session, opportunity_ids: set[int]) -> set[int]:
    """Those of `opportunity_ids` with a submission logged."""
    return set(session.scalars(select(models.Submission.opportunity_id).where(
        models.Submission.opportunity_id.in_(opportunity_ids)).distinct()))


def stored_copy(library: Path, file: SubmittedFile) -> Path:
    return stored_path(library, file.sha256, file.file_name)
