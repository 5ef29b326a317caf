"""Procurement regimes as data (forms/timetables/*.toml): procedures, the usual timetable and the
standstill rule of the Public Contracts Regulations 2015 and of the Procurement Act 2023.

An opportunity records its regime and procedure; its timetable rows are its regime's milestones,
and the "standstill ends" milestone is worked out from the award milestone by the regime's rule
(`with_standstill`), so the dashboard, `framework-ready deadlines` and the calendar file show the
right day for both.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from desktop.core.catalogue import Catalogue, MilestoneDefault, Provenance
from desktop.core.opportunities import MilestoneInfo, OpportunityInfo, uk_time
from desktop.core.sourced import provenance as sourced_provenance
from desktop.core.sourced import read_sources
from desktop.core.working_days import OutsideCalendar, StandstillRule
from desktop.datafiles import forms_folder
from desktop.declarative import (
    CODES,
    FLAG,
    NUMBER,
    OPTIONAL_TEXT,
    TEXT,
    DefinitionError,
    Key,
    TomlReader,
    in_language,
    read_toml,
    with_welsh,
)
from desktop.i18n import language

PCR_2015 = "pcr-2015"
ACT_2023 = "procurement-act-2023"
DEFAULT_REGIME = PCR_2015
STANDSTILL = "standstill"


class TimetableError(DefinitionError):
    """A regime file is broken: file, line and reason."""


@dataclass(frozen=True, slots=True)
class Procedure:
    code: str
    label: str
    standstill: str  # "required", "voluntary" or "check"
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Regime:
    code: str
    name: str
    standstill: StandstillRule
    standstill_note: str
    standstill_provenance: Provenance
    procedures: tuple[Procedure, ...]
    milestones: tuple[MilestoneDefault, ...]

    def procedure(self, code: str) -> Procedure | None:
        return next((p for p in self.procedures if p.code == code), None)


HEAD_KEYS = with_welsh({"code": TEXT, "name": TEXT, "standstill": Key(dict),
                        "sources": Key(list, item=dict), "procedures": Key(list, item=dict),
                        "milestones": Key(list, item=dict)}, "name")
STANDSTILL_KEYS = with_welsh({"from": TEXT, "count": TEXT, "days": NUMBER, "begins": TEXT,
                              "extend_to_working_day": FLAG, "calendars": CODES, "note": TEXT,
                              "source": TEXT, "certainty": TEXT}, "note")
PROCEDURE_KEYS = with_welsh({"code": TEXT, "label": TEXT, "standstill": TEXT, "source": TEXT,
                             "certainty": TEXT}, "label")
MILESTONE_KEYS = with_welsh({"code": TEXT, "label": TEXT, "days_after_publication": NUMBER,
                             "time": OPTIONAL_TEXT, "source": TEXT, "certainty": TEXT}, "label")


def load_regime(path: Path) -> Regime:
    _, text, data = read_toml(path, TimetableError)
    reader = TomlReader(path, text, TimetableError)
    head = in_language(reader.entry("", None, data, HEAD_KEYS, label="file"), language(), "name")
    sources = read_sources(reader, head["sources"])

    def provenance(entry: dict[str, Any], header: str, index: int | None) -> Provenance:
        return sourced_provenance(reader, sources, entry, header, index)

    rule = in_language(reader.entry("standstill", None, head["standstill"], STANDSTILL_KEYS),
                       language(), "note")
    if rule["count"] not in ("working-days", "calendar-days") or \
            rule["begins"] not in ("same-day", "next-day") or rule["days"] < 1:
        raise reader.fail("standstill", None, "count", 'count is "working-days" or '
                          '"calendar-days", begins is "same-day" or "next-day", days at least 1')
    standstill = StandstillRule(rule["from"], rule["count"], rule["days"],
                                rule["begins"] == "same-day", rule["extend_to_working_day"],
                                tuple(rule["calendars"]))
    procedures = []
    for index, raw in enumerate(head["procedures"]):
        entry = in_language(reader.entry("procedures", index, raw, PROCEDURE_KEYS), language(),
                            "label")
        if entry["standstill"] not in ("required", "voluntary", "check"):
            raise reader.fail("procedures", index, "standstill",
                              "should be required, voluntary or check")
        procedures.append(Procedure(entry["code"], entry["label"], entry["standstill"],
                                    provenance(entry, "procedures", index)))
    milestones = []
    for index, raw in enumerate(head["milestones"]):
        entry = in_language(reader.entry("milestones", index, raw, MILESTONE_KEYS), language(),
                            "label")
        milestones.append(MilestoneDefault(entry["code"], entry["label"],
                                           entry["days_after_publication"], entry["time"],
                                           provenance(entry, "milestones", index)))
    codes = [m.code for m in milestones]
    if len(set(codes)) != len(codes) or standstill.from_milestone not in codes \
            or STANDSTILL not in codes or "submission" not in codes or "published" not in codes:
        raise TimetableError(path, "milestones", "each code once, with published, submission, "
                             f"standstill and the standstill's from ({standstill.from_milestone})")
    return Regime(head["code"], head["name"], standstill, rule["note"],
                  provenance(rule, "standstill", None), tuple(procedures), tuple(milestones))


@cache
def _regimes(speaking: str) -> tuple[Regime, ...]:
    return tuple(load_regime(path)
                 for path in sorted((forms_folder() / "timetables").glob("*.toml")))


def regimes() -> tuple[Regime, ...]:
    """Every regime shipped, in the language tr() speaks (PCR 2015 first)."""
    return tuple(sorted(_regimes(language()), key=lambda r: r.code != PCR_2015))


def regime(code: str) -> Regime:
    """The regime with this code; PCR 2015 for one not known (an older or newer file)."""
    found = {r.code: r for r in regimes()}
    return found.get(code) or found[DEFAULT_REGIME]


def standstill_end(rule: StandstillRule, notice: date) -> MilestoneInfo | None:
    """The standstill's end (23:59 UK time on its last day), or None when the bank holiday
    calendar does not reach that far (the person then types the buyer's date)."""
    try:
        last = rule.last_day(notice)
    except OutsideCalendar:
        return None
    return MilestoneInfo(STANDSTILL, "", uk_time(last, "23:59"))


def with_standstill(milestones: tuple[MilestoneInfo, ...],
                    chosen: Regime) -> tuple[MilestoneInfo, ...]:
    """`milestones` with "standstill ends" worked out from the award milestone by the regime's
    rule (replacing any typed one); unchanged when there is no award date yet."""
    source = next((m for m in milestones if m.code == chosen.standstill.from_milestone), None)
    if source is None:
        return milestones
    end = standstill_end(chosen.standstill, source.local.date())
    if end is None:
        return milestones
    label = next((m.label for m in chosen.milestones if m.code == STANDSTILL), STANDSTILL)
    end = replace(end, label=label)
    kept = tuple(m for m in milestones if m.code != STANDSTILL)
    order = {m.code: n for n, m in enumerate(chosen.milestones)}
    return tuple(sorted((*kept, end), key=lambda m: (order.get(m.code, len(order)), m.due)))


def worked_out(info: OpportunityInfo) -> OpportunityInfo:
    """The opportunity with its standstill's end worked out by its regime's rule."""
    return replace(info, milestones=with_standstill(info.milestones, regime(info.regime)))


def timetable_names() -> dict[str, str]:
    """Each regime milestone's name by code (the later regime's where both have a code)."""
    return {m.code: m.label for each in regimes() for m in each.milestones}


def framework_regime(catalogue: Catalogue) -> str:
    """The regime a framework's competitions run under: the pack's, once packs say (helper
    `frameworks` adds `FrameworkInfo.regime`); PCR 2015 until then."""
    code = getattr(catalogue.framework, "regime", "") or DEFAULT_REGIME
    return code if code in {r.code for r in regimes()} else DEFAULT_REGIME


def usual_milestones(chosen: Regime, catalogue: Catalogue,
                     published: date) -> tuple[MilestoneInfo, ...]:
    """The usual timetable from a publication date, standstill worked out: the framework pack's
    days where the pack has the milestone and runs under this regime, else the regime's."""
    own = {m.code: m for m in catalogue.milestones} \
        if framework_regime(catalogue) == chosen.code else {}
    milestones = tuple(
        MilestoneInfo(m.code, m.label,
                      uk_time(published + timedelta(days=usual.days_after_publication),
                              usual.time), all_day=not usual.time)
        for m in chosen.milestones for usual in (own.get(m.code, m),))
    return with_standstill(milestones, chosen)
