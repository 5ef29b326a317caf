"""Short phrases for documents' "at a glance" boxes and task lists: the next deadline with its
days left, whether a task is overdue, the open tasks; and a short document's details."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from desktop.app.documents import DocumentData
from desktop.core.opportunities import OpportunityInfo, TaskInfo, days_left
from desktop.i18n import plural, tr
from desktop.reports.pdf import DocumentInfo


def when_left(days: int) -> str:
    """"today", "1 day left", "12 days left" (or "3 days ago")."""
    if days == 0:
        return tr("today")
    if days < 0:
        return plural(-days, tr("1 day ago"), tr("{count} days ago"))
    return plural(days, tr("1 day left"), tr("{count} days left"))


def next_deadline(opportunities: Iterable[OpportunityInfo], now: datetime) -> str:
    """The soonest deadline (a milestone with a time of day, such as clarification questions
    closing) still to come of any live opportunity, in words."""
    coming = sorted(((milestone.due, index, milestone, opportunity)
                     for index, opportunity in enumerate(opportunities)
                     if not opportunity.status.final
                     for milestone in opportunity.milestones
                     if milestone.due >= now and not milestone.all_day),
                    key=lambda found: found[:2])
    if not coming:
        return tr("None coming up")
    _, _, milestone, opportunity = coming[0]
    return tr("{milestone}, {opportunity}: {when} ({left})").format(
        milestone=milestone.label, opportunity=opportunity.title, when=milestone.describe(),
        left=when_left(days_left(milestone.due, now)))


def overdue(task: TaskInfo, today: date) -> bool:
    return task.due is not None and not task.done and task.due < today


def task_state(task: TaskInfo, today: date) -> str:
    """The "Done" column of a task list: Yes, No, or ⚠ Overdue."""
    if task.done:
        return tr("Yes")
    return tr("⚠ Overdue") if overdue(task, today) else tr("No")


def document_info(title: str, subject: str, data: DocumentData,
                  glance: tuple[tuple[str, str], ...]) -> DocumentInfo:
    """A short document's details: it opens on a title block, with its "at a glance" box."""
    return DocumentInfo(title, data.organisation.name, data.catalogue.framework.name, subject,
                        made_on=data.today, glance=glance, own_names=data.catalogue.own_welsh)


def tasks_glance(opportunities: list[OpportunityInfo], today: date) -> str:
    """"3 open, ⚠ 1 overdue": the open tasks of these opportunities."""
    tasks = [task for o in opportunities for task in o.tasks if not task.done]
    late = sum(1 for task in tasks if overdue(task, today))
    left = plural(len(tasks), tr("1 open"), tr("{count} open"))
    return tr("{open}, {overdue}").format(open=left, overdue=plural(
        late, tr("⚠ 1 overdue"), tr("⚠ {count} overdue"))) if late else left
