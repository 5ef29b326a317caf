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
from reportlab.platypus import Flowable, KeepTogether, Spacer

from desktop.app.documents import TrusteePaperData
from desktop.core.board import BoardDecision, Level
from desktop.core.checklist import score
from desktop.core.costing import CostingResult
from desktop.core.costing_cashflow import CashFlow
from desktop.core.opportunities import commissioner_label
from desktop.i18n import long_date, money_cell, pounds, tr
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
            amount=pounds(reserves)), fontName=FONT, fontSize=7, fillColor=INK,
            textAnchor="end"))
    if flow.months:
        lowest = flow.lowest
        index = flow.months.index(lowest)
        drawing.add(String(min(max(index * width + width / 2, 40), USABLE - 40),
                           max(y(lowest.balance) - 10, 2), "▼ " + pounds(lowest.balance),
                           fontName=FONT, fontSize=7, fillColor=INK, textAnchor="middle"))
    drawing.add(_box(0, 0, USABLE, CHART_HEIGHT, stroke=SHADE))
    return drawing


def _recommendation(decision: str, why: str, result: CostingResult, flow: CashFlow,
                    board: BoardDecision) -> list[Flowable]:
    said = {"bid": tr("The recommendation is to bid."),
            "no-bid": tr("The recommendation is not to bid.")}.get(
        decision, tr("No recommendation is recorded yet."))
    if board.recorded:  # the opportunity's decision is the board's now
        said = tr("The board's decision is recorded: {decision}. It is the opportunity's "
                  "bid / no-bid decision.").format(decision=board.describe())
    reasons = [said]
    if why and why != board.conditions:
        reasons.append(tr("Why: {why}").format(why=why))
    if board.recorded and board.conditions:
        reasons.append(tr("The board's conditions: {conditions}").format(
            conditions=board.conditions))
    if result.below_full_cost:
        reasons.append(tr("⚠ At this price the charity would pay {gap} of the service's full "
                          "cost itself.").format(gap=pounds(-result.margin)))
    else:
        reasons.append(tr("The price covers the full cost, with {margin} to spare.").format(
            margin=pounds(result.margin)))
    reasons += ["⚠ " + warning for warning in flow.warnings]
    return [para(reason) for reason in reasons]


def _risks(data: TrusteePaperData) -> list[Flowable]:
    """Each risk with the board's level and view as recorded, lines to write on where none is;
    TUPE with its figures, and mission fit beside the charity's objects."""
    review = data.review
    story: list[Flowable] = [table(
        [tr("Risk"), tr("Level"), tr("The board's view")],
        [(kind.label, review.view(kind.code).level.label if review.view(kind.code).level
          is not Level.NOT_ASSESSED else "", review.view(kind.code).note or "\n\n")
         for kind in data.risk_kinds], (0.34, 0.14, 0.52))]
    if not any(review.view(kind.code).level is not Level.NOT_ASSESSED or
               review.view(kind.code).note for kind in data.risk_kinds):
        story.insert(0, para(tr("None weighed in the app yet: the board writes its view of "
                                "each here.")))
    story += [Spacer(1, 8), KeepTogether([heading(tr("TUPE"), 2), *facts([
        (tr("Staff who may transfer"), str(review.tupe_staff) if review.tupe_staff else "—"),
        (tr("Their pay and on-costs a year"), money_cell(review.tupe_cost)),
        (tr("Their pensions"), review.tupe_pension or "—")], answers=False)])]
    story += [heading(tr("The charity's objects"), 2),
              para(data.objects or tr("Not in the organisation profile yet: add them there, "
                                      "so the board can check the mission fit against "
                                      "them."))]
    return story


def _board_decision(decision: BoardDecision) -> list[Flowable]:
    if not decision.recorded:
        return facts([(tr("Date of the meeting"), BLANK), (tr("Meeting"), BLANK),
                      (tr("Minute reference"), BLANK), (tr("Decision"), BLANK),
                      (tr("Conditions"), BLANK + "\n\n" + BLANK)], answers=False)
    return [para(tr("As recorded in the app:")), *facts([
        (tr("Date of the meeting"), long_date(decision.met_on) if decision.met_on else "—"),
        (tr("Meeting"), decision.meeting or "—"),
        (tr("Minute reference"), decision.minute or "—"),
        (tr("Decision"), decision.decision.label),
        (tr("Conditions"), decision.conditions or tr("None"))], answers=False)]


def render(data: TrusteePaperData) -> tuple[DocumentInfo, list[Flowable]]:
    rates, opportunity, inputs, result, reserves, flow = (
        data.rates, data.opportunity, data.inputs, data.result, data.reserves, data.flow)
    catalogue, assessed, board = data.catalogue, data.assessed, data.review.decision
    lots = {lot.code: lot for lot in catalogue.lots}

    story: list[Flowable] = [heading(tr("The opportunity"), 1), *facts([
        (tr("Opportunity"), opportunity.title),
        (tr("Buyer's reference"), opportunity.buyer_reference or "—"),
        (tr("Commissioner"), commissioner_label(opportunity.commissioner, catalogue)),
        (tr("Value"), money_cell(opportunity.value)),
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
              *_recommendation(opportunity.decision, opportunity.decision_why, result, flow,
                               board)]

    story.append(heading(tr("Full cost against the price"), 1))
    per_unit = tr("{amount} per {unit}").format(
        amount=pounds(result.price_per_unit), unit=inputs.unit_label or tr("unit")) \
        if result.price_per_unit is not None else "—"
    story += facts([
        (tr("Direct costs"), money_cell(result.direct)),
        (tr("Share of central costs ({method})").format(method=inputs.overheads.method.label),
         money_cell(result.overheads)),
        (tr("Full cost"), money_cell(result.full_cost)),
        (tr("Price"), money_cell(result.price)),
        (tr("Opportunity's value"), money_cell(result.value)),
        (tr("Margin (price less full cost)"), money_cell(result.margin)),
        (tr("Price per unit"), per_unit)], answers=False)
    story.append(table(
        [tr("Year"), tr("Staff with on-costs"), tr("Other costs and VAT"), tr("Overheads"),
         tr("Full cost"), tr("Price")],
        [(str(year.year), money_cell(year.staff), money_cell(year.non_staff + year.vat),
          money_cell(year.overheads), money_cell(year.full_cost), money_cell(year.price))
         for year in result.years], (0.1, 0.2, 0.2, 0.16, 0.17, 0.17)))
    story.insert(len(story) - 1, Spacer(1, 8))
    story += [para("⚠ " + text) for text in result.warnings]
    story += [para(text, "small") for text in result.notes]

    story.append(heading(tr("Cash flow"), 1))
    story.append(para(tr("The lowest point is {amount} in month {month} (month 0 is "
                         "mobilisation, before the first payment). Free reserves: "
                         "{reserves}.").format(amount=pounds(flow.lowest.balance),
                                               month=flow.lowest.month,
                                               reserves=pounds(reserves) if reserves is not None
                                               else "—")))
    story += [cash_chart(flow), Spacer(1, 6)]
    story.append(table([tr("Month"), tr("Spent"), tr("Paid to you"), tr("Running balance")],
                       [(str(m.month), money_cell(m.out), money_cell(m.income),
                         money_cell(m.balance)) for m in flow.months], (0.16, 0.28, 0.28, 0.28)))

    story += [heading(tr("Risks the board must weigh"), 1), *_risks(data)]

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
    ticked = any(opportunity.checklist.get(item.code) for item in checklist)
    story.append(para(tr("Score: {score} / 100").format(
        score=score(checklist, opportunity.checklist)) if ticked else tr(
        "Not scored yet: answer the checklist on the opportunity's page (Opportunities).")))
    story.append(table([tr("Question"), tr("Answer")],
                       [(item.question, (tr("Yes") if opportunity.checklist.get(item.code)
                                         else tr("No")) if ticked else "—")
                        for item in checklist], (0.8, 0.2)))

    story.append(KeepTogether([heading(tr("The board's decision"), 1),
                               *_board_decision(board)]))
    story.append(heading(tr("Where the rates and risks come from"), 2))
    story += [para(f"{source.label}: {source.source} ({source.url})", "small")
              for source in rates.sources]
    story += [para(f"{source} ({url})", "small") for source, url in dict.fromkeys(
        (kind.source, kind.url) for kind in data.risk_kinds)]

    glance = ((tr("Full cost"), money_cell(result.full_cost)),
              (tr("Price"), money_cell(result.price)),
              (tr("Margin"), money_cell(result.margin)),
              (tr("Lowest cash point"), money_cell(flow.lowest.balance)),
              (tr("Free reserves"), money_cell(reserves)),
              (tr("The board's decision"), board.decision.label))
    info = DocumentInfo(tr("Trustees' decision paper"), data.organisation.name,
                        catalogue.framework.name, opportunity.title, made_on=data.today,
                        glance=glance, own_names=catalogue.own_welsh)
    return info, story
