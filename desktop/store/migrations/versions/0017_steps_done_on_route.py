"""A framework's portal step can be done on the shared supplier route (the Central Digital
Platform under the Procurement Act 2023), so the same work is not ticked and counted twice

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 03:30:00

A column added to the catalogue's portal steps; the packs fill it when they are next synced
(every start checks them), so nothing else is written here.
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


def downgrade() -> None:
    op.execute('ALTER TABLE portal_step DROP COLUMN "done_on_route"')  # as 0016's: no rebuild
