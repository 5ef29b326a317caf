"""Command-line sub-commands for an opportunity's costing: `costing show` (a table or JSON) and
`costing export` (the spreadsheet with live formulas)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.qualification import EXIT_OK, EXIT_PROBLEM, organisation_or_say_why
from desktop.i18n import ENGLISH, LANGUAGES, money_cell, tr

if TYPE_CHECKING:
    from desktop.app.costing import CostingView
    from desktop.app.workspace import Workspace
    from desktop.core.organisation import OrganisationInfo


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    costing = commands.add_parser("costing", parents=[common],
                                  help=tr("an opportunity's full-cost-recovery costing"))
    actions = costing.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common],
                              help=tr("the costing by year, the price and the cash flow"))
    show.add_argument("--opportunity", required=True,
                      help=tr("the opportunity's buyer's reference or number"))
    show.add_argument("--format", choices=("table", "json"), default="table")
    show.set_defaults(handler=_show)
    export = actions.add_parser("export", parents=[common],
                                help=tr("write the costing as a spreadsheet with live "
                                        "formulas"))
    export.add_argument("--opportunity", required=True,
                        help=tr("the opportunity's buyer's reference or number"))
    export.add_argument("--format", choices=("xlsx",), default="xlsx")
    export.add_argument("--out", type=Path, required=True, help=tr("the file to write"))
    export.add_argument("--force", action="store_true",
                        help=tr("replace the file if it is there already"))
    export.add_argument("--language", choices=LANGUAGES, default=ENGLISH,
                        help=tr("the spreadsheet's language: en (English) or cy (Cymraeg)"))
    export.set_defaults(handler=_export)


def _chosen(args: argparse.Namespace,
            workspace: Workspace) -> tuple[OrganisationInfo, int] | None:
    """The organisation and the opportunity's number; None (and why, said) if not found."""
    from desktop.cli.documents import say_which_opportunity

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return None
    found = say_which_opportunity(
        workspace, organisation, args.opportunity,
        tr("A costing is for one opportunity: say which with --opportunity."))
    if found is None or found.id is None:
        return None
    return organisation, found.id


def _view(workspace: Workspace, chosen: tuple[OrganisationInfo, int]) -> CostingView:
    from desktop.app.costing import costing_view

    return costing_view(workspace.database, chosen[0].id, chosen[1])


def _show(args: argparse.Namespace, workspace: Workspace) -> int:
    chosen = _chosen(args, workspace)
    if chosen is None:
        return EXIT_PROBLEM
    view = _view(workspace, chosen)
    if args.format == "json":
        from desktop.app.costing import as_json

        json.dump(as_json(view), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    print(_table(view))
    return EXIT_OK


def _table(view: CostingView) -> str:
    inputs, result, flow = view.costing.inputs, view.result, view.flow
    lines = [view.opportunity.title + (f" ({view.opportunity.buyer_reference})"
                                       if view.opportunity.buyer_reference else ""),
             tr("{months} months; value {value}").format(months=inputs.length_months,
                                                         value=money_cell(inputs.value)), ""]
    headings = [tr("Year"), tr("Staff"), tr("Other costs"), tr("VAT"), tr("Overheads"),
                tr("Full cost"), tr("Price")]
    rows = [[str(y.year), money_cell(y.staff), money_cell(y.non_staff), money_cell(y.vat),
             money_cell(y.overheads), money_cell(y.full_cost), money_cell(y.price)]
            for y in result.years]
    rows.append([tr("Total"), money_cell(sum(y.staff for y in result.years)),
                 money_cell(sum(y.non_staff for y in result.years)),
                 money_cell(sum(y.vat for y in result.years)), money_cell(result.overheads),
                 money_cell(result.full_cost), money_cell(result.price)])
    widths = [max(len(row[i]) for row in [headings, *rows]) for i in range(len(headings))]
    for row in [headings, *rows]:
        lines.append("  ".join(cell.rjust(width) for cell, width in zip(row, widths,
                                                                         strict=True)))
    lines += ["", tr("Margin (price less full cost): {margin}").format(
        margin=money_cell(result.margin))]
    if result.price_per_unit is not None:
        lines.append(tr("Price per {unit}: {amount}").format(
            unit=inputs.unit_label or tr("unit"), amount=money_cell(result.price_per_unit)))
    lines.append(tr("Lowest cash point: {amount} in month {month}; free reserves {reserves}.")
                 .format(amount=money_cell(flow.lowest.balance), month=flow.lowest.month,
                         reserves=money_cell(flow.free_reserves)))
    decision = view.review.decision
    lines.append(tr("The board's decision: {decision}").format(
        decision=decision.describe() if decision.recorded else tr("not recorded yet")))
    lines += ["! " + text for text in (*result.warnings, *flow.warnings)]
    lines += [f"! {flag.where}: {flag.message}" for flag in view.flags]
    lines += [text for text in result.notes]
    return "\n".join(lines)


def _export(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.app.documents import DocumentRequest
    from desktop.reports.registry import make_spreadsheet

    if args.out.exists() and not args.force:
        print(tr("{file} is there already: add --force to replace it.").format(file=args.out),
              file=sys.stderr)
        return EXIT_PROBLEM
    chosen = _chosen(args, workspace)  # what is wrong is said in the command line's language
    if chosen is None:
        return EXIT_PROBLEM
    from desktop.i18n import prepare

    prepare(args.language)
    try:
        sheets = make_spreadsheet(workspace, chosen[0], DocumentRequest(
            "costing", args.opportunity, language=args.language), args.out)
    except OSError as error:
        print(tr("Could not write {file}: {reason}").format(
            file=args.out, reason=error.strerror or error), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("{sheets} sheets written to {file}.").format(sheets=sheets, file=args.out))
    return EXIT_OK
