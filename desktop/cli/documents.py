"""Command-line sub-commands for documents: `pack …` (PDF) and `export …` (CSV / XLSX)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.qualification import EXIT_OK, EXIT_PROBLEM, organisation_or_say_why
from desktop.i18n import ENGLISH, LANGUAGES, tr
from desktop.store.faults import cannot_write

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace
    from desktop.core.organisation import OrganisationInfo

DOCUMENTS = ("qualification", "bid", "calendar", "supply-chain", "eligibility", "trustee-paper")
SHEETS = ("lots", "eligibility", "opportunities", "tasks", "evidence", "partners")


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    pack = commands.add_parser("pack", parents=[common], help=tr("make a PDF document"))
    pack.add_argument("document", choices=DOCUMENTS)
    pack.add_argument("--out", type=Path, required=True, help=tr("the PDF file to write"))
    pack.add_argument("--opportunity", default="",
                      help=tr("for a bid summary: the buyer's reference or the number"))
    pack.add_argument("--year", type=int, default=date.today().year,
                      help=tr("for the supply-chain report"))
    pack.add_argument("--language", choices=LANGUAGES, default=ENGLISH,
                      help=tr("the document's language: en (English) or cy (Cymraeg)"))
    pack.add_argument("--working-copy", action="store_true",
                      help=tr("for the qualification pack: keep the drafting notes (word "
                              "counts and checks) for your own team"))
    pack.set_defaults(handler=_pack)
    export = commands.add_parser("export", parents=[common],
                                 help=tr("write a spreadsheet (CSV or XLSX)"))
    export.add_argument("sheet", choices=SHEETS)
    export.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    export.add_argument("--out", type=Path, required=True)
    export.set_defaults(handler=_export)


def _pack(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.reports.documents import DocumentRequest, make_document

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    if args.document in ("bid", "trustee-paper") and not _say_which_opportunity(
            workspace, organisation, args.opportunity):
        return EXIT_PROBLEM
    from desktop.i18n import prepare

    prepare(args.language)
    request = DocumentRequest(args.document, args.opportunity, args.year, args.language,
                              args.working_copy and args.document == "qualification")
    try:
        pages = make_document(workspace, organisation, request, args.out)
    except OSError as error:
        print(cannot_write(error, args.out), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("{pages} pages written to {file}.").format(pages=pages, file=args.out))
    return EXIT_OK


def _say_which_opportunity(workspace: Workspace, organisation: OrganisationInfo,
                           wanted: str) -> bool:
    """A bid summary is for one opportunity: True when `wanted` names one; else say why, in the
    command line's language (not the document's), and list the ones there are."""
    from desktop.core.opportunity_records import all_opportunities
    from desktop.reports.documents import find_opportunity

    if wanted.strip():
        try:
            find_opportunity(workspace, organisation, wanted)
            return True
        except LookupError as problem:
            print(str(problem), file=sys.stderr)
    else:
        print(tr("A bid summary is for one opportunity: say which with --opportunity and its "
                 "buyer's reference or number."), file=sys.stderr)
    choices = all_opportunities(workspace.database, organisation.id)
    if not choices:
        print(tr("No opportunities yet: add one on the Opportunities page."),
              file=sys.stderr)
    for opportunity in choices:
        print(f"  {opportunity.id}  {opportunity.buyer_reference or '-'}  {opportunity.title}",
              file=sys.stderr)
    return False


def _export(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.reports.documents import export_source
    from desktop.reports.spreadsheets import export

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    try:
        rows = export(args.sheet, export_source(workspace, organisation), args.out, args.format)
    except OSError as error:
        print(cannot_write(error, args.out), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("{rows} rows written to {file}.").format(rows=rows, file=args.out))
    return EXIT_OK
