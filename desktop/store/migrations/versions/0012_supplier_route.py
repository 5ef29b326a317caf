"""The Procurement Act supplier route (Central Digital Platform registration, PPON, users and
share codes given) and each opportunity's regime and procedure

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): the search index's triggers on opportunity stay.
    # Every opportunity made before this release ran under the Public Contracts Regulations 2015.
    op.add_column("opportunity", sa.Column("regime", sa.String(length=32), nullable=False,
                                           server_default="pcr-2015"))
    op.add_column("opportunity", sa.Column("procedure", sa.String(length=64), nullable=False,
                                           server_default=""))
    op.create_table(
        "supplier_registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("ppon", sa.String(length=32), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("users", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_supplier_registration_organisation_id_organisation"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_registration")),
        sa.UniqueConstraint("organisation_id",
                            name=op.f("uq_supplier_registration_organisation_id")),
    )
    op.create_table(
        "supplier_share_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("buyer", sa.String(length=300), nullable=False),
        sa.Column("procurement", sa.String(length=300), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_supplier_share_code_organisation_id_organisation"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["opportunity_id"], ["opportunity.id"],
                                name=op.f("fk_supplier_share_code_opportunity_id_opportunity"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_share_code")),
    )
    op.create_index(op.f("ix_supplier_share_code_organisation_id"), "supplier_share_code",
                    ["organisation_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_supplier_share_code_organisation_id"), "supplier_share_code")
    op.drop_table("supplier_share_code")
    op.drop_table("supplier_registration")
    # Plain DROP COLUMN (SQLite 3.35+ and PostgreSQL): a batch rebuild of opportunity would
    # break the search index's triggers that name it.
    for column in ("procedure", "regime"):
        op.execute(f'ALTER TABLE opportunity DROP COLUMN "{column}"')
