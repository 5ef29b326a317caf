"""The bidding documents: bid summary, deadline calendar, supply-chain report, eligibility matrix.

Each returns the document's details (with its "at a glance" box) and its flowables for
`pdf.build`; all read through `core`. They are short, so each opens on a title block, not a
cover page. Overdue tasks are flagged wherever tasks are listed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable

from desktop.app.queries import eligibility
from desktop.core.catalogue import Catalogue
from desktop.core.checklist import load_checklist, score
from desktop.core.eligibility import Standing
from desktop.core.opportunities import OpportunityInfo, commissioner_label, days_left, uk_time
from desktop.core.opportunity_records import all_opportunities, load_opportunity
from desktop.core.organisation import OrganisationInfo
from desktop.core.supply_chain import bid_partners, list_partners, partner_roles, partner_years
from desktop.i18n import long_date, month_year, plural, pounds, tr
from desktop.questionnaire.model import Form
from desktop.reports.at_a_glance import next_deadline, overdue, task_state, when_left
from desktop.reports.pdf import DocumentInfo, facts, heading, para, table
from desktop.store.engine import Database


def _info(title: str, subject: str, organisation: OrganisationInfo, catalogue: Catalogue,
          today: date, glance: tuple[tuple[str, str], ...]) -> DocumentInfo:
    return DocumentInfo(title, organisation.name, catalogue.framework.name, subject,
                        made_on=today, glance=glance, own_names=catalogue.own_welsh)


def _decided(opportunity: OpportunityInfo) -> str:
    return {"bid": tr("Bid"), "no-bid": tr("No bid")}.get(opportunity.decision,
                                                          tr("Not decided yet"))


def _decision(opportunity: OpportunityInfo) -> str:
    """The decision with who made it and when: "Bid (Megan Pryce, 3 December 2026)"."""
    who = [part for part in (opportunity.decided_by, long_date(opportunity.decided_at.date())
                             if opportunity.decided_at else "") if part]
    if not opportunity.decision or not who:
        return _decided(opportunity)
    return f"{_decided(opportunity)} ({', '.join(who)})"


def _tasks_glance(opportunities: list[OpportunityInfo], today: date) -> str:
    tasks = [task for o in opportunities for task in o.tasks if not task.done]
    late = sum(1 for task in tasks if overdue(task, today))
    left = plural(len(tasks), tr("1 open"), tr("{count} open"))
    return tr("{open}, {overdue}").format(open=left, overdue=plural(
        late, tr("⚠ 1 overdue"), tr("⚠ {count} overdue"))) if late else left


def bid_summary(database: Database, organisation: OrganisationInfo, catalogue: Catalogue,
                forms: Mapping[str, Form], library: Path, opportunity_id: int,
                today: date) -> tuple[DocumentInfo, list[Flowable]]:
    opportunity = load_opportunity(database, opportunity_id)
    lots = {lot.code: lot for lot in catalogue.lots}
    assessed = {result.lot.code: result for result in eligibility(
        database, organisation.id, catalogue, forms, library, today, value=opportunity.value,
        lot_codes=opportunity.lot_codes)}
    story: list[Flowable] = [heading(opportunity.title, 1), *facts([
        (tr("Buyer's reference"), opportunity.buyer_reference or "—"),
        (tr("Commissioner"), commissioner_label(opportunity.commissioner, catalogue)),
        (tr("Contract or grant"), opportunity.kind.label),
        (tr("Value"), pounds(opportunity.value) if opportunity.value is not None else "—"),
        (tr("Length"), tr("{months} months").format(months=opportunity.length_months)
         if opportunity.length_months else "—"),
        (tr("Status"), opportunity.status.label +
         (f": {opportunity.outcome_reason}" if opportunity.outcome_reason else "")),
        (tr("Notes"), opportunity.notes or "—")], answers=False)]
    story.append(heading(tr("Lots and whether you can bid"), 2))
    rows = []
    for code in opportunity.lot_codes:
        lot = lots.get(code)
        if lot is None:
            rows.append((code, tr("This lot is no longer in the framework information."), ""))
            continue
        result = assessed[code]
        rows.append((lot.title, f"{result.standing.symbol} {result.standing.label}",
                     "\n".join(f"{r.allows.symbol} {r.text}" for r in result.reasons)))
    story.append(table([tr("Lot"), tr("Can you bid?"), tr("Why")], rows, (0.28, 0.2, 0.52))
                 if rows else para(tr("No lots chosen yet.")))
    story.append(heading(tr("Timetable (UK time)"), 2))
    story.append(table([tr("Milestone"), tr("When")],
                       [(m.label, m.describe()) for m in opportunity.milestones], (0.5, 0.5))
                 if opportunity.milestones else para(tr("No dates yet.")))
    story.append(heading(tr("Tasks"), 2))
    story.append(table([tr("Task"), tr("Who"), tr("Due"), tr("Done")],
                       [(t.title, t.owner, long_date(t.due) if t.due else "",
                         task_state(t, today)) for t in opportunity.tasks],
                       (0.44, 0.18, 0.22, 0.16)) if opportunity.tasks else para(tr("No tasks.")))
    story.append(heading(tr("Partners and their roles"), 2))
    chain = bid_partners(database, opportunity_id)
    story.append(table([tr("Partner"), tr("Role"), tr("Share"), tr("Services")],
                       [(p.partner_name, p.role.label,
                         f"{p.share_percent}%" if p.share_percent is not None else "",
                         p.services) for p in chain], (0.3, 0.2, 0.1, 0.4))
                 if chain else para(tr("No partners named on this bid.")))
    story.append(heading(tr("Bid / no-bid decision"), 2))
    checklist = load_checklist()
    ticked = [item for item in checklist if opportunity.checklist.get(item.code)]
    scored = f"{score(checklist, opportunity.checklist)} / 100" if ticked else tr("Not scored")
    story += facts([
        (tr("Decision"), _decided(opportunity)),
        (tr("Decided by"), opportunity.decided_by or "—"),
        (tr("When"), long_date(opportunity.decided_at.date()) if opportunity.decided_at
         else "—"),
        (tr("Why"), opportunity.decision_why or "—"),
        (tr("Checklist score"), scored),
        *((item.question, tr("Yes")) for item in ticked)], answers=False)
    deadline = opportunity.deadline
    standings = [assessed[code].standing for code in opportunity.lot_codes if code in lots]
    glance = (
        (tr("Decision"), _decision(opportunity)),
        (tr("Can you bid?"), f"{max(standings).symbol} {max(standings).label}" if standings
         else tr("No lots chosen yet.")),
        (tr("Submission deadline"), f"{deadline.describe()} ("
         f"{when_left(days_left(deadline.due, uk_time(today)))})" if deadline else "—"),
        (tr("Tasks"), _tasks_glance([opportunity], today)),
        (tr("Checklist score"), scored),
    )
    return _info(tr("Bid summary"), opportunity.title, organisation, catalogue, today,
                 glance), story


def deadline_calendar(database: Database, organisation: OrganisationInfo,
                      catalogue: Catalogue, today: date) -> tuple[DocumentInfo, list[Flowable]]:
    by_month: dict[tuple[int, int], list[tuple[date, str, str, str]]] = defaultdict(list)
    live = [o for o in all_opportunities(database, organisation.id) if not o.status.final]
    for opportunity in live:
        for milestone in opportunity.milestones:
            local = milestone.local
            by_month[(local.year, local.month)].append((
                local.date(), "" if milestone.all_day else f"{local:%H:%M}", milestone.label,
                opportunity.title))
        for task in opportunity.tasks:
            if task.due and not task.done:
                what = tr("Task: {task}").format(task=task.title)
                by_month[(task.due.year, task.due.month)].append((
                    task.due, "", f"{what}\n{tr('⚠ Overdue')}" if overdue(task, today) else what,
                    opportunity.title))
    story: list[Flowable] = []
    for year, month in sorted(by_month):
        story.append(heading(month_year(year, month), 1))
        entries = sorted(by_month[(year, month)])
        story.append(table([tr("Date"), tr("Time"), tr("What"), tr("Opportunity")],
                           [(long_date(day), clock, what, title)
                            for day, clock, what, title in entries], (0.2, 0.1, 0.35, 0.35)))
    if not story:
        story = [heading(tr("Deadlines"), 1), para(tr("No deadlines yet."))]
    glance = ((tr("Next deadline"), next_deadline(live, uk_time(today))),
              (tr("Tasks"), _tasks_glance(live, today)),
              (tr("Opportunities"), plural(len(live), tr("1 still open"),
                                           tr("{count} still open"))))
    return _info(tr("Deadline calendar"), tr("Every milestone and task by month"), organisation,
                 catalogue, today, glance), story


def supply_chain_report(database: Database, organisation: OrganisationInfo,
                        catalogue: Catalogue, year: int,
                        today: date) -> tuple[DocumentInfo, list[Flowable]]:
    story: list[Flowable] = [heading(tr("Supply chain in {year}").format(year=year), 1)]
    partners = list_partners(database, organisation.id)
    total = shown = 0
    for partner in partners:
        assert partner.id is not None  # listed from the database, so saved
        figures = [f for f in partner_years(database, partner.id) if f.year == year]
        roles = [(r.opportunity, r.role.label, "\n".join(r.changes) or tr("No changes"))
                 for r in partner_roles(database, partner.id)]
        if not figures and not roles:
            continue
        shown += 1
        story.append(heading(partner.name, 2))
        numbers = " · ".join(n for n in (partner.charity_number and tr("Charity {number}").format(
            number=partner.charity_number), partner.company_number and tr("Company {number}")
            .format(number=partner.company_number)) if n)
        if numbers:
            story.append(para(numbers, "small"))
        for item in figures:
            total += item.spend
            story += facts([(tr("Services"), item.services or "—"),
                            (tr("Spend"), pounds(item.spend)),
                            (tr("From"), long_date(item.started_on) if item.started_on else "—"),
                            (tr("To"), long_date(item.ended_on) if item.ended_on
                             else tr("Continuing"))], answers=False)
        if roles:
            story.append(table([tr("Bid"), tr("Role"), tr("Changes and the buyer's permission")],
                               roles, (0.4, 0.2, 0.4)))
    story.append(heading(tr("Total spend with partners"), 2))
    story.append(para(pounds(total)))
    glance = ((tr("Year"), str(year)), (tr("Partners"), str(shown)),
              (tr("Total spend with partners"), pounds(total)))
    return _info(tr("Annual supply-chain report"), tr("Partners, spend and key subcontractors "
                                                      "in {year}").format(year=year),
                 organisation, catalogue, today, glance), story


def eligibility_matrix(database: Database, organisation: OrganisationInfo,
                       catalogue: Catalogue, forms: Mapping[str, Form], library: Path,
                       today: date) -> tuple[DocumentInfo, list[Flowable]]:
    results = eligibility(database, organisation.id, catalogue, forms, library, today)
    used = [c for c in catalogue.categories if any(c.code in r.lot.categories for r in results)]
    regions = list(catalogue.regions)
    rows = []
    for category in used:
        cells = []
        for region in regions:
            here = [r.standing for r in results if category.code in r.lot.categories
                    and r.lot.region_code == region.code]
            cells.append(max(here).symbol if here else "—")
        rows.append((category.name, *cells))
    width = 0.7 / len(regions)
    story: list[Flowable] = [
        heading(tr("Where you can bid"), 1),
        para(tr("✓ can bid as lead · ◐ partner or subcontractor only · ✗ not eligible · — no "
                "lot")),
        table([tr("Category"), *(r.code for r in regions)], rows,
              (0.3, *([width] * len(regions)))),
        para(tr("Regions: {regions}").format(
            regions=" · ".join(f"{r.code} {r.name}" for r in regions)), "small"),
        heading(tr("Every lot and why"), 1),
        table([tr("Lot"), tr("Can you bid?"), tr("Why")],
              [(r.lot.title, f"{r.standing.symbol} {r.standing.label}",
                "; ".join(x.text for x in (r.problems or r.reasons))) for r in results],
              (0.3, 0.2, 0.5)),
    ]
    counts = {s: sum(1 for r in results if r.standing is s) for s in Standing}
    story.insert(1, para(tr("Lead: {lead} lots · partner only: {partner} · not eligible: "
                            "{none}").format(lead=counts[Standing.LEAD],
                                             partner=counts[Standing.PARTNER],
                                             none=counts[Standing.NOT_ELIGIBLE])))
    glance = tuple((f"{standing.symbol} {standing.label}", str(counts[standing]))
                   for standing in (Standing.LEAD, Standing.PARTNER, Standing.NOT_ELIGIBLE))
    return _info(tr("Eligibility matrix"), tr("Which lots you can bid for, and why"),
                 organisation, catalogue, today, glance), story

