"""The evidence library's records: documents added, changed, removed and listed (the file checks
and the expiry warnings: `core.evidence`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from desktop.core.conflict_records import checked_transaction, locked_at
from desktop.core.evidence import (
    EvidenceDetails,
    EvidenceError,
    EvidenceInfo,
    EvidenceKind,
    check_details,
    check_source,
    copy_into_library,
    stored_path,
)
from desktop.i18n import tr
from desktop.store import models
from desktop.store.engine import Database


def add_evidence(database: Database, library: Path, organisation_id: int, source: Path,
                 details: EvidenceDetails) -> EvidenceInfo:
    """Copy `source` into the library and record it; raise EvidenceError with the reason if not."""
    problem = check_source(source) or check_details(details)
    if problem:
        raise EvidenceError(problem)
    details = replace(details, title=details.title.strip())
    sha256, size, was_there = copy_into_library(source, library)
    with database.transaction() as session:
        existing = session.scalar(select(models.Evidence).where(
            models.Evidence.organisation_id == organisation_id, models.Evidence.sha256 == sha256))
        if existing is not None and not was_there:
            # Recorded, but its copy was not in this library (added on a colleague's laptop, on
            # the team database): the copy is here now, and the record stands as it was.
            return _info(existing, library)
        if existing is not None:
            raise EvidenceError(tr("This file is already in your evidence library as "
                                   "\"{title}\".").format(title=existing.title))
        row = models.Evidence(organisation_id=organisation_id, sha256=sha256,
                              file_name=source.name, size=size)
        _apply(row, details)
        session.add(row)
        session.flush()
        return _info(row, library)


def update_evidence(database: Database, library: Path, info: EvidenceInfo) -> EvidenceInfo:
    """Save a document's details as `info` has them; return it as saved. RecordConflict if
    someone else saved (or removed) it since `info.version` was read: nothing is written."""
    problem = check_details(info.details)
    if problem:
        raise EvidenceError(problem)
    with checked_transaction(database, lambda: _read(database, library, info.id)) as session:
        row = locked_at(session, models.Evidence, info.id, info.version,
                        lambda found: _info(found, library))
        _apply(row, replace(info.details, title=info.details.title.strip()))
        session.flush()
        return _info(row, library)


def _read(database: Database, library: Path, evidence_id: int) -> EvidenceInfo | None:
    with database.sessions() as session:
        row = session.get(models.Evidence, evidence_id)
        return _info(row, library) if row else None


def remove_evidence(database: Database, library: Path, info: EvidenceInfo) -> None:
    """Forget a document; its stored copy goes too unless another record still uses it.
    RecordConflict if someone else changed it since it was shown (it stays)."""
    with checked_transaction(database, lambda: _read(database, library, info.id)) as session:
        row = locked_at(session, models.Evidence, info.id, info.version,
                        lambda found: _info(found, library))
        sha256, file_name = row.sha256, row.file_name
        session.delete(row)
        session.flush()
        still_used = session.scalar(select(models.Evidence.id).where(
            models.Evidence.sha256 == sha256).limit(1))
    if still_used is None:
        stored_path(library, sha256, file_name).unlink(missing_ok=True)


def list_evidence(database: Database, library: Path, organisation_id: int) -> list[EvidenceInfo]:
    with database.sessions() as session:
        rows = session.scalars(select(models.Evidence).where(
            models.Evidence.organisation_id == organisation_id).order_by(
                models.Evidence.title, models.Evidence.id))
        return [_info(row, library) for row in rows]


def _apply(row: models.Evidence, details: EvidenceDetails) -> None:
    row.title, row.kind, row.notes = details.title, details.kind.value, details.notes
    row.issued_on, row.valid_until, row.review_by = (details.issued_on, details.valid_until,
                                                     details.review_by)


def _info(row: models.Evidence, library: Path) -> EvidenceInfo:
    details = EvidenceDetails(row.title, EvidenceKind(row.kind), row.issued_on, row.valid_until,
                              row.review_by, row.notes)
    return EvidenceInfo(row.id, row.sha256, row.file_name, row.size, details,
                        stored_path(library, row.sha256, row.file_name), row.version_id)
