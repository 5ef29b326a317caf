"""Saving and reading opportunities, their milestones and tasks (one transaction per change)."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, select, true, update
from sqlalchemy.orm import Session

from desktop.core.conflict_records import checked_transaction, locked_at
from desktop.core.opportunities import (
    InvalidOpportunity,
    Kind,
    MilestoneInfo,
    OpportunityInfo,
    Status,
    TaskInfo,
    check_move,
    check_opportunity,
    check_task,
)
from desktop.core.submission import not_submitted_reminder, reminder_label
from desktop.core.submission_records import is_logged, logged_among
from desktop.core.timetables import timetable_names, worked_out
from desktop.i18n import WELSH, language, tr
from desktop.store import models
from desktop.store.engine import Database
from desktop.store.types import utc_now


@dataclass(frozen=True, slots=True)
class OpportunitySummary:
    """One row of the opportunity list: read in a single query, even for thousands."""

    id: int
    title: str
    buyer_reference: str
    status: Status
    value: int | None
    deadline: datetime | None  # the submission deadline, UTC
    open_tasks: int
    overdue_tasks: int = 0  # open tasks whose due date has passed


@dataclass(frozen=True, slots=True)
class UpcomingMilestone:
    opportunity_id: int
    opportunity_title: str
    milestone: MilestoneInfo


@dataclass(frozen=True, slots=True)
class OverdueTask:
    opportunity_id: int
    opportunity_title: str
    task: TaskInfo


def save_opportunity(database: Database, organisation_id: int, info: OpportunityInfo,
                     framework_code: str = "") -> OpportunityInfo:
    """Create or update the opportunity, its lots and milestones; return it as saved. A new
    one belongs to `framework_code` (the framework the pages work on); an existing one keeps
    its framework.

    Updating checks `info.version`: if someone else saved the opportunity since (or removed
    it), RecordConflict is raised with theirs and nothing is written.
    """
    info = worked_out(info)
    problems = check_opportunity(info)
    if problems:
        raise InvalidOpportunity(" ".join(problems))
    with checked_transaction(database, lambda: _read(database, info.id)) as session:
        if info.id is None:
            row = models.Opportunity(organisation_id=organisation_id, status=info.status.value,
                                     framework_code=framework_code)
            session.add(row)
        else:
            row = _checked(session, info.id, info.version)
        with session.no_autoflush:  # so that what changed can be told before it is written
            row.title, row.buyer_reference = info.title.strip(), info.buyer_reference.strip()
            row.commissioner, row.kind = info.commissioner, info.kind.value
            row.value, row.length_months, row.notes = info.value, info.length_months, info.notes
            row.regime, row.procedure = info.regime, info.procedure
            wanted = set(info.lot_codes)
            row.lots = [lot for lot in row.lots if lot.lot_code in wanted] + [
                models.OpportunityLot(lot_code=code) for code in info.lot_codes
                if code not in {lot.lot_code for lot in row.lots}]
            existing = {m.code: m for m in row.milestones}
            row.milestones = [_milestone_row(existing.get(m.code), m) for m in info.milestones]
            if session.is_modified(row) or any(session.is_modified(m) for m in row.milestones):
                row.updated_at = utc_now()  # a new version even when only lots or dates change
        session.flush()
        return _info(row, _milestone_names(session))


def _checked(session: Session, opportunity_id: int,
             version: int | None) -> models.Opportunity:
    """The opportunity, locked, at the version the page read (RecordConflict if not)."""
    return locked_at(session, models.Opportunity, opportunity_id, version,
                     lambda row: _info(row, _milestone_names(session)))


def _read(database: Database, opportunity_id: int | None) -> OpportunityInfo | None:
    """The opportunity as stored now, or None when it is not there (any more)."""
    if opportunity_id is None:
        return None
    with database.sessions() as session:
        row = session.get(models.Opportunity, opportunity_id)
        return _info(row, _milestone_names(session)) if row else None


opportunity_if_there = _read  # for a page asked to show one a colleague may have removed


def _milestone_row(row: models.Milestone | None, info: MilestoneInfo) -> models.Milestone:
    row = row or models.Milestone(code=info.code)
    row.label, row.due, row.all_day = info.label, info.due, info.all_day
    return row


def duplicate_reference(database: Database, organisation_id: int, reference: str,
                        exclude_id: int | None = None) -> str:
    """The title of another opportunity with this buyer reference, or ""."""
    if not reference.strip():
        return ""
    with database.sessions() as session:
        title = session.scalar(select(models.Opportunity.title).where(
            models.Opportunity.organisation_id == organisation_id,
            func.lower(models.Opportunity.buyer_reference) == reference.strip().lower(),
            models.Opportunity.id != (exclude_id or 0)).limit(1))
        return title or ""


def opportunity_named(database: Database, organisation_id: int, wanted: str) -> OpportunityInfo:
    """The opportunity with this buyer's reference (in any case) or number, whatever framework
    it is listed under (a reference names one opportunity of the charity's); the first by
    number when two match. LookupError, in words for the person, if none does."""
    looked_for = wanted.strip().casefold()
    with database.sessions() as session:
        rows = session.execute(select(models.Opportunity.id, models.Opportunity.buyer_reference)
                               .where(models.Opportunity.organisation_id == organisation_id)
                               .order_by(models.Opportunity.id)).all()
    for opportunity_id, reference in rows:
        if looked_for in (reference.casefold(), str(opportunity_id)):
            return load_opportunity(database, opportunity_id)
    raise LookupError(tr("No opportunity has the reference or number \"{wanted}\".").format(
        wanted=wanted))


def load_opportunity(database: Database, opportunity_id: int) -> OpportunityInfo:
    with database.sessions() as session:
        row = session.get_one(models.Opportunity, opportunity_id)
        return _info(row, _milestone_names(session))


def _milestone_names(session: Session) -> dict[str, str]:
    """Each pack milestone's name by code, in the language tr() speaks: a milestone is shown by
    it, so one saved from the Welsh window reads in English in an English document. Codes of a
    regime's timetable the pack does not have (the Act's contract award notice) are named by
    the timetable."""
    rows = session.execute(select(models.MilestoneTemplate.code, models.MilestoneTemplate.label,
                                  models.MilestoneTemplate.label_cy))
    welsh = language() == WELSH
    names = {code: (label_cy or label) if welsh else label for code, label, label_cy in rows}
    return {**timetable_names(), **names}


def _milestone(row: Any, names: dict[str, str]) -> MilestoneInfo:
    """From a mapped Milestone or a plain row with its columns."""
    return MilestoneInfo(row.code, names.get(row.code, row.label), row.due, row.all_day)


def _info(row: models.Opportunity, names: dict[str, str]) -> OpportunityInfo:
    return _assembled(row, tuple(lot.lot_code for lot in row.lots),
                      tuple(_milestone(m, names) for m in row.milestones),
                      tuple(_task(t) for t in row.tasks))


def _assembled(row: Any, lot_codes: tuple[str, ...], milestones: tuple[MilestoneInfo, ...],
               tasks: tuple[TaskInfo, ...]) -> OpportunityInfo:
    """The opportunity from its row: a mapped object, or a plain row of the same columns."""
    return OpportunityInfo(
        row.id, row.title, row.buyer_reference, row.commissioner, Kind(row.kind), row.value,
        row.length_months, Status(row.status), row.outcome_reason, row.decision,
        row.decided_by, row.decided_at, row.decision_why, json.loads(row.checklist or "{}"),
        row.notes, lot_codes, milestones, tasks, row.version_id, row.regime, row.procedure,
        row.framework_code)


def _task(row: Any) -> TaskInfo:
    """From a mapped Task or a plain row with its columns."""
    return TaskInfo(row.id, row.title, row.owner, row.due, row.done, row.version_id)


def _of_framework(framework_code: str | None) -> Any:
    """Opportunities of `framework_code`, and any not yet listed under a framework (so none is
    ever out of sight: the workspace gives them the chosen one when it opens, see
    `adopt_unassigned`); None: every framework's."""
    return true() if framework_code is None else \
        models.Opportunity.framework_code.in_((framework_code, ""))


def adopt_unassigned(database: Database, organisation_id: int, framework_code: str) -> int:
    """Give opportunities that belong to no framework (upgraded before any pack was known)
    `framework_code`; how many. Nothing else changes."""
    if not framework_code:
        return 0
    unassigned = (models.Opportunity.organisation_id == organisation_id,
                  models.Opportunity.framework_code == "")
    with database.sessions() as session:  # every start asks; only an upgrade needs the write
        if not session.scalar(select(exists().where(*unassigned))):
            return 0
    with database.transaction() as session:
        result = session.execute(
            update(models.Opportunity)
            .where(*unassigned)
            .values(framework_code=framework_code,
                    updated_at=models.Opportunity.updated_at)  # not edited: kept as it was
            .execution_options(synchronize_session=False))
        return int(getattr(result, "rowcount", 0) or 0)


def list_summaries(database: Database, organisation_id: int, today: date | None = None,
                   framework_code: str | None = None) -> list[OpportunitySummary]:
    """The opportunities' page rows: `framework_code`'s only, or every one's (None)."""
    deadline = models.Milestone
    late = models.Task.due < (today or date.today())
    open_tasks = (select(models.Task.opportunity_id, func.count().label("open"),
                         func.count().filter(late).label("late"))
                  .where(models.Task.done.is_(False)).group_by(models.Task.opportunity_id)
                  .subquery())
    query = (select(models.Opportunity.id, models.Opportunity.title,
                    models.Opportunity.buyer_reference, models.Opportunity.status,
                    models.Opportunity.value, deadline.due, open_tasks.c.open,
                    open_tasks.c.late)
             .outerjoin(deadline, and_(deadline.opportunity_id == models.Opportunity.id,
                                       deadline.code == "submission"))
             .outerjoin(open_tasks, open_tasks.c.opportunity_id == models.Opportunity.id)
             .where(models.Opportunity.organisation_id == organisation_id,
                    _of_framework(framework_code))
             .order_by(models.Opportunity.id))
    with database.sessions() as session:
        return [OpportunitySummary(row.id, row.title, row.buyer_reference, Status(row.status),
                                   row.value, row.due, row.open or 0, row.late or 0)
                for row in session.execute(query)]


def move_to_framework(database: Database, opportunity_id: int, framework_code: str, *,
                      version: int | None = None) -> OpportunityInfo:
    """List the opportunity under another framework, in one transaction; nothing else about it
    changes (its answers, tasks, costing and board papers stay attached, its lots are kept even
    where the other framework has none of them). `version` as for `move`."""
    with checked_transaction(database, lambda: _read(database, opportunity_id)) as session:
        row = _checked(session, opportunity_id, version)
        if row.framework_code != framework_code:
            row.framework_code, row.updated_at = framework_code, utc_now()
        session.flush()
        return _info(row, _milestone_names(session))


def move(database: Database, opportunity_id: int, target: Status, reason: str = "", *,
         version: int | None = None) -> OpportunityInfo:
    """Move along the pipeline; an illegal step raises InvalidOpportunity with the reason.
    `version` is the opportunity as the page read it (RecordConflict if it has moved on)."""
    with checked_transaction(database, lambda: _read(database, opportunity_id)) as session:
        row = _checked(session, opportunity_id, version)
        problem = check_move(Status(row.status), target, decision=row.decision, reason=reason,
                             logged=is_logged(session, opportunity_id))
        if problem:
            raise InvalidOpportunity(problem)
        row.status = target.value
        if target in (Status.LOST, Status.WITHDRAWN, Status.WON):
            row.outcome_reason = reason.strip()
        session.flush()
        return _info(row, _milestone_names(session))


def record_decision(database: Database, opportunity_id: int, decision: str, decided_by: str,
                    why: str, checklist: dict[str, bool], when: datetime, *,
                    version: int | None = None) -> OpportunityInfo:
    """Record bid / no-bid with who, when and why; a no-bid withdraws the opportunity.
    `version` is the opportunity as the page read it (RecordConflict if it has moved on)."""
    if decision not in ("bid", "no-bid"):
        raise InvalidOpportunity("Choose bid or no-bid.")
    if not decided_by.strip():
        raise InvalidOpportunity("Say who made the decision.")
    with checked_transaction(database, lambda: _read(database, opportunity_id)) as session:
        row = _checked(session, opportunity_id, version)
        row.checklist = json.dumps(checklist, sort_keys=True)
        set_decision(row, decision, decided_by.strip(), why, when)
        session.flush()
        return _info(row, _milestone_names(session))


def set_decision(row: models.Opportunity, decision: str, decided_by: str, why: str,
                 when: datetime) -> None:
    """Put a bid / no-bid decision on the opportunity's row (inside the caller's transaction);
    a no-bid withdraws it. The board's decision (`board_records`) is put on the same way."""
    row.decision, row.decided_by, row.decision_why, row.decided_at = (decision, decided_by,
                                                                      why, when)
    if decision == "no-bid" and not Status(row.status).final:
        row.status, row.outcome_reason = Status.WITHDRAWN.value, why


def save_task(database: Database, opportunity_id: int, task: TaskInfo) -> TaskInfo:
    """Add or change a task; return it as saved (RecordConflict: someone else changed it since
    `task.version`, or removed it)."""
    problem = check_task(task)
    if problem:
        raise InvalidOpportunity(problem)
    with checked_transaction(database, lambda: _read_task(database, task.id)) as session:
        row = (models.Task(opportunity_id=opportunity_id) if task.id is None
               else locked_at(session, models.Task, task.id, task.version, _task))
        row.title, row.owner, row.due, row.done = (task.title.strip(), task.owner.strip(),
                                                   task.due, task.done)
        session.add(row)
        session.flush()
        return _task(row)


def delete_task(database: Database, task_id: int, *, version: int | None = None) -> None:
    with checked_transaction(database, lambda: _read_task(database, task_id)) as session:
        session.delete(locked_at(session, models.Task, task_id, version, _task))


def _read_task(database: Database, task_id: int | None) -> TaskInfo | None:
    with database.sessions() as session:
        row = session.get(models.Task, task_id) if task_id is not None else None
        return _task(row) if row else None


def delete_opportunity(database: Database, opportunity_id: int, *,
                       version: int | None = None) -> None:
    """Delete it with its milestones and tasks (the page asks first when there are tasks).
    RecordConflict if someone else changed it since `version` (it stays)."""
    with checked_transaction(database, lambda: _read(database, opportunity_id)) as session:
        row = _checked(session, opportunity_id, version)
        session.execute(delete(models.BidPartner).where(
            models.BidPartner.opportunity_id == opportunity_id))
        session.delete(row)


def _not_indexed(column: Any) -> Any:
    """`column + 0`: the same value, but the database then walks the date index in order and
    stops at the limit, instead of reading every row of the (usually only) organisation and
    sorting them. Keeps the dashboard's time flat from 100 to 10,000 opportunities."""
    return column + 0


def upcoming_milestones(database: Database, organisation_id: int, now: datetime,
                        limit: int = 10,
                        framework_code: str | None = None) -> list[UpcomingMilestone]:
    """The next milestones of live (not won, lost or withdrawn) opportunities, soonest first:
    of `framework_code`'s opportunities only, or every framework's (None)."""
    live = [s.value for s in Status if not s.final]
    query = (select(models.Milestone, models.Opportunity.title)
             .join(models.Opportunity, models.Opportunity.id == models.Milestone.opportunity_id)
             .where(_not_indexed(models.Opportunity.organisation_id) == organisation_id,
                    models.Opportunity.status.in_(live), models.Milestone.due >= now,
                    _of_framework(framework_code))
             .order_by(models.Milestone.due).limit(limit))
    with database.sessions() as session:
        names = _milestone_names(session)
        found = [(m, title, _milestone(m, names)) for m, title in session.execute(query)]
        logged = logged_among(session, {m.opportunity_id for m, _title, _info in found})
        return [UpcomingMilestone(m.opportunity_id, title, replace(
            info, label=reminder_label(info.label)) if info.code == "submission"
            and not_submitted_reminder(info.due, now, m.opportunity_id in logged) else info)
            for m, title, info in found]


def overdue_tasks(database: Database, organisation_id: int, today: date,
                  limit: int = 20) -> list[OverdueTask]:
    query = (select(models.Task, models.Opportunity.title)
             .join(models.Opportunity, models.Opportunity.id == models.Task.opportunity_id)
             .where(_not_indexed(models.Opportunity.organisation_id) == organisation_id,
                    models.Task.done.is_(False), models.Task.due < today)
             .order_by(models.Task.due).limit(limit))
    with database.sessions() as session:
        return [OverdueTask(t.opportunity_id, title, _task(t))
                for t, title in session.execute(query)]


def calendar_namespace(database: Database, organisation_id: int) -> str:
    """A stable prefix for calendar UIDs: this organisation in this database, not its name."""
    with database.sessions() as session:
        created = session.get_one(models.Organisation, organisation_id).created_at
    digest = hashlib.sha256(f"{organisation_id}|{created.isoformat()}".encode()).hexdigest()
    return f"fr{digest[:16]}"


def all_opportunities(database: Database, organisation_id: int,
                      framework_code: str | None = None, *, with_tasks: bool = True
                      ) -> list[OpportunityInfo]:
    """Every opportunity with its lots, milestones and tasks, in four plain queries however many
    there are (no mapped objects: 10,000 opportunities are 120,000 rows, read in well under a
    second, where loading them as objects one opportunity at a time took many). With
    `with_tasks=False` the tasks are not read (each opportunity's `tasks` is empty): for a
    caller that shows none, 50,000 rows fewer at 10,000 opportunities."""
    opportunity, lot, milestone, task = (models.Opportunity, models.OpportunityLot,
                                         models.Milestone, models.Task)
    mine = select(opportunity.id).where(opportunity.organisation_id == organisation_id,
                                        _of_framework(framework_code))
    lots: dict[int, list[str]] = defaultdict(list)
    milestones: dict[int, list[MilestoneInfo]] = defaultdict(list)
    tasks: dict[int, list[TaskInfo]] = defaultdict(list)
    with database.sessions() as session:
        names = _milestone_names(session)
        plain = session.connection()  # rows as they are, without the ORM's result machinery
        for opportunity_id, code in plain.execute(
                select(lot.opportunity_id, lot.lot_code).where(lot.opportunity_id.in_(mine))
                .order_by(lot.id)):
            lots[opportunity_id].append(code)
        # (due, id): the order each opportunity's own milestones load in (by due, then as saved)
        for due in plain.execute(select(milestone.opportunity_id, milestone.code,
                                        milestone.label, milestone.due, milestone.all_day)
                                 .where(milestone.opportunity_id.in_(mine))
                                 .order_by(milestone.due, milestone.id)):
            milestones[due.opportunity_id].append(_milestone(due, names))
        for to_do in plain.execute(select(task.opportunity_id, task.id, task.title, task.owner,
                                          task.due, task.done, task.version_id)
                                   .where(task.opportunity_id.in_(mine)).order_by(task.id)
                                   ) if with_tasks else ():
            tasks[to_do.opportunity_id].append(_task(to_do))
        rows = plain.execute(select(*opportunity.__table__.columns)
                               .where(opportunity.organisation_id == organisation_id,
                                      _of_framework(framework_code))
                               .order_by(opportunity.id))
        return [_assembled(row, tuple(lots[row.id]), tuple(milestones[row.id]),
                           tuple(tasks[row.id])) for row in rows]


def status_counts(database: Database, organisation_id: int,
                  framework_code: str | None = None) -> dict[Status, int]:
    query = (select(models.Opportunity.status, func.count())
             .where(models.Opportunity.organisation_id == organisation_id,
                    _of_framework(framework_code))
             .group_by(models.Opportunity.status))
    with database.sessions() as session:
        found = {Status(status): count for status, count in session.execute(query)}
    return {status: found.get(status, 0) for status in Status}
