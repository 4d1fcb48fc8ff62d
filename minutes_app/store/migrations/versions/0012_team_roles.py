"""team roles

Revision ID: 0012_team_roles
Revises: 0011_tracker_sort_indexes
Create Date: 2026-12-01

A meeting's owning department (``meeting.department``, "" for none), its confidentiality marking normalised
to the known levels (a CHECK on PostgreSQL; SQLite's table is not rebuilt for it, the services check the
value there), and ``team_member``: each server login's role, department and clearance, which the
row-level security of `minutes-app team-setup` reads (docs/team-roles.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_team_roles"
down_revision = "0011_tracker_sort_indexes"
branch_labels = None
depends_on = None

# Written out here (not imported from the domain) so the migration stays as it was written.
LEVELS = ("", "for_official_use", "confidential", "secret")
ROLES = ("officer", "head", "reader")
_LEVEL_LIST = ", ".join(f"'{level}'" for level in LEVELS)
_ROLE_LIST = ", ".join(f"'{role}'" for role in ROLES)


def upgrade() -> None:
    op.add_column("meeting", sa.Column("department", sa.String(length=500), nullable=False, server_default=""))
    op.create_index(op.f("ix_meeting_department"), "meeting", ["department"], unique=False)
    # Markings typed outside the app (an import, a hand edit) become the known levels; anything unknown
    # is taken as confidential, so a meeting never becomes visible to more people than it was meant for.
    op.execute("UPDATE meeting SET confidentiality = lower(trim(confidentiality))")
    op.execute(
        "UPDATE meeting SET confidentiality = 'for_official_use' "
        "WHERE confidentiality IN ('official_use', 'for official use', 'for official use only', 'dsp', 'дсп')"
    )
    op.execute(f"UPDATE meeting SET confidentiality = 'confidential' WHERE confidentiality NOT IN ({_LEVEL_LIST})")
    if op.get_bind().dialect.name == "postgresql":
        op.create_check_constraint("confidentiality_level", "meeting", f"confidentiality IN ({_LEVEL_LIST})")
    op.create_table(
        "team_member",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("department", sa.String(length=500), nullable=False, server_default=""),
        sa.Column("clearance", sa.String(length=40), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(f"role IN ({_ROLE_LIST})", name=op.f("ck_team_member_role")),
        sa.CheckConstraint(f"clearance IN ({_LEVEL_LIST})", name=op.f("ck_team_member_clearance")),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_member")),
    )


def downgrade() -> None:
    op.drop_table("team_member")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(op.f("ck_meeting_confidentiality_level"), "meeting", type_="check")
    op.drop_index(op.f("ix_meeting_department"), table_name="meeting")
    # Not batch mode: rebuilding `meeting` on SQLite would cascade-delete every row that points at it.
    op.drop_column("meeting", "department")
