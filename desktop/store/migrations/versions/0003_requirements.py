"""Framework requirements for lead bidders

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 09:33:03.644058
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "requirement",
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("profile_field", sa.String(length=64), nullable=False),
        sa.Column("minimum", sa.BigInteger(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("certainty", sa.String(length=16), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["framework.id"],
            name=op.f("fk_requirement_framework_id_framework"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requirement")),
        sa.UniqueConstraint("framework_id", "code", name=op.f("uq_requirement_framework_id_code")),
    )


def downgrade() -> None:
    op.drop_table("requirement")
