"""Copy a loaded framework pack into the database, idempotently and in place.

Rows are matched by code: a pack loaded twice changes nothing; a newer pack updates rows in place
(ids kept, so the user's records that point at lots stay valid) and marks rows it no longer has as
retired instead of deleting them. The user's own tables are never touched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.store import models

if TYPE_CHECKING:  # a pack is parsed only when its file changed: most starts parse none
    from desktop.catalogue import model as pack_model

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SyncResult:
    framework_code: str
    created: int = 0
    updated: int = 0
    retired: int = 0
    unchanged: bool = False


class _Counter:
    def __init__(self) -> None:
        self.created = self.updated = self.retired = 0


def synced_pack_hashes(session: Session) -> set[str]:
    """The content hashes of the packs in the database: a pack file with one of them is synced."""
    return set(session.scalars(select(models.Framework.content_hash)))


def sync_pack(session: Session, pack: pack_model.FrameworkPack) -> SyncResult:
    """Bring the catalogue tables in line with `pack` inside the caller's transaction."""
    framework = session.scalar(select(models.Framework).where(models.Framework.code == pack.code))
    if framework is not None and framework.content_hash == pack.content_hash:
        return SyncResult(pack.code, unchanged=True)
    if framework is not None and pack.version < framework.pack_version:
        log.warning("Not syncing %s version %s over newer version %s", pack.code, pack.version,
                    framework.pack_version)
        return SyncResult(pack.code, unchanged=True)
    counter = _Counter()
    if framework is None:
        framework = models.Framework(code=pack.code)
        session.add(framework)
        counter.created += 1
    _assign(framework, {
        "name": pack.name, "name_cy": pack.name_cy, "name_cy_ours": pack.name_cy_ours,
        "short_name": pack.short_name, "buyer": pack.buyer, "buyer_cy": pack.buyer_cy,
        "description": pack.description, "description_cy": pack.description_cy,
        "pack_version": pack.version,
        "content_hash": pack.content_hash, "source": pack.source,
        "certainty": str(pack.certainty), "regime": str(pack.regime or ""),
        "procedure": pack.procedure, "status": pack.status,
        **{key: value for name in ("opens", "closes", "deadline_date", "ends")
           for key, value in _dated(name, getattr(pack, name)).items()},
    })
    session.flush()
    upsert = _Upserter(session, framework.id, counter)

    upsert(models.Source, pack.sources, lambda s, _: {
        "title": s.title, "url": s.url, "published": s.published})
    upsert(models.Fact, pack.facts, lambda f, i: {
        "position": i, "label": f.label, "label_cy": f.label_cy, "value": f.value,
        "value_cy": f.value_cy, **_provenance(f)})
    groups = upsert(models.CategoryGroup, pack.groups, lambda g, _: {
        "name": g.name, **_welsh(g), "description": g.description, **_provenance(g)})
    categories = upsert(models.NeedCategory, pack.categories, lambda c, i: {
        "position": i, "name": c.name, **_welsh(c), "kind": str(c.kind),
        "group_id": groups[c.group].id if c.group else None, "description": c.description,
        "commissioning": str(c.commissioning), "funding": str(c.funding),
        "guidance": c.guidance, **_provenance(c)})
    regions = upsert(models.Region, pack.regions, lambda r, i: {
        "position": i, "name": r.name, **_welsh(r), **_provenance(r)})
    areas = upsert(models.PccArea, pack.pcc_areas, lambda a, i: {
        "position": i, "name": a.name, "name_cy": a.name_cy,
        "region_id": regions[a.region].id, **_provenance(a)})
    families = upsert(models.LotFamily, pack.lot_families, lambda f, i: {
        "position": i, "name": f.name, **_welsh(f), "description": f.description,
        "geography": str(f.geography), **_provenance(f)})
    lots = upsert(models.Lot, pack.lots, lambda lot, i: {
        "position": i, "title": lot.title, "title_cy": lot.title_cy,
        "family_id": families[lot.family].id,
        "region_id": regions[lot.region].id if lot.region else None,
        "pcc_area_id": areas[lot.pcc_area].id if lot.pcc_area else None, **_provenance(lot)})
    upsert(models.PortalStep, pack.portal_steps, lambda s, _: {
        "position": s.position, "title": s.title, "title_cy": s.title_cy, "detail": s.detail,
        "detail_cy": s.detail_cy, "url": s.url, "done_on_route": " ".join(s.done_on_route),
        **_provenance(s)},
        code=lambda s: f"step-{s.position}")
    upsert(models.GlossaryTerm, pack.glossary, lambda t, _: {
        "term": t.term, "term_cy": t.term_cy, "definition": t.definition,
        "definition_cy": t.definition_cy, **_provenance(t)})
    upsert(models.Requirement, pack.requirements, lambda r, _: {
        "label": r.label, "label_cy": r.label_cy, "profile_field": r.profile_field,
        "minimum": r.minimum, "kind": str(r.kind or ""), **_provenance(r)})
    upsert(models.Reopening, pack.reopenings, lambda r, i: {
        "position": i, "opens": r.opens, "closes": r.closes, "label": r.label,
        "label_cy": r.label_cy, **_provenance(r)},
        code=lambda r: f"reopening-{pack.reopenings.index(r) + 1}")
    upsert(models.MilestoneTemplate, pack.milestones, lambda m, i: {
        "position": i, "label": m.label, "label_cy": m.label_cy,
        "days_after_publication": m.days_after_publication,
        "time": m.time, **_provenance(m)})
    _link_lot_categories(session, pack.lots, lots, categories)
    result = SyncResult(pack.code, counter.created, counter.updated, counter.retired)
    log.info("Synced framework pack %s v%s: %s", pack.code, pack.version, result)
    return result


def _dated(name: str, value: pack_model.PackDate) -> dict[str, Any]:
    return {name: value.day, f"{name}_source": value.source,
            f"{name}_certainty": str(value.certainty or "")}


def _welsh(item: pack_model.NamedInWelsh) -> dict[str, Any]:
    return {"name_cy": item.name_cy, "name_cy_ours": item.name_cy_ours}


def _provenance(item: pack_model.Sourced) -> dict[str, Any]:
    return {"source": item.source, "certainty": str(item.certainty), "retired": False}


def _assign(row: Any, values: dict[str, Any]) -> bool:
    changed = [key for key, value in values.items() if getattr(row, key, None) != value]
    for key in changed:
        setattr(row, key, values[key])
    return bool(changed)


class _Upserter:
    """Match one kind of pack item to rows by code: create, update in place, or retire."""

    def __init__(self, session: Session, framework_id: int, counter: _Counter) -> None:
        self.session, self.framework_id, self.counter = session, framework_id, counter

    def __call__(
        self,
        table: type[models.FrameworkChild],
        items: Sequence[Any],
        values: Callable[[Any, int], dict[str, Any]],
        code: Callable[[Any], str] = lambda item: item.code,
    ) -> dict[str, Any]:
        existing = {row.code: row for row in self.session.scalars(
            select(table).where(table.framework_id == self.framework_id))}
        rows: dict[str, Any] = {}
        for position, item in enumerate(items):
            item_code = code(item)
            row = existing.pop(item_code, None)
            if row is None:
                row = table(framework_id=self.framework_id, code=item_code)
                self.session.add(row)
                self.counter.created += 1
                _assign(row, values(item, position))
            elif _assign(row, values(item, position)):
                self.counter.updated += 1
            rows[item_code] = row
        for row in existing.values():
            if not row.retired:
                row.retired = True
                self.counter.retired += 1
        self.session.flush()
        return rows


def _link_lot_categories(
    session: Session,
    lots: Iterable[pack_model.Lot],
    lot_rows: dict[str, models.Lot],
    category_rows: dict[str, models.NeedCategory],
) -> None:
    lot_ids = [row.id for row in lot_rows.values()]
    session.execute(delete(models.lot_category).where(models.lot_category.c.lot_id.in_(lot_ids)))
    links = [
        {"lot_id": lot_rows[lot.code].id, "category_id": category_rows[code].id,
         "is_cohort": code in lot.cohorts}
        for lot in lots
        for code in dict.fromkeys(lot.categories + lot.cohorts)
    ]
    if links:
        session.execute(insert(models.lot_category), links)
