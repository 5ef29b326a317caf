"""Deadlines as an iCalendar (.ics) file for Outlook, Google Calendar, Apple Calendar and others.

Every milestone of a live opportunity and every open task with a due date becomes an event.
Timed milestones are written in Europe/London time with the zone included, so the calendar
shows 12:00 on a clock-change day as 12:00. Submission deadlines carry reminders 7 days and
1 day before. UIDs are stable (organisation, opportunity, milestone), so importing a newer
export updates the events instead of adding copies.

The calendar's head (its name and the Europe/London VTIMEZONE) is made by icalendar; the events
are written one at a time as RFC 5545 text, byte for byte as icalendar writes them (the same
property order, TEXT escaping and line folding: tests compare the two), so 80,000 events take
seconds and little memory where one icalendar object holding them all took half a minute and
600 MiB.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from typing import BinaryIO

from desktop import APP_NAME, __version__
from desktop.core.opportunities import UK, OpportunityInfo, Status
from desktop.i18n import tr

REMINDERS = (timedelta(days=7), timedelta(days=1))
DEADLINE_LENGTH = timedelta(minutes=30)
FOLD_AT = 75  # octets: a longer content line continues on the next, after a space
END = b"END:VCALENDAR\r\n"
SPECIAL = re.compile(r"[\\;,\r\n]")  # what TEXT escaping changes


def build_calendar(opportunities: Iterable[OpportunityInfo], organisation: str, namespace: str,
                   now: datetime) -> bytes:
    """The whole calendar as bytes (for a small export; `write_calendar` streams a big one)."""
    stream = BytesIO()
    write_calendar(opportunities, organisation, namespace, now, stream)
    return stream.getvalue()


def write_calendar(opportunities: Iterable[OpportunityInfo], organisation: str,
                   namespace: str, now: datetime, stream: BinaryIO) -> int:
    """Write the calendar to `stream` event by event; return the number of events."""
    live = [o for o in opportunities if o.status not in (Status.LOST, Status.WITHDRAWN)]
    timed = any(not m.all_day for o in live for m in o.milestones)
    stream.write(_head(organisation, timed))
    stamp = _utc(now)
    events = 0
    batch: list[str] = []
    for opportunity in live:
        batch.extend(_events(opportunity, namespace, stamp))
        if len(batch) > 2000:  # a few hundred kilobytes at a time
            events += _flush(batch, stream)
    events += _flush(batch, stream)
    stream.write(END)
    return events


def _flush(batch: list[str], stream: BinaryIO) -> int:
    """Write the events gathered so far (one string each); return how many."""
    stream.write("".join(batch).encode("utf-8"))
    count = len(batch)
    batch.clear()
    return count


def _head(organisation: str, timed: bool) -> bytes:
    """BEGIN:VCALENDAR, its properties and (when an event has a time of day) the zone."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", tr("{organisation}: bid deadlines").format(
        organisation=organisation))
    if timed:  # icalendar draws the zone's rules from the one event that uses it
        probe = Event()
        probe.add("dtstart", datetime(2026, 1, 1, 12, tzinfo=UK))
        calendar.add_component(probe)
        calendar.add_missing_timezones()
        calendar.subcomponents.remove(probe)
    text: bytes = calendar.to_ical()
    assert text.endswith(END)
    return text[:-len(END)]


def _events(opportunity: OpportunityInfo, namespace: str, stamp: str) -> Iterator[str]:
    description = _text(_description(opportunity))
    title = _text(opportunity.title)  # once: "label: title" escapes as its two halves do
    for milestone in opportunity.milestones:
        summary = f"{_text(milestone.label)}: {title}"
        local = milestone.local
        if milestone.all_day:
            day = local.date()
            start, end = _date("DTSTART", day), _date("DTEND", day + timedelta(days=1))
        else:
            start, end = _local("DTSTART", local), _local("DTEND", local + DEADLINE_LENGTH)
        alarms = ([_alarm(before, f"{milestone.label}: {opportunity.title}")
                   for before in REMINDERS] if milestone.code == "submission" else [])
        yield _event(f"{namespace}-opportunity-{opportunity.id}-{milestone.code}", stamp,
                     summary, start, end, description, alarms)
    for task in opportunity.tasks:
        if task.due is None or task.done:
            continue
        owner = f" ({task.owner})" if task.owner else ""
        summary = _text(tr("Task: {task}{owner}").format(task=task.title, owner=owner))
        yield _event(f"{namespace}-task-{task.id}", stamp, summary, _date("DTSTART", task.due),
                     _date("DTEND", task.due + timedelta(days=1)), description, [])


def _description(opportunity: OpportunityInfo) -> str:
    details = [opportunity.title]
    if opportunity.buyer_reference:
        details.append(tr("Buyer reference: {reference}").format(
            reference=opportunity.buyer_reference))
    return "\n".join(details)


def _event(uid: str, stamp: str, summary: str, start: str, end: str, description: str,
           alarms: list[str]) -> str:
    """One VEVENT, its properties in icalendar's order (SUMMARY, DTSTART, DTEND, DTSTAMP, UID,
    DESCRIPTION), then its alarms; `summary` and `description` come escaped."""
    return "".join(("BEGIN:VEVENT\r\n", _line(f"SUMMARY:{summary}"), start, end,
                    f"DTSTAMP:{stamp}\r\n", _line(f"UID:{_text(uid)}@framework-ready"),
                    _line(f"DESCRIPTION:{description}"), *alarms, "END:VEVENT\r\n"))


def _alarm(before: timedelta, summary: str) -> str:
    text = tr("Reminder: {summary}").format(summary=summary)
    return "".join(("BEGIN:VALARM\r\nACTION:DISPLAY\r\n", _line(f"DESCRIPTION:{_text(text)}"),
                    f"TRIGGER:-P{before.days}D\r\nEND:VALARM\r\n"))


def _date(name: str, day: date) -> str:
    return f"{name};VALUE=DATE:{day.year:04d}{day.month:02d}{day.day:02d}\r\n"


def _local(name: str, moment: datetime) -> str:
    return (f"{name};TZID={UK.key}:{moment.year:04d}{moment.month:02d}{moment.day:02d}T"
            f"{moment.hour:02d}{moment.minute:02d}{moment.second:02d}\r\n")


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%SZ}"


def _text(value: str) -> str:
    """RFC 5545 TEXT, escaped as icalendar escapes it (its order matters: a typed "\\N" is the
    spec's line break, then backslashes, ; and , are escaped, and every line break is \\n)."""
    if not SPECIAL.search(value):
        return value  # nearly every text: nothing to escape
    return (value.replace(r"\N", "\n").replace("\\", "\\\\").replace(";", r"\;")
            .replace(",", r"\,").replace("\r\n", r"\n").replace("\n", r"\n")
            .replace("\r", r"\n"))


def _line(line: str) -> str:
    """A content line with its CRLF, folded as icalendar folds it: before the octet that would
    reach FOLD_AT, never inside a UTF-8 character, and never just after a backslash (so an
    escape such as \\, stays on one line)."""
    if len(line) < FOLD_AT and line.isascii():
        return line + "\r\n"  # nearly every line: no fold
    parts: list[str] = []
    current: list[str] = []
    count = 0
    for char in line:
        size = len(char.encode("utf-8"))
        if current and count + size >= FOLD_AT:
            if len(current) > 1 and current[-1] in "\\^":
                carried = current.pop()
                parts.append("".join(current))
                current, count = [carried], len(carried.encode("utf-8"))
            else:
                parts.append("".join(current))
                current, count = [], 0
        current.append(char)
        count += size
    parts.append("".join(current))
    return "\r\n ".join(parts) + "\r\n"
