"""The framework catalogue as the pages and the command line see it: read-only, plain objects.

Everything is read in one go (`catalogue_records.load_catalogue`; a framework has a few hundred
rows), so filtering and searching happen in memory with `LotFilter`, the same way for the
Catalogue page and `framework-ready catalogue`. This module imports no database code, so the
window can be built before SQLAlchemy has loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from desktop.i18n import tr

CHECK = "check"
PCR_2015, PROCUREMENT_ACT_2023 = "pcr-2015", "procurement-act-2023"


def commissioning_label(code: str) -> str:
    return {
        "day-one-national": tr("National call-off competition from day one (June 2021)"),
        "regional": tr("Commissioned by Regional Probation Directors"),
        "call-off": tr("Call-off contracts awarded under the framework"),
    }.get(code, code)


def funding_label(code: str) -> str:
    return {
        "contracts": tr("Contracts"),
        "grants": tr("Grants"),
        "both": tr("Grants or contracts"),
    }.get(code, code)


def certainty_label(code: str) -> str:
    return {
        "confirmed": tr("Confirmed"),
        "inferred": tr("Inferred from sources"),
        CHECK: tr("Not confirmed for this framework: check the tender documents"),
    }.get(code, code)


@dataclass(frozen=True, slots=True)
class Provenance:
    source_code: str
    source_title: str
    source_url: str
    certainty: str

    @property
    def needs_checking(self) -> bool:
        return self.certainty == CHECK


def regime_label(code: str) -> str:
    return {PCR_2015: tr("PCR 2015"),
            PROCUREMENT_ACT_2023: tr("Procurement Act 2023")}.get(code, code or tr("Not given"))


def status_label(code: str) -> str:
    return {"open": tr("Open"), "closed": tr("Closed"), "awarding": tr("Awarding call-offs"),
            "planned": tr("Planned"), "expired": tr("Expired")}.get(code, code)


@dataclass(frozen=True, slots=True)
class FrameworkDate:
    """One of a framework's dates with where it comes from; shown "(check)" when unconfirmed."""

    day: date
    provenance: Provenance

    @property
    def needs_checking(self) -> bool:
        return self.provenance.needs_checking


@dataclass(frozen=True, slots=True)
class ReopeningInfo:
    """A window in which the framework takes new suppliers."""

    opens: date | None
    closes: date | None
    label: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class FrameworkInfo:
    code: str
    name: str
    short_name: str
    buyer: str
    description: str
    pack_version: int
    provenance: Provenance
    regime: str = ""  # PCR_2015, PROCUREMENT_ACT_2023 or "" when the pack does not say
    procedure: str = ""  # e.g. "dynamic-framework-light-touch", "open-framework"
    status: str = ""  # "open", "closed", "awarding" …
    opens: FrameworkDate | None = None
    closes: FrameworkDate | None = None  # qualification or tender deadline
    deadline_date: FrameworkDate | None = None  # the framework's own "deadline date"
    ends: FrameworkDate | None = None
    reopenings: tuple[ReopeningInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    code: str
    name: str
    kind: str
    group_code: str
    group_name: str
    description: str
    commissioning: str
    funding: str
    guidance: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name: str
    region_code: str = ""  # for a PCC area: its region


@dataclass(frozen=True, slots=True)
class LotInfo:
    code: str
    title: str
    family_code: str
    family_name: str
    geography: str
    categories: tuple[str, ...]  # category codes delivered under the lot
    cohorts: tuple[str, ...]  # cohort codes the lot is for ("WOM", "YA")
    region_code: str
    region_name: str
    pcc_area_code: str
    pcc_area_name: str
    provenance: Provenance

    @property
    def area_name(self) -> str:
        return self.pcc_area_name or self.region_name or tr("England and Wales")


@dataclass(frozen=True, slots=True)
class Entry:
    """A fact, glossary term or portal step: a label, its text and where it comes from."""

    code: str
    label: str
    text: str
    provenance: Provenance
    url: str = ""  # portal steps: where the step is done, opened only when clicked
    done_on_route: tuple[str, ...] = ()  # portal steps: the supplier route's steps it is done by


@dataclass(frozen=True, slots=True)
class RequirementInfo:
    """A lead bidder needs the profile answer `profile_field` to be at least `minimum`."""

    code: str
    label: str
    profile_field: str
    minimum: int
    provenance: Provenance
    kind: str = ""  # "insurance", "audited-accounts", "other" or "" (see the regime's rules)


@dataclass(frozen=True, slots=True)
class MilestoneDefault:
    """A competition milestone's usual date: days after publication, time of day (UK) or ""."""

    code: str
    label: str
    days_after_publication: int
    time: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Catalogue:
    framework: FrameworkInfo
    categories: tuple[CategoryInfo, ...]
    regions: tuple[Place, ...]
    pcc_areas: tuple[Place, ...]
    lots: tuple[LotInfo, ...]
    facts: tuple[Entry, ...]
    glossary: tuple[Entry, ...]
    portal_steps: tuple[Entry, ...]
    requirements: tuple[RequirementInfo, ...] = ()
    milestones: tuple[MilestoneDefault, ...] = ()
    # (English, Welsh) for each Welsh name that is the app's own translation, not the framework's
    own_welsh: tuple[tuple[str, str], ...] = ()
    _category_index: dict[str, CategoryInfo] = field(default_factory=dict, repr=False)

    def category(self, code: str) -> CategoryInfo | None:
        if not self._category_index:
            self._category_index.update({c.code: c for c in self.categories})
        return self._category_index.get(code)

    def category_names(self, codes: Iterable[str]) -> list[str]:
        return [c.name for code in codes if (c := self.category(code))]


class NoCatalogue(LookupError):
    """No framework pack has ever been loaded into this database."""


@dataclass(frozen=True, slots=True)
class LotFilter:
    """What the person narrowed the lot list to; empty fields match everything."""

    category: str = ""  # a category code, or a group code such as "PW"
    region: str = ""
    pcc_area: str = ""
    cohort: str = ""
    text: str = ""

    def matches(self, lot: LotInfo, catalogue: Catalogue) -> bool:
        return (
            self._matches_category(lot, catalogue)
            and (not self.region or lot.region_code == self.region)
            and (not self.pcc_area or self._covers_area(lot, catalogue))
            and (not self.cohort or self.cohort in lot.cohorts)
            and (not self.text or self._matches_text(lot, catalogue))
        )

    def _matches_category(self, lot: LotInfo, catalogue: Catalogue) -> bool:
        if not self.category:
            return True
        codes = lot.categories + lot.cohorts
        return self.category in codes or any(
            (c := catalogue.category(code)) and c.group_code == self.category for code in codes)

    def _covers_area(self, lot: LotInfo, catalogue: Catalogue) -> bool:
        """A PCC area is served by its own lots and by the lots for its whole region."""
        region = next((a.region_code for a in catalogue.pcc_areas if a.code == self.pcc_area), "")
        return lot.pcc_area_code in ("", self.pcc_area) and lot.region_code == region

    def _matches_text(self, lot: LotInfo, catalogue: Catalogue) -> bool:
        words = self.text.casefold().split()
        haystack = " ".join([lot.code, lot.title, lot.family_name, lot.area_name,
                             *catalogue.category_names(lot.categories + lot.cohorts)]).casefold()
        return all(word in haystack for word in words)


def filter_lots(catalogue: Catalogue, lot_filter: LotFilter) -> list[LotInfo]:
    return [lot for lot in catalogue.lots if lot_filter.matches(lot, catalogue)]

