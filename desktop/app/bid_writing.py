"""Bid writing, asked one way by the window and the command line: everything the
pre-submission check reads, gathered in one go."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.app.queries import eligibility
from desktop.core.bid_check import BidFacts, BidProblem, check_bid
from desktop.core.bid_question_records import load_questions
from desktop.core.bid_questions import BidQuestion, count, over_limit
from desktop.core.catalogue import Catalogue
from desktop.core.evidence_records import list_evidence
from desktop.core.opportunities import UK
from desktop.core.opportunity_records import load_opportunity
from desktop.core.supply_chain_records import bid_partners
from desktop.i18n import tr
from desktop.questionnaire.model import Form
from desktop.store.engine import Database


def check_before_submitting(database: Database, organisation_id: int, catalogue: Catalogue,
                            forms: Mapping[str, Form], evidence_folder: Path,
                            opportunity_id: int, now: datetime) -> list[BidProblem]:
    """What must be put right before this bid goes in (empty: nothing found)."""
    opportunity = load_opportunity(database, opportunity_id)
    deadline = opportunity.deadline
    on_the_day = (deadline.due if deadline is not None else now).astimezone(UK).date()
    facts = BidFacts(
        evidence={document.id: document for document in list_evidence(
            database, evidence_folder, organisation_id)},
        partners=bid_partners(database, opportunity_id),
        eligibility=eligibility(database, organisation_id, catalogue, forms, evidence_folder,
                                on_the_day, value=opportunity.value,
                                lot_codes=opportunity.lot_codes))
    return check_bid(opportunity, load_questions(database, opportunity_id), now, facts)


@dataclass(frozen=True, slots=True)
class ComplianceLine:
    """One row of the compliance matrix: question → limit → count → status → attachment."""

    number: str
    question: str
    limit_text: str  # "500 words", or "" when there is none
    count: int
    within: bool
    status: str
    attachment: str  # the document chosen, "not needed" or what is wrong
    problems: tuple[str, ...]  # the check's findings for this question


def compliance_lines(questions: Sequence[BidQuestion], problems: Sequence[BidProblem],
                     evidence_titles: Mapping[int, str]) -> list[ComplianceLine]:
    lines = []
    for question in questions:
        if not question.attachment_required:
            attachment = tr("Not needed")
        elif question.attachment_id is None:
            attachment = tr("Needed: none chosen")
        else:
            attachment = evidence_titles.get(question.attachment_id, tr(
                "No longer in the evidence library"))
        limit = f"{question.limit} {question.limit_unit.label}" if question.limit else ""
        lines.append(ComplianceLine(
            question.number, question.text, limit, count(question.answer, question.limit_unit),
            not over_limit(question), question.status.label, attachment,
            tuple(p.text for p in problems if p.question_id == question.id)))
    return lines
