"""Frameworks side by side: each framework's regime, procedure, status, dates and reopening
windows; a requirement's kind; the frameworks an organisation follows and the one it works on

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

DATES = ("opens", "closes", "deadline_date", "ends")
# The answers that belong to one framework (the forms as they were at this revision): the
# profile's framework-vocabulary questions and the whole qualification result. Until now there
# was only ever one framework, so they are that framework's.
SCOPED = {"organisation-profile": ("categories", "regions", "pcc_areas", "cohorts"),
          "qualification-result": ()}


def upgrade() -> None:
    # Server defaults fill the rows already there; the next pack sync writes the values.
    with op.batch_alter_table("framework") as batch:
        for name in ("regime", "procedure", "status"):
            batch.add_column(sa.Column(name, sa.String(length=64), nullable=False,
                                       server_default=""))
        for name in DATES:
            batch.add_column(sa.Column(name, sa.Date(), nullable=True))
            batch.add_column(sa.Column(f"{name}_source", sa.String(length=64), nullable=False,
                                       server_default=""))
            batch.add_column(sa.Column(f"{name}_certainty", sa.String(length=16),
                                       nullable=False, server_default=""))
    with op.batch_alter_table("requirement") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=64), nullable=False,
                                   server_default=""))
    op.create_table(
        "reopening",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("opens", sa.Date(), nullable=True),
        sa.Column("closes", sa.Date(), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("label_cy", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("certainty", sa.String(length=16), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["framework_id"], ["framework.id"],
                                name=op.f("fk_reopening_framework_id_framework"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reopening")),
        sa.UniqueConstraint("framework_id", "code",
                            name=op.f("uq_reopening_framework_id_code")),
    )
    _scope_answers()
    op.create_table(
        "organisation_framework",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("framework_code", sa.String(length=64), nullable=False),
        sa.Column("following", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("chosen", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name=op.f("fk_organisation_framework_organisation_id_organisation"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_framework")),
        sa.UniqueConstraint("organisation_id", "framework_code",
                            name=op.f("uq_organisation_framework_organisation_id_framework_code")),
    )


def _scope_answers() -> None:
    connection = op.get_bind()
    framework = connection.execute(sa.text("SELECT code FROM framework ORDER BY name")).first()
    if framework is None:
        return  # no pack was ever loaded: no answer can be a framework's
    for form, keys in SCOPED.items():
        answer = sa.table("answer", sa.column("form_code"), sa.column("field_key"))
        which = answer.c.form_code == form
        if keys:
            which = which & answer.c.field_key.in_(keys)
        connection.execute(answer.update().where(which).values(
            form_code=f"{form}@{framework.code}"))


def _unscope_answers() -> None:
    answer = sa.table("answer", sa.column("form_code"))
    connection = op.get_bind()
    for form in SCOPED:  # back to shared: the first framework's (the others' are dropped)
        rows = connection.execute(sa.select(answer.c.form_code).where(
            answer.c.form_code.like(f"{form}@%")).distinct()).scalars().all()
        for stored in sorted(rows)[1:]:
            connection.execute(sa.text("DELETE FROM answer WHERE form_code = :code"),
                               {"code": stored})
        connection.execute(answer.update().where(answer.c.form_code.like(f"{form}@%")).values(
            form_code=form))


def downgrade() -> None:
    _unscope_answers()
    op.drop_table("organisation_framework")
    op.drop_table("reopening")
    with op.batch_alter_table("requirement") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("framework") as batch:
        for name in reversed(DATES):
            batch.drop_column(f"{name}_certainty")
            batch.drop_column(f"{name}_source")
            batch.drop_column(name)
        for name in ("status", "procedure", "regime"):
            batch.drop_column(name)
