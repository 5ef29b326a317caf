"""Command-line sub-commands for writing a bid: `library search`, `check-bid`, `submission
log|list` and `move` (along the pipeline; "submitted" only once a submission is logged).

`check-bid` ends with status 1 when it finds something to put right (0 when clean), so a script
can stop before submitting; a problem that stops it running at all is status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.qualification import (
    EXIT_OK,
    EXIT_PROBLEM,
    chosen_or_say_why,
    organisation_and_catalogue_or_say_why,
)
from desktop.core.bid_questions import Column
from desktop.core.opportunities import Status
from desktop.i18n import plural, tr

if TYPE_CHECKING:
    from desktop.app.workspace import Workspace

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
    submission = commands.add_parser("submission", parents=[common],
                                     help=tr("log what was submitted, or list the log"))
    steps = submission.add_subparsers(dest="action", metavar="ACTION", required=True)
    log = steps.add_parser("log", parents=[common],
                           help=tr("record a submission with the exact files sent"))
    log.add_argument("files", nargs="+", type=Path, metavar="FILE")
    log.add_argument("--opportunity", required=True,
                     help=tr("the buyer's reference or the opportunity's number"))
    log.add_argument("--portal", required=True, help=tr("where it was submitted"))
    log.add_argument("--when", required=True, metavar="DD/MM/YYYY HH:MM",
                     help=tr("when submit was pressed, in UK time"))
    log.add_argument("--by", required=True, help=tr("who pressed submit"))
    log.add_argument("--confirmation", required=True,
                     help=tr("the portal's confirmation reference"))
    log.set_defaults(handler=_log_submission, writes=True)
    listed = steps.add_parser("list", parents=[common], help=tr("the submissions logged"))
    listed.add_argument("--opportunity", required=True,
                        help=tr("the buyer's reference or the opportunity's number"))
    listed.add_argument("--format", choices=("table", "json"), default="table")
    listed.set_defaults(handler=_list_submissions)
    questions = commands.add_parser("questions", parents=[common],
                                    help=tr("import or export a bid's questions"))
    verbs = questions.add_subparsers(dest="action", metavar="ACTION", required=True)
    bring = verbs.add_parser("import", parents=[common],
                             help=tr("add the questions of the buyer's .xlsx or .csv file"))
    bring.add_argument("file", type=Path)
    bring.add_argument("--opportunity", required=True,
                       help=tr("the buyer's reference or the opportunity's number"))
    bring.add_argument("--sheet", default="", help=tr("the workbook's sheet (default: the "
                                                      "first)"))
    bring.add_argument("--columns", default="", metavar="WHAT=COLUMN,…",
                       help=tr("which column holds what, e.g. number=A,text=B,limit=D "
                               "(a letter, a number from 1 or the heading); default: "
                               "guessed from the headings. WHAT is one of: {kinds}").format(
                           kinds=", ".join(column.value for column in Column)))
    bring.add_argument("--preview", action="store_true",
                       help=tr("show the questions found and save nothing"))
    bring.set_defaults(handler=_import_questions, writes=True)
    send = verbs.add_parser("export", parents=[common],
                            help=tr("write the questions and answers as a spreadsheet"))
    send.add_argument("--opportunity", required=True,
                      help=tr("the buyer's reference or the opportunity's number"))
    send.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    send.add_argument("--out", type=Path, required=True)
    send.set_defaults(handler=_export_questions)
    moving = commands.add_parser("move", parents=[common],
                                 help=tr("move an opportunity along the pipeline"))
    moving.add_argument("--opportunity", required=True,
                        help=tr("the buyer's reference or the opportunity's number"))
    moving.add_argument("--to", required=True, choices=[status.value for status in Status])
    moving.add_argument("--reason", default="", help=tr("why it was lost or withdrawn"))
    moving.set_defaults(handler=_move, writes=True)


def _library_search(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.library import age_text
    from desktop.core.library_records import search_library
    from desktop.core.qualification import qualification_forms

    known = organisation_and_catalogue_or_say_why(workspace)
    if known is None:
        return EXIT_PROBLEM
    organisation, catalogue = known
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

    known = organisation_and_catalogue_or_say_why(workspace)
    if known is None:
        return EXIT_PROBLEM
    organisation, catalogue = known
    chosen = chosen_or_say_why(workspace, args.opportunity)
    if chosen is None:
        return EXIT_PROBLEM
    opportunity = chosen.opportunity
    found = check_before_submitting(workspace.database, organisation.id, catalogue,
                                    qualification_forms(catalogue), workspace.evidence_folder,
                                    chosen.opportunity_id, datetime.now(UTC))
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


def _log_submission(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.opportunities import InvalidOpportunity
    from desktop.core.opportunity_records import move
    from desktop.core.submission import InvalidSubmission, SubmissionInfo, read_moment
    from desktop.core.submission_records import record_submission

    chosen = chosen_or_say_why(workspace, args.opportunity)
    if chosen is None:
        return EXIT_PROBLEM
    opportunity = chosen.opportunity
    day, _, clock = args.when.strip().partition(" ")
    moment, problem = read_moment(day, clock)
    try:
        if moment is None:
            raise InvalidSubmission(problem)
        saved = record_submission(workspace.database, workspace.evidence_folder,
                                  chosen.opportunity_id,
                                  SubmissionInfo(None, args.portal, moment, args.by,
                                                 args.confirmation), args.files,
                                  datetime.now(UTC))
    except InvalidSubmission as error:
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("Submission logged: {when} on {portal}, {files}.").format(
        when=saved.when, portal=saved.portal, files=plural(
            len(saved.files), tr("1 file kept"), tr("{count} files kept"))))
    if opportunity.status is Status.WRITING:
        try:
            move(workspace.database, chosen.opportunity_id, Status.SUBMITTED)
            print(tr("{opportunity} is now marked submitted.").format(
                opportunity=opportunity.title))
        except InvalidOpportunity as error:
            print(str(error), file=sys.stderr)
    return EXIT_OK


def _list_submissions(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.submission_records import submissions

    chosen = chosen_or_say_why(workspace, args.opportunity)
    if chosen is None:
        return EXIT_PROBLEM
    logged = submissions(workspace.database, chosen.opportunity_id)
    if args.format == "json":
        json.dump([{"portal": s.portal, "submitted_at": s.submitted_at.isoformat(),
                    "uk_time": s.when, "submitted_by": s.submitted_by,
                    "confirmation": s.confirmation,
                    "files": [{"name": f.file_name, "sha256": f.sha256, "size": f.size}
                              for f in s.files]} for s in logged],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not logged:
        print(tr("No submission logged yet."))
    for entry in logged:
        print(f"{entry.when}  {entry.portal}  {entry.submitted_by}  {entry.confirmation}")
        for file in entry.files:
            print(f"    {file.sha256}  {file.file_name}")
    return EXIT_OK


def _move(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.opportunities import InvalidOpportunity
    from desktop.core.opportunity_records import move

    chosen = chosen_or_say_why(workspace, args.opportunity)
    if chosen is None:
        return EXIT_PROBLEM
    try:
        moved = move(workspace.database, chosen.opportunity_id, Status(args.to), args.reason)
    except InvalidOpportunity as error:
        print(str(error), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("{opportunity}: {status}.").format(opportunity=moved.title,
                                                status=moved.status.label))
    return EXIT_OK


def chosen_columns(typed: str, headings: list[str]) -> dict[Column, int]:
    """"number=A,text=B,limit=Guidance words" → column indexes; ValueError says what is wrong."""
    chosen: dict[Column, int] = {}
    folded = [heading.strip().casefold() for heading in headings]
    for part in (piece for piece in typed.split(",") if piece.strip()):
        what, _, where = (side.strip() for side in part.partition("="))
        try:
            column = Column(what.lower())
        except ValueError:
            raise ValueError(tr("\"{what}\" is not something a column can hold: use one of "
                                "{kinds}.").format(what=what, kinds=", ".join(
                                    c.value for c in Column))) from None
        if where.isdigit() and int(where) >= 1:
            index = int(where) - 1
        elif len(where) == 1 and where.isalpha():
            index = ord(where.upper()) - ord("A")
        elif where.casefold() in folded:
            index = folded.index(where.casefold())
        else:
            raise ValueError(tr("There is no column \"{where}\" (give a letter, a number "
                                "from 1, or a heading).").format(where=where))
        if index >= len(headings):
            raise ValueError(tr("The file has only {count} columns.").format(
                count=len(headings)))
        chosen[column] = index
    return chosen


def _import_questions(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.bid_question_records import add_questions
    from desktop.core.bid_questions import (
        InvalidQuestion,
        QuestionImportError,
        columns_guessed,
        questions_from_rows,
    )
    from desktop.reports.question_sheets import read_question_file

    chosen = chosen_or_say_why(workspace, args.opportunity)
    if chosen is None:
        return EXIT_PROBLEM
    try:
        sheets = read_question_file(args.file).sheets
        name = args.sheet or next(iter(sheets))
        if name not in sheets:
            raise QuestionImportError(tr("There is no sheet \"{sheet}\"; the sheets are: "
                                         "{sheets}.").format(sheet=name,
                                                             sheets=", ".join(sheets)))
        rows = sheets[name]
        headings = rows[0] if rows else []
        try:
            columns = chosen_columns(args.columns, headings) if args.columns \
                else columns_guessed(headings)
        except ValueError as error:
            raise QuestionImportError(str(error)) from None
        found = questions_from_rows(rows[1:], columns)
        for question in found:
            limit = f"{question.limit} {question.limit_unit.label}" if question.limit else ""
            print(f"{question.number:>6}  {limit:<24}  {' '.join(question.text.split())[:70]}")
        if args.preview:
            print(tr("Preview only: nothing saved."))
            return EXIT_OK
        added = add_questions(workspace.database, chosen.opportunity_id, found)
    except (QuestionImportError, InvalidQuestion) as error:
        print(tr("These questions cannot be imported: {reason}").format(reason=error),
              file=sys.stderr)
        return EXIT_PROBLEM
    print(plural(added, tr("1 question imported."), tr("{count} questions imported.")))
    return EXIT_OK


def _export_questions(args: argparse.Namespace, workspace: Workspace) -> int:
    from desktop.core.bid_question_records import load_questions
    from desktop.reports.bid_sheets import write_questions

    chosen = chosen_or_say_why(workspace, args.opportunity)
    if chosen is None:
        return EXIT_PROBLEM
    try:
        rows = write_questions(load_questions(workspace.database, chosen.opportunity_id),
                               args.out, args.format)
    except OSError as error:
        print(tr("Could not write {file}: {reason}").format(
            file=args.out, reason=error.strerror or error), file=sys.stderr)
        return EXIT_PROBLEM
    print(tr("{rows} rows written to {file}.").format(rows=rows, file=args.out))
    return EXIT_OK
