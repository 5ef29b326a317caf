"""The .ics export, read back with icalendar: stable UIDs, UK times across clock changes, alarms."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar

from desktop.app.workspace import Workspace
from desktop.core.catalogue_records import load_catalogue
from desktop.core.opportunities import OpportunityInfo, Status, TaskInfo, default_milestones
from desktop.core.opportunity_records import (
    all_opportunities,
    calendar_namespace,
    save_opportunity,
    save_task,
)
from desktop.core.organisation import OrganisationInfo
from desktop.reports.calendar import build_calendar
from tests.packs import PSDF

NOW = datetime(2026, 11, 25, 9, tzinfo=UTC)


def export(workspace: Workspace, organisation: OrganisationInfo, now: datetime = NOW) -> Calendar:
    data = build_calendar(all_opportunities(workspace.database, organisation.id),
                          organisation.name,
                          calendar_namespace(workspace.database, organisation.id), now)
    return Calendar.from_ical(data)


def add_opportunity(workspace: Workspace, organisation: OrganisationInfo, title: str,
                    published: date, status: Status = Status.IDENTIFIED) -> int:
    milestones = default_milestones(load_catalogue(workspace.database, PSDF), published)
    return save_opportunity(workspace.database, organisation.id,
                            OpportunityInfo(None, title, "REF-1", status=status,
                                            milestones=milestones)).id or 0


def test_every_milestone_and_task_with_stable_uids(workspace: Workspace,
                                                   organisation: OrganisationInfo) -> None:
    first = add_opportunity(workspace, organisation, "Accommodation <Wales> & more",
                            date(2027, 3, 1))
    save_task(workspace.database, first, TaskInfo(None, "Draft", "Ann", date(2027, 3, 20)))
    save_task(workspace.database, first, TaskInfo(None, "Done already", due=date(2027, 3, 2),
                                                  done=True))
    add_opportunity(workspace, organisation, "Withdrawn one", date(2027, 3, 1),
                    Status.WITHDRAWN)
    calendar = export(workspace, organisation)
    events = calendar.walk("VEVENT")
    assert len(events) == 6 + 1  # six milestones and the open task; none for withdrawn
    uids = sorted(str(e["UID"]) for e in events)
    assert len(set(uids)) == 7
    again = export(workspace, organisation, NOW + timedelta(days=3))
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == uids
    summaries = {str(e["SUMMARY"]) for e in events}
    assert "Submission deadline: Accommodation <Wales> & more" in summaries
    assert "Task: Draft (Ann)" in summaries


def test_times_are_uk_wall_times_across_the_clock_change(workspace: Workspace,
                                                          organisation: OrganisationInfo) -> None:
    # Published 28 February 2027: the deadline (28 days on) is 28 March, the day BST starts.
    add_opportunity(workspace, organisation, "Clock change", date(2027, 2, 28))
    calendar = export(workspace, organisation)
    deadline = next(e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]).startswith(
        "Submission deadline"))
    start = deadline.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/London"
    assert (start.date(), start.hour, start.minute) == (date(2027, 3, 28), 12, 0)
    assert start.utcoffset() == timedelta(hours=1)
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/London"
    published = next(e for e in calendar.walk("VEVENT") if str(e["SUMMARY"]).startswith(
        "Published"))
    assert published.decoded("DTSTART") == date(2027, 2, 28)  # an all-day event


def test_submission_deadlines_remind_a_week_and_a_day_before(
        workspace: Workspace, organisation: OrganisationInfo) -> None:
    add_opportunity(workspace, organisation, "Reminders", date(2027, 3, 1))
    events = export(workspace, organisation).walk("VEVENT")
    deadline = next(e for e in events if str(e["SUMMARY"]).startswith("Submission"))
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in deadline.walk("VALARM"))
    assert triggers == [-timedelta(days=7), -timedelta(days=1)]
    others = [e for e in events if not str(e["SUMMARY"]).startswith("Submission")]
    assert all(not e.walk("VALARM") for e in others)
