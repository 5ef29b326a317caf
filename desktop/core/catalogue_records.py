"""Build the catalogue's plain objects (`core.catalogue`) from the database's rows.

`catalogue_from_rows` works on the rows `store.catalogue_rows` reads, from SQLAlchemy's connection
(`load_catalogue`) or from a stdlib sqlite3 connection at start (`core.quick_open`), so there is
one way of reading the catalogue whichever way the database was opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.core.catalogue import (
    Catalogue,
    CategoryInfo,
    Entry,
    FrameworkDate,
    FrameworkInfo,
    LotInfo,
    MilestoneDefault,
    NoCatalogue,
    Place,
    Provenance,
    ReopeningInfo,
    RequirementInfo,
)
from desktop.i18n import WELSH, language
from desktop.store.catalogue_rows import (
    Row,
    catalogue_rows,
    framework_choice,
    framework_rows,
)

if TYPE_CHECKING:
    from desktop.store.engine import Database


def load_catalogue(database: Database, framework_code: str) -> Catalogue:
    """Read one framework's live (not retired) catalogue; NoCatalogue when there is none."""
    connection = database.engine.raw_connection()
    try:
        return catalogue_from_rows(catalogue_rows(connection, framework_code), framework_code)
    finally:
        connection.close()


def chosen_framework(database: Database, organisation_id: int | None) -> str:
    """The framework the organisation's pages work on (see `store.catalogue_rows`)."""
    connection = database.engine.raw_connection()
    try:
        return framework_choice(connection, organisation_id)
    finally:
        connection.close()


def framework_infos(database: Database) -> list[FrameworkInfo]:
    """Every framework in the database, by name: its regime, status, dates and reopenings."""
    connection = database.engine.raw_connection()
    try:
        rows = framework_rows(connection)
    finally:
        connection.close()
    infos = []
    for framework in rows["framework"]:
        mine = [row for row in rows["reopening"] if row["framework_id"] == framework["id"]]
        sources = {s["code"]: s for s in rows["source"]
                   if s["framework_id"] == framework["id"] and not s.get("retired")}
        infos.append(_framework_info(framework, [r for r in mine if not r.get("retired")],
                                     _provenance_of(sources)))
    return infos


def _provenance_of(sources: dict[str, Row]) -> Callable[[Row], Provenance]:
    def provenance(row: Row) -> Provenance:
        source = sources.get(row["source"])
        return Provenance(row["source"], source["title"] if source else row["source"],
                          source["url"] if source else "", row["certainty"])
    return provenance


def _framework_info(framework: Row, reopenings: list[Row],
                    provenance: Callable[[Row], Provenance]) -> FrameworkInfo:
    def dated(name: str) -> FrameworkDate | None:
        day = _day(framework.get(name))
        if day is None:
            return None
        return FrameworkDate(day, provenance({
            "source": framework[f"{name}_source"] or framework["source"],
            "certainty": framework[f"{name}_certainty"] or framework["certainty"]}))

    return FrameworkInfo(
        framework["code"], _name(framework), framework["short_name"], _said(framework, "buyer"),
        _said(framework, "description"), framework["pack_version"], provenance(framework),
        regime=framework.get("regime", ""), procedure=framework.get("procedure", ""),
        status=framework.get("status", ""), opens=dated("opens"), closes=dated("closes"),
        deadline_date=dated("deadline_date"), ends=dated("ends"),
        reopenings=tuple(ReopeningInfo(_day(r["opens"]), _day(r["closes"]), _said(r, "label"),
                                       provenance(r)) for r in reopenings))


def catalogue_from_rows(rows: dict[str, list[Row]], framework_code: str) -> Catalogue:
    if not rows["framework"]:
        raise NoCatalogue(framework_code)
    framework = rows["framework"][0]

    def live(table: str) -> list[Row]:
        return [row for row in rows[table] if not row.get("retired")]

    provenance = _provenance_of({s["code"]: s for s in live("source")})

    groups = {g["id"]: g for g in live("category_group")}
    categories = tuple(
        CategoryInfo(c["code"], _name(c), c["kind"], _group(groups, c, "code"),
                     _name(groups[c["group_id"]]) if c["group_id"] in groups else "",
                     c["description"], c["commissioning"],
                     c["funding"], c["guidance"], provenance(c))
        for c in live("need_category"))
    category_codes = {c["id"]: c["code"] for c in rows["need_category"]}
    regions = {r["id"]: r for r in live("region")}
    areas = {a["id"]: a for a in live("pcc_area")}
    families = {f["id"]: f for f in live("lot_family")}
    links: dict[int, tuple[list[str], list[str]]] = {}
    for link in rows["lot_category"]:
        needs, cohorts = links.setdefault(link["lot_id"], ([], []))
        (cohorts if link["is_cohort"] else needs).append(category_codes[link["category_id"]])
    lots = []
    for lot in live("lot"):
        family = families[lot["family_id"]]
        region, area = regions.get(lot["region_id"]), areas.get(lot["pcc_area_id"])
        needs, cohorts = links.get(lot["id"], ([], []))
        lots.append(LotInfo(
            lot["code"], _said(lot, "title"), family["code"], _name(family), family["geography"],
            tuple(needs), tuple(cohorts), _field(region, "code"), _name(region) if region else "",
            _field(area, "code"), _name(area) if area else "", provenance(lot)))

    def entries(table: str, label: str, text: str) -> tuple[Entry, ...]:
        return tuple(Entry(r["code"], _said(r, label), _said(r, text), provenance(r),
                           r.get("url", ""), tuple((r.get("done_on_route") or "").split()))
                     for r in live(table))

    return Catalogue(
        framework=_framework_info(framework, live("reopening"), provenance),
        categories=categories,
        regions=tuple(Place(r["code"], _name(r)) for r in regions.values()),
        pcc_areas=tuple(Place(a["code"], _name(a), regions[a["region_id"]]["code"])
                        for a in areas.values()),
        lots=tuple(lots),
        facts=entries("fact", "label", "value"),
        glossary=tuple(sorted(entries("glossary_term", "term", "definition"),
                              key=lambda entry: entry.label.lower())),
        portal_steps=entries("portal_step", "title", "detail"),
        requirements=tuple(RequirementInfo(r["code"], _said(r, "label"), r["profile_field"],
                                           r["minimum"], provenance(r), r.get("kind", ""))
                           for r in live("requirement")),
        milestones=tuple(MilestoneDefault(m["code"], _said(m, "label"),
                                          m["days_after_publication"],
                                          m["time"], provenance(m))
                         for m in live("milestone_template")),
        own_welsh=tuple((row["name"], row["name_cy"]) for row in (
            framework, *live("need_category"), *groups.values(), *families.values(),
            *regions.values()) if row.get("name_cy_ours")),
    )


def _day(value: Any) -> date | None:
    """A Date column's value: sqlite3 gives the ISO text, SQLAlchemy's drivers a date."""
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _name(row: Row) -> str:
    return _said(row, "name")


def _said(row: Row, key: str) -> str:
    """The Welsh text when tr() speaks Welsh and the pack has one (Cymru, Gogledd Cymru…);
    otherwise the English, which every Welsh page and document says it falls back to."""
    return row.get(f"{key}_cy") or row[key] if language() == WELSH else row[key]


def _group(groups: dict[int, Row], category: Row, key: str) -> str:
    group = groups.get(category["group_id"])
    return group[key] if group else ""


def _field(row: Any, key: str) -> str:
    return row[key] if row else ""
