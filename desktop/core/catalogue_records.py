"""Read a framework's catalogue from the database into the plain objects of `core.catalogue`."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import (
    Catalogue,
    CategoryInfo,
    Entry,
    FrameworkInfo,
    LotInfo,
    NoCatalogue,
    Place,
    Provenance,
)
from desktop.store import models
from desktop.store.engine import Database


def frameworks(database: Database) -> list[tuple[str, str]]:
    """(code, name) of every framework in the database."""
    with database.sessions() as session:
        return [(f.code, f.name) for f in session.scalars(
            select(models.Framework).order_by(models.Framework.name))]


def load_catalogue(database: Database, framework_code: str | None = None) -> Catalogue:
    """Read one framework's live (not retired) catalogue; the first framework by default."""
    with database.sessions() as session:
        query = select(models.Framework).order_by(models.Framework.name)
        if framework_code:
            query = query.where(models.Framework.code == framework_code)
        framework = session.scalars(query).first()
        if framework is None:
            raise NoCatalogue(framework_code or "")
        return _read(session, framework)


def _read(session: Session, framework: models.Framework) -> Catalogue:
    def live(table):
        query = select(table).where(table.framework_id == framework.id, ~table.retired)
        order = getattr(table, "position", table.id)
        return list(session.scalars(query.order_by(order)))

    sources = {s.code: s for s in live(models.Source)}

    def provenance(row) -> Provenance:
        source = sources.get(row.source)
        return Provenance(row.source, source.title if source else row.source,
                          source.url if source else "", row.certainty)

    groups = {g.id: g for g in live(models.CategoryGroup)}
    categories = tuple(
        CategoryInfo(c.code, c.name, c.kind, groups[c.group_id].code if c.group_id else "",
                     groups[c.group_id].name if c.group_id else "", c.description,
                     c.commissioning, c.funding, c.guidance, provenance(c))
        for c in live(models.NeedCategory)
    )
    category_codes = {c.id: c.code for c in session.scalars(
        select(models.NeedCategory).where(models.NeedCategory.framework_id == framework.id))}
    regions = {r.id: r for r in live(models.Region)}
    areas = {a.id: a for a in live(models.PccArea)}
    families = {f.id: f for f in live(models.LotFamily)}
    links: dict[int, tuple[list[str], list[str]]] = {}
    for lot_id, category_id, is_cohort in session.execute(select(models.lot_category)):
        needs, cohorts = links.setdefault(lot_id, ([], []))
        (cohorts if is_cohort else needs).append(category_codes[category_id])
    lots = []
    for lot in live(models.Lot):
        family, region = families[lot.family_id], regions.get(lot.region_id)
        area = areas.get(lot.pcc_area_id)
        needs, cohorts = links.get(lot.id, ([], []))
        lots.append(LotInfo(
            lot.code, lot.title, family.code, family.name, family.geography,
            tuple(needs), tuple(cohorts), region.code if region else "",
            region.name if region else "", area.code if area else "",
            area.name if area else "", provenance(lot)))
    return Catalogue(
        framework=FrameworkInfo(framework.code, framework.name, framework.short_name,
                                framework.buyer, framework.description, framework.pack_version,
                                provenance(framework)),
        categories=categories,
        regions=tuple(Place(r.code, r.name) for r in regions.values()),
        pcc_areas=tuple(Place(a.code, a.name, regions[a.region_id].code)
                        for a in areas.values()),
        lots=tuple(lots),
        facts=tuple(Entry(f.code, f.label, f.value, provenance(f)) for f in live(models.Fact)),
        glossary=tuple(Entry(t.code, t.term, t.definition, provenance(t))
                       for t in sorted(live(models.GlossaryTerm), key=lambda t: t.term.lower())),
        portal_steps=tuple(Entry(s.code, s.title, s.detail, provenance(s))
                           for s in live(models.PortalStep)),
    )
