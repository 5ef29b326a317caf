"""The trustees' decision paper: can the charity afford to win this opportunity?

For the board, before the bid is written (the Charity Commission's CC37 asks trustees to be sure
the charity can afford a public service and that it fits its purposes): the opportunity and its
lots, the recommendation, the full-cost-recovery price against the value, the cash flow's lowest
point against the free reserves (drawn with ReportLab's graphics), the risks to weigh, what the
charity commits to, the bid / no-bid checklist, and a space to record the board's decision.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Spacer

from desktop.app.documents import TrusteePaperData
from desktop.core.checklist import score
from desktop.core.costing import CostingResult
from desktop.core.costing_cashflow import CashFlow
from desktop.core.opportunities import commissioner_label
from desktop.i18n import pounds, tr
from desktop.reports.pdf import (
    FONT,
    INK,
    RULE,
    SHADE,
    USABLE,
    DocumentInfo,
    facts,
    heading,
    para,
    table,
)

CHART_HEIGHT = 150.0
BLANK = "_" * 40  # a line to write on


def _money(pence: int | None) -> str:
    if pence is None:
        return "—"
    return pounds(pence) if pence >= 0 else "−" + pounds(-pence)


def _box(x: float, y: float, width: float, height: float, *, fill: Color | None = None,
         stroke: Color | None = None) -> Rect:
    box = Rect(x, y, width, height)
    box.fillColor, box.strokeColor = fill, stroke
    return box


def cash_chart(flow: CashFlow) -> Drawing:
    """The running balance month by month as bars, with the free reserves as a dashed line
    below nought and the lowest point written beside its bar."""
    drawing = Drawing(USABLE, CHART_HEIGHT)
    values = [month.balance for month in flow.months] or [0]
    reserves = flow.free_reserves
    top, bottom = max(0, *values), min(0, *values, -(reserves or 0))
    span = (top - bottom) or 1
    plot_bottom, plot_height = 14.0, CHART_HEIGHT - 28.0

    def y(value: int) -> float:
        return plot_bottom + (value - bottom) / span * plot_height

    width = USABLE / max(1, len(values))
    for index, value in enumerate(values):
        low, high = sorted((y(0), y(value)))
        drawing.add(_box(index * width + width * 0.15, low, width * 0.7,
                         max(high - low, 0.5), fill=RULE))
    drawing.add(Line(0, y(0), USABLE, y(0), strokeColor=INK, strokeWidth=0.6))
    if reserves is not None:
        drawing.add(Line(0, y(-reserves), USABLE, y(-reserves), strokeColor=INK,
                         strokeWidth=0.6, strokeDashArray=[3, 2]))
        drawing.add(String(USABLE, y(-reserves) - 10, tr("Free reserves {amount}").format(
            amount=_money(reserves)), fontName=FONT, fontSize=7, fillColor=INK,
            textAnchor="end"))
    if flow.months:
        lowest = flow.lowest
        index = flow.months.index(lowest)
        drawing.add(String(min(max(index * width + width / 2, 40), USABLE - 40),
                           max(y(lowest.balance) - 10, 2), "▼ " + _money(lowest.balance),
                           fontName=FONT, fontSize=7, fillColor=INK, textAnchor="middle"))
    drawing.add(_box(0, 0, USABLE, CHART_HEIGHT, stroke=SHADE))
    return drawing


def _recommendation(decision: str, why: str, result: CostingResult,
                    flow: CashFlow) -> list[Flowable]:
    said = {"bid": tr("The recommendation is to bid."),
            "no-bid": tr("The recommendation is not to bid.")}.get(
        decision, tr("No recommendation is recorded yet."))
    reasons = [said]
    if why:
        reasons.append(tr("Why: {why}").format(why=why))
    if result.below_full_cost:
        reasons.append(tr("⚠ At this price the charity would pay {gap} of the service's full "
                          "cost itself.").format(gap=pounds(-result.margin)))
    else:
        reasons.append(tr("The price covers the full cost, with {margin} to spare.").format(
            margin=pounds(result.margin)))
    reasons += ["⚠ " + warning for warning in flow.warnings]
    return [para(reason) for reason in reasons]


def _risks() -> list[Flowable]:
    names = (tr("TUPE: staff who may transfer to the charity, their costs and pensions"),
             tr("Payment by results or clawback"),
             tr("Volume: fewer or more people referred than planned"),
             tr("The exit plan if the funding ends"),
             tr("Mission fit: the charity's objects"),
             tr("Independence, including campaigning"))
    return [para(tr("These are not recorded in the app yet: the board writes its view of "
                    "each here.")),
            table([tr("Risk"), tr("The board's view")], [(risk, "\n\n") for risk in names],
                  (0.45, 0.55))]


def render(data: TrusteePaperData) -> tuple[DocumentInfo, list[Flowable]]:
    rates, opportunity, inputs, result, reserves, flow = (
        data.rates, data.opportunity, data.inputs, data.result, data.reserves, data.flow)
    catalogue, assessed = data.catalogue, data.assessed
    lots = {lot.code: lot for lot in catalogue.lots}

    story: list[Flowable] = [heading(tr("The opportunity"), 1), *facts([
        (tr("Opportunity"), opportunity.title),
        (tr("Buyer's reference"), opportunity.buyer_reference or "—"),
        (tr("Commissioner"), commissioner_label(opportunity.commissioner, catalogue)),
        (tr("Value"), _money(opportunity.value)),
        (tr("Length"), tr("{months} months").format(months=inputs.length_months))],
        answers=False)]
    rows = []
    for code in opportunity.lot_codes:
        lot = lots.get(code)
        if lot is None:
            rows.append((code, tr("This lot is no longer in the framework information.")))
            continue
        standing = assessed[code].standing
        rows.append((lot.title, f"{standing.symbol} {standing.label}"))
    story.append(Spacer(1, 8))
    story.append(table([tr("Lot"), tr("Can you bid?")], rows, (0.6, 0.4)) if rows
                 else para(tr("No lots chosen yet.")))

    story += [heading(tr("Recommendation"), 1),
              *_recommendation(opportunity.decision, opportunity.decision_why, result, flow)]

    story.append(heading(tr("Full cost against the price"), 1))
    per_unit = tr("{amount} per {unit}").format(
        amount=pounds(result.price_per_unit), unit=inputs.unit_label or tr("unit")) \
        if result.price_per_unit is not None else "—"
    story += facts([
        (tr("Direct costs"), _money(result.direct)),
        (tr("Share of central costs ({method})").format(method=inputs.overheads.method.label),
         _money(result.overheads)),
        (tr("Full cost"), _money(result.full_cost)),
        (tr("Price"), _money(result.price)),
        (tr("Opportunity's value"), _money(result.value)),
        (tr("Margin (price less full cost)"), _money(result.margin)),
        (tr("Price per unit"), per_unit)], answers=False)
    story.append(table(
        [tr("Year"), tr("Staff with on-costs"), tr("Other costs and VAT"), tr("Overheads"),
         tr("Full cost"), tr("Price")],
        [(str(year.year), _money(year.staff), _money(year.non_staff + year.vat),
          _money(year.overheads), _money(year.full_cost), _money(year.price))
         for year in result.years], (0.1, 0.2, 0.2, 0.16, 0.17, 0.17)))
    story.insert(len(story) - 1, Spacer(1, 8))
    story += [para("⚠ " + text) for text in result.warnings]
    story += [para(text, "small") for text in result.notes]

    story.append(heading(tr("Cash flow"), 1))
    story.append(para(tr("The lowest point is {amount} in month {month} (month 0 is "
                         "mobilisation, before the first payment). Free reserves: "
                         "{reserves}.").format(amount=_money(flow.lowest.balance),
                                               month=flow.lowest.month,
                                               reserves=_money(reserves))))
    story += [cash_chart(flow), Spacer(1, 6)]
    story.append(table([tr("Month"), tr("Spent"), tr("Paid to you"), tr("Running balance")],
                       [(str(m.month), _money(m.out), _money(m.income), _money(m.balance))
                        for m in flow.months], (0.16, 0.28, 0.28, 0.28)))

    story += [heading(tr("Risks the board must weigh"), 1), *_risks()]

    story.append(heading(tr("What the charity commits to"), 1))
    story.append(table([tr("Role"), tr("FTE"), tr("From month")],
                       [(s.role, str(s.fte), str(s.start_month)) for s in inputs.staff],
                       (0.6, 0.2, 0.2)) if inputs.staff else para(tr("No staff costed yet.")))
    partners = data.partners
    story.append(Spacer(1, 8))
    story.append(table([tr("Partner"), tr("Role"), tr("Share")],
                       [(p.partner_name, p.role.label, f"{p.share_percent}%"
                         if p.share_percent is not None else "") for p in partners],
                       (0.5, 0.3, 0.2)) if partners else para(tr("No partners named.")))
    story.append(Spacer(1, 8))
    story.append(table([tr("Milestone"), tr("When")],
                       [(m.label, m.describe()) for m in opportunity.milestones], (0.5, 0.5))
                 if opportunity.milestones else para(tr("No dates yet.")))

    story.append(heading(tr("Bid / no-bid checklist"), 1))
    checklist = data.checklist
    story.append(para(tr("Score: {score} / 100").format(
        score=score(checklist, opportunity.checklist))))
    story.append(table([tr("Question"), tr("Answer")],
                       [(item.question, tr("Yes") if opportunity.checklist.get(item.code)
                         else tr("No")) for item in checklist], (0.8, 0.2)))

    story.append(heading(tr("The board's decision"), 1))
    story += facts([(tr("Date of the meeting"), BLANK), (tr("Meeting"), BLANK),
                    (tr("Minute reference"), BLANK), (tr("Decision"), BLANK),
                    (tr("Conditions"), BLANK + "\n\n" + BLANK)], answers=False)
    story.append(heading(tr("Where the rates come from"), 2))
    story += [para(f"{source.label}: {source.source} ({source.url})", "small")
              for source in rates.sources]

    glance = ((tr("Full cost"), _money(result.full_cost)), (tr("Price"), _money(result.price)),
              (tr("Margin"), _money(result.margin)),
              (tr("Lowest cash point"), _money(flow.lowest.balance)),
              (tr("Free reserves"), _money(reserves)))
    info = DocumentInfo(tr("Trustees' decision paper"), data.organisation.name,
                        catalogue.framework.name, opportunity.title, made_on=data.today,
                        glance=glance, own_names=catalogue.own_welsh)
    return info, story
