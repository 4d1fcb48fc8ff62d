"""audit trail

Revision ID: 0009_audit_trail
Revises: 0008_attachments
Create Date: 2026-12-01

``audit_entry``: one row per changed field of a meeting, follow-up, person or organisation, with the
database login (or operating-system user on SQLite), the UTC time, the old and the new value. The
services write it in the transaction of the change (docs/audit.md says why there and not in triggers).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_audit_trail"
down_revision = "0008_attachments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=300), nullable=False),
        sa.Column("record_kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("field", sa.String(length=500), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index("ix_audit_entry_record", "audit_entry", ["record_kind", "record_id", "id"], unique=False)
    op.create_index(op.f("ix_audit_entry_meeting_id"), "audit_entry", ["meeting_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_entry_meeting_id"), table_name="audit_entry")
    op.drop_index("ix_audit_entry_record", table_name="audit_entry")
    op.drop_table("audit_entry")
