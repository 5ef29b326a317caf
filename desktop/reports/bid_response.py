"""The bid response for internal review: every question with its answer, the answer's count
against the limit (the buyer's way of counting), the weighting and the status, on clean A4.

Answers flow as paragraphs (one per line typed), so a 500-word answer splits over a page end
and 60 of them are laid out in well under a second.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.app.documents import BidWritingData
from desktop.core.bid_questions import Status, count_text, over_limit, weighting_text
from desktop.i18n import tr
from desktop.reports.at_a_glance import document_info
from desktop.reports.pdf import DocumentInfo, facts, flowing, heading, para


def marks_line(data: BidWritingData) -> str:
    final = [q for q in data.questions if q.status is Status.FINAL]
    return tr("{covered} of {marks}").format(
        covered=weighting_text(sum(q.weighting or 0 for q in final)) or "0 %",
        marks=weighting_text(sum(q.weighting or 0 for q in data.questions)) or "0 %")


def render(data: BidWritingData) -> tuple[DocumentInfo, list[Flowable]]:
    story: list[Flowable] = [heading(tr("Questions and answers"), 1)]
    for question in data.questions:
        story.append(heading(tr("Question {number}").format(number=question.number), 2))
        story.extend(flowing(question.text))
        details = [(tr("Count"), ("⚠ " if over_limit(question) else "") + count_text(question)),
                   (tr("Weighting"), weighting_text(question.weighting) or "—"),
                   (tr("Status"), question.status.label)]
        if question.owner:
            details.append((tr("Owner"), question.owner))
        if question.pass_fail:
            details.append((tr("Pass or fail"), tr("Yes")))
        story += facts(details, answers=False)
        story.append(para(tr("Answer"), "label"))
        story.extend(flowing(question.answer) if question.answer.strip()
                     else [para(tr("Not answered yet."))])
    if not data.questions:
        story.append(para(tr("No questions have been entered for this bid yet.")))
    answered = sum(1 for q in data.questions if q.answer.strip())
    glance = ((tr("Questions answered"), f"{answered} / {len(data.questions)}"),
              (tr("Marks covered by final answers"), marks_line(data)),
              (tr("To put right before submitting"), str(len(data.problems))))
    return document_info(tr("Bid response"), data.opportunity.title, data, glance), story
