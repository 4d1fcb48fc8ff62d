"""Closed vocabularies of the domain; stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    MINISTRY = "ministry"
    EMBASSY = "embassy"
    TRADE_MISSION = "trade_mission"
    COMPANY = "company"
    PUBLIC_BODY = "public_body"
    INTERNATIONAL = "international_organisation"
    GOVERNMENT_OFFICE = "government_office"
    REGIONAL_BODY = "regional_body"
    NGO = "ngo"
    OTHER = "other"


class MeetingKind(StrEnum):
    BILATERAL = "bilateral_meeting"
    DELEGATION_VISIT = "delegation_visit"
    INTERGOVERNMENTAL_COMMISSION = "intergovernmental_commission"
    FORUM = "forum"
    VIDEO_CALL = "video_call"
    COURTESY_CALL = "courtesy_call"
    WORKING_GROUP = "working_group"
    OTHER = "other"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    MINUTES_DRAFTED = "minutes_drafted"
    MINUTES_APPROVED = "minutes_approved"


class Confidentiality(StrEnum):
    NONE = ""
    FOR_OFFICIAL_USE = "for_official_use"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"


class Language(StrEnum):
    EN = "en"
    AZ = "az"
    RU = "ru"


class Side(StrEnum):
    HOST = "host"
    GUEST = "guest"
    OTHER = "other"


class Role(StrEnum):
    """The part a participant played; what is printed after a name per role is in exports/labels.py."""

    HEAD_OF_STATE = "head_of_state"  # a President receiving a delegation
    HEAD_OF_GOVERNMENT = "head_of_government"  # a Prime Minister
    CO_CHAIR = "co_chair"  # co-chair of an intergovernmental commission
    CHAIR = "chair"
    HEAD = "head_of_delegation"
    AMBASSADOR = "ambassador"  # an ambassador paying a call: leads their side, not a delegation
    MEMBER = "member"
    ADVISER = "adviser"
    INTERPRETER = "interpreter"
    NOTE_TAKER = "note_taker"
    OBSERVER = "observer"


# Roles that lead their side: listed first, and what an "each side has a head" check looks for.
HEAD_ROLES = frozenset(
    {Role.HEAD_OF_STATE, Role.HEAD_OF_GOVERNMENT, Role.CO_CHAIR, Role.CHAIR, Role.HEAD, Role.AMBASSADOR}
)


class FollowUpStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"
    DEFERRED = "deferred"


# A follow-up in one of these states is finished: never overdue, never carried forward.
CLOSED_STATUSES = frozenset({FollowUpStatus.DONE, FollowUpStatus.CANCELLED})
# A deferred follow-up waits for its new date by agreement: it is not late, whatever its old deadline said.
NEVER_OVERDUE_STATUSES = CLOSED_STATUSES | {FollowUpStatus.DEFERRED}


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class NoteKind(StrEnum):
    CREATED = "created"
    NOTE = "note"
    STATUS = "status_change"
    DUE_DATE = "due_date_change"
    DISCUSSED = "discussed"


# Topics a new store starts with (English name, Azerbaijani, Russian).
DEFAULT_TOPICS: tuple[tuple[str, str, str], ...] = (
    ("Trade", "Ticarət", "Торговля"),
    ("Investment", "İnvestisiya", "Инвестиции"),
    ("Transport and logistics", "Nəqliyyat və logistika", "Транспорт и логистика"),
    ("Tourism", "Turizm", "Туризм"),
    ("Interregional cooperation", "Regionlararası əməkdaşlıq", "Межрегиональное сотрудничество"),
    ("Energy", "Enerji", "Энергетика"),
    ("Industry", "Sənaye", "Промышленность"),
    ("Agriculture", "Kənd təsərrüfatı", "Сельское хозяйство"),
    ("Youth and humanitarian", "Gənclər və humanitar sahə", "Молодёжь и гуманитарная сфера"),
    ("SMEs", "Kiçik və orta sahibkarlıq", "Малое и среднее предпринимательство"),
    ("Infrastructure", "İnfrastruktur", "Инфраструктура"),
    ("Green energy", "Yaşıl enerji", "Зелёная энергетика"),
    ("Other", "Digər", "Другое"),
)
