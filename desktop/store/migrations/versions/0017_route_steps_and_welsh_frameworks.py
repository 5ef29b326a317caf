"""A framework's portal step can be done on the shared supplier route (the Central Digital
Platform under the Procurement Act 2023), so the same work is not ticked and counted twice; and a
framework's buyer and description can be given in Welsh

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 03:30:00

Columns added to the catalogue's portal steps and frameworks; the packs fill them when they are
next synced (every start checks them), so nothing else is written here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("portal_step", sa.Column("done_on_route", sa.String(length=300),
                                           nullable=False, server_default=""))
    op.add_column("framework", sa.Column("buyer_cy", sa.String(length=300), nullable=False,
                                         server_default=""))
    op.add_column("framework", sa.Column("description_cy", sa.Text(), nullable=False,
                                         server_default=""))


def downgrade() -> None:
    for table, column in (("framework", "description_cy"), ("framework", "buyer_cy"),
                          ("portal_step", "done_on_route")):  # as 0016's: no table rebuilt
        op.execute(f'ALTER TABLE {table} DROP COLUMN "{column}"')
