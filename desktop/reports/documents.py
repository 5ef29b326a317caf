"""Which document to make, from a request: the one entry point for the window and the command
line (so both make exactly the same file)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.app.workspace import Workspace
from desktop.core.opportunity_records import all_opportunities
from desktop.core.organisation import OrganisationInfo
from desktop.core.qualification import qualification_forms
from desktop.i18n import ENGLISH, speaking, tr
from desktop.reports import bidding_documents, pdf
from desktop.reports.qualification_pack import qualification_pack
from desktop.reports.spreadsheets import ExportSource


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    document: str  # qualification / bid / calendar / supply-chain / eligibility
    opportunity: str = ""  # for a bid summary: the buyer's reference or the number
    year: int = 0  # for the supply-chain report
    language: str = ENGLISH  # "en" or "cy", whatever the window speaks (prepared by the caller)
    working_copy: bool = False  # qualification pack: keep the drafting notes (word counts, checks)


def export_source(workspace: Workspace, organisation: OrganisationInfo,
                  today: date | None = None) -> ExportSource:
    catalogue = workspace.catalogue()
    return ExportSource(workspace.database, organisation, catalogue,
                        qualification_forms(catalogue), workspace.evidence_folder,
                        today or date.today())


def find_opportunity(workspace: Workspace, organisation: OrganisationInfo, wanted: str) -> int:
    """The opportunity with this buyer reference (any case) or number; LookupError if none."""
    for opportunity in all_opportunities(workspace.database, organisation.id):
        if wanted.strip().casefold() in (opportunity.buyer_reference.casefold(),
                                         str(opportunity.id)):
            assert opportunity.id is not None
            return opportunity.id
    raise LookupError(tr("No opportunity has the reference or number \"{wanted}\".").format(
        wanted=wanted))


def make_document(workspace: Workspace, organisation: OrganisationInfo,
                  request: DocumentRequest, path: Path, *,
                  progress: pdf.Progress | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  today: date | None = None) -> int:
    """Make the document and write it to `path`; return its number of pages."""
    with speaking(request.language):
        return _make(workspace, organisation, request, path, progress, cancelled, today)


def _make(workspace: Workspace, organisation: OrganisationInfo, request: DocumentRequest,
          path: Path, progress: pdf.Progress | None, cancelled: Callable[[], bool] | None,
          today: date | None) -> int:
    source = export_source(workspace, organisation, today)
    args = (source.database, organisation, source.catalogue)
    if request.document == "qualification":
        info, story = qualification_pack(*args, source.forms, source.library, source.today,
                                         working_copy=request.working_copy)
    elif request.document == "bid":
        opportunity_id = find_opportunity(workspace, organisation, request.opportunity)
        info, story = bidding_documents.bid_summary(*args, source.forms, source.library,
                                                    opportunity_id, source.today)
    elif request.document == "trustee-paper":
        from desktop.reports.decision_paper import trustee_paper

        opportunity_id = find_opportunity(workspace, organisation, request.opportunity)
        info, story = trustee_paper(*args, source.forms, source.library, opportunity_id,
                                    source.today)
    elif request.document == "calendar":
        info, story = bidding_documents.deadline_calendar(*args, source.today)
    elif request.document == "supply-chain":
        info, story = bidding_documents.supply_chain_report(
            *args, request.year or source.today.year, source.today)
    elif request.document == "eligibility":
        info, story = bidding_documents.eligibility_matrix(*args, source.forms, source.library,
                                                           source.today)
    else:
        raise LookupError(tr("There is no document called \"{name}\".").format(
            name=request.document))
    return pdf.build(path, info, story, progress=progress, cancelled=cancelled)
