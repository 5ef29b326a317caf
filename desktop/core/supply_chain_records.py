"""The supply chain's records: partners, who is named on which bid, the buyer's permissions and
each year's figures, read and saved (the rules: `core.supply_chain`)."""

from __future__ import annotations

import json
from datetime import date
from functools import partial

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.conflict_records import checked_transaction, locked_at
from desktop.core.conflicts import check_version
from desktop.core.opportunities import Status
from desktop.core.supply_chain import (
    BidPartnerInfo,
    PartnerInfo,
    PartnerRole,
    PartnerYearInfo,
    Role,
    SupplyChainError,
    check_bid_entry,
    check_partner,
    check_permission,
    check_year,
)
from desktop.i18n import long_date, plural, tr
from desktop.store import models
from desktop.store.engine import Database


def save_partner(database: Database, organisation_id: int, partner: PartnerInfo) -> PartnerInfo:
    """Add or change a partner; return it as saved (RecordConflict: someone else changed it
    since `partner.version`, or removed it)."""
    problem = check_partner(partner)
    if problem:
        raise SupplyChainError(problem)
    with checked_transaction(database, lambda: _read_partner(database, partner.id)) as session:
        row = (models.Partner(organisation_id=organisation_id) if partner.id is None
               else locked_at(session, models.Partner, partner.id, partner.version, _partner))
        row.name, row.notes = partner.name.strip(), partner.notes
        row.categories = json.dumps(list(partner.categories))
        row.charity_number = partner.charity_number.replace(" ", "").upper()
        row.company_number = partner.company_number.replace(" ", "").upper()
        session.add(row)
        session.flush()
        return _partner(row)


def _partner(row: models.Partner) -> PartnerInfo:
    return PartnerInfo(row.id, row.name, row.charity_number, row.company_number, row.notes,
                       tuple(json.loads(row.categories or "[]")), row.version_id)


def _read_partner(database: Database, partner_id: int | None) -> PartnerInfo | None:
    with database.sessions() as session:
        row = session.get(models.Partner, partner_id) if partner_id is not None else None
        return _partner(row) if row else None


def list_partners(database: Database, organisation_id: int) -> list[PartnerInfo]:
    with database.sessions() as session:
        rows = session.scalars(select(models.Partner).where(
            models.Partner.organisation_id == organisation_id).order_by(
                func.lower(models.Partner.name)))
        return [_partner(row) for row in rows]


def bids_naming(database: Database, partner_id: int) -> list[str]:
    """Titles of the opportunities this partner is named on."""
    with database.sessions() as session:
        return list(session.scalars(
            select(models.Opportunity.title).join(
                models.BidPartner, models.BidPartner.opportunity_id == models.Opportunity.id)
            .where(models.BidPartner.partner_id == partner_id)
            .order_by(models.Opportunity.title)))


def delete_partner(database: Database, partner_id: int, *, remove_from_bids: bool,
                   version: int | None = None) -> None:
    """Delete a partner; one named on bids only when told to take it off them too.
    RecordConflict if someone else changed it since `version` (it stays)."""
    with checked_transaction(database, lambda: _read_partner(database, partner_id)) as session:
        partner = locked_at(session, models.Partner, partner_id, version, _partner)
        named = session.scalars(select(models.BidPartner).where(
            models.BidPartner.partner_id == partner_id)).all()
        if named and not remove_from_bids:
            raise SupplyChainError(tr("This partner is named on {bids}; take it off them "
                                      "first.").format(bids=plural(len(named), tr("1 bid"),
                                                                   tr("{count} bids"))))
        for row in named:
            session.delete(row)
        session.flush()
        session.delete(partner)


def bid_partners(database: Database, opportunity_id: int) -> list[BidPartnerInfo]:
    with database.sessions() as session:
        rows = session.execute(
            select(models.BidPartner, models.Partner.name)
            .join(models.Partner, models.Partner.id == models.BidPartner.partner_id)
            .where(models.BidPartner.opportunity_id == opportunity_id)
            .order_by(models.BidPartner.id))
        return [_bid_partner(b, name) for b, name in rows]


def _bid_partner(row: models.BidPartner, partner_name: str) -> BidPartnerInfo:
    return BidPartnerInfo(row.id, row.partner_id, partner_name, Role(row.role),
                          row.share_percent, row.services, row.exclusivity, row.version_id)


def _on_bid(session: Session, opportunity_id: int, partner_id: int) -> models.BidPartner | None:
    return session.scalar(select(models.BidPartner).where(
        models.BidPartner.opportunity_id == opportunity_id,
        models.BidPartner.partner_id == partner_id).with_for_update())


def _theirs_on_bid(session: Session, row: models.BidPartner) -> BidPartnerInfo:
    return _bid_partner(row, session.get_one(models.Partner, row.partner_id).name)


def _read_on_bid(database: Database, opportunity_id: int,
                 partner_id: int) -> BidPartnerInfo | None:
    with database.sessions() as session:
        row = _on_bid(session, opportunity_id, partner_id)
        return _theirs_on_bid(session, row) if row else None


def name_on_bid(database: Database, opportunity_id: int,
                entry: BidPartnerInfo) -> BidPartnerInfo:
    """Add a partner to a bid, or change its role, share, services or exclusivity; return it as
    saved. RecordConflict if someone else changed (or named, or took off) that partner's part
    since `entry.version` was read."""
    check_bid_entry(entry)
    with checked_transaction(database, partial(_read_on_bid, database, opportunity_id,
                                               entry.partner_id)) as session:
        row = _on_bid(session, opportunity_id, entry.partner_id)
        check_version(row, entry.version, partial(_theirs_on_bid, session))
        if row is None:
            row = models.BidPartner(opportunity_id=opportunity_id, partner_id=entry.partner_id)
            session.add(row)
        elif row.role == Role.KEY_SUBCONTRACTOR and entry.role is not Role.KEY_SUBCONTRACTOR:
            _needs_permission(session, row, opportunity_id)
        row.role, row.share_percent = entry.role.value, entry.share_percent
        row.services, row.exclusivity = entry.services, entry.exclusivity
        session.flush()
        return _theirs_on_bid(session, row)


def take_off_bid(database: Database, opportunity_id: int, partner_id: int, *,
                 version: int | None = None) -> None:
    """Take the partner off the bid (RecordConflict if its part changed since `version`)."""
    with checked_transaction(database, partial(_read_on_bid, database, opportunity_id,
                                               partner_id)) as session:
        row = _on_bid(session, opportunity_id, partner_id)
        check_version(row, version, partial(_theirs_on_bid, session))
        if row is None:
            return
        if row.role == Role.KEY_SUBCONTRACTOR:
            _needs_permission(session, row, opportunity_id)
        session.execute(delete(models.SupplyChainChange).where(
            models.SupplyChainChange.bid_partner_id == row.id))
        session.delete(row)


def _needs_permission(session: Session, row: models.BidPartner, opportunity_id: int) -> None:
    """Once a bid is in, a key subcontractor is switched or ended only with the buyer's
    permission on record."""
    opportunity = session.get_one(models.Opportunity, opportunity_id)
    if Status(opportunity.status) not in (Status.SUBMITTED, Status.WON):
        return
    permitted = session.scalar(select(models.SupplyChainChange.id).where(
        models.SupplyChainChange.bid_partner_id == row.id,
        models.SupplyChainChange.permission_on.is_not(None),
        models.SupplyChainChange.permission_reference != "").limit(1))
    if permitted is None:
        raise SupplyChainError(tr(
            "This is a key subcontractor on a bid you have submitted: switching or ending it "
            "needs the buyer's permission. Record the permission's date and reference first."))


def record_permission(database: Database, bid_partner_id: int, change: str, permitted_on: date,
                      reference: str, notes: str = "") -> None:
    check_permission(change, reference)
    with database.transaction() as session:
        session.add(models.SupplyChainChange(
            bid_partner_id=bid_partner_id, change=change, permission_on=permitted_on,
            permission_reference=reference.strip(), notes=notes))


def save_year(database: Database, figures: PartnerYearInfo) -> PartnerYearInfo:
    """Save a partner's figures for one year; return them as saved. RecordConflict if someone
    else saved that year's figures since `figures.version` was read."""
    check_year(figures)

    def stored(session: Session) -> models.PartnerYear | None:
        return session.scalar(select(models.PartnerYear).where(
            models.PartnerYear.partner_id == figures.partner_id,
            models.PartnerYear.year == figures.year).with_for_update())

    def theirs() -> PartnerYearInfo | None:
        with database.sessions() as session:
            row = stored(session)
            return _year(row) if row else None

    with checked_transaction(database, theirs) as session:
        row = stored(session)
        check_version(row, figures.version, _year)
        if row is None:
            row = models.PartnerYear(partner_id=figures.partner_id, year=figures.year)
            session.add(row)
        row.services, row.spend = figures.services, figures.spend
        row.started_on, row.ended_on = figures.started_on, figures.ended_on
        session.flush()
        return _year(row)


def _year(row: models.PartnerYear) -> PartnerYearInfo:
    return PartnerYearInfo(row.partner_id, row.year, row.services, row.spend, row.started_on,
                           row.ended_on, row.version_id)


def partner_years(database: Database, partner_id: int) -> list[PartnerYearInfo]:
    with database.sessions() as session:
        rows = session.scalars(select(models.PartnerYear).where(
            models.PartnerYear.partner_id == partner_id).order_by(models.PartnerYear.year))
        return [_year(row) for row in rows]


def partner_roles(database: Database, partner_id: int) -> list[PartnerRole]:
    """Every bid the partner is named on, its role there and any recorded changes."""
    query = (select(models.Opportunity.title, models.BidPartner.role, models.BidPartner.id)
             .join(models.BidPartner, models.BidPartner.opportunity_id == models.Opportunity.id)
             .where(models.BidPartner.partner_id == partner_id)
             .order_by(models.Opportunity.title))
    found = []
    with database.sessions() as session:
        for title, role, bid_partner_id in session.execute(query).all():
            changes = session.scalars(select(models.SupplyChainChange).where(
                models.SupplyChainChange.bid_partner_id == bid_partner_id).order_by(
                    models.SupplyChainChange.id)).all()
            found.append(PartnerRole(title, Role(role), tuple(
                tr("{change} permitted on {day}, reference {reference}").format(
                    change=tr("Switch") if c.change == "switch" else tr("End"),
                    day=long_date(c.permission_on) if c.permission_on else "?",
                    reference=c.permission_reference) for c in changes)))
    return found
