"""Create and read the organisation record (first run, the sample charity)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.organisation import (
    InvalidOrganisation,
    OrganisationInfo,
    check_organisation,
    normalise_number,
)
from desktop.store import models
from desktop.store.engine import Database


def create_organisation(database: Database, name: str, charity_number: str = "",
                        company_number: str = "", *, is_sample: bool = False) -> OrganisationInfo:
    problems = check_organisation(name, charity_number, company_number)
    if problems:
        raise InvalidOrganisation(problems)
    with database.transaction() as session:
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


def current_organisation(database: Database) -> OrganisationInfo | None:
    """The organisation this database belongs to (the first made), or None before first run."""
    with database.sessions() as session:
        row = session.scalars(select(models.Organisation).order_by(models.Organisation.id)).first()
        return _info(row) if row else None


def _info(row: models.Organisation) -> OrganisationInfo:
    return OrganisationInfo(row.id, row.name, row.charity_number, row.company_number,
                            row.is_sample)
