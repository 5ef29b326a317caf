"""Bid library and submission log: polished answers kept to reuse, every bid answer searchable,
and what was submitted where (with the exact files)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:00:00

The search index of 0008 gains two kinds, kept by triggers as the others: the answers drafted
for bids (kind 7: the question and its answer) and the answer library's entries (kind 0: title,
text, tags).
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

search = importlib.import_module("desktop.store.migrations.versions.0008_search")
SOURCES = {
    "bid_question": (7, "(SELECT organisation_id FROM opportunity WHERE id = "
                        "{row}.opportunity_id)", ("number", "text", "answer")),
    "library_entry": (0, "{row}.organisation_id", ("title", "text", "tags")),
}


def upgrade() -> None:
    # A plain ALTER TABLE … ADD COLUMN (no table rebuild): 0008's triggers on it stay.
    op.add_column("bid_question", sa.Column("attachment_id", sa.Integer(), nullable=True))
    op.create_table(
        "library_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("tags", sa.Text(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("used_in", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("score", sa.String(length=64), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_library_entry_organisation_id_organisation"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_library_entry")),
    )
    op.create_index(op.f("ix_library_entry_organisation_id"), "library_entry",
                    ["organisation_id"])
    op.create_table(
        "submission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("portal", sa.String(length=300), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_by", sa.String(length=300), nullable=False),
        sa.Column("confirmation", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["opportunity_id"], ["opportunity.id"],
                                name=op.f("fk_submission_opportunity_id_opportunity"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission")),
    )
    op.create_index(op.f("ix_submission_opportunity_id"), "submission", ["opportunity_id"])
    op.create_table(
        "submission_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["submission_id"], ["submission.id"],
                                name=op.f("fk_submission_file_submission_id_submission"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission_file")),
    )
    if op.get_bind().dialect.name == "sqlite":
        search.sqlite_sources(SOURCES)
    else:
        search.postgresql_sources(SOURCES)


def downgrade() -> None:
    search.drop_sources(SOURCES)
    op.drop_table("submission_file")
    op.drop_table("submission")
    op.drop_table("library_entry")
    with op.batch_alter_table("bid_question") as table:
        table.drop_column("attachment_id")
