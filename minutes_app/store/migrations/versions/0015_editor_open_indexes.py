"""what opening a meeting in the editor reads, from indexes alone

Revision ID: 0015_editor_open_indexes
Revises: 0014_listpage_fu_meeting_live
Create Date: 2026-12-01

Opening a meeting counts the follow-ups still open from the counterpart's earlier meetings (the
carry-forward tab's title) and checks whether the directory changed since the editor last read it.
Both read rows they only test or count, and both grew with the store:

- the carry-forward count tests each follow-up of the country's meetings (about 5,000 at five times
  the ministry's store) for its status and the trash without reading the follow-ups themselves (their
  descriptions fill the pages): from ``ix_follow_up_meeting_live`` (migration 0014).
- ``ix_person_change_stamp`` and ``ix_organisation_change_stamp`` (updated_at, version, deleted_at):
  the directory's change stamp (count, newest change, versions, trash; services/directory.py) read from
  an index a tenth the size of the table (15,000 people at five times the store: 13-19 ms became 2-7).

The same plain indexes on both engines.
"""

from __future__ import annotations

from alembic import op

revision = "0015_editor_open_indexes"
down_revision = "0014_listpage_fu_meeting_live"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_person_change_stamp": ("person", ["updated_at", "version", "deleted_at"]),
    "ix_organisation_change_stamp": ("organisation", ["updated_at", "version", "deleted_at"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
