"""the tracker's other orders from indexes

Revision ID: 0011_tracker_sort_indexes
Revises: 0010_meeting_list_indexes
Create Date: 2026-12-01

The tracker sorted by owner, status, priority, department or last update sorted every follow-up for
each page (on PostgreSQL 55-190 ms a first page at the ministry's size, more at five times it).
These indexes give each order a page at a time, as ``ix_follow_up_live_due`` does the default one:

- ``ix_person_name`` (name, id): by owner, the people are read in name order and each one's
  follow-ups through the owner index (PostgreSQL then sorts only the rows of one name by id).
- the status and the priority in the vocabulary's order: an index on the same ``CASE`` expression the
  tracker sorts by (``services.followups.STATUS_RANK_SQL``/``PRIORITY_RANK_SQL``, written out here as
  they were when this migration was made: a migration does not import the app). A later change of
  the vocabulary leaves the index unused, never wrong; the plan test then says so.
- department and last update as stored.

One form per engine, as migration 0007: SQLite (deleted_at, key, id), which it reads in order after
``deleted_at IS NULL``; PostgreSQL (key, id) WHERE deleted_at IS NULL, a partial index, since its
planner does not see an index's order past a first column tested with IS NULL.
"""

from __future__ import annotations

from alembic import op

revision = "0011_tracker_sort_indexes"
down_revision = "0010_meeting_list_indexes"
branch_labels = None
depends_on = None

STATUS_RANK = (
    "CASE status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 WHEN 'done' THEN 2 "
    "WHEN 'cancelled' THEN 3 WHEN 'deferred' THEN 4 ELSE -1 END"
)
PRIORITY_RANK = (
    "CASE priority WHEN 'low' THEN 0 WHEN 'normal' THEN 1 WHEN 'high' THEN 2 WHEN 'urgent' THEN 3 ELSE -1 END"
)
FOLLOW_UP_KEYS = {
    "ix_follow_up_live_status_rank": f"({STATUS_RANK})",
    "ix_follow_up_live_priority_rank": f"({PRIORITY_RANK})",
    "ix_follow_up_live_department": "department",
    "ix_follow_up_live_updated": "updated_at",
}


def upgrade() -> None:
    op.create_index("ix_person_name", "person", ["name", "id"])
    postgresql = op.get_bind().dialect.name == "postgresql"
    for name, key in FOLLOW_UP_KEYS.items():
        if postgresql:
            op.execute(f"CREATE INDEX {name} ON follow_up ({key}, id) WHERE deleted_at IS NULL")
        else:
            op.execute(f"CREATE INDEX {name} ON follow_up (deleted_at, {key}, id)")


def downgrade() -> None:
    for name in FOLLOW_UP_KEYS:
        op.drop_index(name, table_name="follow_up")
    op.drop_index("ix_person_name", table_name="person")
