"""The submission log: what went where when a bid was submitted, and the rules around it.

Plain Python (no database). A log entry records the portal, the moment (entered and shown in UK
time, kept in UTC), who pressed submit, the portal's confirmation reference and the exact files
sent (copied into the evidence store under their SHA-256). An opportunity is marked
"submitted" only once it has one; until then, in the last 48 hours before the deadline, its
deadline carries a "saved but not submitted" reminder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.evidence import check_source
from desktop.core.opportunities import UK, uk_time
from desktop.i18n import long_date, tr
from desktop.questionnaire.values import read_date

REMIND_BEFORE = timedelta(hours=48)
MOST_FILES = 100
NAME_LIMIT = 300
CLOCK = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


class InvalidSubmission(ValueError):
    """The log entry cannot be saved; the message says why in plain words (nothing saved)."""


@dataclass(frozen=True, slots=True)
class SubmittedFile:
    file_name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class SubmissionInfo:
    id: int | None
    portal: str
    submitted_at: datetime  # aware, UTC
    submitted_by: str
    confirmation: str
    notes: str = ""
    files: tuple[SubmittedFile, ...] = ()
    recorded_at: datetime | None = None

    @property
    def when(self) -> str:
        """The moment in UK time, as people write it: 3 December 2026, 11:58."""
        local = self.submitted_at.astimezone(UK)
        return f"{long_date(local.date())}, {local:%H:%M}"


def check_submission(info: SubmissionInfo, files: list[Path], now: datetime) -> None:
    """Raise InvalidSubmission with the first thing to put right."""
    for value, problem in (
            (info.portal, tr("Say which portal the bid was submitted on.")),
            (info.submitted_by, tr("Say who pressed submit.")),
            (info.confirmation, tr("Type the portal's confirmation reference (from its "
                                   "receipt or email)."))):
        if not value.strip():
            raise InvalidSubmission(problem)
        if len(value) > NAME_LIMIT:
            raise InvalidSubmission(tr("Each box takes at most {count} characters.").format(
                count=NAME_LIMIT))
    if info.submitted_at.tzinfo is None:
        raise InvalidSubmission(tr("Say the date and time of the submission."))
    if info.submitted_at > now + timedelta(minutes=5):
        raise InvalidSubmission(tr("The submission time is in the future: type when submit "
                                   "was pressed."))
    if not files:
        raise InvalidSubmission(tr("Add the exact files that were submitted, so there is a "
                                   "record of what the buyer received."))
    if len(files) > MOST_FILES:
        raise InvalidSubmission(tr("At most {count} files can be kept with one "
                                   "submission.").format(count=MOST_FILES))
    for path in files:
        if problem := check_source(path):
            raise InvalidSubmission(problem)


def read_moment(day_text: str, clock_text: str) -> tuple[datetime | None, str]:
    """A date and a time typed in UK time ("3/12/2026", "11:58") as an aware UTC moment, or
    the problem in words."""
    day, problem = read_date(day_text, tr("Date submitted"))
    if problem or day is None:
        return None, problem or tr("Type the date the bid was submitted, e.g. 31/03/2027.")
    clock = clock_text.strip().replace(".", ":")
    if not CLOCK.match(clock):
        return None, tr("Type the time on the 24-hour clock, e.g. 11:58.")
    return uk_time(day, clock), ""


def not_submitted_reminder(deadline: datetime, now: datetime, logged: bool) -> bool:
    """True in the 48 hours before a deadline while no submission is logged."""
    return not logged and now <= deadline <= now + REMIND_BEFORE


def reminder_label(label: str) -> str:
    return tr("{label} — ⚠ saved but not submitted? Log the submission once it is in").format(
        label=label)
