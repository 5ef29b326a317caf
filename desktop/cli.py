"""The command line: `framework-ready` opens the window; sub-commands work without a screen.

Every sub-command honours `--database PATH_OR_URL` (or FRAMEWORK_READY_DATABASE). Problems are
told in plain words on standard error with a non-zero exit status, never as a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from desktop import APP_NAME, __version__
from desktop.cli_backups import add_commands as add_backup_commands
from desktop.cli_bidding import add_commands as add_bidding_commands
from desktop.cli_documents import add_commands as add_document_commands
from desktop.cli_language import command_line_language
from desktop.cli_qualification import add_commands as add_qualification_commands
from desktop.i18n import ENGLISH, speaking, tr

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace
    from desktop.paths import DatabaseLocation

EXIT_OK = 0
EXIT_PROBLEM = 2


@dataclass(frozen=True, slots=True)
class LotRecord:
    """One lot as the command line prints it (CSV/JSON columns in this order)."""

    code: str
    title: str
    family: str
    categories: str
    cohorts: str
    region: str
    pcc_area: str
    certainty: str
    source: str


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="framework-ready",
        description=tr("{app}: qualify your organisation onto a public-sector framework, see "
                       "which lots you can bid for, and track every deadline. With no command, "
                       "the window opens.").format(app=APP_NAME),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    database_help = tr("database file or postgresql+psycopg:// URL to use instead of the "
                       "default (also FRAMEWORK_READY_DATABASE)")
    parser.add_argument("--database", metavar="PATH_OR_URL", help=database_help)
    # The same option after a command (`framework-ready demo --database X`) wins if given.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", metavar="PATH_OR_URL", help=database_help,
                        default=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true",
                        help=tr("open the main window off screen, load everything, and exit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    catalogue = commands.add_parser("catalogue", parents=[common],
                                    help=tr("list the framework's lots"))
    catalogue.add_argument("--format", choices=("table", "csv", "json"), default="table")
    catalogue.add_argument("--category", default="",
                           help=tr("category or group code, e.g. ACC or PW"))
    catalogue.add_argument("--region", default="", help=tr("region code, e.g. D for Wales"))
    catalogue.add_argument("--pcc-area", default="", help=tr("PCC area, e.g. dyfed-powys"))
    catalogue.add_argument("--cohort", default="", help=tr("cohort code, e.g. WOM or YA"))
    catalogue.add_argument("--search", default="", help=tr("words to look for in lot titles"))
    catalogue.set_defaults(handler=_catalogue)

    demo = commands.add_parser("demo", parents=[common],
                               help=tr("create the sample charity to explore the app"))
    demo.set_defaults(handler=_demo)
    add_qualification_commands(commands, common)
    add_bidding_commands(commands, common)
    add_document_commands(commands, common)
    add_backup_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command in the language of Settings (or the computer); with none, the window."""
    from desktop.paths import resolve_database

    language = command_line_language()
    if language != ENGLISH:
        from desktop.translations import prepare

        prepare(language)
    with speaking(language):
        args = build_parser().parse_args(argv)
        location = resolve_database(args.database)
        handler = getattr(args, "handler", None) or getattr(args, "file_handler", None)
        if handler is not None:
            return _command(args, location)
    from desktop.ui.app import run_gui

    return run_gui(location, self_test=args.self_test)


def _command(args: argparse.Namespace, location: DatabaseLocation) -> int:
    from desktop.store.errors import DamagedDatabase, DatabaseProblem

    file_handler = getattr(args, "file_handler", None)
    if file_handler is not None:  # works on the file itself, even a damaged one
        return int(file_handler(args, location))
    handler: Callable[[argparse.Namespace, Workspace], int] = args.handler
    from desktop.core.workspace import open_workspace

    try:
        workspace = open_workspace(location)
    except DatabaseProblem as problem:
        print(tr("Could not open the database: {problem}").format(problem=problem),
              file=sys.stderr)
        if isinstance(problem, DamagedDatabase):
            print(tr("To put back the newest sound backup: framework-ready restore --newest"),
                  file=sys.stderr)
        return EXIT_PROBLEM
    except sqlite3.DatabaseError as error:
        print(tr("The database file is damaged ({reason}). Nothing was changed. Check it with "
                 "\"framework-ready check\" and put back the newest sound backup with "
                 "\"framework-ready restore --newest\".").format(reason=error), file=sys.stderr)
        return EXIT_PROBLEM
    try:
        for message in workspace.pack_problems:
            print(message, file=sys.stderr)
        return _guarded(handler, args, workspace)
    finally:
        workspace.close()


def _guarded(handler: Callable[[argparse.Namespace, Workspace], int], args: argparse.Namespace,
             workspace: Workspace) -> int:
    """Run a command; a team database that went away, or a record a colleague changed at the
    same moment, is said in plain words (the transaction was rolled back: nothing half-done)."""
    from sqlalchemy.exc import OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    from desktop.core.conflicts import RecordConflict
    from desktop.store.locks import BulkChangeBusy

    try:
        return handler(args, workspace)
    except BulkChangeBusy as busy:
        print(tr("Nothing was changed. {reason}").format(reason=busy), file=sys.stderr)
    except (RecordConflict, StaleDataError):
        print(tr("Someone else changed the same records at the same moment, so nothing was "
                 "changed. Try again."), file=sys.stderr)
    except OperationalError as error:
        if workspace.database.location.is_sqlite:
            print(tr("The database file could not be used just now ({reason}), so nothing was "
                     "changed. Try again in a moment.").format(reason=error.orig),
                  file=sys.stderr)
            return EXIT_PROBLEM
        print(tr("The connection to the team database at {where} was lost, so nothing was "
                 "changed. Check the server is running and the network is up, then try "
                 "again.").format(where=workspace.database.location.describe()),
              file=sys.stderr)
    return EXIT_PROBLEM


def _catalogue(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.catalogue import LotFilter, NoCatalogue, filter_lots
    from desktop.core.catalogue_records import load_catalogue

    try:
        catalogue = load_catalogue(workspace.database)
    except NoCatalogue:
        print(tr("No framework information has been loaded yet."), file=sys.stderr)
        return EXIT_PROBLEM
    lot_filter = LotFilter(category=args.category, region=args.region, pcc_area=args.pcc_area,
                           cohort=args.cohort, text=args.search)
    records = [
        LotRecord(lot.code, lot.title, lot.family_name, " ".join(lot.categories),
                  " ".join(lot.cohorts), lot.region_name, lot.pcc_area_name,
                  lot.provenance.certainty, lot.provenance.source_title)
        for lot in filter_lots(catalogue, lot_filter)
    ]
    {"table": _print_table, "csv": _print_csv, "json": _print_json}[args.format](
        records, sys.stdout)
    return EXIT_OK


def _print_table(records: list[LotRecord], out: TextIO) -> None:
    columns = ("code", "title", "categories", "cohorts")
    rows = [tuple(getattr(r, c) for c in columns) for r in records]
    widths = [max([len(c), *(len(row[i]) for row in rows)]) for i, c in enumerate(columns)]
    for row in [tuple(c.upper() for c in columns), *rows]:
        out.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                  .rstrip() + "\n")
    out.write(tr("{count} lots").format(count=len(records)) + "\n")


def _print_csv(records: list[LotRecord], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(LotRecord.__slots__)
    writer.writerows([getattr(r, c) for c in LotRecord.__slots__] for r in records)


def _print_json(records: list[LotRecord], out: TextIO) -> None:
    json.dump([{c: getattr(r, c) for c in LotRecord.__slots__} for r in records], out,
              ensure_ascii=False, indent=2)
    out.write("\n")


def _demo(_args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.sample import ensure_sample

    organisation = ensure_sample(workspace.database)
    print(tr("The database at {where} belongs to {name}.").format(
        where=workspace.database.location.describe(), name=organisation.name))
    return EXIT_OK
