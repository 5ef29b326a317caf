"""The annual supply-chain report: each partner's services and spend in the year, their roles on
bids with any changes and the buyer's permission, and the total spend with partners."""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.app.documents import SupplyChainData
from desktop.i18n import long_date, money_cell, tr
from desktop.reports.at_a_glance import document_info
from desktop.reports.pdf import DocumentInfo, facts, heading, para, table


def render(data: SupplyChainData) -> tuple[DocumentInfo, list[Flowable]]:
    year = data.year
    story: list[Flowable] = [heading(tr("Supply chain in {year}").format(year=year), 1)]
    total = 0
    for shown in data.partners:
        partner = shown.partner
        roles = [(r.opportunity, r.role.label, "\n".join(r.changes) or tr("No changes"))
                 for r in shown.roles]
        story.append(heading(partner.name, 2))
        numbers = " · ".join(n for n in (partner.charity_number and tr("Charity {number}").format(
            number=partner.charity_number), partner.company_number and tr("Company {number}")
            .format(number=partner.company_number)) if n)
        if numbers:
            story.append(para(numbers, "small"))
        for item in shown.figures:
            total += item.spend
            story += facts([(tr("Services"), item.services or "—"),
                            (tr("Spend"), money_cell(item.spend)),
                            (tr("From"), long_date(item.started_on) if item.started_on else "—"),
                            (tr("To"), long_date(item.ended_on) if item.ended_on
                             else tr("Continuing"))], answers=False)
        if roles:
            story.append(table([tr("Bid"), tr("Role"), tr("Changes and the buyer's permission")],
                               roles, (0.4, 0.2, 0.4)))
    story.append(heading(tr("Total spend with partners"), 2))
    story.append(para(money_cell(total)))
    glance = ((tr("Year"), str(year)), (tr("Partners"), str(len(data.partners))),
              (tr("Total spend with partners"), money_cell(total)))
    return document_info(tr("Annual supply-chain report"), tr(
        "Partners, spend and key subcontractors in {year}").format(year=year), data,
        glance), story
