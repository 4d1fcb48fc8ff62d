"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-27

The whole schema of the first release, and the default topics.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None

DEFAULT_TOPICS = (
    ("Trade", "Ticarət", "Торговля"),
    ("Investment", "İnvestisiya", "Инвестиции"),
    ("Transport and logistics", "Nəqliyyat və logistika", "Транспорт и логистика"),
    ("Tourism", "Turizm", "Туризм"),
    ("Interregional cooperation", "Regionlararası əməkdaşlıq", "Межрегиональное сотрудничество"),
    ("Energy", "Enerji", "Энергетика"),
    ("Industry", "Sənaye", "Промышленность"),
    ("Agriculture", "Kənd təsərrüfatı", "Сельское хозяйство"),
    ("Youth and humanitarian", "Gənclər və humanitar sahə", "Молодёжь и гуманитарная сфера"),
    ("Other", "Digər", "Другое"),
)


def upgrade() -> None:
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("name_en", sa.String(length=500), nullable=False),
        sa.Column("name_az", sa.String(length=500), nullable=False),
        sa.Column("name_ru", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_az", sa.String(length=200), nullable=False),
        sa.Column("name_ru", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic")),
        sa.UniqueConstraint("name", name=op.f("uq_topic_name")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("venue", sa.String(length=1000), nullable=False),
        sa.Column("host_organisation_id", sa.Integer(), nullable=True),
        sa.Column("reference_number", sa.String(length=200), nullable=False),
        sa.Column("confidentiality", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("prepared_by", sa.String(length=500), nullable=False),
        sa.Column("approved_by", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["host_organisation_id"],
            ["organisation.id"],
            name=op.f("fk_meeting_host_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_date"), ["date"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=False),
        sa.Column("name_az", sa.String(length=300), nullable=False),
        sa.Column("name_ru", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=500), nullable=False),
        sa.Column("position_en", sa.String(length=500), nullable=False),
        sa.Column("position_az", sa.String(length=500), nullable=False),
        sa.Column("position_ru", sa.String(length=500), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_person_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_organisation_id"), ["organisation_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=2000), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_item_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("precedence", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("position", sa.String(length=500), nullable=False),
        sa.CheckConstraint(
            "person_id IS NOT NULL OR organisation_id IS NOT NULL", name=op.f("ck_attendance_person_or_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_attendance_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_attendance_organisation_id_organisation"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_organisation_id"), ["organisation_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)

    op.create_table(
        "meeting_country",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_country_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("meeting_id", "country", name=op.f("pk_meeting_country")),
    )
    with op.batch_alter_table("meeting_country", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_country_country"), ["country"], unique=False)

    op.create_table(
        "meeting_topic",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_topic_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_meeting_topic_topic_id_topic"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("meeting_id", "topic_id", name=op.f("pk_meeting_topic")),
    )
    with op.batch_alter_table("meeting_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_topic_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_decision_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_decision_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("department", sa.String(length=500), nullable=False),
        sa.Column("counterpart_contact", sa.String(length=500), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_follow_up_agenda_item_id_agenda_item"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_follow_up_decision_id_decision"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_follow_up_meeting_id_meeting"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_follow_up_owner_id_person"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"], ["topic.id"], name=op.f("fk_follow_up_topic_id_topic"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index("ix_follow_up_status_due", ["status", "due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_topic_id"), ["topic_id"], unique=False)

    op.create_table(
        "follow_up_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("follow_up_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("old_status", sa.String(length=20), nullable=False),
        sa.Column("new_status", sa.String(length=20), nullable=False),
        sa.Column("old_due_date", sa.Date(), nullable=True),
        sa.Column("new_due_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["follow_up_id"],
            ["follow_up.id"],
            name=op.f("fk_follow_up_note_follow_up_id_follow_up"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up_note")),
    )
    with op.batch_alter_table("follow_up_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_note_follow_up_id"), ["follow_up_id"], unique=False)

    topic = sa.table(
        "topic",
        sa.column("name", sa.String),
        sa.column("name_az", sa.String),
        sa.column("name_ru", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    # Frozen copy of the default topics: a migration must not change when the code does.
    op.bulk_insert(
        topic,
        [
            {"name": en, "name_az": az, "name_ru": ru, "sort_order": i, "active": True}
            for i, (en, az, ru) in enumerate(DEFAULT_TOPICS)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("follow_up_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_note_follow_up_id"))

    op.drop_table("follow_up_note")
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_topic_id"))
        batch_op.drop_index("ix_follow_up_status_due")
        batch_op.drop_index(batch_op.f("ix_follow_up_owner_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_due_date"))

    op.drop_table("follow_up")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_meeting_id"))

    op.drop_table("decision")
    with op.batch_alter_table("meeting_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_topic_topic_id"))

    op.drop_table("meeting_topic")
    with op.batch_alter_table("meeting_country", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_country_country"))

    op.drop_table("meeting_country")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_meeting_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_meeting_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_organisation_id"))

    op.drop_table("person")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_date"))

    op.drop_table("meeting")
    op.drop_table("topic")
    op.drop_table("organisation")
    op.drop_table("app_setting")
