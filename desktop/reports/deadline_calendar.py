"""The deadline calendar: every milestone and open task of the live opportunities, month by
month (UK time), overdue tasks flagged. (The .ics file for a calendar program is `calendar.py`.)
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from reportlab.platypus import Flowable

from desktop.app.documents import CalendarData
from desktop.core.opportunities import uk_time
from desktop.i18n import long_date, month_year, plural, tr
from desktop.reports.at_a_glance import document_info, next_deadline, overdue, tasks_glance
from desktop.reports.pdf import DocumentInfo, heading, para, table


def render(data: CalendarData) -> tuple[DocumentInfo, list[Flowable]]:
    today, live = data.today, data.live
    by_month: dict[tuple[int, int], list[tuple[date, str, str, str]]] = defaultdict(list)
    for opportunity in live:
        for milestone in opportunity.milestones:
            local = milestone.local
            by_month[(local.year, local.month)].append((
                local.date(), "" if milestone.all_day else f"{local:%H:%M}", milestone.label,
                opportunity.title))
        for task in opportunity.tasks:
            if task.due and not task.done:
                what = tr("Task: {task}").format(task=task.title)
                by_month[(task.due.year, task.due.month)].append((
                    task.due, "", f"{what}\n{tr('⚠ Overdue')}" if overdue(task, today) else what,
                    opportunity.title))
    story: list[Flowable] = []
    for year, month in sorted(by_month):
        story.append(heading(month_year(year, month), 1))
        entries = sorted(by_month[(year, month)])
        story.append(table([tr("Date"), tr("Time"), tr("What"), tr("Opportunity")],
                           [(long_date(day), clock, what, title)
                            for day, clock, what, title in entries], (0.2, 0.1, 0.35, 0.35)))
    if not story:
        story = [heading(tr("Deadlines"), 1), para(tr("No deadlines yet."))]
    glance = ((tr("Next deadline"), next_deadline(live, uk_time(today))),
              (tr("Tasks"), tasks_glance(live, today)),
              (tr("Opportunities"), plural(len(live), tr("1 still open"),
                                           tr("{count} still open"))))
    return document_info(tr("Deadline calendar"), tr("Every milestone and task by month"), data,
                         glance), story
