"""the tracker sorted by country from an index on SQLite

Revision ID: 0013_list_first_country
Revises: 0012_team_roles
Create Date: 2026-12-01

Sorted by country, the tracker ordered every follow-up by a subquery per row (each meeting's first
counterpart country) for each page: 1.5-2 s a page at five times the ministry's store on SQLite.
``meeting_list_text.first_country`` holds that country per meeting, and
``ix_meeting_list_text_country`` gives the meetings in its order, so a page reads the meetings of
one country after another and their follow-ups by the meeting index. The column is derived data:
the app fills it when it opens the store (services/meeting_list_text.ensure_current, version 3).
PostgreSQL keeps its join of the first country, which it plans well.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_list_first_country"
down_revision = "0012_team_roles"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("meeting_list_text", sa.Column("first_country", sa.String(length=2), nullable=True))
    op.create_index("ix_meeting_list_text_country", "meeting_list_text", ["first_country", "meeting_id"])


def downgrade() -> None:
    op.drop_index("ix_meeting_list_text_country", table_name="meeting_list_text")
    with op.batch_alter_table("meeting_list_text") as batch:
        batch.drop_column("first_country")
