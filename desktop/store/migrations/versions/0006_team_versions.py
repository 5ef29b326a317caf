"""Team mode: a version on each partner's part in a bid and each partner's year of figures

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

TABLES = ("bid_partner", "partner_year")


def upgrade() -> None:
    # Rows already there start at version 1, as a new row does; the default then goes, because
    # SQLAlchemy numbers the versions itself (`Versioned` in models.py).
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version_id", sa.Integer(), nullable=False,
                                       server_default="1"))
        with op.batch_alter_table(table) as batch:
            batch.alter_column("version_id", server_default=None)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version_id")
