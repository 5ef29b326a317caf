"""Create and read the organisation record (first run, the sample charity)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.organisation import (
    InvalidOrganisation,
    OrganisationInfo,
    check_organisation,
    normalise_number,
)
from desktop.i18n import tr
from desktop.store import models
from desktop.store.engine import Database
from desktop.store.locks import WHOLE_DATABASE, bulk_change


def create_organisation(database: Database, name: str, charity_number: str = "",
                        company_number: str = "", *, is_sample: bool = False) -> OrganisationInfo:
    """Add an organisation (another one if the database has one already: see
    `first_organisation` for the first run)."""
    _check(name, charity_number, company_number)
    with database.transaction() as session:
        return _add(session, name, charity_number, company_number, is_sample)


def first_organisation(database: Database, name: str, charity_number: str = "",
                       company_number: str = "") -> tuple[OrganisationInfo, bool]:
    """The organisation this database belongs to, made from what was typed if it has none yet,
    and whether it was made now (False: someone else's first run made one first).

    One transaction under the whole database's bulk-change lock (as the sample charity and the
    migrations take it), so two people starting the app on an empty team database at the same
    moment get one organisation, never two: the second waits, then finds the first's."""
    _check(name, charity_number, company_number)
    with database.transaction() as session:
        bulk_change(session, WHOLE_DATABASE, tr(
            "Someone else is setting up the organisation in this database; try again in a "
            "moment."))
        existing = _first_row(session)
        if existing is not None:
            return _info(existing), False
        return _add(session, name, charity_number, company_number, False), True


def _check(name: str, charity_number: str, company_number: str) -> None:
    problems = check_organisation(name, charity_number, company_number)
    if problems:
        raise InvalidOrganisation(problems)


def _add(session: Session, name: str, charity_number: str, company_number: str,
         is_sample: bool) -> OrganisationInfo:
    row = models.Organisation(
        name=name.strip(), charity_number=normalise_number(charity_number),
        company_number=normalise_number(company_number), is_sample=is_sample)
    session.add(row)
    session.flush()
    from desktop.core.answer_records import save_in
    from desktop.core.qualification import PROFILE

    seed = {"legal_name": row.name, "charity_number": row.charity_number,
            "company_number": row.company_number}
    for key, value in seed.items():  # the profile starts with what was typed on day one
        if value:
            save_in(session, row.id, PROFILE, key, value)
    return _info(row)


def _first_row(session: Session) -> models.Organisation | None:
    return session.scalars(select(models.Organisation).order_by(models.Organisation.id)).first()


def current_organisation(database: Database) -> OrganisationInfo | None:
    """The organisation this database belongs to (the first made), or None before first run."""
    with database.sessions() as session:
        row = _first_row(session)
        return _info(row) if row else None


def _info(row: models.Organisation) -> OrganisationInfo:
    return OrganisationInfo(row.id, row.name, row.charity_number, row.company_number,
                            row.is_sample)
