"""Command-line sub-commands for writing a bid: `library search` and `check-bid`.

`check-bid` ends with status 1 when it finds something to put right (0 when clean), so a script
can stop before submitting; a problem that stops it running at all is status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.cli.qualification import (
    EXIT_OK,
    EXIT_PROBLEM,
    catalogue_or_say_why,
    organisation_or_say_why,
)
from desktop.i18n import tr

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace
    from desktop.core.opportunities import OpportunityInfo
    from desktop.core.organisation import OrganisationInfo

EXIT_FOUND = 1  # check-bid: something to put right


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    library = commands.add_parser("library", parents=[common],
                                  help=tr("search every answer written before"))
    actions = library.add_subparsers(dest="action", metavar="ACTION", required=True)
    find = actions.add_parser("search", parents=[common],
                              help=tr("answers holding these words, best first"))
    find.add_argument("text", help=tr("the words to look for"))
    find.add_argument("--format", choices=("table", "json"), default="table")
    find.set_defaults(handler=_library_search)
    check = commands.add_parser("check-bid", parents=[common],
                                help=tr("what to put right before submitting a bid (status 1 "
                                        "when something is found)"))
    check.add_argument("--opportunity", required=True,
                       help=tr("the buyer's reference or the opportunity's number"))
    check.add_argument("--format", choices=("table", "json"), default="table")
    check.set_defaults(handler=_check_bid)


def opportunity_or_say_why(workspace: Workspace, organisation: OrganisationInfo,
                           wanted: str) -> OpportunityInfo | None:
    from desktop.app.bid_writing import opportunity_named

    try:
        return opportunity_named(workspace.database, organisation.id, wanted)
    except LookupError as problem:
        print(str(problem), file=sys.stderr)
        return None


def _library_search(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.library import age_text
    from desktop.core.library_records import search_library
    from desktop.core.qualification import qualification_forms

    organisation = organisation_or_say_why(workspace)
    catalogue = catalogue_or_say_why(workspace) if organisation is not None else None
    if organisation is None or catalogue is None:
        return EXIT_PROBLEM
    hits, more = search_library(workspace.database, organisation.id, args.text,
                                qualification_forms(catalogue))
    now = datetime.now(UTC)
    if args.format == "json":
        json.dump([{"source": hit.source.value, "title": hit.title, "where": hit.where,
                    "outcome": hit.outcome.value, "score": hit.score, "tags": list(hit.tags),
                    "written": hit.written.isoformat(),
                    "review_on": hit.review_on.isoformat() if hit.review_on else None,
                    "stale": hit.stale(now.date()), "text": hit.text} for hit in hits],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not hits:
        print(tr("No answer holds these words."))
    for hit in hits:
        flag = tr("⚠ stale") + "  " if hit.stale(now.date()) else ""
        print(f"{flag}{hit.title}\n    {hit.source.label} · {hit.where} · "
              f"{age_text(hit.written, now)}")
        print("    " + " ".join(hit.text.split())[:160])
    if more:
        print(tr("More answers hold these words: add a word to narrow them."))
    return EXIT_OK


def _check_bid(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.app.bid_writing import check_before_submitting
    from desktop.core.qualification import qualification_forms

    organisation = organisation_or_say_why(workspace)
    catalogue = catalogue_or_say_why(workspace) if organisation is not None else None
    if organisation is None or catalogue is None:
        return EXIT_PROBLEM
    opportunity = opportunity_or_say_why(workspace, organisation, args.opportunity)
    if opportunity is None or opportunity.id is None:
        return EXIT_PROBLEM
    found = check_before_submitting(workspace.database, organisation.id, catalogue,
                                    qualification_forms(catalogue), workspace.evidence_folder,
                                    opportunity.id, datetime.now(UTC))
    if args.format == "json":
        json.dump({"opportunity": opportunity.title, "reference": opportunity.buyer_reference,
                   "ready": not found,
                   "problems": [{"text": p.text, "question_id": p.question_id,
                                 "page": p.target.page if p.target else None}
                                for p in found]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(tr("Before submitting {opportunity}:").format(opportunity=opportunity.title))
        for problem in found:
            print(f"  ⚠ {problem.text}")
        if not found:
            print(tr("  ✓ Nothing found to put right."))
    return EXIT_FOUND if found else EXIT_OK
