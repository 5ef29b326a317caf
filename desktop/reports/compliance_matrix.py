"""The compliance matrix: each question → its limit → the answer's count → within it or not →
the answer's status → the attachment, with what the pre-submission check found elsewhere."""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.app.documents import BidWritingData
from desktop.i18n import tr
from desktop.reports.at_a_glance import document_info
from desktop.reports.pdf import DocumentInfo, heading, para, table


def render(data: BidWritingData) -> tuple[DocumentInfo, list[Flowable]]:
    rows = [(line.number, line.question, line.limit_text or "—", str(line.count),
             ("✓ " + tr("Yes")) if line.within else ("✗ " + tr("No")), line.status,
             line.attachment) for line in data.lines]
    story: list[Flowable] = [heading(tr("Questions, limits and attachments"), 1), table(
        [tr("No."), tr("Question"), tr("Limit"), tr("Count"), tr("Within"), tr("Status"),
         tr("Attachment")], rows, (0.06, 0.33, 0.12, 0.09, 0.09, 0.13, 0.18))
        if rows else para(tr("No questions have been entered for this bid yet."))]
    story.append(heading(tr("To put right before submitting"), 1))
    story += [para("⚠ " + problem.text) for problem in data.problems] or [
        para("✓ " + tr("Nothing found to put right."))]
    within = sum(1 for line in data.lines if line.within)
    glance = ((tr("Within their limits"), f"{within} / {len(data.lines)}"),
              (tr("To put right before submitting"), str(len(data.problems))))
    return document_info(tr("Compliance matrix"), data.opportunity.title, data, glance), story
