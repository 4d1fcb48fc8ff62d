"""Meetings: list, read, save whole (with participants, agenda, decisions, follow-ups), delete."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Table, delete, func, insert, select
from sqlalchemy.orm import Session, raiseload, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from minutes_app.domain import records as r
from minutes_app.domain.errors import ConflictError, NotFoundError, ValidationError
from minutes_app.domain.meeting_header import ROW_HEADER_FIELDS
from minutes_app.domain.multilingual import LANGUAGES, Untranslated, change_original
from minutes_app.domain.vocab import (
    CLOSED_STATUSES,
    HEAD_ROLES,
    Confidentiality,
    FollowUpStatus,
    Language,
    MeetingKind,
    MeetingStatus,
    Side,
)
from minutes_app.services import audit, audit_diff, convert, hooks
from minutes_app.services import validation as v
from minutes_app.services.attachments import meeting_annexes
from minutes_app.services.attendance_read import attendances_of
from minutes_app.services.followup_writer import sync_follow_ups
from minutes_app.services.meeting_read import meeting_record
from minutes_app.services.roles import KEY_PATTERN as ROLE_KEY
from minutes_app.services.translated_sql import parse_list_translations, translations_of
from minutes_app.services.write_lock import lock_meeting
from minutes_app.store import models as m
from minutes_app.store.database import Store
from minutes_app.store.models import touch, utcnow
from minutes_app.store.text_guard import check_values

# Heads stand first in their side whatever precedence they were given.
_HEAD_ROLES = {role.value for role in HEAD_ROLES}
# The longest translation of each translatable field: that of its original (validate_meeting).
TRANSLATION_LIMITS: dict[str, dict[str, int]] = {
    "meeting": {
        "title": 1000,
        "venue": 1000,
        "summary": v.MAX_LONG_TEXT,
        "prepared_by": 500,
        "approved_by": 500,
        "signatory_host": 500,
        "signatory_guest": 500,
    },
    "agenda": {"title": 2000, "notes": v.MAX_LONG_TEXT},
    "decision": {"text": v.MAX_LONG_TEXT},
    "follow_up": {"description": v.MAX_LONG_TEXT, "department": 500},
    "attendance": {"position": 500},
}
MEETING_SORT_COLUMNS = {
    "date": m.MeetingRow.date,
    "title": m.MeetingRow.title,
    "kind": m.MeetingRow.kind,
    "status": m.MeetingRow.status,
    "reference_number": m.MeetingRow.reference_number,
}


def load_meeting_row(session: Session, meeting_id: int, *, with_attendances: bool = True) -> m.MeetingRow:
    """The live meeting row with all its children, or NotFoundError; without its attendances (which then
    must not be touched) when they are read apart (`read_meeting`) or replaced whole."""
    attendances = (
        [
            selectinload(m.MeetingRow.attendances).joinedload(m.AttendanceRow.person),
            selectinload(m.MeetingRow.attendances).joinedload(m.AttendanceRow.organisation),
        ]
        if with_attendances
        else [raiseload(m.MeetingRow.attendances)]
    )
    row = session.scalars(
        select(m.MeetingRow)
        .where(m.MeetingRow.id == meeting_id, m.MeetingRow.deleted_at.is_(None))
        .options(
            *attendances,
            selectinload(m.MeetingRow.agenda_items),
            selectinload(m.MeetingRow.decisions),
            selectinload(m.MeetingRow.follow_ups).selectinload(m.FollowUpRow.notes),
            # owner and topic names in the same reads (the audit trail compares them before and after a save)
            selectinload(m.MeetingRow.follow_ups).joinedload(m.FollowUpRow.owner),
            selectinload(m.MeetingRow.follow_ups).joinedload(m.FollowUpRow.topic),
            selectinload(m.MeetingRow.countries),
            selectinload(m.MeetingRow.topics),
        )
    ).one_or_none()
    if row is None:
        raise NotFoundError("meeting", meeting_id)
    return row


def read_meeting(session: Session, meeting_id: int) -> r.Meeting:
    """The whole live meeting as a record, or NotFoundError; read without the ORM (services/meeting_read.py)."""
    return meeting_record(session, meeting_id)


def open_follow_ups_of_row() -> ColumnElement[int]:
    """SQL: the open follow-ups of the meeting row in the query, counted through the meeting's index."""
    return (
        select(func.count(m.FollowUpRow.id))
        .where(
            m.FollowUpRow.meeting_id == m.MeetingRow.id,
            # wrapped, so SQLite seeks the meeting's follow-ups rather than scan every live one
            func.coalesce(m.FollowUpRow.deleted_at, None).is_(None),
            m.FollowUpRow.status.not_in([s.value for s in CLOSED_STATUSES]),
        )
        .scalar_subquery()
    )


def summary_columns(open_count: ColumnElement[int]) -> tuple[ColumnElement[object], ...]:
    """The columns of a meetings-list row, in the order `summaries` reads them."""
    return (
        m.MeetingRow.id,
        m.MeetingRow.date,
        m.MeetingRow.title,
        m.MeetingRow.kind,
        m.MeetingRow.status,
        m.MeetingRow.reference_number,
        open_count,
        m.MeetingRow.start_time,
        m.MeetingRow.end_time,
        m.MeetingRow.venue,
        m.MeetingRow.version,
        m.MeetingRow.language,
        # only the title's and venue's translations: a long translated summary is not read for a list
        translations_of(m.MeetingRow.translations, "meeting", "title", "venue"),
        m.MeetingRow.department,
    )  # type: ignore[return-value]


def summaries(session: Session, rows: Sequence[Any], *, every_meeting: bool = False) -> list[r.MeetingSummary]:
    """Rows selected with `summary_columns` as list rows, each with its counterpart countries (read here)."""
    countries: dict[int, list[str]] = defaultdict(list)
    of_rows = select(m.MeetingCountryRow.meeting_id, m.MeetingCountryRow.country).order_by(
        m.MeetingCountryRow.meeting_id, m.MeetingCountryRow.sort_order
    )
    if not every_meeting:  # a page: the countries of its meetings only
        of_rows = of_rows.where(m.MeetingCountryRow.meeting_id.in_([row[0] for row in rows]))
    for meeting_id, code in session.execute(of_rows):
        countries[meeting_id].append(code)
    return [
        r.MeetingSummary(
            id=row[0],
            date=row[1],
            title=row[2],
            kind=row[3],
            status=row[4],
            reference_number=row[5],
            open_follow_ups=row[6],
            countries=countries.get(row[0], []),
            start_time=row[7],
            end_time=row[8],
            venue=row[9],
            version=row[10],
            language=row[11],
            translations=parse_list_translations(row[12]),
            department=row[13],
        )
        for row in rows
    ]


class MeetingService:
    """Everything the app does with meetings, each call one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def list_meetings(
        self, *, sort: str = "date", descending: bool = True, country: str = "", limit: int | None = None
    ) -> list[r.MeetingSummary]:
        """Every meeting not in the trash (the first `limit` of them), with its open follow-up count, sorted in SQL."""
        column = MEETING_SORT_COLUMNS.get(sort, m.MeetingRow.date)
        # One grouped pass over the follow-ups, joined once, instead of a count per meeting.
        open_counts = (
            select(m.FollowUpRow.meeting_id, func.count(m.FollowUpRow.id).label("n"))
            .where(m.FollowUpRow.deleted_at.is_(None), m.FollowUpRow.status.not_in([s.value for s in CLOSED_STATUSES]))
            .group_by(m.FollowUpRow.meeting_id)
            .subquery()
        )
        open_count: ColumnElement[int] = func.coalesce(open_counts.c.n, 0)
        if limit is not None:  # a screenful: count each row's follow-ups rather than group every follow-up
            open_count = open_follow_ups_of_row()
        order = column.desc() if descending else column.asc()
        stmt = (
            select(*summary_columns(open_count))
            .where(m.MeetingRow.deleted_at.is_(None))
            .order_by(order, m.MeetingRow.id.desc() if descending else m.MeetingRow.id.asc())
        )
        if country:
            stmt = stmt.where(
                m.MeetingRow.id.in_(
                    select(m.MeetingCountryRow.meeting_id).where(m.MeetingCountryRow.country == country.upper())
                )
            )
        if limit is None:
            stmt = stmt.outerjoin(open_counts, open_counts.c.meeting_id == m.MeetingRow.id)
        else:
            stmt = stmt.limit(limit)
        with self.store.reading() as session:
            rows = session.execute(stmt).all()
            return summaries(session, rows, every_meeting=limit is None)

    def any_exist(self) -> bool:
        """True when at least one meeting is not in the trash (cheaper than listing them)."""
        with self.store.reading() as session:
            return session.scalar(select(m.MeetingRow.id).where(m.MeetingRow.deleted_at.is_(None)).limit(1)) is not None

    def get(self, meeting_id: int) -> r.Meeting:
        """The whole meeting, or NotFoundError."""
        with self.store.reading() as session:
            meeting = read_meeting(session, meeting_id)
            meeting.annexes = meeting_annexes(session, meeting_id)
            return meeting

    def language_of(self, meeting_id: int) -> str:
        """The language a stored meeting's minutes are written in, as stored, or NotFoundError; one column read."""
        with self.store.reading() as session:
            language = session.scalar(
                select(m.MeetingRow.language).where(m.MeetingRow.id == meeting_id, m.MeetingRow.deleted_at.is_(None))
            )
        if language is None:
            raise NotFoundError("meeting", meeting_id)
        return language

    def save(self, meeting: r.Meeting, *, author: str = "", force: bool = False) -> r.Meeting:
        """Create or update the whole meeting in one transaction; returns it as stored.

        `force` overwrites knowingly when the meeting changed elsewhere since it was opened.
        """
        clean = validate_meeting(meeting)
        with self.store.writing() as session:
            if clean.id is not None:
                # Before anything is read, so what it compares with is what it replaces; a stale save
                # is refused here, without reading the meeting, so the colleagues queued behind wait less.
                current = lock_meeting(session, clean.id)
                if current is not None and current != clean.version and not force:
                    raise ConflictError("meeting", clean.id, clean.version, current)
            # Roles added in Settings may lead their side too: order once more with the store's list.
            leading = _check_references(session, clean)
            clean = replace(clean, attendances=_order_sides(clean.attendances, leading))
            before: r.Meeting | None = None
            if clean.id is None:
                row = m.MeetingRow(title=clean.title)
                session.add(row)
                for children in ("attendances", "agenda_items", "decisions", "follow_ups"):
                    # A new meeting has none yet: without this, replacing them after the first flush reads
                    # each list from the store first (four round trips to a server).
                    set_committed_value(row, children, [])
            else:
                row = load_meeting_row(session, clean.id, with_attendances=False)
                if row.version != clean.version and not force:
                    raise ConflictError("meeting", clean.id, clean.version, row.version)
                before = convert.meeting(row, attendances_of(session, row.id))
                # The attendances are written whole (_sync_children): the old ones go in one statement, before
                # any change is pending, rather than each loaded through the ORM to be deleted by id.
                session.execute(
                    delete(m.AttendanceRow)
                    .execution_options(synchronize_session=False)
                    .where(m.AttendanceRow.meeting_id == row.id)
                )
                set_committed_value(row, "attendances", [])
            _write_fields(row, clean)
            # Always dirty, so the version advances on every save; marked before the children's first
            # flush, which then writes the header, the stamp and the version in the save's one UPDATE
            # (marked after it, a second UPDATE followed and every save advanced the version by two).
            touch(row)
            _sync_children(session, row, clean, author=author, force=force)
            session.flush()
            meeting_id = row.id
            stored = read_meeting(session, meeting_id)  # plain statements: the rows in the session are not reread
            # After the read back: the search index is built from what it read (seven round trips less)
            hooks.meeting_written(session, meeting_id, saved=stored)
            audit.record(session, audit_diff.meeting_changes(before, stored))
            return stored

    def delete(self, meeting_id: int) -> None:
        """Move the meeting, with everything attached, to the trash."""
        with self.store.writing() as session:
            lock_meeting(session, meeting_id)
            row = load_meeting_row(session, meeting_id)
            row.deleted_at = utcnow()
            hooks.meeting_written(session, row.id)
            audit.record(session, [audit_diff.Change("meeting", row.id, audit_diff.DELETED, "", row.title, "", row.id)])

    def duplicate_as_next(self, meeting_id: int, *, today: dt.date | None = None) -> r.Meeting:
        """A new, unsaved meeting with the same counterpart, participants and topics, dated today."""
        source = self.get(meeting_id)
        copied = ("title", "venue", "prepared_by")
        return r.Meeting(
            title=source.title,
            kind=source.kind,
            date=today or dt.date.today(),
            venue=source.venue,
            host_organisation_id=source.host_organisation_id,
            countries=list(source.countries),
            confidentiality=source.confidentiality,
            department=source.department,
            status=MeetingStatus.PLANNED.value,
            language=source.language,
            translations={f: dict(texts) for f, texts in source.translations.items() if f in copied},
            topic_ids=list(source.topic_ids),
            prepared_by=source.prepared_by,
            attendances=[
                replace(a, id=None, present=True, translations=copy_translations(a.translations))
                for a in source.attendances
            ],
        )

    def change_language(
        self, meeting_id: int, new_lang: str, *, expected_version: int | None = None, author: str = ""
    ) -> tuple[r.Meeting, list[Untranslated]]:
        """Make `new_lang` the stored meeting's original language (domain change_original) and save it.

        Returns the meeting as stored and the texts that had no translation into `new_lang`.
        """
        v.check_choice("language", new_lang, Language)
        meeting = self.get(meeting_id)
        if expected_version is not None and meeting.version != expected_version:
            raise ConflictError("meeting", meeting_id, expected_version, meeting.version)
        left = change_original(meeting, new_lang)
        return self.save(meeting, author=author), left

    def counterpart_countries(self) -> list[str]:
        """Every country code used as a counterpart, for completers and filters."""
        with self.store.reading() as session:
            return list(
                session.scalars(select(m.MeetingCountryRow.country).distinct().order_by(m.MeetingCountryRow.country))
            )


def validate_meeting(meeting: r.Meeting) -> r.Meeting:
    """A checked, cleaned copy of `meeting`; ValidationError names the first bad field."""
    title = v.clean_text("title", meeting.title, max_length=1000, required=True)
    language = v.check_choice("language", meeting.language, Language)
    translations = _translations("", meeting.translations, "meeting", language)
    date = v.parse_date("date", meeting.date)
    start = v.parse_time("start_time", meeting.start_time)
    end = v.parse_time("end_time", meeting.end_time)
    if start and end and end < start:
        raise ValidationError("end_time", "the meeting cannot end before it starts")
    attendances = [_validate_attendance(i, a, language) for i, a in enumerate(meeting.attendances)]
    agenda = [
        r.AgendaItem(
            id=v.check_id(f"agenda[{i + 1}].id", a.id),
            title=v.clean_text(f"agenda[{i + 1}].title", a.title, max_length=2000, required=True),
            notes=v.clean_text(f"agenda[{i + 1}].notes", a.notes),
            translations=_translations(f"agenda[{i + 1}]", a.translations, "agenda", language),
        )
        for i, a in enumerate(meeting.agenda)
    ]
    decisions = [
        r.Decision(
            id=v.check_id(f"decisions[{i + 1}].id", d.id),
            text=v.clean_text(f"decisions[{i + 1}].text", d.text, required=True),
            agenda_index=_check_index(f"decisions[{i + 1}].agenda_item", d.agenda_index, len(agenda)),
            translations=_translations(f"decisions[{i + 1}]", d.translations, "decision", language),
        )
        for i, d in enumerate(meeting.decisions)
    ]
    follow_ups = [
        _validate_follow_up(i, f, len(agenda), len(decisions), language) for i, f in enumerate(meeting.follow_ups)
    ]
    return replace(
        meeting,
        id=v.check_id("id", meeting.id),
        title=title,
        kind=v.check_choice("kind", meeting.kind, MeetingKind),
        date=date,
        start_time=start,
        end_time=end,
        venue=v.clean_text("venue", meeting.venue, max_length=1000),
        host_organisation_id=v.check_id("host_organisation", meeting.host_organisation_id),
        countries=v.check_countries("countries", meeting.countries),
        reference_number=v.clean_text("reference_number", meeting.reference_number, max_length=200),
        confidentiality=v.check_choice("confidentiality", meeting.confidentiality or "", Confidentiality),
        department=v.clean_text("department", meeting.department, max_length=500),
        status=v.check_choice("status", meeting.status, MeetingStatus),
        language=language,
        translations=translations,
        topic_ids=sorted({v.check_id("topics", t, required=True) or 0 for t in meeting.topic_ids}),
        summary=v.clean_text("summary", meeting.summary),
        prepared_by=v.clean_text("prepared_by", meeting.prepared_by, max_length=500),
        approved_by=v.clean_text("approved_by", meeting.approved_by, max_length=500),
        signatory_host=v.clean_text("signatory_host", meeting.signatory_host, max_length=500),
        signatory_guest=v.clean_text("signatory_guest", meeting.signatory_guest, max_length=500),
        attendances=_order_sides(attendances),
        agenda=agenda,
        decisions=decisions,
        follow_ups=follow_ups,
    )


def _translations(where: str, value: object, kind: str, language: str) -> dict[str, dict[str, str]]:
    return v.clean_translations(where, value, TRANSLATION_LIMITS[kind], original=language)


def copy_translations(translations: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """A copy of `translations` that editing the copy leaves the source alone (a dataclass replace() shares it)."""
    return {field: dict(texts) for field, texts in translations.items()}


def _check_index(field: str, index: int | None, size: int) -> int | None:
    if index is None:
        return None
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < size:
        raise ValidationError(field, f"{index!r} does not point at an item of this meeting")
    return index


def _validate_attendance(i: int, a: r.Attendance, language: str) -> r.Attendance:
    where = f"participants[{i + 1}]"
    person_id = v.check_id(f"{where}.person", a.person_id)
    organisation_id = v.check_id(f"{where}.organisation", a.organisation_id)
    if person_id is None and organisation_id is None:
        raise ValidationError(
            f"{where}.person", "a participant needs a person or, for an unnamed representative, an organisation"
        )
    return replace(
        a,
        id=v.check_id(f"{where}.id", a.id),
        person_id=person_id,
        organisation_id=organisation_id,
        side=v.check_choice(f"{where}.side", a.side, Side),
        role=_check_role_key(f"{where}.role", a.role),
        present=bool(a.present),
        position=v.clean_text(f"{where}.position", a.position, max_length=500),
        translations=_translations(where, a.translations, "attendance", language),
    )


def _check_role_key(field: str, value: object) -> str:
    """A role key as stored; whether the store has that role is checked on saving (_check_references)."""
    if not isinstance(value, str) or not ROLE_KEY.fullmatch(value):
        raise ValidationError(field, f"{value!r} is not a role")
    return value


def _order_sides(attendances: list[r.Attendance], leading: Collection[str] = _HEAD_ROLES) -> list[r.Attendance]:
    """Number each side 0..n in precedence order, heads (roles in `leading`) first."""
    ordered: list[r.Attendance] = []
    for side in Side:
        members = [(i, a) for i, a in enumerate(attendances) if a.side == side.value]
        members.sort(key=lambda pair: (pair[1].role not in leading, pair[1].precedence, pair[0]))
        ordered.extend(replace(a, precedence=n) for n, (_, a) in enumerate(members))
    return ordered


def _validate_follow_up(i: int, f: r.FollowUp, agenda_size: int, decision_size: int, language: str) -> r.FollowUp:
    from minutes_app.domain.vocab import Priority

    where = f"follow_ups[{i + 1}]"
    status = v.check_choice(f"{where}.status", f.status, FollowUpStatus)
    completed = v.parse_date(f"{where}.completed_on", f.completed_on)
    return replace(
        f,
        id=v.check_id(f"{where}.id", f.id),
        description=v.clean_text(f"{where}.description", f.description, required=True),
        agenda_index=_check_index(f"{where}.agenda_item", f.agenda_index, agenda_size),
        decision_index=_check_index(f"{where}.decision", f.decision_index, decision_size),
        owner_id=v.check_id(f"{where}.owner", f.owner_id),
        department=v.clean_text(f"{where}.department", f.department, max_length=500),
        counterpart_contact=v.clean_text(f"{where}.counterpart_contact", f.counterpart_contact, max_length=500),
        due_date=v.parse_date(f"{where}.due_date", f.due_date),
        priority=v.check_choice(f"{where}.priority", f.priority, Priority),
        topic_id=v.check_id(f"{where}.topic", f.topic_id),
        status=status,
        completed_on=completed if status == FollowUpStatus.DONE.value else None,
        translations=_translations(where, f.translations, "follow_up", language),
    )


def _check_references(session: Session, meeting: r.Meeting) -> set[str]:
    """Every person, organisation and topic the meeting names exists and is not in the trash; returns
    which of its participants' roles lead their side (read with the roles, one round trip)."""
    people = {a.person_id for a in meeting.attendances if a.person_id} | {
        f.owner_id for f in meeting.follow_ups if f.owner_id
    }
    orgs = {a.organisation_id for a in meeting.attendances if a.organisation_id}
    if meeting.host_organisation_id:
        orgs.add(meeting.host_organisation_id)
    topics = set(meeting.topic_ids) | {f.topic_id for f in meeting.follow_ups if f.topic_id}
    _require_live(session, m.PersonRow, people, "person")
    _require_live(session, m.OrganisationRow, orgs, "organisation")
    roles = {a.role for a in meeting.attendances}
    leading: set[str] = set()
    if roles:
        rows = session.execute(select(m.RoleRow.key, m.RoleRow.leads).where(m.RoleRow.key.in_(roles)))
        known = {key: leads for key, leads in rows}
        if roles - known.keys():
            raise ValidationError("participants.role", f"unknown role {min(roles - known.keys())!r}")
        leading = {key for key, leads in known.items() if leads}
    if topics:
        found = set(session.scalars(select(m.TopicRow.id).where(m.TopicRow.id.in_(topics))))
        if topics - found:
            raise ValidationError("topics", f"unknown topic {min(topics - found)}")
    return leading


def _require_live(
    session: Session, model: type[m.PersonRow] | type[m.OrganisationRow], ids: Collection[int | None], kind: str
) -> None:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return
    found = set(session.scalars(select(model.id).where(model.id.in_(wanted), model.deleted_at.is_(None))))
    missing = wanted - found
    if missing:
        raise ValidationError(kind, f"unknown {kind} {min(missing)}")


def _write_fields(row: m.MeetingRow, meeting: r.Meeting) -> None:
    for name in ROW_HEADER_FIELDS:
        setattr(row, name, getattr(meeting, name))
    # Reuse rows by key: a new row with the key of a deleted one would clash in the session.
    countries = {c.country: c for c in row.countries}
    row.countries = [countries.get(code) or m.MeetingCountryRow(country=code) for code in meeting.countries]
    for i, country in enumerate(row.countries):
        country.sort_order = i
    topics = {t.topic_id: t for t in row.topics}
    row.topics = [topics.get(t) or m.MeetingTopicRow(topic_id=t) for t in meeting.topic_ids]


def _sync_children(session: Session, row: m.MeetingRow, meeting: r.Meeting, *, author: str, force: bool) -> None:
    p = m.PersonRow
    named = {a.person_id for a in meeting.attendances if a.person_id}
    people = {
        person.id: person
        for person in session.execute(
            select(p.id, p.organisation_id, p.position, p.position_en, p.position_az, p.position_ru).where(
                p.id.in_(named)
            )
        )
    }
    session.flush()  # the meeting's id, for a new one
    attendances = [
        {
            "meeting_id": row.id,
            "person_id": a.person_id,
            # a named person's organisation is the one they belonged to at the meeting
            "organisation_id": a.organisation_id
            if a.organisation_id or a.person_id is None
            else people[a.person_id].organisation_id,
            "side": a.side,
            "role": a.role,
            "precedence": a.precedence,
            "present": a.present,
            **held_position(a, people.get(a.person_id) if a.person_id else None, meeting.language),
        }
        for a in meeting.attendances
    ]
    if attendances:
        # One statement for all of them (the ORM inserts them one by one, each returning its id, which
        # nothing here needs): the old ones are gone already (save), the flush's text check is made here.
        for values in attendances:
            check_values(_ATTENDANCE_TABLE, values)
        session.execute(insert(m.AttendanceRow), attendances)
    row.agenda_items = _sync_by_id(
        row.agenda_items,
        meeting.agenda,
        lambda: m.AgendaItemRow(title=""),
        ("title", "notes", "translations"),
        extra=lambda target, i: setattr(target, "sort_order", i),
    )
    session.flush()
    agenda_ids = [a.id for a in row.agenda_items]
    row.decisions = _sync_by_id(
        row.decisions,
        meeting.decisions,
        lambda: m.DecisionRow(number=0, text=""),
        ("text", "translations"),
        extra=lambda target, i: _set_decision(target, i, meeting.decisions[i], agenda_ids),
    )
    session.flush()
    decision_ids = [d.id for d in row.decisions]
    sync_follow_ups(session, row, meeting.follow_ups, agenda_ids, decision_ids, author=author, force=force)


_ATTENDANCE_TABLE: Table = m.AttendanceRow.__table__  # type: ignore[assignment]


def held_position(a: r.Attendance, person: Any, original: str) -> dict[str, object]:
    """The position held at the meeting in each language, snapshotted from the directory where the attendance has none.

    Taken while the participant holds the directory's position (none typed, or one of the
    person's forms): a position typed for this meeting is not the directory's, and its
    translations are the officer's to give. Once stored, editing the person changes nothing.
    `person` is the directory's row (its position columns are read), None for a representative.
    """
    translations = copy_translations(a.translations)
    if person is None:
        return {"position": a.position, "translations": translations}
    forms = {lang: getattr(person, f"position_{lang}") or "" for lang in LANGUAGES}
    if a.position and a.position not in {person.position, *forms.values()}:
        return {"position": a.position, "translations": translations}
    # The editor fills in the recorded position; the form in the meeting's language is the better original.
    position = forms[original] or a.position or person.position
    texts = translations.get("position", {})
    for lang, form in forms.items():
        text = form or person.position  # what the directory shows in that language (Person.position_in)
        if lang != original and text and text != position and not texts.get(lang, "").strip():
            texts[lang] = text
    if texts:
        translations["position"] = texts
    return {"position": position, "translations": translations}


def _set_decision(target: m.DecisionRow, i: int, decision: r.Decision, agenda_ids: list[int]) -> None:
    target.number = i + 1
    target.agenda_item_id = agenda_ids[decision.agenda_index] if decision.agenda_index is not None else None


class _Kept(Protocol):
    """A record that may name the stored row it edits."""

    @property
    def id(self) -> int | None: ...


_Row = TypeVar("_Row", m.AgendaItemRow, m.DecisionRow)


def _sync_by_id(
    existing: Iterable[_Row],
    wanted: Sequence[_Kept],
    make: Callable[[], _Row],
    fields: tuple[str, ...],
    *,
    extra: Callable[[_Row, int], None],
) -> list[_Row]:
    """Update rows whose id is kept, create new ones, drop the rest; returns the list in order."""
    by_id = {row.id: row for row in existing}
    result: list[_Row] = []
    for i, item in enumerate(wanted):
        target = by_id.pop(item.id, None) if item.id is not None else None
        if target is None:
            target = make()
        for name in fields:
            setattr(target, name, getattr(item, name))
        extra(target, i)
        result.append(target)
    return result
