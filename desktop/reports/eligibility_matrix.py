"""The eligibility matrix: where the charity can bid, category by region, and every lot with
the reasons."""

from __future__ import annotations

from reportlab.platypus import Flowable

from desktop.app.documents import EligibilityData
from desktop.core.eligibility import Standing
from desktop.i18n import tr
from desktop.reports.at_a_glance import document_info
from desktop.reports.pdf import DocumentInfo, heading, para, table


def render(data: EligibilityData) -> tuple[DocumentInfo, list[Flowable]]:
    results, catalogue = data.results, data.catalogue
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
    return document_info(tr("Eligibility matrix"), tr("Which lots you can bid for, and why"),
                         data, glance), story
