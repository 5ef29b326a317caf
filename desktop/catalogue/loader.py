"""Load a framework pack (forms/frameworks/*.toml) into validated `FrameworkPack` objects.

Every problem stops the load with a `PackError` that names the file, the line (where it can be
found) and the key, and says what is wrong in plain words: a typo in a key, a missing or empty
value, a value of the wrong kind, a code used twice, or a reference to something that does not
exist. Lots are made here from their families: one per region or PCC area, or the listed areas.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop.catalogue.model import (
    Category,
    CategoryGroup,
    CategoryKind,
    Certainty,
    Commissioning,
    Fact,
    FrameworkPack,
    Funding,
    Geography,
    GlossaryTerm,
    Lot,
    LotFamily,
    MilestoneTemplate,
    PackDate,
    PccArea,
    PortalStep,
    Regime,
    Region,
    Reopening,
    Requirement,
    RequirementKind,
    Source,
)
from desktop.declarative import (
    CODES,
    FLAG,
    NUMBER,
    OPTIONAL_TEXT,
    TEXT,
    DefinitionError,
    Key,
    TomlReader,
    one_of,
    read_toml,
)


class PackError(DefinitionError):
    """A framework pack that cannot be used, and exactly where and why."""


PROVENANCE = {"source": TEXT, "certainty": one_of(Certainty)}
# A Welsh name, and whether it is the app's own translation (the framework publishes none).
OWN_WELSH = {"name_cy": OPTIONAL_TEXT, "name_cy_ours": FLAG}
# A framework's dates: each an ISO date ("2027-06-10") or left out, with its own certainty and
# source when they differ from the framework's.
DATES = ("opens", "closes", "deadline_date", "ends")
DATE_KEYS = {f"{name}{part}": key for name in DATES for part, key in (
    ("", OPTIONAL_TEXT), ("_certainty", Key(choices=Certainty, required=False)),
    ("_source", OPTIONAL_TEXT))}
TABLES: dict[str, dict[str, Key]] = {
    "framework": {"code": TEXT, "name": TEXT, **OWN_WELSH, "short_name": TEXT, "buyer": TEXT,
                  "buyer_cy": OPTIONAL_TEXT, "description": TEXT,
                  "description_cy": OPTIONAL_TEXT, "version": NUMBER, **PROVENANCE,
                  "regime": Key(choices=Regime, required=False), "procedure": OPTIONAL_TEXT,
                  "status": OPTIONAL_TEXT, **DATE_KEYS},
    "reopenings": {"opens": OPTIONAL_TEXT, "closes": OPTIONAL_TEXT, "label": TEXT,
                   "label_cy": OPTIONAL_TEXT, **PROVENANCE},
    "sources": {"code": TEXT, "title": TEXT, "url": OPTIONAL_TEXT, "published": OPTIONAL_TEXT},
    "facts": {"code": TEXT, "label": TEXT, "label_cy": OPTIONAL_TEXT, "value": TEXT,
              "value_cy": OPTIONAL_TEXT, **PROVENANCE},
    "groups": {"code": TEXT, "name": TEXT, **OWN_WELSH, "description": TEXT,
               **PROVENANCE},
    "categories": {"code": TEXT, "name": TEXT, **OWN_WELSH,
                   "kind": one_of(CategoryKind), "group": OPTIONAL_TEXT, "description": TEXT,
                   "commissioning": one_of(Commissioning), "funding": one_of(Funding),
                   "guidance": OPTIONAL_TEXT, **PROVENANCE},
    "regions": {"code": TEXT, "name": TEXT, **OWN_WELSH, **PROVENANCE},
    "pcc_areas": {"code": TEXT, "name": TEXT, "name_cy": OPTIONAL_TEXT, "region": TEXT,
                  **PROVENANCE},
    "lot_families": {"code": TEXT, "name": TEXT, **OWN_WELSH, "description": TEXT,
                     "categories": CODES, "cohorts": CODES, "geography": one_of(Geography),
                     "areas": CODES, "title": TEXT, "title_cy": OPTIONAL_TEXT, **PROVENANCE},
    "portal_steps": {"position": NUMBER, "title": TEXT, "title_cy": OPTIONAL_TEXT,
                     "detail": TEXT, "detail_cy": OPTIONAL_TEXT, "url": OPTIONAL_TEXT,
                     "done_on_route": CODES, **PROVENANCE},
    "glossary": {"code": TEXT, "term": TEXT, "term_cy": OPTIONAL_TEXT, "definition": TEXT,
                 "definition_cy": OPTIONAL_TEXT, **PROVENANCE},
    "requirements": {"code": TEXT, "label": TEXT, "label_cy": OPTIONAL_TEXT,
                     "profile_field": TEXT, "minimum": NUMBER,
                     "kind": Key(choices=RequirementKind, required=False), **PROVENANCE},
    "milestones": {"code": TEXT, "label": TEXT, "label_cy": OPTIONAL_TEXT,
                   "days_after_publication": NUMBER, "time": OPTIONAL_TEXT, **PROVENANCE},
}
TIME_OF_DAY = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The code names the framework's own answers in the database ("organisation-profile@<code>"),
# which keeps 64 characters for it: see questionnaire.loader.SCOPED_FORM_CODE_LIMIT.
FRAMEWORK_CODE_LIMIT = 40
FRAMEWORK_CODE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def load_pack(path: Path) -> FrameworkPack:
    """Read, check and build the pack at `path`; raise PackError on the first problem."""
    raw, text, data = read_toml(path, PackError)
    reader = TomlReader(path, text, PackError)
    reader.only_tables(data, TABLES, "a framework pack")
    if "framework" not in data:
        raise PackError(path, "", "the [framework] table is missing")
    parts = {table: _entries(reader, data, table) for table in TABLES if table != "framework"}
    framework = reader.entry("framework", None, data["framework"], TABLES["framework"])
    _check(reader, framework, parts)
    dates = _dates(reader, framework)
    families = parts["lot_families"]
    lots = _make_lots(reader, families, parts["regions"], parts["pcc_areas"])
    for family in families:
        for key in ("areas", "title", "title_cy"):
            del family[key]
    regime = framework.pop("regime")
    return FrameworkPack(
        **framework,
        regime=regime or None,
        **dates,
        reopenings=tuple(_reopening(reader, index, entry)
                         for index, entry in enumerate(parts["reopenings"])),
        sources=tuple(Source(**v) for v in parts["sources"]),
        facts=tuple(Fact(**v) for v in parts["facts"]),
        groups=tuple(CategoryGroup(**v) for v in parts["groups"]),
        categories=tuple(Category(**v) for v in parts["categories"]),
        regions=tuple(Region(**v) for v in parts["regions"]),
        pcc_areas=tuple(PccArea(**v) for v in parts["pcc_areas"]),
        lot_families=tuple(LotFamily(**v) for v in families),
        lots=lots,
        portal_steps=tuple(PortalStep(**v) for v in parts["portal_steps"]),
        glossary=tuple(GlossaryTerm(**v) for v in parts["glossary"]),
        requirements=tuple(Requirement(**{**v, "kind": v["kind"] or None})
                           for v in parts["requirements"]),
        milestones=tuple(MilestoneTemplate(**v) for v in parts["milestones"]),
        content_hash=hashlib.sha256(raw).hexdigest(),
        path=str(path),
    )


def _day(reader: TomlReader, table: str, index: int | None, key: str, text: str) -> date | None:
    if not text:
        return None
    try:
        if ISO_DATE.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise reader.fail(table, index, key, f'"{text}" is not a date written like "2027-06-10" '
                      "(year-month-day)")


def _dates(reader: TomlReader, framework: dict[str, Any]) -> dict[str, Any]:
    """Take the date keys out of `framework`, as one PackDate each."""
    dates: dict[str, Any] = {}
    for name in DATES:
        text = framework.pop(name)
        certainty = framework.pop(f"{name}_certainty") or None
        source = framework.pop(f"{name}_source")
        dates[name] = PackDate(_day(reader, "framework", None, name, text), source, certainty)
    return dates


def _reopening(reader: TomlReader, index: int, entry: dict[str, Any]) -> Reopening:
    opens = _day(reader, "reopenings", index, "opens", entry.pop("opens"))
    closes = _day(reader, "reopenings", index, "closes", entry.pop("closes"))
    if opens and closes and closes < opens:
        raise reader.fail("reopenings", index, "closes", f"closes ({closes.isoformat()}) before "
                          f"it opens ({opens.isoformat()})")
    return Reopening(opens=opens, closes=closes, **entry)


def _entries(reader: TomlReader, data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    raw = data.get(table, [])
    if not isinstance(raw, list):
        raise reader.fail(table, None, "", f"should be written as [[{table}]] entries")
    return [reader.entry(table, index, item, TABLES[table]) for index, item in enumerate(raw)]


def _codes(reader: TomlReader, table: str, entries: list[dict[str, Any]],
           key: str = "code") -> dict[str, dict[str, Any]]:
    """Index entries by `key`, refusing a value used twice."""
    seen: dict[Any, dict[str, Any]] = {}
    for index, entry in enumerate(entries):
        if entry[key] in seen:
            raise reader.fail(table, index, key, f'"{entry[key]}" is used twice; each {key} '
                              "must be unique")
        seen[entry[key]] = entry
    return seen


def _check(reader: TomlReader, framework: dict[str, Any],
           parts: dict[str, list[dict[str, Any]]]) -> None:
    index = {table: _codes(reader, table, entries) for table, entries in parts.items()
             if table not in ("portal_steps", "sources", "reopenings")}
    sources = _codes(reader, "sources", parts["sources"])
    _codes(reader, "portal_steps", parts["portal_steps"], key="position")
    code = framework["code"]
    if len(code) > FRAMEWORK_CODE_LIMIT or not FRAMEWORK_CODE.match(code):
        raise reader.fail("framework", None, "code", f'"{code}" should be at most '
                          f"{FRAMEWORK_CODE_LIMIT} lower-case letters, digits and single hyphens, "
                          'like "probation-dynamic-framework"')
    for key in ("source", *(f"{name}_source" for name in DATES)):
        if (key == "source" or framework[key]) and framework[key] not in sources:
            raise reader.fail("framework", None, key, _unknown("source", framework[key]))
    for table, entries in parts.items():
        for position, entry in enumerate(entries):
            if "source" in entry and entry["source"] not in sources:
                raise reader.fail(table, position, "source", _unknown("source", entry["source"]))

    def refer(table: str, key: str, target: str, allowed: Callable[[str], bool] | None = None,
              what: str = "") -> None:
        for position, entry in enumerate(parts[table]):
            values = entry[key] if isinstance(entry[key], tuple) else (entry[key],)
            for value in values:
                if value and value not in index[target]:
                    raise reader.fail(table, position, key, _unknown(what or target, value))
                if value and allowed and not allowed(value):
                    raise reader.fail(table, position, key,
                                      f'"{value}" is not a cohort category (kind = "cohort")')

    for table, entries in (("framework", [framework]), *parts.items()):
        for position, entry in enumerate(entries):
            if entry.get("name_cy_ours") and not entry.get("name_cy"):
                raise reader.fail(table, None if table == "framework" else position,
                                  "name_cy_ours", "says the Welsh name is the app's own, but "
                                  "there is no name_cy")
    for position, entry in enumerate(parts["milestones"]):
        if entry["time"] and not TIME_OF_DAY.match(entry["time"]):
            raise reader.fail("milestones", position, "time",
                              f'"{entry["time"]}" is not a time of day like "12:00"')
    _check_route_steps(reader, framework.get("regime") or "", parts["portal_steps"])
    categories = index["categories"]
    refer("pcc_areas", "region", "regions", what="region")
    refer("categories", "group", "groups", what="category group")
    refer("lot_families", "categories", "categories", what="category")
    refer("lot_families", "cohorts", "categories",
          lambda code: categories[code]["kind"] is CategoryKind.COHORT, what="category")


def _check_route_steps(reader: TomlReader, regime: str, steps: list[dict[str, Any]]) -> None:
    """A step done on the supplier route names steps the route of the pack's regime has."""
    from desktop.catalogue.regimes import regime_rules, route_step_codes

    for position, step in enumerate(steps):
        named = tuple(step.get("done_on_route") or ())
        if not named:
            continue
        rules = regime_rules(regime)
        route = rules.supplier_route if rules is not None else ""
        if not route:
            raise reader.fail("portal_steps", position, "done_on_route",
                              "names supplier route steps, but this framework's regime has no "
                              "supplier route (only the Procurement Act 2023 has one)")
        known = route_step_codes(route)
        for code in named:
            if code not in known:
                raise reader.fail("portal_steps", position, "done_on_route",
                                  f'"{code}" is not a step of the supplier route "{route}" '
                                  f"(its steps: {', '.join(sorted(known))})")
        step["done_on_route"] = named


def _unknown(what: str, value: str) -> str:
    return f'there is no {what} with the code "{value}"'


def _make_lots(reader: TomlReader, families: list[dict[str, Any]], regions: list[dict[str, Any]],
               areas: list[dict[str, Any]]) -> tuple[Lot, ...]:
    lots: list[Lot] = []
    made: set[str] = set()
    region_names = {r["code"]: r for r in regions}
    for position, family in enumerate(families):
        geography = family["geography"]
        places = {Geography.REGION: regions, Geography.PCC_AREA: areas}.get(geography, [])
        _check_template(reader, position, family, national=geography is Geography.NATIONAL)
        wanted = set(family["areas"])
        unknown = wanted - {place["code"] for place in places}
        if unknown:
            raise reader.fail("lot_families", position, "areas",
                              _unknown(f"{geography.value} for this family", sorted(unknown)[0]))
        chosen = [place for place in places if not wanted or place["code"] in wanted]
        for place in chosen or ([{}] if geography is Geography.NATIONAL else []):
            lot = _lot(family, place, geography, region_names)
            if lot.code in made:
                raise reader.fail("lot_families", position, "code",
                                  f'makes the lot "{lot.code}", which an earlier family '
                                  "already makes; each family needs its own code")
            made.add(lot.code)
            lots.append(lot)
    return tuple(lots)


def _lot(family: dict[str, Any], place: dict[str, Any], geography: Geography,
         regions: dict[str, dict[str, Any]]) -> Lot:
    in_area = geography is Geography.PCC_AREA
    region = regions[place["region"]] if in_area else place
    code = f"{family['code']}-{place['code']}" if place else family["code"]
    name_cy = place.get("name_cy") or place.get("name", "")
    return Lot(
        code=code,
        title=family["title"].format(area=place.get("name", "")),
        title_cy=family["title_cy"].format(area=name_cy) if family["title_cy"] else "",
        family=family["code"],
        categories=family["categories"],
        cohorts=family["cohorts"],
        region=region.get("code", ""),
        pcc_area=place["code"] if in_area else "",
        source=family["source"],
        certainty=family["certainty"],
    )


def _check_template(reader: TomlReader, position: int, family: dict[str, Any],
                    national: bool) -> None:
    for key in ("title", "title_cy"):
        names = _placeholders(family[key])
        if names - {"area"}:
            raise reader.fail("lot_families", position, key,
                              f'"{{{sorted(names - {"area"})[0]}}}" is not a placeholder a lot '
                              "title can use (only {area})")
        if family[key] and not national and "area" not in names:
            raise reader.fail("lot_families", position, key,
                              "must contain {area}, or every lot of the family gets the same "
                              "title")


def _placeholders(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError:
        return {"(unbalanced braces)"}
