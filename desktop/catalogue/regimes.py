"""The procurement regimes as data, one file each (forms/regimes/<code>.toml), checked and typed.

A framework pack names its regime (`regime = "pcr-2015"` or `"procurement-act-2023"`). The file
says what a buyer may require before award, which the eligibility rules ask instead of knowing
the law themselves, and the usual competition timetable with the standstill rule, which
`desktop.core.timetables` works dates out from. Each rule, procedure and milestone carries its
explanation, source (one of the file's `[[sources]]`, with url) and certainty; a broken file is
refused with its file, line and reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from desktop.catalogue.model import Certainty, Regime
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
    one_of,
    read_toml,
)
from desktop.i18n import WELSH, language


class RegimeError(DefinitionError):
    """A regime rules file that cannot be used, and exactly where and why."""


class AuditedAccounts(StrEnum):
    ALWAYS_IF_ASKED = "always-if-asked"  # the buyer may ask for them at selection
    ONLY_WHERE_COMPANY_LAW_REQUIRES = "only-where-company-law-requires"


@dataclass(frozen=True, slots=True)
class RuleBasis:
    """Why a rule says what it says: in words, and where the law or guidance says it."""

    explanation: str
    source_title: str
    url: str
    certainty: Certainty
    explanation_cy: str = ""
    source_code: str = ""

    def said(self) -> str:
        """The explanation in the language the app speaks now (English when no Welsh)."""
        return self.explanation_cy or self.explanation if language() == WELSH else \
            self.explanation


@dataclass(frozen=True, slots=True)
class RegimeRules:
    code: Regime
    name: str
    short_name: str
    insurance_before_award: bool  # may a buyer require contract insurance before award?
    audited_accounts: AuditedAccounts
    basis: dict[str, RuleBasis]  # rule name → its basis
    timetable: Timetable  # the usual competition timetable and the standstill rule
    name_cy: str = ""
    short_name_cy: str = ""
    # the questionnaires a supplier answers under this regime, in order (form codes): the
    # selection questionnaire under PCR 2015; the PSQ and the Act's exclusions under the Act
    questionnaires: tuple[str, ...] = ()
    # the kinds of framework a pack under this regime sets up (a pack's `procedure` code), each
    # with its plain-English name
    framework_procedures: tuple[FrameworkProcedure, ...] = ()
    # the supplier route every framework under this regime shares (forms/routes/<code>.toml):
    # the Central Digital Platform under the Act; "" under PCR 2015 (none: no page for it)
    supplier_route: str = ""

    def label(self) -> str:
        return self.short_name_cy or self.short_name if language() == WELSH else self.short_name

    def said_name(self) -> str:
        return self.name_cy or self.name if language() == WELSH else self.name

    def framework_procedure(self, code: str) -> FrameworkProcedure | None:
        return next((p for p in self.framework_procedures if p.code == code), None)


@dataclass(frozen=True, slots=True)
class Labelled:
    """An entry of a regime file with a code and a name in English and, maybe, Welsh."""

    code: str
    label: str
    label_cy: str

    def said(self) -> str:
        """The name in the language the app speaks now (English when no Welsh)."""
        return self.label_cy or self.label if language() == WELSH else self.label


@dataclass(frozen=True, slots=True)
class FrameworkProcedure(Labelled):
    """A kind of framework (a pack's `procedure`), named in plain English ("Open framework
    (Procurement Act 2023)"), with its basis."""

    basis: RuleBasis
    short_label: str = ""  # "open framework", after the framework's short name: "CAS open …"
    short_label_cy: str = ""

    def said_short(self) -> str:
        return self.short_label_cy or self.short_label if language() == WELSH else \
            self.short_label


class StandstillCount(StrEnum):
    WORKING_DAYS = "working-days"  # weekends and the calendars' bank holidays are not counted
    CALENDAR_DAYS = "calendar-days"


class StandstillBegins(StrEnum):
    SAME_DAY = "same-day"  # the day of the notice is the first day counted (the Act)
    NEXT_DAY = "next-day"  # the day after the notices are sent is the first (PCR 2015)


class StandstillNeed(StrEnum):
    """Whether a competition procedure has a standstill."""

    REQUIRED = "required"
    VOLUNTARY = "voluntary"
    CHECK = "check"


@dataclass(frozen=True, slots=True)
class Standstill:
    """How the regime counts its standstill ([standstill]); `basis.explanation` is its note."""

    from_milestone: str  # the milestone it counts from: "award" or "award-notice"
    count: StandstillCount
    days: int
    begins: StandstillBegins
    extend_to_working_day: bool  # a period ending on a day that is not a working day runs on
    calendars: tuple[str, ...]  # bank holiday calendars (forms/calendars/)
    basis: RuleBasis


@dataclass(frozen=True, slots=True)
class CompetitionProcedure(Labelled):
    """A procedure a competition runs under ([[procedures]]) and whether it has a standstill."""

    standstill: StandstillNeed
    basis: RuleBasis


@dataclass(frozen=True, slots=True)
class UsualMilestone(Labelled):
    """A milestone of the usual timetable ([[milestones]]): days after publication and the
    time of day (UK), "" for all day."""

    days_after_publication: int
    time: str
    basis: RuleBasis


@dataclass(frozen=True, slots=True)
class Timetable:
    standstill: Standstill
    procedures: tuple[CompetitionProcedure, ...]
    milestones: tuple[UsualMilestone, ...]


# the milestones every usual timetable has (and the one its standstill counts from)
NEEDED_MILESTONES = ("published", "submission", "standstill")

RULE = {"explanation": TEXT, "explanation_cy": OPTIONAL_TEXT, "source": TEXT,
        "certainty": one_of(Certainty)}
TABLES: dict[str, dict[str, Key]] = {
    "regime": {"code": one_of(Regime), "name": TEXT, "name_cy": OPTIONAL_TEXT,
               "short_name": TEXT, "short_name_cy": OPTIONAL_TEXT},
    "sources": {"code": TEXT, "title": TEXT, "url": TEXT, "published": OPTIONAL_TEXT},
    "insurance_before_award": {"value": Key(bool), **RULE},
    "audited_accounts": {"value": one_of(AuditedAccounts), **RULE},
    "questionnaires": {"forms": CODES, **RULE},  # optional: none named, none shown
    "supplier_route": {"route": TEXT, **RULE},  # optional: none under PCR 2015
    "framework_procedures": {"code": TEXT, "label": TEXT, "label_cy": OPTIONAL_TEXT,
                             "short_label": OPTIONAL_TEXT, "short_label_cy": OPTIONAL_TEXT,
                             "source": TEXT, "certainty": one_of(Certainty)},  # optional list
    "standstill": {"from": TEXT, "count": one_of(StandstillCount), "days": NUMBER,
                   "begins": one_of(StandstillBegins), "extend_to_working_day": FLAG,
                   "calendars": CODES, "note": TEXT, "note_cy": OPTIONAL_TEXT, "source": TEXT,
                   "certainty": one_of(Certainty)},
    "procedures": {"code": TEXT, "label": TEXT, "label_cy": OPTIONAL_TEXT,
                   "standstill": one_of(StandstillNeed), "source": TEXT,
                   "certainty": one_of(Certainty)},
    "milestones": {"code": TEXT, "label": TEXT, "label_cy": OPTIONAL_TEXT,
                   "days_after_publication": NUMBER, "time": OPTIONAL_TEXT, "source": TEXT,
                   "certainty": one_of(Certainty)},
}
OPTIONAL_TABLES = ("questionnaires", "supplier_route")
LISTS = ("sources", "framework_procedures", "procedures", "milestones")  # [[arrays]] of tables
# each optional table's value: the forms it names, or the route
OPTIONAL_VALUE = {"questionnaires": "forms", "supplier_route": "route"}


class _Reading:
    """One regime file being read: its checked entries and `[[sources]]` by code."""

    def __init__(self, path: Path) -> None:
        _raw, text, self.data = read_toml(path, RegimeError)
        self.path, self.reader = path, TomlReader(path, text, RegimeError)
        self.reader.only_tables(self.data, TABLES, "a regime file")
        for table in TABLES:
            if table not in self.data and table not in (*OPTIONAL_TABLES, "framework_procedures"):
                raise RegimeError(path, "", f"the [{table}] table is missing")
        for table in LISTS:
            if table in self.data and not isinstance(self.data[table], list):
                raise self.reader.fail(table, None, "", f"should be a list of [[{table}]] "
                                       "tables, each with its own header")
        self.sources: dict[str, dict[str, Any]] = {}
        for index, entry in enumerate(self.entries("sources")):
            if entry["code"] in self.sources:
                raise self.reader.fail("sources", index, "code", f'"{entry["code"]}" is '
                                       "listed twice: give each source once")
            self.sources[entry["code"]] = entry

    def entries(self, table: str) -> list[dict[str, Any]]:
        """Each entry of the `[[table]]` list, checked; none when the file has none."""
        return [self.reader.entry(table, index, item, TABLES[table])
                for index, item in enumerate(self.data.get(table, []))]

    def entry(self, table: str) -> dict[str, Any]:
        return self.reader.entry(table, None, self.data[table], TABLES[table])

    def basis(self, table: str, index: int | None, entry: dict[str, Any], explanation: str,
              explanation_cy: str) -> RuleBasis:
        """The entry's basis: its words, and the source it names (which must be listed)."""
        source = self.sources.get(entry["source"])
        if source is None:
            raise self.reader.fail(table, index, "source", f'there is no source with the code '
                                   f'"{entry["source"]}"')
        return RuleBasis(explanation, source["title"], source["url"], entry["certainty"],
                         explanation_cy, source["code"])

    def timetable(self) -> Timetable:
        rule = self.entry("standstill")
        if rule["days"] < 1:
            raise self.reader.fail("standstill", None, "days", "should be at least 1 day")
        standstill = Standstill(rule["from"], rule["count"], rule["days"], rule["begins"],
                                rule["extend_to_working_day"], tuple(rule["calendars"]),
                                self.basis("standstill", None, rule, rule["note"],
                                           rule["note_cy"]))
        procedures = tuple(
            CompetitionProcedure(entry["code"], entry["label"], entry["label_cy"],
                                 entry["standstill"],
                                 self.basis("procedures", index, entry, entry["label"],
                                            entry["label_cy"]))
            for index, entry in enumerate(self.entries("procedures")))
        milestones: list[UsualMilestone] = []
        for index, entry in enumerate(self.entries("milestones")):
            if any(m.code == entry["code"] for m in milestones):
                raise self.reader.fail("milestones", index, "code", f'"{entry["code"]}" is '
                                       "listed twice: give each milestone once")
            milestones.append(UsualMilestone(
                entry["code"], entry["label"], entry["label_cy"],
                entry["days_after_publication"], entry["time"],
                self.basis("milestones", index, entry, entry["label"], entry["label_cy"])))
        codes = {m.code for m in milestones}
        for needed in (*NEEDED_MILESTONES, standstill.from_milestone):
            if needed not in codes:
                raise RegimeError(self.path, "milestones", f'there is no milestone "{needed}": '
                                  "the usual timetable needs published, submission, standstill "
                                  "and the one the standstill counts from "
                                  f"({standstill.from_milestone})")
        return Timetable(standstill, procedures, tuple(milestones))


def load_rules(path: Path) -> RegimeRules:
    """Read and check one regime's file; raise RegimeError on the first problem."""
    reading = _Reading(path)
    regime = reading.entry("regime")
    if path.stem != regime["code"]:
        raise reading.reader.fail("regime", None, "code", f'is "{regime["code"]}" but the file '
                                  f"is {path.name}: name the file after its regime")
    values: dict[str, Any] = {}
    basis = {}
    for rule in ("insurance_before_award", "audited_accounts", *OPTIONAL_TABLES):
        if rule not in reading.data:
            continue
        entry = reading.entry(rule)
        value = entry[OPTIONAL_VALUE.get(rule, "value")]
        values[rule] = tuple(value) if isinstance(value, list) else value
        basis[rule] = reading.basis(rule, None, entry, entry["explanation"],
                                    entry["explanation_cy"])
    procedures = tuple(
        FrameworkProcedure(entry["code"], entry["label"], entry["label_cy"],
                           reading.basis("framework_procedures", index, entry, entry["label"],
                                         ""),
                           entry["short_label"], entry["short_label_cy"])
        for index, entry in enumerate(reading.entries("framework_procedures")))
    return RegimeRules(basis=basis, timetable=reading.timetable(),
                       framework_procedures=procedures, **regime, **values)


@cache
def regime_rules(code: str) -> RegimeRules | None:
    """The shipped rules of regime `code`, or None for a pack that names no regime."""
    if not code:
        return None
    return load_rules(forms_folder() / "regimes" / f"{Regime(code).value}.toml")


@cache
def route_step_codes(route: str) -> frozenset[str]:
    """The step codes of the shipped supplier route `route` (forms/routes/<route>.toml), for
    checking a pack's steps that are done there (the route itself is read by
    core.supplier_route)."""
    import tomllib

    path = forms_folder() / "routes" / f"{route}.toml"
    with path.open("rb") as stream:
        data = tomllib.load(stream)
    return frozenset(str(step["code"]) for step in data.get("steps", ()))


def every_regime() -> tuple[RegimeRules, ...]:
    """Every regime shipped, PCR 2015 first (the order of `Regime`)."""
    return tuple(rules for code in Regime if (rules := regime_rules(code.value)) is not None)
