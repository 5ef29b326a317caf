"""Costing: a full-cost-recovery costing per opportunity or lot

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "costing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("lot_code", sa.String(length=64), nullable=False),
        sa.Column("length_months", sa.Integer(), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=True),
        sa.Column("units_per_year", sa.Integer(), nullable=False),
        sa.Column("unit_label", sa.String(length=300), nullable=False),
        sa.Column("vat_recoverable", sa.Boolean(), nullable=False),
        sa.Column("pays_levy", sa.Boolean(), nullable=False),
        sa.Column("arrears_days", sa.Integer(), nullable=False),
        sa.Column("overheads", sa.Text(), nullable=False),
        sa.Column("staff", sa.Text(), nullable=False),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_costing_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_costing")),
        sa.UniqueConstraint("opportunity_id", "lot_code",
                            name=op.f("uq_costing_opportunity_id_lot_code")),
    )


def downgrade() -> None:
    op.drop_table("costing")
