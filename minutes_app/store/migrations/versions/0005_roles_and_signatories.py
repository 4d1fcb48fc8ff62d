"""roles and signatories

Revision ID: 0005_roles_and_signatories
Revises: 0004_more_default_topics
Create Date: 2026-12-01

The ``role`` table: the roles a participant can play, each with its name and what the minutes print
after a participant's name, in English, Azerbaijani and Russian, so officers can add their own in
Settings. Seeded with the built-in roles worded as the documents printed them until now; the keys
are the values ``attendance.role`` already holds, so every stored attendance keeps its role.

On the meeting, ``signatory_host`` and ``signatory_guest``: the line over each head of delegation's
signature in agreed minutes ("For the Ministry of Economy of ..."), "" for the country's default.
Their translations go in the meeting's ``translations`` like its other texts.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_roles_and_signatories"
down_revision = "0004_more_default_topics"
branch_labels = None
depends_on = None

# Frozen copy: a migration must not change when the code does (domain/vocab.py, exports/labels.py).
# key, leads its side, name (en, az, ru), printed after a name (en, az, ru).
BUILT_IN_ROLES = (
    ("head_of_state", True, ("Head of state", "Dövlət başçısı", "Глава государства"), ("", "", "")),
    ("head_of_government", True, ("Head of government", "Hökumət başçısı", "Глава правительства"), ("", "", "")),
    (
        "co_chair",
        True,
        (
            "Co-chair of the intergovernmental commission",
            "Hökumətlərarası komissiyanın həmsədri",
            "Сопредседатель межправительственной комиссии",
        ),
        (
            "co-chair of the intergovernmental commission",
            "hökumətlərarası komissiyanın həmsədri",
            "сопредседатель межправительственной комиссии",
        ),
    ),
    ("chair", True, ("Chair", "Sədr", "Председатель"), ("chair", "sədr", "председатель")),
    (
        "head_of_delegation",
        True,
        ("Head of delegation", "Nümayəndə heyətinin rəhbəri", "Глава делегации"),
        ("head of delegation", "nümayəndə heyətinin rəhbəri", "глава делегации"),
    ),
    ("ambassador", True, ("Ambassador", "Səfir", "Посол"), ("", "", "")),
    ("member", False, ("Member of delegation", "Nümayəndə heyətinin üzvü", "Член делегации"), ("", "", "")),
    ("adviser", False, ("Adviser", "Müşavir", "Советник"), ("", "", "")),
    ("interpreter", False, ("Interpreter", "Tərcüməçi", "Переводчик"), ("interpreter", "tərcüməçi", "переводчик")),
    (
        "note_taker",
        False,
        ("Note-taker", "Protokolu aparan", "Секретарь"),
        ("note-taker", "protokolu aparan", "секретарь"),
    ),
    ("observer", False, ("Observer", "Müşahidəçi", "Наблюдатель"), ("observer", "müşahidəçi", "наблюдатель")),
)


def upgrade() -> None:
    role = op.create_table(
        "role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_az", sa.String(length=200), nullable=False),
        sa.Column("name_ru", sa.String(length=200), nullable=False),
        sa.Column("after_name", sa.String(length=200), nullable=False),
        sa.Column("after_name_az", sa.String(length=200), nullable=False),
        sa.Column("after_name_ru", sa.String(length=200), nullable=False),
        sa.Column("leads", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role")),
        sa.UniqueConstraint("key", name=op.f("uq_role_key")),
        sa.UniqueConstraint("name", name=op.f("uq_role_name")),
    )
    op.bulk_insert(
        role,
        [
            {
                "key": key,
                "leads": leads,
                "name": names[0],
                "name_az": names[1],
                "name_ru": names[2],
                "after_name": after[0],
                "after_name_az": after[1],
                "after_name_ru": after[2],
                "sort_order": order,
                "active": True,
            }
            for order, (key, leads, names, after) in enumerate(BUILT_IN_ROLES)
        ],
    )
    _keep_unknown_roles(role)
    for column in ("signatory_host", "signatory_guest"):
        op.add_column("meeting", sa.Column(column, sa.String(length=500), server_default="", nullable=False))


def _keep_unknown_roles(role: sa.Table) -> None:
    """A role key stored by hand or by another tool gets a row of its own, so it stays choosable and printable."""
    conn = op.get_bind()
    known = {row[0] for row in BUILT_IN_ROLES}
    found = sorted({key for (key,) in conn.execute(sa.text("SELECT DISTINCT role FROM attendance")) if key} - known)
    op.bulk_insert(
        role,
        [
            {
                "key": key,
                "leads": False,
                "name": key,
                "name_az": "",
                "name_ru": "",
                "after_name": "",
                "after_name_az": "",
                "after_name_ru": "",
                "sort_order": len(BUILT_IN_ROLES) + i,
                "active": False,
            }
            for i, key in enumerate(found)
        ],
    )


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): batch mode would copy and drop the meeting table, and
    # dropping it with foreign keys on deletes every row that refers to it.
    op.drop_column("meeting", "signatory_guest")
    op.drop_column("meeting", "signatory_host")
    op.drop_table("role")
