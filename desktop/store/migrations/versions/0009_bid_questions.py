"""Bid writing: the buyer's questions for an opportunity, the draft answers and their history

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 08:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bid_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.Column("limit", sa.Integer(), nullable=True),
        sa.Column("limit_unit", sa.String(length=16), nullable=False),
        sa.Column("weighting", sa.Integer(), nullable=True),
        sa.Column("scoring", sa.Text(), nullable=False),
        sa.Column("pass_fail", sa.Boolean(), nullable=False),
        sa.Column("attachment_required", sa.Boolean(), nullable=False),
        sa.Column("lots", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["opportunity_id"], ["opportunity.id"],
                                name=op.f("fk_bid_question_opportunity_id_opportunity"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bid_question")),
    )
    op.create_index(op.f("ix_bid_question_opportunity_id"), "bid_question", ["opportunity_id"])
    op.create_table(
        "bid_answer_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["question_id"], ["bid_question.id"],
                                name=op.f("fk_bid_answer_version_question_id_bid_question"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bid_answer_version")),
    )
    op.create_index(op.f("ix_bid_answer_version_question_id"), "bid_answer_version",
                    ["question_id"])


def downgrade() -> None:
    op.drop_table("bid_answer_version")
    op.drop_table("bid_question")
