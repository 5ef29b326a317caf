"""`framework-ready frameworks`: every framework pack, its regime and dates; and the
`--framework CODE` that `catalogue`, `eligibility`, `readiness` and `pack` take."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace

EXIT_OK = 0
EXIT_PROBLEM = 2
TAKE_A_FRAMEWORK = ("catalogue", "eligibility", "readiness", "pack", "deadlines", "export")
EVERY_FRAMEWORK = "all"  # `export --framework all`: every framework's opportunities and tasks


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    listing = commands.add_parser("frameworks", parents=[common],
                                  help=tr("list the frameworks, their regime and dates"))
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=_frameworks)
    for name in TAKE_A_FRAMEWORK:
        commands.choices[name].add_argument(
            "--framework", metavar="CODE", default="",
            help=tr("the framework to work on, by code (see \"framework-ready frameworks\"); "
                    "default: the one the window works on (the first you follow, unless you chose "
                    "another)") + (" " + tr("(\"all\": every framework's opportunities and "
                                            "tasks)") if name == "export" else ""))


def use_chosen_framework(args: argparse.Namespace, workspace: Workspace) -> bool:
    """Work on the framework of `--framework`, if given; False (and said why) if unknown."""
    from desktop.app.workspace import UnknownFramework

    code = getattr(args, "framework", "")
    if not code or (code == EVERY_FRAMEWORK and args.command == "export"):
        return True
    try:
        workspace.use_framework(code)
    except UnknownFramework as unknown:
        print(unknown, file=sys.stderr)
        return False
    return True


def _frameworks(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.app.queries import dated, frameworks, reopening_text

    lines = frameworks(workspace)
    if not lines:
        print(tr("No framework information has been loaded yet."), file=sys.stderr)
        return EXIT_PROBLEM
    records = [{
        "code": line.info.code, "name": line.info.name, "short_name": line.info.short_name,
        "buyer": line.info.buyer, "regime": line.info.regime, "procedure": line.info.procedure,
        "procedure_label": line.procedure,
        "status": line.info.status,
        **{name: _date_record(getattr(line.info, name))
           for name in ("opens", "closes", "deadline_date", "ends")},
        "reopenings": [{"opens": r.opens.isoformat() if r.opens else None,
                        "closes": r.closes.isoformat() if r.closes else None,
                        "label": r.label, "certainty": r.provenance.certainty}
                       for r in line.info.reopenings],
        "following": line.following, "chosen": line.chosen,
    } for line in lines]
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for line in lines:
        mark = "▶ " if line.chosen else ("• " if line.following else "  ")
        print(f"{mark}{line.info.code}: {line.info.name} ({line.info.buyer})")
        rows = [(tr("Regime"), line.regime), (tr("Procedure"), line.procedure),
                (tr("Status"), line.status),
                (tr("Opens"), dated(line.info.opens)), (tr("Closes"), dated(line.info.closes)),
                (tr("Deadline date"), dated(line.info.deadline_date)),
                (tr("Reopens"), "; ".join(reopening_text(r) for r in line.info.reopenings)),
                (tr("Ends"), dated(line.info.ends))]
        width = max(len(label) for label, _value in rows)
        for label, value in rows:
            print(f"    {label.ljust(width)}  {value or '—'}")
    print(tr("▶ the framework the pages work on; • one you follow"))
    return EXIT_OK


def _date_record(day: Any) -> dict[str, str] | None:
    if day is None:
        return None
    return {"date": day.day.isoformat(), "certainty": day.provenance.certainty,
            "source": day.provenance.source_title}
