"""Typed, immutable objects for a framework pack once it has been loaded and validated.

The loader (`desktop.catalogue.loader`) builds these from `forms/frameworks/*.toml`; the store
syncs them into the database; nothing here knows about files, Qt or SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Certainty(StrEnum):
    """How sure the pack is of a fact (see shared/domain.md)."""

    CONFIRMED = "confirmed"  # a source says it
    INFERRED = "inferred"  # reasoned from sources
    CHECK = "check"  # usual practice, not found for this framework: "check the tender documents"


class Regime(StrEnum):
    """The procurement law a framework was let under (shared/domain.md, "2026 update")."""

    PCR_2015 = "pcr-2015"  # the Public Contracts Regulations 2015 (procedures begun before
    # 24 February 2025)
    PROCUREMENT_ACT_2023 = "procurement-act-2023"  # in force 24 February 2025


class CategoryKind(StrEnum):
    NEED = "need"
    COHORT = "cohort"
    OTHER = "other"


class RequirementKind(StrEnum):
    """What a requirement is about, so a regime's rules can apply to it."""

    INSURANCE = "insurance"  # cover for the contract (the Act: needed by award, not before)
    AUDITED_ACCOUNTS = "audited-accounts"  # the Act: only where company law requires an audit
    OTHER = "other"


class Commissioning(StrEnum):
    DAY_ONE_NATIONAL = "day-one-national"  # national call-off competitions for day one
    REGIONAL = "regional"  # by Regional Probation Directors


class Funding(StrEnum):
    CONTRACTS = "contracts"
    GRANTS = "grants"
    BOTH = "both"


class Geography(StrEnum):
    """What one lot of a family covers."""

    NATIONAL = "national"
    REGION = "region"
    PCC_AREA = "pcc-area"


@dataclass(frozen=True, slots=True)
class Source:
    code: str
    title: str
    url: str = ""
    published: str = ""  # free text date as the source gives it, e.g. "15 June 2020"


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name: str
    kind: CategoryKind
    description: str
    commissioning: Commissioning
    funding: Funding
    source: str
    certainty: Certainty
    group: str = ""  # code of the parent grouping, e.g. "PW" for Personal Wellbeing's parts
    name_cy: str = ""
    name_cy_ours: bool = False  # the Welsh name is the app's own translation
    guidance: str = ""  # e.g. "No day-one budget" notes shown beside the category


@dataclass(frozen=True, slots=True)
class CategoryGroup:
    """A named bundle of categories, e.g. Personal Wellbeing = FSO + LA + EW + SI."""

    code: str
    name: str
    description: str
    source: str
    certainty: Certainty
    name_cy: str = ""
    name_cy_ours: bool = False  # the Welsh name is the app's own translation


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # MoJ Refer and Monitor code, "A".."L"
    name: str
    source: str
    certainty: Certainty
    name_cy: str = ""
    name_cy_ours: bool = False  # the Welsh name is the app's own translation


@dataclass(frozen=True, slots=True)
class PccArea:
    code: str  # slug, e.g. "dyfed-powys"
    name: str
    region: str  # Region.code
    source: str
    certainty: Certainty
    name_cy: str = ""


@dataclass(frozen=True, slots=True)
class Lot:
    """One lot: a lot family's service in one geography (region, PCC area or nationally)."""

    code: str  # unique in the pack, e.g. "ACC-A", "PW-cleveland"
    title: str  # "Accommodation Services for North East"
    family: str  # LotFamily.code
    categories: tuple[str, ...]  # Category codes delivered under the lot
    cohorts: tuple[str, ...]  # cohort Category codes the lot is restricted to ("WOM", "YA")
    region: str  # Region.code (for a PCC-area lot, the area's region); "" when national
    pcc_area: str  # PccArea.code, "" unless the lot is per PCC area
    source: str
    certainty: Certainty
    title_cy: str = ""


@dataclass(frozen=True, slots=True)
class LotFamily:
    code: str
    name: str
    description: str
    categories: tuple[str, ...]
    cohorts: tuple[str, ...]
    geography: Geography
    source: str
    certainty: Certainty
    name_cy: str = ""
    name_cy_ours: bool = False  # the Welsh name is the app's own translation


@dataclass(frozen=True, slots=True)
class PortalStep:
    position: int
    title: str
    detail: str
    source: str
    certainty: Certainty
    url: str = ""
    title_cy: str = ""
    detail_cy: str = ""


@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    code: str
    term: str
    definition: str
    source: str
    certainty: Certainty
    term_cy: str = ""
    definition_cy: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    """A single framework fact, e.g. its term, or an insurance level that must be checked."""

    code: str
    label: str
    value: str
    source: str
    certainty: Certainty
    label_cy: str = ""
    value_cy: str = ""


@dataclass(frozen=True, slots=True)
class Requirement:
    """A lead bidder needs this organisation-profile answer to be at least `minimum`."""

    code: str
    label: str
    profile_field: str  # an organisation-profile field key, e.g. "public_liability"
    minimum: int  # pence for money answers
    source: str
    certainty: Certainty
    label_cy: str = ""
    kind: RequirementKind | None = None  # None: not said (treated as "other")


@dataclass(frozen=True, slots=True)
class MilestoneTemplate:
    """A competition milestone's usual date: days after publication, and a time for deadlines."""

    code: str
    label: str
    days_after_publication: int
    source: str
    certainty: Certainty
    time: str = ""  # "HH:MM" UK time, or "" for a whole day
    label_cy: str = ""


@dataclass(frozen=True, slots=True)
class PackDate:
    """One of a framework's dates (opens, closes, deadline date, ends): a day, or None when the
    pack does not give it, with its own source and certainty ("" = the framework's own)."""

    day: date | None = None
    source: str = ""
    certainty: Certainty | None = None


@dataclass(frozen=True, slots=True)
class Reopening:
    """A window in which a framework takes new suppliers (an open framework reopens)."""

    opens: date | None
    closes: date | None
    label: str
    source: str
    certainty: Certainty
    label_cy: str = ""


@dataclass(frozen=True, slots=True)
class FrameworkPack:
    code: str  # e.g. "probation-dynamic-framework"
    name: str
    short_name: str
    buyer: str
    description: str
    version: int  # raise it whenever the pack's content changes
    source: str
    certainty: Certainty
    name_cy: str = ""
    name_cy_ours: bool = False
    regime: Regime | None = None  # None: the pack does not say (older packs)
    procedure: str = ""  # free code, e.g. "dynamic-framework-light-touch", "open-framework"
    status: str = ""  # "open", "closed", "awarding" …
    opens: PackDate = PackDate()
    closes: PackDate = PackDate()  # the qualification or tender deadline
    deadline_date: PackDate = PackDate()  # the framework's own "deadline date", as notices say
    ends: PackDate = PackDate()
    reopenings: tuple[Reopening, ...] = ()
    sources: tuple[Source, ...] = ()
    facts: tuple[Fact, ...] = ()
    groups: tuple[CategoryGroup, ...] = ()
    categories: tuple[Category, ...] = ()
    regions: tuple[Region, ...] = ()
    pcc_areas: tuple[PccArea, ...] = ()
    lot_families: tuple[LotFamily, ...] = ()
    lots: tuple[Lot, ...] = ()
    portal_steps: tuple[PortalStep, ...] = ()
    glossary: tuple[GlossaryTerm, ...] = ()
    requirements: tuple[Requirement, ...] = ()
    milestones: tuple[MilestoneTemplate, ...] = ()
    content_hash: str = ""  # SHA-256 of the pack file, set by the loader
    path: str = field(default="", compare=False)

    def source_for(self, code: str) -> Source | None:
        return next((s for s in self.sources if s.code == code), None)
