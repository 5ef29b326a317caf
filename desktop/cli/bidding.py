"""Command-line sub-commands for bidding: `deadlines` (and its calendar export)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.qualification import EXIT_OK, EXIT_PROBLEM, organisation_or_say_why
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    deadlines = commands.add_parser("deadlines", parents=[common],
                                    help=tr("the coming deadlines; --ics writes a calendar file"))
    deadlines.add_argument("--format", choices=("table", "json"), default="table")
    deadlines.add_argument("--ics", type=Path, metavar="FILE",
                           help=tr("write every milestone and task as an .ics calendar file"))
    deadlines.add_argument("--limit", type=int, default=20, help=tr("how many to list"))
    deadlines.set_defaults(handler=_deadlines)


def _deadlines(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.opportunities import days_left
    from desktop.core.opportunity_records import upcoming_milestones

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    now = datetime.now(UTC)
    if args.ics is not None:
        return _write_calendar(args.ics, workspace, organisation.id, organisation.name, now)
    coming = upcoming_milestones(workspace.database, organisation.id, now, args.limit)
    if args.format == "json":
        json.dump([{"opportunity": c.opportunity_title, "milestone": c.milestone.label,
                    "due": c.milestone.local.isoformat(), "all_day": c.milestone.all_day,
                    "days_left": days_left(c.milestone.due, now)} for c in coming],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not coming:
        print(tr("No deadlines coming up."))
    for item in coming:
        print(tr("{days:>4} days  {when}  {milestone}: {opportunity}").format(
            days=days_left(item.milestone.due, now), when=item.milestone.describe(),
            milestone=item.milestone.label, opportunity=item.opportunity_title))
    return EXIT_OK


def _write_calendar(path: Path, workspace: Workspace, organisation_id: int, name: str,
                    now: datetime) -> int:
    from desktop.atomic import atomic_file
    from desktop.core.opportunity_records import all_opportunities, calendar_namespace
    from desktop.reports.calendar import write_calendar

    opportunities = all_opportunities(workspace.database, organisation_id)
    namespace = calendar_namespace(workspace.database, organisation_id)
    try:
        with atomic_file(path) as stream:  # written as it goes: nothing half-written stays
            write_calendar(opportunities, name, namespace, now, stream)
    except OSError as error:
        print(tr("Could not write {file}: {reason}").format(
            file=path, reason=error.strerror or error), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("Calendar written to {file}. Import it into your calendar; importing a newer one "
             "updates the same events.").format(file=path))
    return EXIT_OK
