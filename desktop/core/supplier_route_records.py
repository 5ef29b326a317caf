"""Reading and saving the Procurement Act supplier route: the steps (kept like a framework's
portal steps, under the route's code), the registration (PPON, date confirmed, users) and the
share codes given. One transaction per change; a stale copy is a RecordConflict."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.conflict_records import checked_transaction, locked_at
from desktop.core.conflicts import RecordConflict
from desktop.core.journey import StepState, route_key
from desktop.core.journey_records import load_steps, save_step
from desktop.core.supplier_route import (
    InvalidRegistration,
    ProfileChange,
    Registration,
    Route,
    ShareCode,
    SupplierUser,
    check_registration,
    check_share_code,
    clean_ppon,
    clean_share_code,
    route_warnings,
    uk_day,
)
from desktop.i18n import tr
from desktop.store import models
from desktop.store.engine import Database


@dataclass(frozen=True, slots=True)
class RouteState:
    """Everything the page and `framework-ready supplier-route` show, read at once."""

    steps: list[StepState]
    registration: Registration
    share_codes: list[ShareCode]
    warnings: list[str]

    @property
    def done(self) -> int:
        return sum(1 for state in self.steps if state.status.finished)


def journey_key(route: Route) -> str:
    """The code the route's steps are kept under in journey_step (never a framework's code)."""
    return route_key(route.code)


def load_route_state(database: Database, organisation_id: int, route: Route,
                     today: date) -> RouteState:
    registration = load_registration(database, organisation_id)
    changes = profile_changes(database, organisation_id, route)
    return RouteState(load_steps(database, organisation_id, journey_key(route), route.steps),
                      registration, load_share_codes(database, organisation_id),
                      route_warnings(route, registration, changes, today))


def save_route_step(database: Database, organisation_id: int, route: Route, state: StepState,
                    today: date) -> StepState:
    return save_step(database, organisation_id, journey_key(route), state, today)


# -- registration --------------------------------------------------------------------------------
def _registration(row: models.SupplierRegistration) -> Registration:
    users = tuple(SupplierUser(str(user.get("name", "")), str(user.get("email", "")),
                               str(user.get("role", "viewer")))
                  for user in json.loads(row.users or "[]"))
    return Registration(row.ppon, row.confirmed_on, users, row.version_id)


def _registration_row(session: Session, organisation_id: int,
                      lock: bool = False) -> models.SupplierRegistration | None:
    query = select(models.SupplierRegistration).where(
        models.SupplierRegistration.organisation_id == organisation_id)
    return session.scalar(query.with_for_update() if lock else query)


def load_registration(database: Database, organisation_id: int) -> Registration:
    with database.sessions() as session:
        row = _registration_row(session, organisation_id)
        return _registration(row) if row is not None else Registration()


def save_registration(database: Database, organisation_id: int, route: Route,
                      registration: Registration, today: date) -> Registration:
    """Save the PPON, the date confirmed and the users in one transaction; a malformed PPON or
    user is refused (InvalidRegistration, with an example) and nothing is written."""
    ppon = clean_ppon(registration.ppon, route.ppon)
    problem = check_registration(registration, today)
    if problem:
        raise InvalidRegistration(problem)
    users = [{"name": user.name.strip(), "email": user.email.strip(), "role": user.role}
             for user in registration.users]

    def theirs() -> Registration | None:
        with database.sessions() as session:
            row = _registration_row(session, organisation_id)
            return _registration(row) if row is not None else None

    with checked_transaction(database, theirs) as session:
        row = _registration_row(session, organisation_id, lock=True)
        stored = row.version_id if row is not None else 0
        if registration.version is not None and registration.version != stored:
            raise RecordConflict(_registration(row) if row is not None else None)
        if row is None:
            row = models.SupplierRegistration(organisation_id=organisation_id)
            session.add(row)
        row.ppon, row.confirmed_on = ppon, registration.confirmed_on
        row.users = json.dumps(users, ensure_ascii=False)
        session.flush()
        return _registration(row)


# -- share codes ---------------------------------------------------------------------------------
def _share(row: models.SupplierShareCode) -> ShareCode:
    return ShareCode(row.id, row.code, row.buyer, row.procurement, row.opportunity_id,
                     row.given_on, row.version_id)


def load_share_codes(database: Database, organisation_id: int) -> list[ShareCode]:
    """Every share code given, newest first."""
    with database.sessions() as session:
        rows = session.scalars(select(models.SupplierShareCode).where(
            models.SupplierShareCode.organisation_id == organisation_id).order_by(
                models.SupplierShareCode.given_on.desc(), models.SupplierShareCode.id.desc()))
        return [_share(row) for row in rows]


def _read_share(database: Database, share_id: int | None) -> ShareCode | None:
    with database.sessions() as session:
        row = session.get(models.SupplierShareCode, share_id) if share_id is not None else None
        return _share(row) if row is not None else None


def save_share_code(database: Database, organisation_id: int, route: Route, share: ShareCode,
                    today: date) -> ShareCode:
    """Record (or correct) a share code given; a malformed code is refused with an example."""
    code = clean_share_code(share.code, route.share_code)
    problem = check_share_code(share, today)
    if problem:
        raise InvalidRegistration(problem)
    with checked_transaction(database, lambda: _read_share(database, share.id)) as session:
        if share.opportunity_id is not None and session.get(
                models.Opportunity, share.opportunity_id) is None:
            raise InvalidRegistration(tr("That opportunity is no longer there: choose another, "
                                         "or none."))
        if share.id is None:
            row = models.SupplierShareCode(organisation_id=organisation_id)
            session.add(row)
        else:
            row = locked_at(session, models.SupplierShareCode, share.id, share.version, _share)
        row.code, row.buyer, row.procurement = code, share.buyer.strip(), share.procurement.strip()
        row.opportunity_id, row.given_on = share.opportunity_id, share.given_on
        session.flush()
        return _share(row)


def delete_share_code(database: Database, share_id: int, *, version: int | None = None) -> None:
    with checked_transaction(database, lambda: _read_share(database, share_id)) as session:
        session.delete(locked_at(session, models.SupplierShareCode, share_id, version, _share))


# -- what changed in the profile -----------------------------------------------------------------
def profile_changes(database: Database, organisation_id: int,
                    route: Route) -> tuple[ProfileChange, ...]:
    """When each watched profile answer was last changed (UK date), for the warnings."""
    wanted = {(watch.form, watch.key): watch.label for watch in route.watched}
    if not wanted:
        return ()
    query = select(models.Answer.form_code, models.Answer.field_key,
                   models.Answer.updated_at).where(
        models.Answer.organisation_id == organisation_id,
        models.Answer.form_code.in_({form for form, _ in wanted}))
    with database.sessions() as session:
        found = {(form, key): moment for form, key, moment in session.execute(query)
                 if (form, key) in wanted}
    return tuple(ProfileChange(wanted[key], uk_day(found[key]))
                 for key in wanted if key in found)
