"""Partners and the supply chain: who does what in each bid, and the framework's rules for it.

Rules (from the market warming materials, in domain.md): key subcontractors are named in the
bid; switching or ending one needs the buyer's permission, recorded with its date and
reference; a lead must not require a subcontractor to be exclusive to it; and each year the
lead reports its supply chain (services, spend and dates per partner). Reading and saving them:
`core.supply_chain_records`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.core.organisation import check_organisation
from desktop.i18n import tr

TEXT_LIMIT = 200_000  # room for a long paste


class Role(StrEnum):
    LEAD = "lead"
    KEY_SUBCONTRACTOR = "key-subcontractor"
    SUBCONTRACTOR = "subcontractor"

    @property
    def label(self) -> str:
        return {Role.LEAD: tr("Lead"), Role.KEY_SUBCONTRACTOR: tr("Key subcontractor"),
                Role.SUBCONTRACTOR: tr("Subcontractor")}[self]


class SupplyChainError(ValueError):
    """The change is refused; the message says why in plain words."""


@dataclass(frozen=True, slots=True)
class PartnerInfo:
    id: int | None
    name: str
    charity_number: str = ""
    company_number: str = ""
    notes: str = ""
    categories: tuple[str, ...] = ()  # the framework categories it delivers
    version: int | None = None  # as read; None: save without checking


@dataclass(frozen=True, slots=True)
class BidPartnerInfo:
    id: int | None
    partner_id: int
    partner_name: str
    role: Role
    share_percent: int | None = None
    services: str = ""
    exclusivity: bool = False
    version: int | None = None  # as read (0: not on the bid when read); None: do not check


@dataclass(frozen=True, slots=True)
class PartnerYearInfo:
    partner_id: int
    year: int
    services: str = ""
    spend: int = 0  # pence
    started_on: date | None = None
    ended_on: date | None = None
    version: int | None = None  # as read (0: no figures for the year when read); None: as is


def check_partner(partner: PartnerInfo) -> str:
    if not partner.name.strip():
        return tr("Type the partner organisation's name.")
    problems = check_organisation(partner.name, partner.charity_number, partner.company_number)
    return next(iter(problems.values()), "") or (
        tr("The notes are too long.") if len(partner.notes) > TEXT_LIMIT else "")


def check_bid_entry(entry: BidPartnerInfo) -> None:
    """A bid entry's share and services as given, or SupplyChainError saying why not."""
    if entry.share_percent is not None and not 0 <= entry.share_percent <= 100:
        raise SupplyChainError(tr("A share is a percentage from 0 to 100."))
    if len(entry.services) > TEXT_LIMIT:
        raise SupplyChainError(tr("The services text is too long."))


def check_permission(change: str, reference: str) -> None:
    """A permission recorded must say which change, and carry the buyer's reference."""
    if change not in ("switch", "terminate"):
        raise SupplyChainError(tr("Say whether the subcontractor is switched or ended."))
    if not reference.strip():
        raise SupplyChainError(tr("Give the buyer's reference for the permission."))


def check_year(figures: PartnerYearInfo) -> None:
    """A year's figures as given, or SupplyChainError saying why not."""
    if not 2000 <= figures.year <= 2100:
        raise SupplyChainError(tr("Give the year as four digits, e.g. 2026."))
    if figures.spend < 0:
        raise SupplyChainError(tr("Spend cannot be below zero."))
    if figures.started_on and figures.ended_on and figures.ended_on < figures.started_on:
        raise SupplyChainError(tr("The end date is before the start date."))


def chain_warnings(bid: list[BidPartnerInfo]) -> list[str]:
    """What a bid's supply chain breaks or misses, in words (shown, not refused)."""
    found = [tr("{partner}: the framework does not allow a lead to require a subcontractor to "
                "work only with it (exclusivity).").format(partner=p.partner_name)
             for p in bid if p.exclusivity]
    shares = [p.share_percent for p in bid if p.share_percent is not None]
    if sum(shares) > 100:
        found.append(tr("The partners' shares add up to {total}%, more than 100%.").format(
            total=sum(shares)))
    if sum(1 for p in bid if p.role is Role.LEAD) > 1:
        found.append(tr("A bid has one lead."))
    return found


@dataclass(frozen=True, slots=True)
class PartnerRole:
    opportunity: str
    role: Role
    changes: tuple[str, ...]  # each switch or ending, with the buyer's permission
