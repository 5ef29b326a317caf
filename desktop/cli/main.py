"""The command line: `framework-ready` opens the window; sub-commands work without a screen.

Every sub-command honours `--database PATH_OR_URL` (or FRAMEWORK_READY_DATABASE). Problems are
told in plain words on standard error with a non-zero exit status, never as a traceback.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sqlite3
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from desktop import APP_NAME, __version__
from desktop.cli.backups import add_commands as add_backup_commands
from desktop.cli.bid_writing import add_commands as add_bid_writing_commands
from desktop.cli.bidding import add_commands as add_bidding_commands
from desktop.cli.costing import add_commands as add_costing_commands
from desktop.cli.documents import add_commands as add_document_commands
from desktop.cli.frameworks import add_commands as add_framework_commands
from desktop.cli.language import command_line_language
from desktop.cli.qualification import add_commands as add_qualification_commands
from desktop.i18n import ENGLISH, speaking, tr

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace
    from desktop.paths import DatabaseLocation

EXIT_OK = 0
EXIT_FAILED = 1
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
    demo.set_defaults(handler=_demo, writes=True)
    add_qualification_commands(commands, common)
    add_bidding_commands(commands, common)
    add_bid_writing_commands(commands, common)
    add_costing_commands(commands, common)
    add_document_commands(commands, common)
    add_backup_commands(commands, common)
    add_framework_commands(commands, common)  # last: it adds --framework to earlier ones
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command in the language of Settings (or the computer); with none, the window."""
    from desktop.console import utf8_when_redirected
    from desktop.paths import resolve_database

    utf8_when_redirected()  # Windows: a Welsh name would not fit cp1252 in `> file`
    language = command_line_language()
    if language != ENGLISH:
        from desktop.i18n import prepare

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
    """Run a sub-command; whatever goes wrong is said in plain words (details to the log)."""
    try:
        return _run(args, location)
    except _OpeningFailed as failed:
        return _say_problem(failed.error, location, opening=True)
    except Exception as error:  # the one place a command's failure is told
        return _say_problem(error, location)


class _OpeningFailed(Exception):
    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def _run(args: argparse.Namespace, location: DatabaseLocation) -> int:
    file_handler = getattr(args, "file_handler", None)
    if file_handler is not None:  # works on the file itself, even a damaged one
        return int(file_handler(args, location))
    handler: Callable[[argparse.Namespace, Workspace], int] = args.handler
    from desktop.app.workspace import open_workspace

    try:
        workspace = open_workspace(location)
    except Exception as error:
        raise _OpeningFailed(error) from error
    try:
        if workspace.database.read_only and getattr(args, "writes", False):
            from desktop.app.faults import read_only

            assert location.file is not None
            raise read_only(location.file, workspace.database.read_only)
        for message in [*workspace.location_warnings, *workspace.pack_problems]:
            print(message, file=sys.stderr)
        from desktop.cli.frameworks import use_chosen_framework

        if not use_chosen_framework(args, workspace):
            return EXIT_PROBLEM
        return handler(args, workspace)
    finally:
        workspace.close()


def _say_problem(error: Exception, location: DatabaseLocation, opening: bool = False) -> int:
    """Tell what went wrong and what to do; never a traceback or an SQL statement."""
    from desktop.app.faults import (
        BulkChangeBusy,
        DamagedDatabase,
        DatabaseError,
        DatabaseProblem,
        MissingDatabase,
        changed_meanwhile,
        explain,
        not_reached,
    )
    from desktop.core.conflicts import RecordConflict

    _log_details(error)
    if isinstance(error, BulkChangeBusy):
        print(tr("Nothing was changed. {reason}").format(reason=error), file=sys.stderr)
        return EXIT_PROBLEM
    if changed_meanwhile(error) or isinstance(error, RecordConflict):
        print(tr("Someone else changed the same information at the same moment, so nothing was "
                 "saved. Run the command again."), file=sys.stderr)
        return EXIT_PROBLEM
    if isinstance(error, DatabaseProblem):
        problem: Exception = error
    elif not_reached(error) and location.file is None and not opening:
        print(tr("The connection to the team database at {where} was lost, so nothing was "
                 "changed. Check the server is running and the network is up, then try "
                 "again.").format(where=location.describe()), file=sys.stderr)
        return EXIT_PROBLEM
    elif isinstance(error, (DatabaseError, sqlite3.Error, OSError)):
        if location.file is None:
            print(tr("The shared database at {where} could not be used ({reason}). Nothing was "
                     "changed. Check that this computer can reach the server, then try again.")
                  .format(where=location.describe(), reason=type(error).__name__),
                  file=sys.stderr)
            return EXIT_PROBLEM
        problem = explain(error, location.file)
    else:
        logging.getLogger(__name__).error("Unexpected error", exc_info=error)
        print(tr("Framework Ready hit a problem it did not expect ({kind}); what you asked may "
                 "not have finished. Your saved work is safe. The details are in the log: {log}")
              .format(kind=type(error).__name__, log=_log_file()), file=sys.stderr)
        return EXIT_FAILED
    print(tr("Could not open the database: {problem}").format(problem=problem)
          if opening and not isinstance(problem, MissingDatabase) else str(problem),
          file=sys.stderr)
    if isinstance(problem, DamagedDatabase):
        print(tr("To put back the newest sound backup: framework-ready restore --newest"),
              file=sys.stderr)
    return EXIT_PROBLEM


def _log_file() -> str:
    from desktop.logs import LOG_NAME
    from desktop.paths import log_dir

    return str(log_dir() / LOG_NAME)


def _log_details(error: Exception) -> None:
    """The details go to the private log (never the SQL's parameters: they hold answers)."""
    from desktop.logs import start_logging

    try:
        start_logging()
    except OSError:
        return  # no room for the log either: the message on screen is what matters
    detail = str(getattr(error, "orig", None) or error).split("\n", 1)[0][:500]
    logging.getLogger(__name__).error("Command failed: %s: %s", type(error).__name__, detail)


def _catalogue(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.cli.qualification import catalogue_or_say_why
    from desktop.core.catalogue import LotFilter, filter_lots

    catalogue = catalogue_or_say_why(workspace)
    if catalogue is None:
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
