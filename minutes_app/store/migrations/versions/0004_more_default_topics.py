"""more default topics

Revision ID: 0004_more_default_topics
Revises: 0003_translations
Create Date: 2026-12-01

Topics officers asked for and could not choose ("SMEs", "Infrastructure", "Green energy"), with
their Azerbaijani and Russian names. Added at the end of the list, active, to every store that has
no topic of that name in any of its three forms (an officer may have added one already).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_more_default_topics"
down_revision = "0003_translations"
branch_labels = None
depends_on = None

# Frozen copy: a migration must not change when the code does (domain/vocab.py DEFAULT_TOPICS).
NEW_TOPICS = (
    ("SMEs", "Kiçik və orta sahibkarlıq", "Малое и среднее предпринимательство"),
    ("Infrastructure", "İnfrastruktur", "Инфраструктура"),
    ("Green energy", "Yaşıl enerji", "Зелёная энергетика"),
)

topic = sa.table(
    "topic",
    sa.column("id", sa.Integer),
    sa.column("name", sa.String),
    sa.column("name_az", sa.String),
    sa.column("name_ru", sa.String),
    sa.column("sort_order", sa.Integer),
    sa.column("active", sa.Boolean),
)


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.select(topic.c.name, topic.c.name_az, topic.c.name_ru, topic.c.sort_order)).all()
    # Python's casefold, not SQL lower(): SQLite lowers ASCII only.
    known = {(name or "").strip().casefold() for row in rows for name in row[:3]} - {""}
    last = max((row.sort_order or 0 for row in rows), default=0)
    # "Other" stays last where it is the default list's last entry.
    other = next((row for row in rows if row.name == "Other" and row.sort_order == last), None)
    new = [t for t in NEW_TOPICS if not {n.casefold() for n in t} & known]
    if not new:
        return
    start = last if other is not None else last + 1
    if other is not None:
        conn.execute(topic.update().where(topic.c.name == "Other").values(sort_order=last + len(new)))
    conn.execute(
        topic.insert(),
        [
            {"name": en, "name_az": az, "name_ru": ru, "sort_order": start + i, "active": True}
            for i, (en, az, ru) in enumerate(new)
        ],
    )


def downgrade() -> None:
    # The topics may be in use by then; they stay, as an officer's own topics would.
    pass
