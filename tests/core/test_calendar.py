"""The .ics export, read back with icalendar: stable UIDs, UK times across clock changes, alarms."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

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


def icalendar_reference(opportunities: list[OpportunityInfo], organisation: str, namespace: str,
                        now: datetime) -> bytes:
    """The calendar as icalendar's own objects write it (how the app made it before it streamed
    events): the written file must be byte for byte this."""
    from icalendar import Alarm, Event

    from desktop import APP_NAME, __version__
    from desktop.reports.calendar import DEADLINE_LENGTH, REMINDERS

    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"{organisation}: bid deadlines")

    def event(uid: str, summary: str, opportunity: OpportunityInfo) -> Event:
        made = Event()
        made.add("uid", f"{uid}@framework-ready")
        made.add("dtstamp", now)
        made.add("summary", summary)
        details = [opportunity.title]
        if opportunity.buyer_reference:
            details.append(f"Buyer reference: {opportunity.buyer_reference}")
        made.add("description", "\n".join(details))
        return made

    for opportunity in opportunities:
        if opportunity.status in (Status.LOST, Status.WITHDRAWN):
            continue
        for milestone in opportunity.milestones:
            summary = f"{milestone.label}: {opportunity.title}"
            made = event(f"{namespace}-opportunity-{opportunity.id}-{milestone.code}", summary,
                         opportunity)
            if milestone.all_day:
                made.add("dtstart", milestone.local.date())
                made.add("dtend", milestone.local.date() + timedelta(days=1))
            else:
                made.add("dtstart", milestone.local)
                made.add("dtend", milestone.local + DEADLINE_LENGTH)
            if milestone.code == "submission":
                for before in REMINDERS:
                    alarm = Alarm()
                    alarm.add("action", "DISPLAY")
                    alarm.add("trigger", -before)
                    alarm.add("description", f"Reminder: {summary}")
                    made.add_component(alarm)
            calendar.add_component(made)
        for task in opportunity.tasks:
            if task.due is None or task.done:
                continue
            owner = f" ({task.owner})" if task.owner else ""
            made = event(f"{namespace}-task-{task.id}", f"Task: {task.title}{owner}",
                         opportunity)
            made.add("dtstart", task.due)
            made.add("dtend", task.due + timedelta(days=1))
            calendar.add_component(made)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def hostile_opportunities(texts: list[str]) -> list[OpportunityInfo]:
    """One opportunity per hostile text (title, reference, task and owner), with every pack
    milestone, one of them timed; plus a title whose escapes fall on every fold position."""
    from desktop.core.opportunities import MilestoneInfo, uk_time

    escapes = "".join(f"{'x' * n}\\,;\\N" for n in range(80))
    made = []
    for number, text in enumerate([*texts, escapes, "a" * 74, "a" * 75, "ŵ" * 40], start=1):
        milestones = (MilestoneInfo("published", "Published", uk_time(date(2027, 3, 1)), True),
                      MilestoneInfo("submission", f"Deadline {text[:20]}",
                                    uk_time(date(2027, 3, 28), "12:00")))
        tasks = (TaskInfo(number * 10, text, text[:30], date(2027, 3, 20)),
                 TaskInfo(number * 10 + 1, "done", "", date(2027, 3, 2), done=True),
                 TaskInfo(number * 10 + 2, "no date", ""))
        made.append(OpportunityInfo(number, text, text[:50], milestones=milestones,
                                    tasks=tasks,
                                    status=Status.WITHDRAWN if number == 3 else Status.IDENTIFIED))
    return made


def test_the_written_calendar_is_what_icalendar_writes(hostile_texts: list[str]) -> None:
    opportunities = hostile_opportunities(hostile_texts)
    written = build_calendar(opportunities, "Smith, Sons; & <Trust> ŵ", "fr-ns", NOW)
    assert written == icalendar_reference(opportunities, "Smith, Sons; & <Trust> ŵ", "fr-ns",
                                          NOW)
    assert all(len(line) <= 75 for line in written.split(b"\r\n"))  # RFC 5545 folding
    events = Calendar.from_ical(written).walk("VEVENT")
    assert len(events) == (len(opportunities) - 1) * 3
    titles = {str(e["DESCRIPTION"]).split("\n")[0] for e in events}
    assert hostile_texts[0] in titles and hostile_texts[-1] in titles
    # All-day only: no zone is written, as icalendar writes none.
    plain = [OpportunityInfo(1, "Plain", milestones=opportunities[0].milestones[:1])]
    assert build_calendar(plain, "Org", "ns", NOW) == icalendar_reference(plain, "Org", "ns", NOW)
    assert b"VTIMEZONE" not in build_calendar(plain, "Org", "ns", NOW)


def test_hundreds_of_opportunities_read_in_bulk_as_one_by_one(
        workspace: Workspace, organisation: OrganisationInfo, tmp_path: Path) -> None:
    """The bulk read behind the calendar and the spreadsheets gives each opportunity exactly as
    reading it alone does (lots, milestones in order, tasks); the calendar of 300 reads back."""
    from desktop.atomic import atomic_file
    from desktop.core.opportunity_records import load_opportunity
    from desktop.reports.calendar import write_calendar

    catalogue = load_catalogue(workspace.database, PSDF)
    lots = tuple(lot.code for lot in catalogue.lots[:3])
    for number in range(300):
        opportunity = save_opportunity(workspace.database, organisation.id, OpportunityInfo(
            None, f"Lot {number}, part; {number}", f"REF-{number}",
            status=list(Status)[number % len(Status)], lot_codes=lots[:number % 4],
            milestones=default_milestones(catalogue, date(2027, 1, 1) + timedelta(days=number))))
        for task in range(number % 3):
            save_task(workspace.database, opportunity.id or 0,
                      TaskInfo(None, f"Task {task}", "Ann", date(2027, 2, 1 + task)))
    everything = all_opportunities(workspace.database, organisation.id)
    assert everything == [load_opportunity(workspace.database, o.id or 0) for o in everything]
    namespace = calendar_namespace(workspace.database, organisation.id)
    path = tmp_path / "deadlines.ics"
    with atomic_file(path) as stream:
        count = write_calendar(everything, organisation.name, namespace, NOW, stream)
    assert path.read_bytes() == icalendar_reference(everything, organisation.name, namespace,
                                                    NOW)
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert len(events) == count > 1000
