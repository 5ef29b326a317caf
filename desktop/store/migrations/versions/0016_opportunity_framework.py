"""Each opportunity belongs to a framework: the Opportunities page, the dashboard and the
deadlines list show the chosen framework's, and switching back shows the others again

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 16:45:00

A column added (no table rebuilt, so 0008's search triggers stay). Each existing opportunity
goes to the one framework of its regime; where none or several share it, to the framework its
organisation works on (chosen, else the first followed, else the default). Left "" only when no
framework is known at all yet: the app gives those the chosen framework when it opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _worked_on(connection: Any, organisation_id: int, frameworks: Sequence[Any]) -> str:
    """The organisation's chosen framework, else its first followed, else the default one (the
    open one open longest, else the first to open, else the first by name)."""
    followed = connection.execute(sa.text(
        "SELECT framework_code FROM organisation_framework WHERE organisation_id = :organisation"
        " AND (chosen OR following) ORDER BY chosen DESC, position, id"),
        {"organisation": organisation_id}).scalars().all()
    if followed:
        return str(followed[0])
    ranked = sorted(frameworks, key=lambda row: (row.status != "open",
                                                 str(row.opens or "9999-12-31")))
    return str(ranked[0].code) if ranked else ""


def upgrade() -> None:
    op.add_column("opportunity", sa.Column("framework_code", sa.String(length=64),
                                           nullable=False, server_default=""))
    connection = op.get_bind()
    frameworks = connection.execute(sa.text(
        "SELECT code, regime, status, opens FROM framework ORDER BY name")).all()
    by_regime: dict[str, list[str]] = {}
    for row in frameworks:
        by_regime.setdefault(row.regime, []).append(row.code)
    for opportunity_id, organisation_id, regime in connection.execute(sa.text(
            "SELECT id, organisation_id, regime FROM opportunity")).all():
        matching = by_regime.get(regime, [])
        code = matching[0] if len(matching) == 1 else _worked_on(connection, organisation_id,
                                                                 frameworks)
        connection.execute(sa.text("UPDATE opportunity SET framework_code = :code WHERE id = :id"),
                           {"code": code, "id": opportunity_id})


def downgrade() -> None:
    # Plain DROP COLUMN, as 0012's downgrade: a batch rebuild would break 0008's triggers.
    op.execute('ALTER TABLE opportunity DROP COLUMN "framework_code"')
