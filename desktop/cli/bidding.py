"""Command-line sub-commands for bidding: `deadlines` (and its calendar export) and
`supplier-route` (the Procurement Act registration on the Central Digital Platform)."""

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
    route = commands.add_parser("supplier-route", parents=[common], help=tr(
        "the Procurement Act supplier registration: steps, PPON, share codes, warnings"))
    route.add_argument("--format", choices=("table", "json"), default="table")
    route.set_defaults(handler=_supplier_route)


def _deadlines(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.opportunities import days_left
    from desktop.core.opportunity_records import upcoming_milestones

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    now = datetime.now(UTC)
    if args.ics is not None:
        return _write_calendar(args.ics, workspace, organisation.id, organisation.name, now)
    coming = upcoming_milestones(workspace.database, organisation.id, now, args.limit,
                                 framework_code=workspace.framework_code)
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

    opportunities = all_opportunities(workspace.database, organisation_id)  # every framework's
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


def _supplier_route(args: argparse.Namespace, workspace: Workspace) -> int:
    from datetime import date

    from desktop.core.supplier_route import shipped_route
    from desktop.core.supplier_route_records import load_route_state
    from desktop.i18n import long_date

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    route = shipped_route()
    state = load_route_state(workspace.database, organisation.id, route, date.today())
    registration = state.registration
    if args.format == "json":
        json.dump({
            "route": route.code, "title": route.title,
            "steps": [{"number": s.number, "code": s.step.code, "step": s.step.label,
                       "status": s.status.value, "done_on": s.done_on.isoformat()
                       if s.done_on else None, "certainty": s.step.provenance.certainty,
                       "source": s.step.provenance.source_url} for s in state.steps],
            "ppon": registration.ppon,
            "confirmed_on": registration.confirmed_on.isoformat()
            if registration.confirmed_on else None,
            "users": [{"name": u.name, "email": u.email, "role": u.role}
                      for u in registration.users],
            "share_codes": [{"code": c.code, "buyer": c.buyer, "procurement": c.procurement,
                             "opportunity_id": c.opportunity_id,
                             "given_on": c.given_on.isoformat() if c.given_on else None}
                            for c in state.share_codes],
            "warnings": state.warnings}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print(route.title)
    for step in state.steps:
        when = long_date(step.done_on) if step.done_on else ""
        print(tr("{number:>3}. {status:<12} {step}{when}").format(
            number=step.number, status=step.status.label, step=step.step.label,
            when=f" ({when})" if when else ""))
    print(tr("PPON: {ppon}").format(ppon=registration.ppon or tr("not recorded")))
    print(tr("Supplier information last confirmed: {date}").format(
        date=long_date(registration.confirmed_on) if registration.confirmed_on
        else tr("not recorded")))
    for user in registration.users:
        print(tr("User: {name} <{email}>, {role}").format(
            name=user.name, email=user.email, role=route.role_label(user.role)))
    for share in state.share_codes:
        print(tr("Share code {code} given to {buyer} for {procurement} on {date}").format(
            code=share.code, buyer=share.buyer, procurement=share.procurement or "—",
            date=long_date(share.given_on) if share.given_on else "—"))
    for warning in state.warnings:
        print("⚠ " + warning)
    return EXIT_OK
