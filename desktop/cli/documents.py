"""Command-line sub-commands for documents: `pack …` (PDF) and `export …` (CSV / XLSX)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.qualification import EXIT_OK, EXIT_PROBLEM, organisation_or_say_why
from desktop.i18n import ENGLISH, LANGUAGES, tr
from desktop.reports import registry

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace
    from desktop.core.opportunities import OpportunityInfo
    from desktop.core.organisation import OrganisationInfo

SHEETS = ("lots", "eligibility", "opportunities", "tasks", "evidence", "partners")


def _for(option: str) -> str:
    """ "(for: bid, trustee-paper)": the documents an option is for, from the registry."""
    return tr("(for: {documents})").format(
        documents=", ".join(entry.key for entry in registry.taking(option)))


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    listing = "\n".join(f"  {entry.key:<15} {entry.title()}" for entry in registry.DOCUMENTS)
    pack = commands.add_parser("pack", parents=[common], help=tr("make a PDF document"),
                               formatter_class=argparse.RawDescriptionHelpFormatter,
                               epilog=tr("documents:") + "\n" + listing)
    pack.add_argument("document", choices=registry.keys())
    pack.add_argument("--out", type=Path, required=True,
                      help=tr("the PDF file to write (for the compliance matrix, a .xlsx "
                              "name writes it as a spreadsheet)"))
    pack.add_argument("--opportunity", default="",
                      help=tr("for a bid summary: the buyer's reference or the number") + " "
                      + _for(registry.OPPORTUNITY))
    pack.add_argument("--year", type=int, default=date.today().year,
                      help=tr("for the supply-chain report") + " " + _for(registry.YEAR))
    pack.add_argument("--language", choices=LANGUAGES, default=ENGLISH,
                      help=tr("the document's language: en (English) or cy (Cymraeg)"))
    pack.add_argument("--working-copy", action="store_true",
                      help=tr("for the qualification pack: keep the drafting notes (word "
                              "counts and checks) for your own team") + " "
                      + _for(registry.WORKING_COPY))
    pack.set_defaults(handler=_pack)
    export = commands.add_parser("export", parents=[common],
                                 help=tr("write a spreadsheet (CSV or XLSX)"))
    export.add_argument("sheet", choices=SHEETS)
    export.add_argument("--format", choices=("csv", "xlsx"), default="xlsx")
    export.add_argument("--out", type=Path, required=True)
    export.set_defaults(handler=_export)


def _pack(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.app.documents import DocumentRequest
    from desktop.app.operations import OperationError

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    chosen = registry.entry(args.document)
    if chosen.takes(registry.OPPORTUNITY) and say_which_opportunity(
            workspace, organisation, args.opportunity, _one_opportunity(chosen.key)) is None:
        return EXIT_PROBLEM
    from desktop.i18n import prepare

    prepare(args.language)
    request = DocumentRequest(args.document, args.opportunity, args.year, args.language,
                              args.working_copy and chosen.takes(registry.WORKING_COPY))
    workbook = args.document == "compliance" and args.out.suffix.lower() == ".xlsx"
    try:
        if workbook:
            from desktop.reports.bid_sheets import make_compliance_workbook

            rows = make_compliance_workbook(workspace, organisation, request, args.out)
        else:
            pages = registry.make_document(workspace, organisation, request, args.out)
    except OperationError as error:
        print(error, file=sys.stderr)
        return EXIT_PROBLEM
    if workbook:
        print(tr("{rows} rows written to {file}.").format(rows=rows, file=args.out))
        return EXIT_OK
    print(tr("{pages} pages written to {file}.").format(pages=pages, file=args.out))
    return EXIT_OK


def _one_opportunity(document: str) -> str:
    """What to say when a document for one opportunity is asked for without naming one."""
    if document == "trustee-paper":
        return tr("A trustees' decision paper is for one opportunity: say which with "
                  "--opportunity and its buyer's reference or number.")
    return tr("A bid summary is for one opportunity: say which with --opportunity and its "
              "buyer's reference or number.")


def say_which_opportunity(workspace: Workspace, organisation: OrganisationInfo,
                          wanted: str, missing: str) -> OpportunityInfo | None:
    """A document for one opportunity: the one `wanted` names, under whichever framework; else
    None, having said why (`missing` when nothing was named) in the command line's language
    (not the document's), and listed the ones there are."""
    from desktop.core.opportunity_records import all_opportunities, opportunity_named

    if wanted.strip():
        try:
            return opportunity_named(workspace.database, organisation.id, wanted)
        except LookupError as problem:
            print(str(problem), file=sys.stderr)
    else:
        print(missing, file=sys.stderr)
    choices = all_opportunities(workspace.database, organisation.id, with_tasks=False)
    if not choices:
        print(tr("No opportunities yet: add one on the Opportunities page."),
              file=sys.stderr)
    for opportunity in choices:
        print(f"  {opportunity.id}  {opportunity.buyer_reference or '-'}  {opportunity.title}",
              file=sys.stderr)
    return None


def _export(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.app.documents import document_sources
    from desktop.app.operations import writing_failed
    from desktop.cli.frameworks import EVERY_FRAMEWORK
    from desktop.reports.spreadsheets import export

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    sources = document_sources(workspace, organisation,
                               every_framework=args.framework == EVERY_FRAMEWORK)
    try:
        rows = export(args.sheet, sources, args.out, args.format)
    except OSError as error:
        print(writing_failed(error, args.out), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("{rows} rows written to {file}.").format(rows=rows, file=args.out))
    return EXIT_OK
