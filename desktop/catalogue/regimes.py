"""The procurement regimes' rules as data (forms/regimes/<code>.toml), typed for the rules engine.

A framework pack names its regime (`regime = "pcr-2015"` or `"procurement-act-2023"`); the
eligibility rules ask the regime what a buyer may require before award instead of knowing the
law themselves. Each rule carries its explanation, source (with url) and certainty.
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

    def framework_procedure(self, code: str) -> FrameworkProcedure | None:
        return next((p for p in self.framework_procedures if p.code == code), None)


@dataclass(frozen=True, slots=True)
class FrameworkProcedure:
    """A kind of framework (a pack's `procedure`), named in plain English, with its basis."""

    code: str
    label: str  # "Open framework (Procurement Act 2023)"
    label_cy: str
    basis: RuleBasis
    short_label: str = ""  # "open framework", after the framework's short name: "CAS open …"
    short_label_cy: str = ""

    def said(self) -> str:
        return self.label_cy or self.label if language() == WELSH else self.label

    def said_short(self) -> str:
        return self.short_label_cy or self.short_label if language() == WELSH else \
            self.short_label


RULE = {"explanation": TEXT, "explanation_cy": OPTIONAL_TEXT, "source": TEXT,
        "certainty": one_of(Certainty)}
TABLES: dict[str, dict[str, Key]] = {
    "regime": {"code": one_of(Regime), "name": TEXT, "name_cy": OPTIONAL_TEXT,
               "short_name": TEXT, "short_name_cy": OPTIONAL_TEXT},
    "sources": {"code": TEXT, "title": TEXT, "url": TEXT},
    "insurance_before_award": {"value": Key(bool), **RULE},
    "audited_accounts": {"value": one_of(AuditedAccounts), **RULE},
    "questionnaires": {"forms": CODES, **RULE},  # optional: none named, none shown
    "supplier_route": {"route": TEXT, **RULE},  # optional: none under PCR 2015
    "framework_procedures": {"code": TEXT, "label": TEXT, "label_cy": OPTIONAL_TEXT,
                             "short_label": OPTIONAL_TEXT, "short_label_cy": OPTIONAL_TEXT,
                             "source": TEXT, "certainty": one_of(Certainty)},  # optional list
}
OPTIONAL_TABLES = ("questionnaires", "supplier_route")
# each optional table's value: the forms it names, or the route
OPTIONAL_VALUE = {"questionnaires": "forms", "supplier_route": "route"}


def load_rules(path: Path) -> RegimeRules:
    """Read and check one regime's rules; raise RegimeError on the first problem."""
    _raw, text, data = read_toml(path, RegimeError)
    reader = TomlReader(path, text, RegimeError)
    reader.only_tables(data, TABLES, "a regime file")
    for table in TABLES:
        if table not in data and table not in (*OPTIONAL_TABLES, "framework_procedures"):
            raise RegimeError(path, "", f"the [{table}] table is missing")
    regime = reader.entry("regime", None, data["regime"], TABLES["regime"])
    raw_sources = data["sources"] if isinstance(data["sources"], list) else []
    sources = {entry["code"]: entry for entry in (
        reader.entry("sources", index, item, TABLES["sources"])
        for index, item in enumerate(raw_sources))}
    if path.stem != regime["code"]:
        raise reader.fail("regime", None, "code", f'is "{regime["code"]}" but the file is '
                          f"{path.name}: name the file after its regime")
    values: dict[str, Any] = {}
    basis = {}
    for rule in ("insurance_before_award", "audited_accounts", *OPTIONAL_TABLES):
        if rule not in data:
            continue
        entry = reader.entry(rule, None, data[rule], TABLES[rule])
        source = sources.get(entry["source"])
        if source is None:
            raise reader.fail(rule, None, "source", f'there is no source with the code '
                              f'"{entry["source"]}"')
        value = entry[OPTIONAL_VALUE.get(rule, "value")]
        values[rule] = tuple(value) if isinstance(value, list) else value
        basis[rule] = RuleBasis(entry["explanation"], source["title"], source["url"],
                                entry["certainty"], entry["explanation_cy"])
    procedures = []
    raw_procedures = data.get("framework_procedures", [])
    for index, item in enumerate(raw_procedures if isinstance(raw_procedures, list) else []):
        entry = reader.entry("framework_procedures", index, item, TABLES["framework_procedures"])
        source = sources.get(entry["source"])
        if source is None:
            raise reader.fail("framework_procedures", index, "source",
                              f'there is no source with the code "{entry["source"]}"')
        procedures.append(FrameworkProcedure(
            entry["code"], entry["label"], entry["label_cy"],
            RuleBasis(entry["label"], source["title"], source["url"], entry["certainty"]),
            entry["short_label"], entry["short_label_cy"]))
    return RegimeRules(basis=basis, framework_procedures=tuple(procedures), **regime, **values)


@cache
def regime_rules(code: str) -> RegimeRules | None:
    """The shipped rules of regime `code`, or None for a pack that names no regime."""
    if not code:
        return None
    return load_rules(forms_folder() / "regimes" / f"{Regime(code).value}.toml")
