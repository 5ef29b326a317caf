"""A bid's questions as a spreadsheet (CSV or XLSX): the buyer's questions with the charity's
answers, counted as the buyer counts them; and the compliance matrix (question → limit → count
→ status → attachment). Written through `spreadsheets.write_sheet` (atomic; text never run as
a formula; a cell cut at the 32,767 characters XLSX holds)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.app.bid_writing import ComplianceLine
from desktop.core.bid_questions import BidQuestion, count, weighting_text
from desktop.i18n import speaking, tr
from desktop.reports.spreadsheets import Sheet, write_sheet

if TYPE_CHECKING:
    from desktop.app.documents import DocumentRequest
    from desktop.app.workspace import Workspace
    from desktop.core.organisation import OrganisationInfo


def questions_sheet(questions: Sequence[BidQuestion]) -> Sheet:
    return Sheet(tr("Questions"), [
        tr("Number"), tr("Question"), tr("Guidance"), tr("Limit"), tr("Counted in"),
        tr("Weighting (%)"), tr("Scoring"), tr("Pass or fail"), tr("Attachment needed"),
        tr("Lots"), tr("Answer"), tr("Count"), tr("Status"), tr("Owner"),
        tr("Reviewer's comments")], [
        [q.number, q.text, q.guidance, q.limit, q.limit_unit.label,
         weighting_text(q.weighting), q.scoring, tr("Yes") if q.pass_fail else tr("No"),
         tr("Yes") if q.attachment_required else tr("No"), ", ".join(q.lots), q.answer,
         count(q.answer, q.limit_unit), q.status.label, q.owner, q.comments]
        for q in questions])


def compliance_sheet(lines: Sequence[ComplianceLine]) -> Sheet:
    return Sheet(tr("Compliance"), [
        tr("Number"), tr("Question"), tr("Limit"), tr("Count"), tr("Within the limit"),
        tr("Status"), tr("Attachment"), tr("To put right")], [
        [line.number, line.question, line.limit_text, line.count,
         tr("Yes") if line.within else tr("No"), line.status, line.attachment,
         "; ".join(line.problems)] for line in lines])


def write_questions(questions: Sequence[BidQuestion], path: Path, file_format: str) -> int:
    write_sheet(questions_sheet(questions), path, file_format)
    return len(questions)


def write_compliance(lines: Sequence[ComplianceLine], path: Path) -> int:
    write_sheet(compliance_sheet(lines), path, "xlsx")
    return len(lines)


def make_compliance_workbook(workspace: Workspace, organisation: OrganisationInfo,
                             request: DocumentRequest, path: Path) -> int:
    """The compliance matrix as XLSX, gathered as its PDF is; OperationError as make_document
    raises it. Returns the number of questions."""
    from desktop.app.documents import document_sources, gather_bid_writing
    from desktop.app.operations import OperationError, writing_failed

    try:
        with speaking(request.language):
            data = gather_bid_writing(document_sources(workspace, organisation), request)
            return write_compliance(data.lines, path)
    except LookupError as error:
        raise OperationError(str(error)) from error
    except OSError as error:
        raise writing_failed(error, path) from error
