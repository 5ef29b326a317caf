"""Welsh names for the framework, and a mark on the app's own Welsh names

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Tables whose Welsh name may be the app's own translation (the framework publishes none).
MARKED = ("framework", "category_group", "need_category", "region", "lot_family")


def upgrade() -> None:
    # Server defaults fill the rows already there; the next pack sync writes the Welsh.
    with op.batch_alter_table("framework") as batch:
        batch.add_column(sa.Column("name_cy", sa.String(length=300), nullable=False,
                                   server_default=""))
    for table in MARKED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("name_cy_ours", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))


def downgrade() -> None:
    for table in MARKED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("name_cy_ours")
    with op.batch_alter_table("framework") as batch:
        batch.drop_column("name_cy")
