"""The bid summary: one opportunity on a few pages, for the team writing the bid.

Its details, its lots and whether the charity can bid for each (and why), the timetable, the
tasks (overdue ones flagged), the partners and their roles, and the bid / no-bid decision with
the checklist items ticked. Short, so it opens on a title block, not a cover page.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.app.documents import AboutOpportunity
from desktop.core.checklist import score
from desktop.core.opportunities import OpportunityInfo, commissioner_label, days_left, uk_time
from desktop.i18n import long_date, money_cell, tr
from desktop.reports.at_a_glance import document_info, task_state, tasks_glance, when_left
from desktop.reports.pdf import DocumentInfo, facts, heading, para, table


def decided(opportunity: OpportunityInfo) -> str:
    return {"bid": tr("Bid"), "no-bid": tr("No bid")}.get(opportunity.decision,
                                                          tr("Not decided yet"))


def _decision(opportunity: OpportunityInfo) -> str:
    """The decision with who made it and when: "Bid (Megan Pryce, 3 December 2026)"."""
    who = [part for part in (opportunity.decided_by, long_date(opportunity.decided_at.date())
                             if opportunity.decided_at else "") if part]
    if not opportunity.decision or not who:
        return decided(opportunity)
    return f"{decided(opportunity)} ({', '.join(who)})"


def render(data: AboutOpportunity) -> tuple[DocumentInfo, list[Flowable]]:
    opportunity, catalogue, assessed, today = (data.opportunity, data.catalogue, data.assessed,
                                               data.today)
    lots = {lot.code: lot for lot in catalogue.lots}
    story: list[Flowable] = [heading(opportunity.title, 1), *facts([
        (tr("Buyer's reference"), opportunity.buyer_reference or "—"),
        (tr("Commissioner"), commissioner_label(opportunity.commissioner, catalogue)),
        (tr("Contract or grant"), opportunity.kind.label),
        (tr("Value"), money_cell(opportunity.value)),
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
    chain = data.partners
    story.append(table([tr("Partner"), tr("Role"), tr("Share"), tr("Services")],
                       [(p.partner_name, p.role.label,
                         f"{p.share_percent}%" if p.share_percent is not None else "",
                         p.services) for p in chain], (0.3, 0.2, 0.1, 0.4))
                 if chain else para(tr("No partners named on this bid.")))
    story.append(heading(tr("Bid / no-bid decision"), 2))
    checklist = data.checklist
    ticked = [item for item in checklist if opportunity.checklist.get(item.code)]
    scored = f"{score(checklist, opportunity.checklist)} / 100" if ticked else tr("Not scored")
    story += facts([
        (tr("Decision"), decided(opportunity)),
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
        (tr("Tasks"), tasks_glance([opportunity], today)),
        (tr("Checklist score"), scored),
    )
    return document_info(tr("Bid summary"), opportunity.title, data, glance), story
