"""The check before a bid is submitted: what is missing or wrong, each naming its question.

Plain Python over what is already loaded. Covers the answers (every question answered, within
its limit, marked final), questions that need an attachment, the trustees' decision and the
deadline. Evidence dates, subcontractors' shares and lot eligibility are not checked here yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from desktop.core.bid_questions import BidQuestion, Status, over_limit
from desktop.core.opportunities import OpportunityInfo
from desktop.i18n import tr


@dataclass(frozen=True, slots=True)
class BidProblem:
    text: str
    question_id: int | None = None  # the question to open; None: the opportunity itself


def check_bid(opportunity: OpportunityInfo, questions: Sequence[BidQuestion],
              now: datetime) -> list[BidProblem]:
    problems = []
    if not questions:
        problems.append(BidProblem(tr("No questions have been entered for this bid yet.")))
    for question in questions:
        label = tr("Question {number}").format(number=question.number or "?")
        if not question.answer.strip():
            problems.append(BidProblem(tr("{question}: not answered yet.").format(
                question=label) + (" " + tr("It is a pass or fail question.")
                                   if question.pass_fail else ""), question.id))
        elif over := over_limit(question):
            problems.append(BidProblem(tr("{question}: {over} over the limit of {limit} "
                                          "{unit}.").format(
                question=label, over=over, unit=question.limit_unit.label,
                limit=question.limit), question.id))
        elif question.status is not Status.FINAL:
            problems.append(BidProblem(tr("{question}: not marked final yet ({status}).").format(
                question=label, status=question.status.label), question.id))
        if question.attachment_required:
            problems.append(BidProblem(tr(
                "{question}: needs an attachment. Check it is ready to upload with the bid.")
                .format(question=label), question.id))
    if opportunity.decision != "bid":
        problems.append(BidProblem(tr(
            "The trustees' decision to bid is not recorded (on the opportunity).")))
    deadline = opportunity.milestone("submission")
    if deadline is not None and deadline.due <= now:
        problems.append(BidProblem(tr("The submission deadline has passed.")))
    return problems
