"""Short phrases for documents' "at a glance" boxes and task lists: the next deadline with its
days left, and whether a task is overdue."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from desktop.core.opportunities import OpportunityInfo, TaskInfo, days_left
from desktop.i18n import plural, tr


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
