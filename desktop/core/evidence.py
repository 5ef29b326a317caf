"""The evidence library: policies, accounts and certificates, copied in and watched for expiry.

A file added is copied into the library folder under its SHA-256 (the original is only read), so a
moved or edited original does not break a pack, and the same document is never stored twice.
Warnings are plain sentences: expired, expiring within 30 or 60 days, review date passed, the
stored copy missing or changed. The records themselves: `core.evidence_records`.
"""

from __future__ import annotations

import hashlib
import os
import stat
import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from desktop.atomic import atomic_file
from desktop.i18n import long_date, tr

MAX_SIZE = 100 * 1024 * 1024  # 100 MB: far above any policy or set of accounts
TITLE_LIMIT = 300
NOTES_LIMIT = 200_000  # room for a long paste; far beyond any real note
SOON_DAYS = (30, 60)
CHUNK = 1024 * 1024


class EvidenceKind(StrEnum):
    POLICY = "policy"
    ACCOUNTS = "accounts"
    INSURANCE = "insurance"
    ACCREDITATION = "accreditation"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            EvidenceKind.POLICY: tr("Policy"),
            EvidenceKind.ACCOUNTS: tr("Accounts"),
            EvidenceKind.INSURANCE: tr("Insurance certificate"),
            EvidenceKind.ACCREDITATION: tr("Accreditation"),
            EvidenceKind.OTHER: tr("Other"),
        }[self]


@dataclass(frozen=True, slots=True)
class EvidenceDetails:
    """What a person types about a document."""

    title: str
    kind: EvidenceKind = EvidenceKind.OTHER
    issued_on: date | None = None
    valid_until: date | None = None
    review_by: date | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class EvidenceInfo:
    id: int
    sha256: str
    file_name: str
    size: int
    details: EvidenceDetails
    stored: Path  # the library's copy
    version: int | None = None  # as read; None: save without checking

    @property
    def title(self) -> str:
        return self.details.title


class EvidenceError(ValueError):
    """A file or its details cannot be added; the message says why in plain words."""


def stored_path(library: Path, sha256: str, file_name: str) -> Path:
    """Where the copy of a file lives: its SHA-256 plus the original extension (for viewers)."""
    return library / sha256[:2] / (sha256 + Path(file_name).suffix.lower()[:16])


def check_source(path: Path) -> str:
    """Why this file cannot be added, or "" when it can (it is only looked at, never changed)."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return tr("The file {name} could not be found.").format(name=path.name)
    except OSError:
        return tr("The file {name} could not be opened.").format(name=path.name)
    if stat.S_ISLNK(info.st_mode):
        return tr("{name} is a shortcut (link), not a file. Add the file it points to.").format(
            name=path.name)
    if stat.S_ISDIR(info.st_mode):
        return tr("{name} is a folder. Choose one file inside it.").format(name=path.name)
    if not stat.S_ISREG(info.st_mode):
        return tr("{name} is not an ordinary file.").format(name=path.name)
    if info.st_size == 0:
        return tr("{name} is empty (0 bytes). Choose the finished document.").format(
            name=path.name)
    if info.st_size > MAX_SIZE:
        return tr("{name} is {size} MB; the limit is {limit} MB. Save a smaller copy (for "
                  "example a PDF of the signed pages).").format(
                      name=path.name, size=info.st_size // (1024 * 1024),
                      limit=MAX_SIZE // (1024 * 1024))
    if not os.access(path, os.R_OK):
        return tr("{name} cannot be read: you may not have permission to open it.").format(
            name=path.name)
    return ""


def check_details(details: EvidenceDetails) -> str:
    if not details.title.strip():
        return tr("Give the document a title, e.g. \"Safeguarding policy 2026\".")
    if len(details.title) > TITLE_LIMIT:
        return tr("The title is too long: keep it under {limit} characters.").format(
            limit=TITLE_LIMIT)
    if len(details.notes) > NOTES_LIMIT:
        return tr("The notes are too long: keep them under {limit} characters.").format(
            limit=f"{NOTES_LIMIT:,}")
    if details.issued_on and details.valid_until and details.valid_until < details.issued_on:
        return tr("The valid-until date is before the issue date.")
    return ""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def copy_into_library(source: Path, library: Path) -> tuple[str, int, bool]:
    """Copy while hashing, atomically; an identical copy already stored is kept as it is.
    Returns the SHA-256, the size, and whether that identical copy was there already."""
    digest, size = hashlib.sha256(), 0
    staging = library / f".incoming-{uuid.uuid4().hex}"
    try:
        with source.open("rb") as reader, atomic_file(staging) as writer:
            while chunk := reader.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                writer.write(chunk)
    except OSError as error:
        raise EvidenceError(tr("{name} could not be copied into your evidence library: "
                               "{reason}").format(name=source.name,
                                                  reason=error.strerror or error)) from error
    target = stored_path(library, digest.hexdigest(), source.name)
    target.parent.mkdir(parents=True, exist_ok=True)
    was_there = target.exists() and file_sha256(target) == digest.hexdigest()
    if was_there:
        staging.unlink()
    else:
        staging.replace(target)
    return digest.hexdigest(), size, was_there


def warnings(info: EvidenceInfo, today: date, *, verify: bool = False) -> list[str]:
    """What needs attention for one document. `verify` re-reads the copy to check its SHA-256."""
    found = []
    until, review = info.details.valid_until, info.details.review_by
    if until is not None:
        days = (until - today).days
        if days < 0:
            found.append(tr("Expired on {day}.").format(day=long_date(until)))
        elif days <= max(SOON_DAYS):
            window = min(limit for limit in SOON_DAYS if days <= limit)
            found.append(tr("Expires within {days} days ({day}).").format(
                days=window, day=long_date(until)))
    if review is not None and review < today:
        found.append(tr("Review was due on {day}.").format(day=long_date(review)))
    found.extend(file_problems(info, verify=verify))
    return found


def file_problems(info: EvidenceInfo, *, verify: bool = False) -> list[str]:
    try:
        size = info.stored.stat().st_size
    except OSError:
        return [tr("The stored copy is missing from the evidence folder. Add the file again.")]
    if size != info.size or (verify and file_sha256(info.stored) != info.sha256):
        return [tr("The stored copy has been changed since it was added. Add the file again.")]
    return []


def status(info: EvidenceInfo, found: list[str]) -> str:
    """A document's standing in words, given its warnings: never "in date" when no date says
    so (accounts and many policies carry none)."""
    if found:
        return "⚠ " + " ".join(found)
    until = info.details.valid_until
    if until is None:
        return tr("No expiry date recorded")
    return tr("✓ In date until {day}").format(day=long_date(until))


def in_date(info: EvidenceInfo, today: date) -> bool:
    until = info.details.valid_until
    return (until is None or until >= today) and not file_problems(info)
