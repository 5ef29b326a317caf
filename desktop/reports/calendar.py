"""Deadlines as an iCalendar (.ics) file for Outlook, Google Calendar, Apple Calendar and others.

Every milestone of a live opportunity and every open task with a due date becomes an event.
Timed milestones are written in Europe/London time with the zone included, so the calendar
shows 12:00 on a clock-change day as 12:00. Submission deadlines carry reminders 7 days and
1 day before. UIDs are stable (organisation, opportunity, milestone), so importing a newer
export updates the events instead of adding copies.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from icalendar import Alarm, Calendar, Event

from desktop import APP_NAME, __version__
from desktop.core.opportunities import OpportunityInfo, Status
from desktop.i18n import tr

REMINDERS = (timedelta(days=7), timedelta(days=1))
DEADLINE_LENGTH = timedelta(minutes=30)


def build_calendar(opportunities: Iterable[OpportunityInfo], organisation: str, namespace: str,
                   now: datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", tr("{organisation}: bid deadlines").format(
        organisation=organisation))
    for opportunity in opportunities:
        if opportunity.status in (Status.LOST, Status.WITHDRAWN):
            continue
        for milestone in opportunity.milestones:
            summary = f"{milestone.label}: {opportunity.title}"
            event = _event(f"{namespace}-opportunity-{opportunity.id}-{milestone.code}", now,
                           summary, opportunity)
            if milestone.all_day:
                day = milestone.local.date()
                event.add("dtstart", day)
                event.add("dtend", day + timedelta(days=1))
            else:
                event.add("dtstart", milestone.local)
                event.add("dtend", milestone.local + DEADLINE_LENGTH)
            if milestone.code == "submission":
                for before in REMINDERS:
                    event.add_component(_reminder(before, summary))
            calendar.add_component(event)
        for task in opportunity.tasks:
            if task.due is None or task.done:
                continue
            owner = f" ({task.owner})" if task.owner else ""
            event = _event(f"{namespace}-task-{task.id}", now,
                           tr("Task: {task}{owner}").format(task=task.title, owner=owner),
                           opportunity)
            event.add("dtstart", task.due)
            event.add("dtend", task.due + timedelta(days=1))
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(uid: str, now: datetime, summary: str, opportunity: OpportunityInfo) -> Event:
    event = Event()
    event.add("uid", f"{uid}@framework-ready")
    event.add("dtstamp", now)
    event.add("summary", summary)
    details = [opportunity.title]
    if opportunity.buyer_reference:
        details.append(tr("Buyer reference: {reference}").format(
            reference=opportunity.buyer_reference))
    event.add("description", "\n".join(details))
    return event


def _reminder(before: timedelta, summary: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -before)
    alarm.add("description", tr("Reminder: {summary}").format(summary=summary))
    return alarm

