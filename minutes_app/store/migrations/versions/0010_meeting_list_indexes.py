"""the meetings page paged by key in SQL

Revision ID: 0010_meeting_list_indexes
Revises: 0009_audit_trail
Create Date: 2026-12-01

The meetings page reads a page at a time in its sort order instead of every meeting (issue 15):

- ``meeting_list_text``: per meeting, the folded terms its quick filter finds it by and its title's
  sort keys as written and as shown in each language. Derived data, like the search index: the app
  fills it when it opens a store whose table was built by another version
  (services/meeting_list_text.ensure_current), so this migration runs none of that code.
- ``ix_meeting_live_date``: the page's default order (newest first, either way) read from an index
  a page at a time, and the count of live meetings answered from it. One form per engine, hence not
  declared in the models (as 0007): SQLite (deleted_at, date, id); PostgreSQL (date, id) WHERE
  deleted_at IS NULL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_meeting_list_indexes"
down_revision = "0009_audit_trail"
branch_labels = None
depends_on = None

ORDERED = ("date",)
_KEY = sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "meeting_list_text",
        sa.Column("meeting_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("title_key", _KEY, nullable=False),
        sa.Column("title_key_en", _KEY, nullable=False),
        sa.Column("title_key_az", _KEY, nullable=False),
        sa.Column("title_key_ru", _KEY, nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_list_text_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_meeting_list_text")),
    )
    for suffix in ("", "_en", "_az", "_ru"):
        op.create_index(
            f"ix_meeting_list_text_title{suffix}", "meeting_list_text", [f"title_key{suffix}", "meeting_id"]
        )
    postgresql = op.get_bind().dialect.name == "postgresql"
    for column in ORDERED:
        name = f"ix_meeting_live_{column}"
        if postgresql:
            op.create_index(name, "meeting", [column, "id"], postgresql_where=sa.text("deleted_at IS NULL"))
        else:
            op.create_index(name, "meeting", ["deleted_at", column, "id"])


def downgrade() -> None:
    for column in ORDERED:
        op.drop_index(f"ix_meeting_live_{column}", table_name="meeting")
    for suffix in ("", "_en", "_az", "_ru"):
        op.drop_index(f"ix_meeting_list_text_title{suffix}", table_name="meeting_list_text")
    op.drop_table("meeting_list_text")
