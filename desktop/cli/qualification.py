"""Command-line sub-commands for qualification: `answers export|import`, `readiness` and
`eligibility`.

They print the same figures the window shows. Imports are checked in full before anything is
written; exports to a file are written atomically.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace
    from desktop.core.catalogue import Catalogue
    from desktop.core.opportunities import OpportunityInfo
    from desktop.core.organisation import OrganisationInfo

EXIT_OK = 0
EXIT_PROBLEM = 2


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    answers = commands.add_parser("answers", parents=[common],
                                  help=tr("export or import questionnaire answers"))
    actions = answers.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", parents=[common],
                                help=tr("write every answer as JSON"))
    export.add_argument("--format", choices=("json",), default="json")
    export.add_argument("--out", type=Path, help=tr("file to write (default: the screen)"))
    export.set_defaults(handler=_export)
    load = actions.add_parser("import", parents=[common],
                              help=tr("read answers from a JSON export (all or nothing)"))
    load.add_argument("file", type=Path)
    load.set_defaults(handler=_import, writes=True)
    ready = commands.add_parser("readiness", parents=[common],
                                help=tr("how ready you are to qualify, and what to do next"))
    ready.add_argument("--format", choices=("table", "json"), default="table")
    ready.set_defaults(handler=_readiness)
    eligibility = commands.add_parser("eligibility", parents=[common],
                                      help=tr("which lots you can bid for, and why not"))
    eligibility.add_argument("--format", choices=("table", "csv", "json"), default="table")
    eligibility.add_argument("--value", type=_pounds, metavar="POUNDS",
                             help=tr("a competition's value, checked against your financial "
                                     "threshold, e.g. 2,400,000"))
    eligibility.set_defaults(handler=_eligibility)


def _pounds(text: str) -> int:
    from desktop.questionnaire.model import Field, FieldType
    from desktop.questionnaire.values import interpret

    result = interpret(Field("value", "value", FieldType.MONEY, required=True), text)
    if not result.ok:
        raise argparse.ArgumentTypeError(result.problem)
    return int(result.value)


def organisation_or_say_why(workspace: Workspace) -> OrganisationInfo | None:
    from desktop.core.organisation_records import current_organisation

    organisation = current_organisation(workspace.database)
    if organisation is None:
        print(tr("There is no organisation in this database yet. Open the app to add yours, or "
                 "run \"framework-ready demo\" for the sample charity."), file=sys.stderr)
    return organisation


class Chosen(NamedTuple):
    """The organisation and the opportunity a command was given (found by `chosen_or_say_why`)."""

    organisation: OrganisationInfo
    opportunity: OpportunityInfo
    opportunity_id: int


def chosen_or_say_why(workspace: Workspace, wanted: str) -> Chosen | None:
    """The organisation and the opportunity with the buyer's reference or number `wanted`;
    None, with why said on standard error, when either is not there."""
    from desktop.core.opportunity_records import opportunity_named

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return None
    try:
        opportunity = opportunity_named(workspace.database, organisation.id, wanted)
    except LookupError as problem:
        print(str(problem), file=sys.stderr)
        return None
    assert opportunity.id is not None  # a saved opportunity always has its number
    return Chosen(organisation, opportunity, opportunity.id)


def organisation_and_catalogue_or_say_why(workspace: Workspace,
                                          ) -> tuple[OrganisationInfo, Catalogue] | None:
    """The organisation and the framework information; None, with why said, without either."""
    organisation = organisation_or_say_why(workspace)
    catalogue = catalogue_or_say_why(workspace) if organisation is not None else None
    return (organisation, catalogue) if organisation is not None and catalogue is not None \
        else None


def catalogue_or_say_why(workspace: Workspace) -> Catalogue | None:
    from desktop.core.catalogue import NoCatalogue

    try:
        return workspace.catalogue()
    except NoCatalogue:
        print(tr("No framework information has been loaded yet."), file=sys.stderr)
        return None


def _forms(workspace: Workspace) -> dict[str, Any]:
    from desktop.core.catalogue import NoCatalogue
    from desktop.core.qualification import qualification_forms

    try:
        return qualification_forms(workspace.catalogue())
    except NoCatalogue:
        return qualification_forms(None)


def _export(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.atomic import write_bytes_atomically
    from desktop.core.answer_records import export_answers

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    document = export_answers(workspace.database, organisation.id, organisation.name,
                              _forms(workspace), workspace.framework_code)
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if args.out is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        write_bytes_atomically(args.out, text.encode("utf-8"))
    except OSError as error:
        print(tr("Could not write {file}: {reason}").format(
            file=args.out, reason=error.strerror or error), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("Answers written to {file}.").format(file=args.out))
    return EXIT_OK


def _import(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.app.operations import OperationError, import_answers_file

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    try:
        changed = import_answers_file(workspace.database, organisation.id, _forms(workspace),
                                      args.file, workspace.framework_code)
    except OperationError as error:
        print(error.told(), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("{count} answers changed. Earlier wording is kept in each answer's history.")
          .format(count=changed))
    return EXIT_OK


def _readiness(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.qualification import evidence_figure, readiness

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    catalogue = catalogue_or_say_why(workspace)
    if catalogue is None:
        return EXIT_PROBLEM
    forms = _forms(workspace)
    figures = readiness(workspace.database, organisation.id, catalogue, forms,
                        workspace.evidence_folder, date.today())
    percent = {code: round(value * 100) for code, value in figures.forms.items()}
    if args.format == "json":
        json.dump({"organisation": organisation.name, "overall": round(figures.overall * 100),
                   "framework": catalogue.framework.code,
                   "journey": round(figures.journey * 100),
                   "supplier_route": None if figures.supplier_route is None
                   else round(figures.supplier_route * 100), "forms": percent,
                   "evidence_in_date": figures.evidence_in_date,
                   "evidence_total": figures.evidence_total, "documents": figures.documents,
                   "next_action": figures.next_action}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    lines = [
        (tr("Organisation"), organisation.name),
        (tr("Ready overall"), f"{round(figures.overall * 100)}%"),
        (tr("Framework"), catalogue.framework.name),
        (tr("Portal journey"), f"{round(figures.journey * 100)}%"),
        *(((tr("Supplier registration"), f"{round(figures.supplier_route * 100)}%"),)
          if figures.supplier_route is not None else ()),
        *((forms[code].title, f"{value}%") for code, value in percent.items()),
        (tr("Evidence asked for, in date"), evidence_figure(figures)),
        (tr("Next"), figures.next_action),
    ]
    width = max(len(label) for label, _value in lines)
    for label, value in lines:
        print(f"{label.ljust(width)}  {value}")
    return EXIT_OK


def _eligibility(args: argparse.Namespace, workspace: Workspace) -> int:
    import csv

    from desktop.app.queries import eligibility

    organisation = organisation_or_say_why(workspace)
    if organisation is None:
        return EXIT_PROBLEM
    catalogue = catalogue_or_say_why(workspace)
    if catalogue is None:
        return EXIT_PROBLEM
    results = eligibility(workspace.database, organisation.id, catalogue, _forms(workspace),
                          workspace.evidence_folder, date.today(), value=args.value)
    records = [{"lot": r.lot.code, "title": r.lot.title, "standing": r.standing.name.lower(),
                "reasons": [reason.text for reason in (r.problems or r.reasons)]}
               for r in results]
    if args.format == "json":
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["lot", "title", "standing", "reasons"])
        writer.writerows([r["lot"], r["title"], r["standing"], "; ".join(r["reasons"])]
                         for r in records)
    else:
        width = max(len(r.lot.code) for r in results)
        for result in results:
            print(f"{result.lot.code.ljust(width)}  {result.summary()}")
        counts = {standing: sum(1 for r in results if r.standing is standing)
                  for standing in {r.standing for r in results}}
        print("; ".join(f"{standing.label}: {count}" for standing, count in
                        sorted(counts.items(), reverse=True)))
    return EXIT_OK
