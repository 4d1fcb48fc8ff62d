"""the follow-ups' owner index also holds whether each is live

Revision ID: 0016_follow_up_owner_live
Revises: 0015_editor_open_indexes
Create Date: 2026-12-01

The tracker's owners list, and the fingerprint that says whether it changed (read beside the rows after
every change), ask for each person whether they own a live follow-up. Through ``ix_follow_up_owner_id``
every answer read a follow-up's row for its ``deleted_at``: 15,000 row reads at five times the ministry's
store, 29-31 ms, while the window repainted. ``ix_follow_up_owner_live`` (owner_id, deleted_at) answers
from the index (8.5-12.6 ms). It replaces the old index, whose every use it serves (the owner filter,
the owner sort, a person's deletion setting their follow-ups' owner to NULL), so a save keeps as many
indexes to update.
"""

from __future__ import annotations

from alembic import op

revision = "0016_follow_up_owner_live"
down_revision = "0015_editor_open_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_follow_up_owner_live", "follow_up", ["owner_id", "deleted_at"])
    op.drop_index("ix_follow_up_owner_id", table_name="follow_up")


def downgrade() -> None:
    op.create_index("ix_follow_up_owner_id", "follow_up", ["owner_id"])
    op.drop_index("ix_follow_up_owner_live", table_name="follow_up")
