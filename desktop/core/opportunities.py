"""Opportunities: competitions and grant rounds, their pipeline, milestones, checklist and tasks.

Plain objects and rules, no database: times are stored in UTC and entered and shown in UK time
(Europe/London), so a 12:00 deadline on a clock-change day stays 12:00 on the wall. The pipeline
moves one step at a time (or to "withdrawn"); "lost" needs a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from desktop.core.catalogue import Catalogue
from desktop.i18n import long_date, tr

UK = ZoneInfo("Europe/London")
TITLE_LIMIT = 300
TEXT_LIMIT = 200_000


class Status(StrEnum):
    IDENTIFIED = "identified"
    DECIDING = "deciding"
    WRITING = "writing"
    SUBMITTED = "submitted"
    WON = "won"
    LOST = "lost"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return {
            Status.IDENTIFIED: tr("Identified"),
            Status.DECIDING: tr("Bid / no-bid decision"),
            Status.WRITING: tr("Writing the bid"),
            Status.SUBMITTED: tr("Submitted"),
            Status.WON: tr("Won"),
            Status.LOST: tr("Lost"),
            Status.WITHDRAWN: tr("Withdrawn"),
        }[self]

    @property
    def final(self) -> bool:
        return self in (Status.WON, Status.LOST, Status.WITHDRAWN)


# Forward one step, back one step to correct a slip, or withdraw; a withdrawn one can reopen.
MOVES: dict[Status, tuple[Status, ...]] = {
    Status.IDENTIFIED: (Status.DECIDING, Status.WITHDRAWN),
    Status.DECIDING: (Status.WRITING, Status.IDENTIFIED, Status.WITHDRAWN),
    Status.WRITING: (Status.SUBMITTED, Status.DECIDING, Status.WITHDRAWN),
    Status.SUBMITTED: (Status.WON, Status.LOST, Status.WRITING, Status.WITHDRAWN),
    Status.WON: (),
    Status.LOST: (),
    Status.WITHDRAWN: (Status.IDENTIFIED,),
}


class InvalidOpportunity(ValueError):
    """What was asked cannot be saved; the message says why in plain words."""


def check_move(current: Status, target: Status, *, decision: str, reason: str,
               logged: bool = True) -> str:
    """Why the opportunity cannot move from `current` to `target`, or "" when it can.
    `logged`: a submission is in its log (marking it submitted needs one)."""
    if target not in MOVES[current]:
        return tr("An opportunity cannot go from \"{current}\" to \"{target}\".").format(
            current=current.label, target=target.label)
    if target is Status.WRITING and current is Status.DECIDING and decision != "bid":
        return tr("Record the decision to bid before you start writing.")
    if target is Status.SUBMITTED and not logged:
        return tr("Log the submission first (on the Bid writing page: portal, time, who "
                  "pressed submit, the confirmation reference and the files sent). An "
                  "opportunity is marked submitted only with that record.")
    if target is Status.LOST and not reason.strip():
        return tr("Say why it was lost: the feedback helps the next bid.")
    return ""


class Kind(StrEnum):
    CONTRACT = "contract"
    GRANT = "grant"

    @property
    def label(self) -> str:
        return tr("Contract") if self is Kind.CONTRACT else tr("Grant")


@dataclass(frozen=True, slots=True)
class MilestoneInfo:
    code: str
    label: str
    due: datetime  # aware, UTC
    all_day: bool = False

    @property
    def local(self) -> datetime:
        return self.due.astimezone(UK)

    def describe(self) -> str:
        local = self.local
        if self.all_day:
            return long_date(local.date())
        return f"{long_date(local.date())}, {local:%H:%M}"


@dataclass(frozen=True, slots=True)
class TaskInfo:
    id: int | None
    title: str
    owner: str = ""
    due: date | None = None
    done: bool = False
    version: int | None = None  # as read; None: save without checking

    def overdue(self, today: date) -> bool:
        """Not done, and its day has passed."""
        return not self.done and self.due is not None and self.due < today


def task_line(task: TaskInfo, today: date) -> str:
    """A task as lists show it: what, who, when, and "⚠ Overdue" (in words) when it is."""
    flag = tr("⚠ Overdue") if task.overdue(today) else ""
    parts = [flag, task.title, task.owner, long_date(task.due) if task.due else ""]
    return " — ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class OpportunityInfo:
    id: int | None
    title: str
    buyer_reference: str = ""
    commissioner: str = "national"  # or a region code: that Regional Probation Director
    kind: Kind = Kind.CONTRACT
    value: int | None = None  # pence
    length_months: int | None = None
    status: Status = Status.IDENTIFIED
    outcome_reason: str = ""
    decision: str = ""  # "bid" / "no-bid" / ""
    decided_by: str = ""
    decided_at: datetime | None = None
    decision_why: str = ""
    checklist: dict[str, bool] = field(default_factory=dict)
    notes: str = ""
    lot_codes: tuple[str, ...] = ()
    milestones: tuple[MilestoneInfo, ...] = ()
    tasks: tuple[TaskInfo, ...] = ()
    version: int | None = None  # as read; None: save without checking (its lots and
    # milestones are part of it: any change to them is a new version of the opportunity)
    regime: str = "pcr-2015"  # a regime of forms/regimes (core.timetables)
    procedure: str = ""  # one of that regime's procedures, "" when not known yet
    framework_code: str = ""  # the framework it is listed under; "" until it has one

    def milestone(self, code: str) -> MilestoneInfo | None:
        return next((m for m in self.milestones if m.code == code), None)

    @property
    def deadline(self) -> MilestoneInfo | None:
        return self.milestone("submission")


def uk_time(day: date, clock: str = "") -> datetime:
    """A UK wall-clock moment as an aware UTC datetime ("" = the whole day, from midnight).

    The wall time is kept across clock changes: 12:00 on the last Sunday of March is 11:00 UTC.
    """
    hours, _, minutes = (clock or "00:00").partition(":")
    local = datetime.combine(day, time(int(hours), int(minutes)), tzinfo=UK)
    return local.astimezone(UTC)


def default_milestones(catalogue: Catalogue, published: date) -> tuple[MilestoneInfo, ...]:
    """The pack's usual timetable from a publication date (to be changed to the buyer's)."""
    return tuple(MilestoneInfo(m.code, m.label,
                               uk_time(published + timedelta(days=m.days_after_publication),
                                       m.time), all_day=not m.time)
                 for m in catalogue.milestones)


def check_opportunity(opportunity: OpportunityInfo) -> list[str]:
    """Every reason the opportunity cannot be saved as it is (empty when it can)."""
    problems = []
    if not opportunity.title.strip():
        problems.append(tr("Give the opportunity a title, e.g. \"Accommodation Services for "
                           "Wales\"."))
    if len(opportunity.title) > TITLE_LIMIT or len(opportunity.buyer_reference) > TITLE_LIMIT:
        problems.append(tr("The title or reference is too long: keep it under {limit} "
                           "characters.").format(limit=TITLE_LIMIT))
    if any(len(text) > TEXT_LIMIT for text in (opportunity.notes, opportunity.decision_why,
                                               opportunity.outcome_reason)):
        problems.append(tr("A note is too long: keep it under {limit} characters.").format(
            limit=f"{TEXT_LIMIT:,}"))
    if opportunity.value is not None and opportunity.value < 0:
        problems.append(tr("The value cannot be below zero."))
    if opportunity.length_months is not None and not 0 < opportunity.length_months <= 240:
        problems.append(tr("The length is in months, between 1 and 240."))
    problems.extend(milestone_problems(opportunity.milestones))
    return problems


ORDER_RULES = (  # (earlier, later, message)
    ("published", "submission", "The submission deadline is before the opportunity was "
                                "published."),
    ("clarification", "submission", "Clarification questions close after the submission "
                                    "deadline."),
    ("submission", "award", "The award decision is before the submission deadline."),
    ("award", "standstill", "The standstill period ends before the award decision."),
    ("award", "start", "The service starts before the award decision."),
    ("submission", "award-notice", "The contract award notice is before the tender deadline."),
    ("award-notice", "standstill", "The standstill period ends before the contract award "
                                   "notice."),
    ("award-notice", "start", "The service starts before the contract award notice."),
    ("standstill", "start", "The service starts before the standstill period ends."),
)


def milestone_problems(milestones: tuple[MilestoneInfo, ...]) -> list[str]:
    dates = {m.code: m.due for m in milestones}
    return [tr(message) for earlier, later, message in ORDER_RULES
            if earlier in dates and later in dates and dates[later] < dates[earlier]]


def task_warnings(opportunity: OpportunityInfo) -> list[str]:
    """Tasks due after the deadline they serve: allowed (plans change), but flagged."""
    deadline = opportunity.deadline
    if deadline is None:
        return []
    last_day = deadline.local.date()
    return [tr("\"{task}\" is due on {due}, after the submission deadline ({deadline}).").format(
                task=task.title, due=long_date(task.due), deadline=deadline.describe())
            for task in opportunity.tasks
            if task.due is not None and not task.done and task.due > last_day]


def check_task(task: TaskInfo) -> str:
    if not task.title.strip():
        return tr("Say what the task is.")
    if len(task.title) > TITLE_LIMIT or len(task.owner) > TITLE_LIMIT:
        return tr("Keep the task and its owner under {limit} characters.").format(
            limit=TITLE_LIMIT)
    return ""


def commissioner_label(code: str, catalogue: Catalogue) -> str:
    if code == "national":
        return tr("HMPPS (national)")
    region = next((r.name for r in catalogue.regions if r.code == code), code)
    return tr("Regional Probation Director, {region}").format(region=region)


def days_left(due: datetime, now: datetime) -> int:
    """Whole days from today to the day it is due (UK dates): 0 today, -1 yesterday."""
    return (due.astimezone(UK).date() - now.astimezone(UK).date()).days
