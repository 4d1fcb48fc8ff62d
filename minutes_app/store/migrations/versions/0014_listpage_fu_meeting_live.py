"""the tracker filtered by a country or a meeting, from the meeting's follow-ups in one index (SQLite)

Revision ID: 0014_listpage_fu_meeting_live
Revises: 0013_list_first_country
Create Date: 2026-12-01

With a country (or a meeting) chosen, the tracker reads that country's meetings' follow-ups through
the meeting index and tests each row (services/followups._by_meeting). Through ``ix_follow_up_meeting_id``
alone every one of them was read from the table to test whether it is live, its status and whether it
has a due date: 4,300 rows for one country at five times the ministry's store, twice a first page
(the rows with a due date, then those without). ``ix_follow_up_meeting_live`` holds those columns
after the meeting, so the table is read only for the rows that pass them. The editor's carry-forward
count tests a meeting's follow-ups for their status and the trash from it alone as well. The same plain
index on both engines (PostgreSQL's planner chooses it where its statistics say so).
"""

from __future__ import annotations

from alembic import op

revision = "0014_listpage_fu_meeting_live"
down_revision = "0013_list_first_country"
branch_labels = None
depends_on = None

INDEX = "ix_follow_up_meeting_live"


def upgrade() -> None:
    op.create_index(INDEX, "follow_up", ["meeting_id", "deleted_at", "status", "due_date"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="follow_up")
