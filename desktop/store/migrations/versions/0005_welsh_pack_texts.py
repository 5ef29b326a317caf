"""Welsh texts from the framework pack: facts, portal steps, glossary, requirements, milestones

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 10:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# table → its new Welsh columns and their kind (long texts are Text, names String(300))
COLUMNS: dict[str, dict[str, sa.types.TypeEngine[str]]] = {
    "fact": {"label_cy": sa.String(length=300), "value_cy": sa.Text()},
    "portal_step": {"title_cy": sa.String(length=300), "detail_cy": sa.Text()},
    "glossary_term": {"definition_cy": sa.Text()},
    "requirement": {"label_cy": sa.String(length=300)},
    "milestone_template": {"label_cy": sa.String(length=300)},
}


def upgrade() -> None:
    # The server default fills the rows already there; the next pack sync writes the Welsh.
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name, kind in columns.items():
                batch.add_column(sa.Column(name, kind, nullable=False, server_default=""))


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table) as batch:
            for name in columns:
                batch.drop_column(name)
