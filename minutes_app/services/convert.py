"""Turning store rows into the plain records the rest of the app reads."""

from __future__ import annotations

from typing import Any

from minutes_app.domain import records as r
from minutes_app.domain.vocab import Side
from minutes_app.store import models as m


def texts_copy(row: object) -> dict[str, dict[str, str]]:
    """The row's translations as a fresh mapping, so editing a record never reaches the session's row."""
    return {field: dict(texts) for field, texts in (getattr(row, "translations", None) or {}).items()}


def organisation(row: m.OrganisationRow) -> r.Organisation:
    """An organisation row as a record."""
    return r.Organisation(
        id=row.id,
        name=row.name,
        kind=row.kind,
        country=row.country,
        name_en=row.name_en,
        name_az=row.name_az,
        name_ru=row.name_ru,
        notes=row.notes,
        version=row.version,
    )


def person(row: m.PersonRow) -> r.Person:
    """A person row as a record, with the organisation's name."""
    return r.Person(
        id=row.id,
        name=row.name,
        name_en=row.name_en,
        name_az=row.name_az,
        name_ru=row.name_ru,
        position=row.position,
        position_en=row.position_en,
        position_az=row.position_az,
        position_ru=row.position_ru,
        organisation_id=row.organisation_id,
        organisation_name=row.organisation.name if row.organisation else "",
        email=row.email,
        phone=row.phone,
        notes=row.notes,
        version=row.version,
    )


def topic(row: m.TopicRow) -> r.Topic:
    """A topic row as a record."""
    return r.Topic(id=row.id, name=row.name, name_az=row.name_az, name_ru=row.name_ru, active=row.active)


def role(row: m.RoleRow) -> r.RoleEntry:
    """A role row as a record."""
    return r.RoleEntry(
        id=row.id,
        key=row.key,
        name=row.name,
        name_az=row.name_az,
        name_ru=row.name_ru,
        after_name=row.after_name,
        after_name_az=row.after_name_az,
        after_name_ru=row.after_name_ru,
        leads=row.leads,
        active=row.active,
    )


def note(row: m.FollowUpNoteRow) -> r.FollowUpNote:
    """A follow-up history entry as a record."""
    return r.FollowUpNote(
        id=row.id,
        created_at=row.created_at,
        author=row.author,
        kind=row.kind,
        text=row.text,
        old_status=row.old_status,
        new_status=row.new_status,
        old_due_date=row.old_due_date,
        new_due_date=row.new_due_date,
    )


def follow_up(row: m.FollowUpRow, agenda_ids: list[int], decision_ids: list[int]) -> r.FollowUp:
    """A follow-up row as a record; its agenda item and decision become indices in the meeting."""
    return follow_up_of(
        row,
        agenda_ids,
        decision_ids,
        owner_name=row.owner.name if row.owner else "",
        topic_name=row.topic.name if row.topic else "",
        history=[note(n) for n in row.notes],
    )


def follow_up_of(
    row: Any,
    agenda_ids: list[int],
    decision_ids: list[int],
    *,
    owner_name: str,
    topic_name: str,
    history: list[r.FollowUpNote],
) -> r.FollowUp:
    """A follow-up as a record from anything with a follow-up row's columns as attributes (an ORM row, or a
    plain statement's row: services/meeting_read.py), with its owner's and topic's names and its history."""
    return r.FollowUp(
        id=row.id,
        meeting_id=row.meeting_id,
        description=row.description,
        agenda_index=agenda_ids.index(row.agenda_item_id) if row.agenda_item_id in agenda_ids else None,
        decision_index=decision_ids.index(row.decision_id) if row.decision_id in decision_ids else None,
        owner_id=row.owner_id,
        department=row.department,
        counterpart_contact=row.counterpart_contact,
        due_date=row.due_date,
        priority=row.priority,
        topic_id=row.topic_id,
        status=row.status,
        completed_on=row.completed_on,
        version=row.version,
        translations=texts_copy(row),
        owner_name=owner_name,
        topic_name=topic_name,
        updated_at=row.updated_at,
        history=history,
    )


def attendance(row: m.AttendanceRow) -> r.Attendance:
    """An attendance row as a record, with its person and organisation."""
    return r.Attendance(
        id=row.id,
        person_id=row.person_id,
        organisation_id=row.organisation_id,
        side=row.side,
        role=row.role,
        precedence=row.precedence,
        present=row.present,
        position=row.position,
        translations=texts_copy(row),
        person=person(row.person) if row.person else None,
        organisation=organisation(row.organisation) if row.organisation else None,
        role_entry=role(row.role_entry) if row.role_entry else None,
    )


_SIDE_ORDER = {side.value: i for i, side in enumerate(Side)}


def _side_order(row: m.AttendanceRow) -> tuple[int, int]:
    return _SIDE_ORDER.get(row.side, len(_SIDE_ORDER)), row.precedence


def meeting(row: m.MeetingRow, attendances: list[r.Attendance] | None = None) -> r.Meeting:
    """A whole meeting row (with its children) as a record; `attendances` when they were read apart
    (services/attendance_read.py), else the row's."""
    agenda_ids = [a.id for a in row.agenda_items]
    decision_ids = [d.id for d in row.decisions]
    return r.Meeting(
        id=row.id,
        title=row.title,
        kind=row.kind,
        date=row.date,
        start_time=row.start_time,
        end_time=row.end_time,
        venue=row.venue,
        host_organisation_id=row.host_organisation_id,
        countries=[c.country for c in row.countries],
        reference_number=row.reference_number,
        confidentiality=row.confidentiality,
        department=row.department,
        status=row.status,
        language=row.language,
        topic_ids=sorted(t.topic_id for t in row.topics),
        summary=row.summary,
        topics=sorted((topic(t.topic) for t in row.topics), key=lambda t: t.name),
        prepared_by=row.prepared_by,
        approved_by=row.approved_by,
        signatory_host=row.signatory_host,
        signatory_guest=row.signatory_guest,
        attendances=attendances
        if attendances is not None
        else [attendance(a) for a in sorted(row.attendances, key=_side_order)],
        translations=texts_copy(row),
        agenda=[
            r.AgendaItem(id=a.id, title=a.title, notes=a.notes, translations=texts_copy(a)) for a in row.agenda_items
        ],
        decisions=[
            r.Decision(
                id=d.id,
                text=d.text,
                translations=texts_copy(d),
                agenda_index=agenda_ids.index(d.agenda_item_id) if d.agenda_item_id in agenda_ids else None,
            )
            for d in row.decisions
        ],
        follow_ups=[follow_up(f, agenda_ids, decision_ids) for f in row.follow_ups if f.deleted_at is None],
        version=row.version,
        host_organisation=organisation(row.host_organisation) if row.host_organisation else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
