"""What each document shows, gathered from the saved data: one `gather_…` per document, each
returning a plain dataclass that `desktop.reports` draws (see `desktop.reports.registry`).

Gathering reads through core's *_records modules and runs core's rules; it draws nothing and
imports no ReportLab, so a document's figures can be tested without a PDF and the drawing without
a database. Everything here is read in the language `tr()` speaks on this thread (the document's).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop.app.bid_writing import ComplianceLine, check_before_submitting, compliance_lines
from desktop.app.costing import CostingView, costing_view
from desktop.app.queries import eligibility
from desktop.app.workspace import Workspace
from desktop.core.bid_check import BidProblem
from desktop.core.bid_question_records import load_questions
from desktop.core.bid_questions import BidQuestion
from desktop.core.board import BoardReview, RiskKind
from desktop.core.catalogue import Catalogue
from desktop.core.checklist import ChecklistItem, load_checklist
from desktop.core.costing import CostingInputs, CostingResult
from desktop.core.costing_cashflow import CashFlow
from desktop.core.costing_rates import Rates
from desktop.core.eligibility import LotEligibility
from desktop.core.evidence import EvidenceInfo, warnings
from desktop.core.evidence_records import list_evidence
from desktop.core.form_codes import PSQ
from desktop.core.journey import StepState
from desktop.core.journey_records import load_journey
from desktop.core.opportunities import OpportunityInfo
from desktop.core.opportunity_records import all_opportunities, opportunity_named
from desktop.core.organisation import OrganisationInfo
from desktop.core.pack_gaps import Gap, pack_gaps
from desktop.core.qualification import Readiness, form_answers, qualification_forms, readiness
from desktop.core.submission import SubmissionInfo
from desktop.core.submission_records import submissions
from desktop.core.supplier_route import Route, shipped_route
from desktop.core.supplier_route_records import RouteState, load_route_state
from desktop.core.supply_chain import BidPartnerInfo, PartnerInfo, PartnerRole, PartnerYearInfo
from desktop.core.supply_chain_records import (
    bid_partners,
    list_partners,
    partner_roles,
    partner_years,
)
from desktop.i18n import ENGLISH
from desktop.questionnaire.model import Form
from desktop.store.engine import Database


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """Which document, with the options the person chose (each entry says which it takes)."""

    document: str  # a registry key: qualification / bid / calendar / supply-chain / …
    opportunity: str = ""  # for a document about one opportunity: the buyer's reference or number
    year: int = 0  # for the supply-chain report (0: this year)
    language: str = ENGLISH  # "en" or "cy", whatever the window speaks (prepared by the caller)
    working_copy: bool = False  # qualification pack: keep the drafting notes (word counts, checks)
    framework: str | None = None  # the framework to print for (None: the one open)


@dataclass(frozen=True, slots=True)
class DocumentSources:
    """What every document is gathered from: the open data, for one organisation, on one day."""

    database: Database
    organisation: OrganisationInfo
    catalogue: Catalogue
    forms: Mapping[str, Form]
    library: Path  # the evidence folder
    today: date
    # Whose opportunities the opportunity and task spreadsheets list: one framework's (the
    # pages' choice), or every framework's (None), each row then naming its framework. The
    # calendar and the at-a-glance summary always take every one, so nothing is hidden there.
    only_framework: str | None = None
    framework_names: Mapping[str, str] = field(default_factory=dict)  # by code


def document_sources(workspace: Workspace, organisation: OrganisationInfo,
                     today: date | None = None, *,
                     every_framework: bool = False) -> DocumentSources:
    catalogue = workspace.catalogue()
    return DocumentSources(
        workspace.database, organisation, catalogue, qualification_forms(catalogue),
        workspace.evidence_folder, today or date.today(),
        None if every_framework else catalogue.framework.code,
        {info.code: info.name for info in workspace.frameworks()} if every_framework else {})


def _opportunity(sources: DocumentSources, request: DocumentRequest) -> OpportunityInfo:
    """The opportunity the document is about; LookupError, in words for the person, if none."""
    return opportunity_named(sources.database, sources.organisation.id, request.opportunity)


@dataclass(frozen=True, slots=True)
class DocumentData:
    """What every document's front shows: whose it is, for which framework, made when."""

    organisation: OrganisationInfo
    catalogue: Catalogue
    today: date


@dataclass(frozen=True, slots=True)
class AboutOpportunity(DocumentData):
    """A document about one opportunity: it, its lots assessed at its value, its partners."""

    opportunity: OpportunityInfo
    assessed: Mapping[str, LotEligibility]  # by lot code, for the lots it still has
    partners: list[BidPartnerInfo]
    checklist: tuple[ChecklistItem, ...]


def _about_opportunity(sources: DocumentSources, request: DocumentRequest) -> dict[str, Any]:
    opportunity = _opportunity(sources, request)
    opportunity_id = opportunity.id
    assert opportunity_id is not None
    assessed = {result.lot.code: result for result in eligibility(
        sources.database, sources.organisation.id, sources.catalogue, sources.forms,
        sources.library, sources.today, value=opportunity.value,
        lot_codes=opportunity.lot_codes)}
    return {"organisation": sources.organisation, "catalogue": sources.catalogue,
            "today": sources.today, "opportunity": opportunity, "assessed": assessed,
            "partners": bid_partners(sources.database, opportunity_id),
            "checklist": load_checklist()}


def gather_bid_summary(sources: DocumentSources, request: DocumentRequest) -> AboutOpportunity:
    return AboutOpportunity(**_about_opportunity(sources, request))


@dataclass(frozen=True, slots=True)
class TrusteePaperData(AboutOpportunity):
    rates: Rates
    inputs: CostingInputs
    result: CostingResult
    reserves: int | None  # pence; None when not recorded
    flow: CashFlow
    review: BoardReview  # the risks as the board weighed them, and its decision if recorded
    risk_kinds: tuple[RiskKind, ...]
    objects: str  # the charity's objects, from its profile ("" when not given)


def gather_trustee_paper(sources: DocumentSources, request: DocumentRequest) -> TrusteePaperData:
    about = _about_opportunity(sources, request)
    opportunity: OpportunityInfo = about["opportunity"]
    assert opportunity.id is not None
    view = costing_view(sources.database, sources.organisation.id, opportunity.id)
    return TrusteePaperData(**about, rates=view.rates, inputs=view.costing.inputs,
                            result=view.result, reserves=view.reserves, flow=view.flow,
                            review=view.review, risk_kinds=view.risk_kinds,
                            objects=view.objects)


def gather_costing(sources: DocumentSources, request: DocumentRequest) -> CostingView:
    """One opportunity's costing, for the costing spreadsheet."""
    opportunity_id = _opportunity(sources, request).id
    assert opportunity_id is not None
    return costing_view(sources.database, sources.organisation.id, opportunity_id)


@dataclass(frozen=True, slots=True)
class CalendarData(DocumentData):
    live: list[OpportunityInfo]  # the opportunities not yet finished


def gather_calendar(sources: DocumentSources, _request: DocumentRequest) -> CalendarData:
    live = [o for o in all_opportunities(sources.database, sources.organisation.id)
            if not o.status.final]
    return CalendarData(sources.organisation, sources.catalogue, sources.today, live)


@dataclass(frozen=True, slots=True)
class PartnerInYear:
    partner: PartnerInfo
    figures: list[PartnerYearInfo]  # the year's services and spend
    roles: list[PartnerRole]  # on bids, with changes and the buyer's permission


@dataclass(frozen=True, slots=True)
class SupplyChainData(DocumentData):
    year: int
    partners: list[PartnerInYear]  # those with figures in the year or a role on a bid


def gather_supply_chain(sources: DocumentSources, request: DocumentRequest) -> SupplyChainData:
    year = request.year or sources.today.year
    shown = []
    for partner in list_partners(sources.database, sources.organisation.id):
        assert partner.id is not None  # listed from the database, so saved
        figures = [f for f in partner_years(sources.database, partner.id) if f.year == year]
        roles = partner_roles(sources.database, partner.id)
        if figures or roles:
            shown.append(PartnerInYear(partner, figures, roles))
    return SupplyChainData(sources.organisation, sources.catalogue, sources.today, year, shown)


@dataclass(frozen=True, slots=True)
class EligibilityData(DocumentData):
    results: list[LotEligibility]  # every lot of the catalogue


def gather_eligibility(sources: DocumentSources, _request: DocumentRequest) -> EligibilityData:
    return EligibilityData(sources.organisation, sources.catalogue, sources.today, eligibility(
        sources.database, sources.organisation.id, sources.catalogue, sources.forms,
        sources.library, sources.today))


@dataclass(frozen=True, slots=True)
class QualificationData(DocumentData):
    forms: Mapping[str, Form]
    answers: Mapping[str, Mapping[str, Any]]  # by form code
    documents: list[EvidenceInfo]
    evidence_warnings: Mapping[str, list[str]]  # by SHA-256, each copy re-read to check it
    figures: Readiness
    gaps: list[Gap]
    opportunities: list[OpportunityInfo]
    journey: list[StepState]
    working_copy: bool = field(default=False)
    # under the Procurement Act: the Central Digital Platform record the buyer reads (the
    # supplier route, PPON, when last confirmed, users and share codes); None under PCR 2015
    supplier_route: tuple[Route, RouteState] | None = None


def gather_qualification(sources: DocumentSources,
                         request: DocumentRequest) -> QualificationData:
    database, organisation_id = sources.database, sources.organisation.id
    answers = form_answers(database, organisation_id, sources.forms,
                           sources.catalogue.framework.code)
    documents = list_evidence(database, sources.library, organisation_id)
    return QualificationData(
        sources.organisation, sources.catalogue, sources.today, sources.forms, answers,
        documents, {doc.sha256: warnings(doc, sources.today, verify=True) for doc in documents},
        readiness(database, organisation_id, sources.catalogue, sources.forms, sources.library,
                  sources.today),
        pack_gaps(sources.forms, answers, documents, sources.today),
        all_opportunities(database, organisation_id),
        load_journey(database, organisation_id, sources.catalogue), request.working_copy,
        _supplier_route(sources) if PSQ in sources.forms else None)


def _supplier_route(sources: DocumentSources) -> tuple[Route, RouteState]:
    """The supplier route as saved: asked for where the regime asks for the PSQ (the Act)."""
    route = shipped_route()
    return route, load_route_state(sources.database, sources.organisation.id, route,
                                   sources.today)


@dataclass(frozen=True, slots=True)
class BidWritingData(DocumentData):
    """A bid's questions and answers, the check's findings and the submissions logged: what
    the bid response, the compliance matrix and the submission receipt show."""

    opportunity: OpportunityInfo
    questions: tuple[BidQuestion, ...]
    lines: tuple[ComplianceLine, ...]
    problems: tuple[BidProblem, ...]
    submissions: tuple[SubmissionInfo, ...]


def gather_bid_writing(sources: DocumentSources, request: DocumentRequest) -> BidWritingData:
    opportunity = _opportunity(sources, request)
    opportunity_id = opportunity.id
    assert opportunity_id is not None
    questions = load_questions(sources.database, opportunity_id)
    problems = check_before_submitting(sources.database, sources.organisation.id,
                                       sources.catalogue, sources.forms, sources.library,
                                       opportunity_id, datetime.now(UTC))
    titles = {document.id: document.title for document in list_evidence(
        sources.database, sources.library, sources.organisation.id)}
    return BidWritingData(sources.organisation, sources.catalogue, sources.today, opportunity,
                          tuple(questions), tuple(compliance_lines(questions, problems, titles)),
                          tuple(problems), tuple(submissions(sources.database, opportunity_id)))
