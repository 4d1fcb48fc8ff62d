"""performance indexes

Revision ID: 0006_performance_indexes
Revises: 0005_roles_and_signatories
Create Date: 2026-12-01

``ix_follow_up_live_due`` on follow_up (deleted_at, due_date, id, status, meeting_id): the tracker's
default order (due date, then id) read from the index a page at a time instead of sorting every row,
and the overdue count answered from the index alone (it covers every column that count reads).
``ix_follow_up_department``: the distinct departments the editor and the tracker offer, read from
the index instead of every follow-up.
"""

from __future__ import annotations

from alembic import op

revision = "0006_performance_indexes"
down_revision = "0005_roles_and_signatories"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_follow_up_live_due", "follow_up", ["deleted_at", "due_date", "id", "status", "meeting_id"], unique=False
    )
    op.create_index("ix_follow_up_department", "follow_up", ["department"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_follow_up_department", table_name="follow_up")
    op.drop_index("ix_follow_up_live_due", table_name="follow_up")
