"""Which frameworks the organisation follows, in its order, and the one its pages work on."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store import models
from desktop.store.engine import Database


@dataclass(frozen=True, slots=True)
class Following:
    framework_code: str
    following: bool
    chosen: bool


def followed(database: Database, organisation_id: int) -> list[Following]:
    """The organisation's frameworks (followed or once followed), in its order."""
    with database.sessions() as session:
        rows = session.scalars(select(models.OrganisationFramework).where(
            models.OrganisationFramework.organisation_id == organisation_id).order_by(
            models.OrganisationFramework.position, models.OrganisationFramework.id))
        return [Following(row.framework_code, row.following, row.chosen) for row in rows]


def set_following(database: Database, organisation_id: int, framework_code: str,
                  following: bool) -> None:
    """Follow a framework (it joins the end of the list) or stop following it. The chosen
    framework stays chosen until another is chosen: the pages always work on one."""
    with database.transaction() as session:
        row = _row(session, organisation_id, framework_code)
        row.following = following


def choose(database: Database, organisation_id: int, framework_code: str) -> None:
    """Make `framework_code` the one the pages work on (and follow it), in one transaction."""
    with database.transaction() as session:
        for other in session.scalars(select(models.OrganisationFramework).where(
                models.OrganisationFramework.organisation_id == organisation_id,
                models.OrganisationFramework.chosen.is_(True))):
            other.chosen = other.framework_code == framework_code
        row = _row(session, organisation_id, framework_code)
        row.chosen = row.following = True


def _row(session: Session, organisation_id: int,
         framework_code: str) -> models.OrganisationFramework:
    rows = list(session.scalars(select(models.OrganisationFramework).where(
        models.OrganisationFramework.organisation_id == organisation_id).with_for_update()))
    row = next((r for r in rows if r.framework_code == framework_code), None)
    if row is None:
        row = models.OrganisationFramework(
            organisation_id=organisation_id, framework_code=framework_code, following=True,
            chosen=False, position=max((r.position for r in rows), default=-1) + 1)
        session.add(row)
        session.flush()
    return row
