"""Board review: the risks the trustees weigh for an opportunity and the decision they record

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "board_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("risks", sa.Text(), nullable=False),
        sa.Column("tupe_staff", sa.Integer(), nullable=False),
        sa.Column("tupe_cost", sa.BigInteger(), nullable=True),
        sa.Column("tupe_pension", sa.Text(), nullable=False),
        sa.Column("met_on", sa.Date(), nullable=True),
        sa.Column("meeting", sa.String(length=300), nullable=False),
        sa.Column("minute", sa.String(length=300), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_board_review_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_review")),
        sa.UniqueConstraint("opportunity_id", name=op.f("uq_board_review_opportunity_id")),
    )


def downgrade() -> None:
    op.drop_table("board_review")
