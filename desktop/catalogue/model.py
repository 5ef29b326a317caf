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
    CALL_OFF = "call-off"  # call-off contracts under the framework, buyer not split further


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Sourced:
    """Every fact in a pack says where it comes from (a Source.code) and how sure the pack is
    of it. Keyword-only, so each kind of fact lists its own fields first."""

    source: str
    certainty: Certainty


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedInWelsh(Sourced):
    """A thing with a name in Welsh: the framework's own, or the app's translation."""

    name_cy: str = ""
    name_cy_ours: bool = False  # the Welsh name is the app's own translation


@dataclass(frozen=True, slots=True)
class Category(NamedInWelsh):
    code: str
    name: str
    kind: CategoryKind
    description: str
    commissioning: Commissioning
    funding: Funding
    group: str = ""  # code of the parent grouping, e.g. "PW" for Personal Wellbeing's parts
    guidance: str = ""  # e.g. "No day-one budget" notes shown beside the category


@dataclass(frozen=True, slots=True)
class CategoryGroup(NamedInWelsh):
    """A named bundle of categories, e.g. Personal Wellbeing = FSO + LA + EW + SI."""

    code: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class Region(NamedInWelsh):
    code: str  # MoJ Refer and Monitor code, "A".."L"
    name: str


@dataclass(frozen=True, slots=True)
class PccArea(Sourced):
    code: str  # slug, e.g. "dyfed-powys"
    name: str
    region: str  # Region.code
    name_cy: str = ""


@dataclass(frozen=True, slots=True)
class Lot(Sourced):
    """One lot: a lot family's service in one geography (region, PCC area or nationally)."""

    code: str  # unique in the pack, e.g. "ACC-A", "PW-cleveland"
    title: str  # "Accommodation Services for North East"
    family: str  # LotFamily.code
    categories: tuple[str, ...]  # Category codes delivered under the lot
    cohorts: tuple[str, ...]  # cohort Category codes the lot is restricted to ("WOM", "YA")
    region: str  # Region.code (for a PCC-area lot, the area's region); "" when national
    pcc_area: str  # PccArea.code, "" unless the lot is per PCC area
    title_cy: str = ""


@dataclass(frozen=True, slots=True)
class LotFamily(NamedInWelsh):
    code: str
    name: str
    description: str
    categories: tuple[str, ...]
    cohorts: tuple[str, ...]
    geography: Geography


@dataclass(frozen=True, slots=True)
class PortalStep(Sourced):
    """One step of registering on the buyer's portal, in order, with a link where it has one."""

    position: int
    title: str
    detail: str
    url: str = ""
    title_cy: str = ""
    detail_cy: str = ""
    # Steps of the regime's supplier route (forms/routes/) that are this step's work: it is
    # done there, not ticked here, and counted once, in the route (core.journey).
    done_on_route: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GlossaryTerm(Sourced):
    """A word of the framework's jargon and what it means (linked wherever it appears)."""

    code: str
    term: str
    definition: str
    term_cy: str = ""
    definition_cy: str = ""


@dataclass(frozen=True, slots=True)
class Fact(Sourced):
    """A single framework fact, e.g. its term, or an insurance level that must be checked."""

    code: str
    label: str
    value: str
    label_cy: str = ""
    value_cy: str = ""


@dataclass(frozen=True, slots=True)
class Requirement(Sourced):
    """A lead bidder needs this organisation-profile answer to be at least `minimum`."""

    code: str
    label: str
    profile_field: str  # an organisation-profile field key, e.g. "public_liability"
    minimum: int  # pence for money answers
    label_cy: str = ""
    kind: RequirementKind | None = None  # None: not said (treated as "other")


@dataclass(frozen=True, slots=True)
class MilestoneTemplate(Sourced):
    """A competition milestone's usual date: days after publication, and a time for deadlines."""

    code: str
    label: str
    days_after_publication: int
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
class Reopening(Sourced):
    """A window in which a framework takes new suppliers (an open framework reopens)."""

    opens: date | None
    closes: date | None
    label: str
    label_cy: str = ""


@dataclass(frozen=True, slots=True)
class FrameworkPack(NamedInWelsh):
    code: str  # e.g. "probation-dynamic-framework"
    name: str
    short_name: str
    buyer: str
    description: str
    version: int  # raise it whenever the pack's content changes
    regime: Regime | None = None  # None: the pack does not say (older packs)
    buyer_cy: str = ""  # the Welsh, where the pack gives one (else the English is shown)
    description_cy: str = ""
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
