"""The usual competition timetable and the standstill rule of each procurement regime, worked out.

The facts are the regime's own file (forms/regimes/<code>.toml: [standstill], [[procedures]],
[[milestones]]), read and checked with the rest of the regime's rules by
`desktop.catalogue.regimes`; here they become the timetable rows the app shows.

An opportunity records its regime and procedure; its timetable rows are its regime's milestones,
and the "standstill ends" milestone is worked out from the award milestone by the regime's rule
(`with_standstill`), so the dashboard, `framework-ready deadlines` and the calendar file show the
right day for both.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from desktop.catalogue.regimes import (
    RegimeRules,
    RuleBasis,
    StandstillBegins,
    every_regime,
)
from desktop.core.catalogue import Catalogue, MilestoneDefault, Provenance
from desktop.core.opportunities import MilestoneInfo, OpportunityInfo, uk_time
from desktop.core.working_days import OutsideCalendar, StandstillRule
from desktop.i18n import language

PCR_2015 = "pcr-2015"
ACT_2023 = "procurement-act-2023"
DEFAULT_REGIME = PCR_2015
STANDSTILL = "standstill"


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


def _provenance(basis: RuleBasis) -> Provenance:
    return Provenance(basis.source_code, basis.source_title, basis.url, basis.certainty.value)


def _regime(rules: RegimeRules) -> Regime:
    """A regime's timetable in the language the app speaks now."""
    table = rules.timetable
    rule = table.standstill
    standstill = StandstillRule(rule.from_milestone, rule.count.value, rule.days,
                                rule.begins is StandstillBegins.SAME_DAY,
                                rule.extend_to_working_day, rule.calendars)
    procedures = tuple(Procedure(p.code, p.said(), p.standstill.value, _provenance(p.basis))
                       for p in table.procedures)
    milestones = tuple(MilestoneDefault(m.code, m.said(), m.days_after_publication, m.time,
                                        _provenance(m.basis)) for m in table.milestones)
    return Regime(rules.code.value, rules.said_name(), standstill, rule.basis.said(),
                  _provenance(rule.basis), procedures, milestones)


@cache
def _regimes(speaking: str) -> tuple[Regime, ...]:
    return tuple(_regime(rules) for rules in every_regime())


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
