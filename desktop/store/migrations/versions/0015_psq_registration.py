"""The PSQ no longer asks the PPON, the date confirmed and the share code (the Supplier
registration page keeps them once): an answer saved for them is carried over to the
registration where the registration has none, so nothing typed is lost

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 16:00:00

Data only: no table changes. The old answers stay in `answer` (with their history) untouched;
the registration's own values, where recorded, always win.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

PSQ = "procurement-specific-questionnaire"
DAY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")  # as typed: 14/09/2026


def _typed(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _day(value: Any) -> date | None:
    """A date as the PSQ's date box kept it (typed "14/09/2026", or ISO); None if not one."""
    if not isinstance(value, str):
        return None
    try:
        if match := DAY.match(value):
            return date(int(match[3]), int(match[2]), int(match[1]))
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def upgrade() -> None:
    connection = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)  # stored naive, in UTC, as the app stores it
    rows = connection.execute(sa.text(
        "SELECT organisation_id, field_key, raw FROM answer "
        "WHERE (form_code = :psq OR form_code LIKE :scoped) "
        "AND field_key IN ('psq_ppon', 'psq_confirmed_on', 'psq_share_code') "
        "ORDER BY updated_at DESC, id DESC"), {"psq": PSQ, "scoped": PSQ + "@%"}).all()
    found: dict[int, dict[str, Any]] = {}
    for organisation_id, key, raw in rows:  # the newest answer of each, any framework's
        value = _typed(raw)
        if value not in (None, "") and key not in found.setdefault(organisation_id, {}):
            found[organisation_id][key] = value
    for organisation_id, answers in found.items():
        ppon = str(answers.get("psq_ppon", "")).strip().upper()
        confirmed = _day(answers.get("psq_confirmed_on"))
        registration = connection.execute(sa.text(
            "SELECT id, ppon, confirmed_on FROM supplier_registration "
            "WHERE organisation_id = :organisation"), {"organisation": organisation_id}).first()
        if registration is None and (ppon or confirmed):
            connection.execute(sa.text(
                "INSERT INTO supplier_registration (organisation_id, ppon, confirmed_on, users, "
                "version_id, created_at, updated_at) VALUES (:organisation, :ppon, :confirmed, "
                "'[]', 1, :now, :now)"), {"organisation": organisation_id, "ppon": ppon,
                                          "confirmed": confirmed, "now": now})
        elif registration is not None:
            new_ppon = registration.ppon or ppon
            new_confirmed = registration.confirmed_on or confirmed
            if (new_ppon, new_confirmed) != (registration.ppon, registration.confirmed_on):
                connection.execute(sa.text(
                    "UPDATE supplier_registration SET ppon = :ppon, confirmed_on = :confirmed, "
                    "version_id = version_id + 1, updated_at = :now WHERE id = :id"),
                    {"ppon": new_ppon, "confirmed": new_confirmed, "now": now,
                     "id": registration.id})
        code = str(answers.get("psq_share_code", "")).strip()
        if code and connection.execute(sa.text(
                "SELECT 1 FROM supplier_share_code WHERE organisation_id = :organisation "
                "AND code = :code"), {"organisation": organisation_id, "code": code}).first() \
                is None:
            # the PSQ never said to which buyer: left blank for the person to fill in
            connection.execute(sa.text(
                "INSERT INTO supplier_share_code (organisation_id, code, buyer, procurement, "
                "opportunity_id, given_on, version_id, created_at, updated_at) VALUES "
                "(:organisation, :code, '', '', NULL, NULL, 1, :now, :now)"),
                {"organisation": organisation_id, "code": code, "now": now})


def downgrade() -> None:
    """Nothing to undo: the PSQ's own answers were never changed."""
