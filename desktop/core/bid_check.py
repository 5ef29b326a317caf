"""The check before a bid is submitted: what is missing or wrong, each naming its place.

Plain Python over what is already gathered (`app.bid_writing.bid_check_facts` reads it): every
question answered, within its limit and marked final; pass/fail questions answered; each
required attachment chosen from the evidence library, its stored copy whole and in date on the
deadline day; key subcontractors named with their share, and the supply-chain rules kept; the
charity still eligible for each of the bid's lots at the bid's value; the trustees' decision to
bid recorded (the opportunity's bid / no-bid decision, which the board's decision sets); and
the deadline not passed. Each problem carries where it is put right.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from desktop.core.bid_questions import BidQuestion, Status, over_limit
from desktop.core.eligibility import LotEligibility, Standing
from desktop.core.evidence import EvidenceInfo, file_problems
from desktop.core.opportunities import OpportunityInfo
from desktop.core.supply_chain import BidPartnerInfo, Role, chain_warnings
from desktop.core.targets import Target
from desktop.i18n import long_date, tr


@dataclass(frozen=True, slots=True)
class BidProblem:
    text: str
    question_id: int | None = None  # the question to open; None: elsewhere (see target)
    target: Target | None = None  # where it is put right


@dataclass(frozen=True, slots=True)
class BidFacts:
    """What the check reads beyond the questions, gathered in one go."""

    evidence: Mapping[int, EvidenceInfo] = field(default_factory=dict)  # by id
    partners: Sequence[BidPartnerInfo] | None = None  # None: not checked
    eligibility: Sequence[LotEligibility] | None = None  # None: not checked


def _question_problems(opportunity: OpportunityInfo, question: BidQuestion,
                       facts: BidFacts, deadline: datetime | None) -> list[BidProblem]:
    label = tr("Question {number}").format(number=question.number or "?")
    problems = []

    def problem(text: str) -> None:
        problems.append(BidProblem(text, question.id, Target(
            "bid-writing", item=opportunity.id, question=question.id)))

    if not question.answer.strip():
        problem(tr("{question}: not answered yet.").format(question=label) + (
            " " + tr("It is a pass or fail question.") if question.pass_fail else ""))
    elif over := over_limit(question):
        problem(tr("{question}: {over} over the limit of {limit} {unit}.").format(
            question=label, over=over, unit=question.limit_unit.label, limit=question.limit))
    elif question.status is not Status.FINAL:
        problem(tr("{question}: not marked final yet ({status}).").format(
            question=label, status=question.status.label))
    if not question.attachment_required:
        return problems
    document = facts.evidence.get(question.attachment_id or 0)
    if question.attachment_id is None:
        problem(tr("{question}: needs an attachment. Choose it from the evidence library.")
                .format(question=label))
    elif document is None:
        problem(tr("{question}: the attachment chosen is no longer in the evidence library.")
                .format(question=label))
    else:
        until = document.details.valid_until
        if deadline is not None and until is not None and until < deadline.date():
            problem(tr("{question}: the attachment \"{title}\" expires on {day}, before the "
                       "deadline.").format(question=label, title=document.title,
                                           day=long_date(until)))
        for missing in file_problems(document):
            problem(tr("{question}: the attachment \"{title}\": {problem}").format(
                question=label, title=document.title, problem=missing))
    return problems


def _partner_problems(opportunity: OpportunityInfo,
                      partners: Sequence[BidPartnerInfo]) -> list[BidProblem]:
    where = Target("opportunities", item=opportunity.id)
    problems = [BidProblem(text, target=where) for text in chain_warnings(list(partners))]
    for partner in partners:
        if partner.role is Role.KEY_SUBCONTRACTOR and partner.share_percent is None:
            problems.append(BidProblem(tr(
                "{partner}: a key subcontractor's share of the work is not recorded.").format(
                    partner=partner.partner_name), target=where))
        if partner.role is Role.KEY_SUBCONTRACTOR and not partner.services.strip():
            problems.append(BidProblem(tr(
                "{partner}: say what this key subcontractor delivers.").format(
                    partner=partner.partner_name), target=where))
    return problems


def _lot_problems(opportunity: OpportunityInfo, lots: Sequence[LotEligibility],
                  partners: Sequence[BidPartnerInfo] | None) -> list[BidProblem]:
    if not opportunity.lot_codes:
        return [BidProblem(tr("No lots are chosen for this bid (on the opportunity)."),
                           target=Target("opportunities", item=opportunity.id))]
    someone_else_leads = any(p.role is Role.LEAD for p in partners or ())
    needed = Standing.PARTNER if someone_else_leads else Standing.LEAD
    problems = []
    for lot in lots:
        if lot.standing < needed:
            fix = next((r.fix for r in lot.problems if r.fix is not None), Target("lots"))
            problems.append(BidProblem(tr("Lot {lot}: {summary}").format(
                lot=lot.lot.code, summary=lot.summary()), target=fix))
    return problems


def check_bid(opportunity: OpportunityInfo, questions: Sequence[BidQuestion],
              now: datetime, facts: BidFacts | None = None) -> list[BidProblem]:
    facts = facts or BidFacts()
    here = Target("opportunities", item=opportunity.id)
    problems = []
    if not questions:
        problems.append(BidProblem(tr("No questions have been entered for this bid yet."),
                                   target=Target("bid-writing", item=opportunity.id)))
    milestone = opportunity.milestone("submission")
    deadline = milestone.due if milestone is not None else None
    for question in questions:
        problems.extend(_question_problems(opportunity, question, facts, deadline))
    if facts.partners is not None:
        problems.extend(_partner_problems(opportunity, facts.partners))
    if facts.eligibility is not None:
        problems.extend(_lot_problems(opportunity, facts.eligibility, facts.partners))
    if opportunity.decision != "bid":
        problems.append(BidProblem(tr(
            "The trustees' decision to bid is not recorded (on the opportunity)."), target=here))
    if deadline is None:
        problems.append(BidProblem(tr("No submission deadline is recorded (on the "
                                      "opportunity)."), target=here))
    elif deadline <= now:
        problems.append(BidProblem(tr("The submission deadline has passed."), target=here))
    return problems
