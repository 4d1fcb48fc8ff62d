"""SQLAlchemy 2 typed models: the schema of the store, shared by SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.orm.attributes import flag_modified

# Named constraints let Alembic's batch mode alter SQLite tables later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """The current time in UTC, without tzinfo (stored naive, read as UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def touch(row: TimestampedMixin) -> None:
    """Mark a versioned row changed now, so its version advances even if no column differs."""
    row.updated_at = utcnow()
    flag_modified(row, "updated_at")


class TranslationsText(TypeDecorator[dict[str, dict[str, str]]]):
    """A record's translations (field -> language -> text) as JSON text with sorted keys.

    Text rather than a JSON type: the same on SQLite and PostgreSQL, and readable in any dump.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str:
        return json.dumps(value or {}, ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: Any, dialect: Any) -> dict[str, dict[str, str]]:
        return parse_translations(value)


def parse_translations(value: object) -> dict[str, dict[str, str]]:
    """Stored JSON as translations; a cell damaged outside the app reads as none, so its meeting still opens."""
    if value == "{}":  # most records have no translations: no need to parse them
        return {}
    try:
        data = json.loads(value) if isinstance(value, str) and value else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(field): {str(lang): text for lang, text in texts.items() if isinstance(text, str)}
        for field, texts in data.items()
        if isinstance(texts, dict)
    }


def translations_column() -> Mapped[dict[str, dict[str, str]]]:
    """The `translations` column of a record with translatable texts ('{}' for none)."""
    return mapped_column(TranslationsText, default=dict, server_default="{}")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampedMixin:
    """Creation and change times, a version for conflict detection, and a trash mark."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class OrganisationRow(TimestampedMixin, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(40), default="other")
    country: Mapped[str] = mapped_column(String(2), default="")
    name_en: Mapped[str] = mapped_column(String(500), default="")
    name_az: Mapped[str] = mapped_column(String(500), default="")
    name_ru: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    # The directory's change stamp from the index alone (services/directory.py, migration 0014).
    __table_args__ = (Index("ix_organisation_change_stamp", "updated_at", "version", "deleted_at"),)
    __mapper_args__ = {"version_id_col": TimestampedMixin.version}


class PersonRow(TimestampedMixin, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    name_az: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(500), default="")
    position_en: Mapped[str] = mapped_column(String(500), default="")
    position_az: Mapped[str] = mapped_column(String(500), default="")
    position_ru: Mapped[str] = mapped_column(String(500), default="")
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"), index=True)
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[OrganisationRow | None] = relationship(lazy="joined")

    # The tracker sorted by owner reads people in name order (migration 0011); the directory's change
    # stamp comes from the index alone (migration 0014).
    __table_args__ = (
        Index("ix_person_name", "name", "id"),
        Index("ix_person_change_stamp", "updated_at", "version", "deleted_at"),
    )
    __mapper_args__ = {"version_id_col": TimestampedMixin.version}


class TopicRow(Base):
    __tablename__ = "topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_az: Mapped[str] = mapped_column(String(200), default="")
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RoleRow(Base):
    """A role a participant can play: its name and what is printed after a name, in each language."""

    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)  # what attendance.role holds
    name: Mapped[str] = mapped_column(String(200), unique=True)
    name_az: Mapped[str] = mapped_column(String(200), default="")
    name_ru: Mapped[str] = mapped_column(String(200), default="")
    after_name: Mapped[str] = mapped_column(String(200), default="")
    after_name_az: Mapped[str] = mapped_column(String(200), default="")
    after_name_ru: Mapped[str] = mapped_column(String(200), default="")
    leads: Mapped[bool] = mapped_column(Boolean, default=False)  # leads its side: listed first, signs
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class MeetingRow(TimestampedMixin, Base):
    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(1000))
    kind: Mapped[str] = mapped_column(String(40), default="bilateral_meeting")
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(1000), default="")
    host_organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="SET NULL"))
    reference_number: Mapped[str] = mapped_column(String(200), default="")
    confidentiality: Mapped[str] = mapped_column(String(40), default="")
    # The department the meeting belongs to ("" for none): on a team server, who may edit it (docs/team-roles.md).
    department: Mapped[str] = mapped_column(String(500), default="", server_default="", index=True)
    status: Mapped[str] = mapped_column(String(40), default="planned")
    language: Mapped[str] = mapped_column(String(2), default="en")
    summary: Mapped[str] = mapped_column(Text, default="")
    prepared_by: Mapped[str] = mapped_column(String(500), default="")
    approved_by: Mapped[str] = mapped_column(String(500), default="")
    # The line over each head of delegation's signature in agreed minutes; "" prints the country's default.
    signatory_host: Mapped[str] = mapped_column(String(500), default="")
    signatory_guest: Mapped[str] = mapped_column(String(500), default="")
    translations: Mapped[dict[str, dict[str, str]]] = translations_column()

    host_organisation: Mapped[OrganisationRow | None] = relationship()
    countries: Mapped[list[MeetingCountryRow]] = relationship(
        cascade="all, delete-orphan", order_by="MeetingCountryRow.sort_order"
    )
    topics: Mapped[list[MeetingTopicRow]] = relationship(cascade="all, delete-orphan")
    attendances: Mapped[list[AttendanceRow]] = relationship(
        cascade="all, delete-orphan", order_by="(AttendanceRow.side, AttendanceRow.precedence)"
    )
    agenda_items: Mapped[list[AgendaItemRow]] = relationship(
        cascade="all, delete-orphan", order_by="AgendaItemRow.sort_order"
    )
    decisions: Mapped[list[DecisionRow]] = relationship(cascade="all, delete-orphan", order_by="DecisionRow.number")
    follow_ups: Mapped[list[FollowUpRow]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="FollowUpRow.id"
    )

    __mapper_args__ = {"version_id_col": TimestampedMixin.version}
    # ix_meeting_live_date (migration 0010) is not declared here: each engine has its own form.


# A title's sort key compares code points on both engines (PostgreSQL's default collation would not).
_SORT_KEY = String(200).with_variant(String(200, collation="C"), "postgresql")


class MeetingListTextRow(Base):
    """What the meetings page filters and sorts titles by, per meeting: derived data (services/meeting_list_text.py)."""

    __tablename__ = "meeting_list_text"
    __table_args__ = (
        Index("ix_meeting_list_text_title", "title_key", "meeting_id"),
        Index("ix_meeting_list_text_title_en", "title_key_en", "meeting_id"),
        Index("ix_meeting_list_text_title_az", "title_key_az", "meeting_id"),
        Index("ix_meeting_list_text_title_ru", "title_key_ru", "meeting_id"),
        # The tracker sorted by country on SQLite reads meetings in this order, then their follow-ups (0013).
        Index("ix_meeting_list_text_country", "first_country", "meeting_id"),
    )

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    # Folded terms (textfold.index_terms) of the title and its translations, the reference and the
    # counterpart countries' names in every language, each after a space.
    terms: Mapped[str] = mapped_column(Text, default="")
    # The title as written, and as shown in each language, case-folded: the title column's sort.
    title_key: Mapped[str] = mapped_column(_SORT_KEY, default="")
    title_key_en: Mapped[str] = mapped_column(_SORT_KEY, default="")
    title_key_az: Mapped[str] = mapped_column(_SORT_KEY, default="")
    title_key_ru: Mapped[str] = mapped_column(_SORT_KEY, default="")
    # The first counterpart country (by its order, then code), None without one: the tracker's country sort.
    first_country: Mapped[str | None] = mapped_column(String(2), nullable=True, default=None)


class MeetingCountryRow(Base):
    __tablename__ = "meeting_country"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True, index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class MeetingTopicRow(Base):
    __tablename__ = "meeting_topic"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True, index=True)

    topic: Mapped[TopicRow] = relationship(lazy="joined")


class AttendanceRow(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint("person_id IS NOT NULL OR organisation_id IS NOT NULL", name="person_or_organisation"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"), index=True)
    side: Mapped[str] = mapped_column(String(10), default="host")
    role: Mapped[str] = mapped_column(String(40), default="member")
    precedence: Mapped[int] = mapped_column(Integer, default=0)
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[str] = mapped_column(String(500), default="")
    translations: Mapped[dict[str, dict[str, str]]] = translations_column()

    person: Mapped[PersonRow | None] = relationship()
    organisation: Mapped[OrganisationRow | None] = relationship()
    # By key, not a foreign key: a role key stays valid text even where a row is missing.
    role_entry: Mapped[RoleRow | None] = relationship(
        primaryjoin="foreign(AttendanceRow.role) == RoleRow.key", viewonly=True, lazy="joined"
    )


class AgendaItemRow(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(2000))
    notes: Mapped[str] = mapped_column(Text, default="")
    translations: Mapped[dict[str, dict[str, str]]] = translations_column()


class DecisionRow(Base):
    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    translations: Mapped[dict[str, dict[str, str]]] = translations_column()


class FollowUpRow(TimestampedMixin, Base):
    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_status_due", "status", "due_date"),
        # The tracker's default order and the overdue count, from the index (migration 0006).
        Index("ix_follow_up_live_due", "deleted_at", "due_date", "id", "status", "meeting_id"),
        # The departments named on follow-ups (editor and tracker pick lists), read from the index.
        Index("ix_follow_up_department", "department"),
        # A meeting's follow-ups tested for the trash, status and due date from the index alone: the tracker
        # filtered by a country or a meeting, the editor's carry-forward count (migration 0014).
        Index("ix_follow_up_meeting_live", "meeting_id", "deleted_at", "status", "due_date"),
        # Whether a person owns a live follow-up, from the index alone: the tracker's owners list (migration 0016).
        Index("ix_follow_up_owner_live", "owner_id", "deleted_at"),
        # ix_follow_up_live_description (migration 0007) is not declared here: each engine has its own form.
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    agenda_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text)
    # indexed with deleted_at: ix_follow_up_owner_live (migration 0016)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    department: Mapped[str] = mapped_column(String(500), default="")
    counterpart_contact: Mapped[str] = mapped_column(String(500), default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    topic_id: Mapped[int | None] = mapped_column(ForeignKey("topic.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    translations: Mapped[dict[str, dict[str, str]]] = translations_column()

    meeting: Mapped[MeetingRow] = relationship(back_populates="follow_ups")
    owner: Mapped[PersonRow | None] = relationship()
    topic: Mapped[TopicRow | None] = relationship()
    notes: Mapped[list[FollowUpNoteRow]] = relationship(cascade="all, delete-orphan", order_by="FollowUpNoteRow.id")

    __mapper_args__ = {"version_id_col": TimestampedMixin.version}


class FollowUpNoteRow(Base):
    __tablename__ = "follow_up_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_up.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(30), default="note")
    text: Mapped[str] = mapped_column(Text, default="")
    old_status: Mapped[str] = mapped_column(String(20), default="")
    new_status: Mapped[str] = mapped_column(String(20), default="")
    old_due_date: Mapped[dt.date | None] = mapped_column(Date)
    new_due_date: Mapped[dt.date | None] = mapped_column(Date)


class SettingRow(Base):
    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SearchEntryRow(Base):
    """One searchable record in the search index: derived data, rewritten by services/search_index.py."""

    __tablename__ = "search_entry"
    __table_args__ = (Index("ix_search_entry_kind_record", "kind", "record_id"),)

    # Encodes kind and order within the kind (search_index.entry_id). INTEGER PRIMARY KEY on SQLite,
    # so it is the rowid the FTS5 table (created by migration 0002, not a model) points at.
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=False
    )
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[int | None] = mapped_column(Integer, index=True)
    follow_up_id: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[dt.date | None] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500))
    detail: Mapped[str] = mapped_column(Text)  # the text snippets are cut from
    index_text: Mapped[str] = mapped_column(Text)  # textfold.index_terms of title and detail


class AttachmentRow(Base):
    """A file attached to a meeting or a follow-up; its content is in AttachmentChunkRow pieces."""

    __tablename__ = "attachment"
    __table_args__ = (
        CheckConstraint("owner_kind IN ('meeting', 'follow_up')", name="owner_kind"),
        Index("ix_attachment_owner", "owner_kind", "owner_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # By kind and id, not a foreign key: one table serves both owners (their rows cascade in services).
    owner_kind: Mapped[str] = mapped_column(String(20))
    owner_id: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(500))
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    annex: Mapped[bool] = mapped_column(Boolean, default=False)  # listed as an annex at the end of the minutes
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    text_content: Mapped[str] = mapped_column(Text, default="", server_default="")  # extracted for search
    created_by: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)


class AttachmentChunkRow(Base):
    """One piece (at most 1 MiB) of an attachment's content, in order of `seq`."""

    __tablename__ = "attachment_chunk"

    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEntryRow(Base):
    """One recorded change of one field of a record: who, when, old and new value (services/audit.py).

    Written in the transaction of the change it records; never updated. `meeting_id` lets a meeting's
    history include its follow-ups' changes.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "record_kind", "record_id", "id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(300), default="")
    record_kind: Mapped[str] = mapped_column(String(20))  # meeting, follow_up, person, organisation
    record_id: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(20), default="changed")  # created, changed, deleted, restored
    field: Mapped[str] = mapped_column(String(500), default="")
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")


class TeamMemberRow(Base):
    """A team server login's role, department and clearance; the server's row-level security reads it.

    Written only by the schema owner (`minutes-app team-add-user`); members can read it, never change it.
    """

    __tablename__ = "team_member"
    __table_args__ = (
        CheckConstraint("role IN ('officer', 'head', 'reader')", name="role"),
        CheckConstraint("clearance IN ('', 'for_official_use', 'confidential', 'secret')", name="clearance"),
    )

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    department: Mapped[str] = mapped_column(String(500), default="", server_default="")
    clearance: Mapped[str] = mapped_column(String(40), default="", server_default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
