"""A whole stored meeting read in a few plain statements and built straight into records.

Through the ORM (`meetings.load_meeting_row`, then `convert.meeting`) a 12-person meeting took about
6 ms to read at the ministry's scale, most of it the ORM building and tracking row objects nobody
changes: every save reads its meeting back this way, and the editor opens one. Here each statement's
rows become the same records `convert.meeting` gives (tests/services/test_meeting_read.py compares
the two on every meeting of a store).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError
from minutes_app.domain.meeting_header import ROW_HEADER_FIELDS
from minutes_app.services.attendance_read import attendances_of
from minutes_app.services.convert import follow_up_of, texts_copy
from minutes_app.services.meeting_countries import countries_by_meeting
from minutes_app.store import models as m

# The meeting row's columns a record holds (its translations are read apart, to be copied).
_MEETING_FIELDS = (
    "id",
    *(name for name in ROW_HEADER_FIELDS if name != "translations"),
    "version",
    "created_at",
    "updated_at",
)
# The records' fields in their dataclass order: each record is built from its slice of a row, by position.
_ORGANISATION_FIELDS = tuple(f.name for f in fields(r.Organisation))
_NOTE_FIELDS = tuple(f.name for f in fields(r.FollowUpNote))


def meeting_record(session: Session, meeting_id: int) -> r.Meeting:
    """The live meeting `meeting_id` with everything in it, as `convert.meeting` builds it; NotFoundError if none."""
    mt, host = m.MeetingRow, aliased(m.OrganisationRow, name="host")
    row = session.execute(
        select(
            *(getattr(mt, name) for name in _MEETING_FIELDS),
            mt.translations,
            *(getattr(host, name) for name in _ORGANISATION_FIELDS),
        )
        .outerjoin(host, host.id == mt.host_organisation_id)
        .where(mt.id == meeting_id, mt.deleted_at.is_(None))
    ).one_or_none()
    if row is None:
        raise NotFoundError("meeting", meeting_id)
    values = dict(zip(_MEETING_FIELDS, row[: len(_MEETING_FIELDS)], strict=True))
    organisation = row[len(_MEETING_FIELDS) + 1 :]
    topics = _topics(session, meeting_id)
    agenda_ids, agenda = _agenda(session, meeting_id)
    decision_ids, decisions = _decisions(session, meeting_id, agenda_ids)
    return r.Meeting(
        **values,
        translations=texts_copy(row),
        host_organisation=r.Organisation(*organisation) if organisation[0] is not None else None,
        countries=countries_by_meeting(session, [meeting_id])[meeting_id],
        topic_ids=sorted(t.id for t in topics if t.id is not None),
        topics=sorted(topics, key=lambda t: t.name),
        attendances=attendances_of(session, meeting_id),
        agenda=agenda,
        decisions=decisions,
        follow_ups=_follow_ups(session, meeting_id, agenda_ids, decision_ids),
    )


def _topics(session: Session, meeting_id: int) -> list[r.Topic]:
    t, mt = m.TopicRow, m.MeetingTopicRow
    return [
        r.Topic(*row)
        for row in session.execute(
            select(t.id, t.name, t.name_az, t.name_ru, t.active)
            .join(mt, mt.topic_id == t.id)
            .where(mt.meeting_id == meeting_id)
        )
    ]


def _agenda(session: Session, meeting_id: int) -> tuple[list[int], list[r.AgendaItem]]:
    a = m.AgendaItemRow
    rows = session.execute(
        select(a.id, a.title, a.notes, a.translations).where(a.meeting_id == meeting_id).order_by(a.sort_order)
    ).all()
    return [row.id for row in rows], [
        r.AgendaItem(id=row.id, title=row.title, notes=row.notes, translations=texts_copy(row)) for row in rows
    ]


def _decisions(session: Session, meeting_id: int, agenda_ids: list[int]) -> tuple[list[int], list[r.Decision]]:
    d = m.DecisionRow
    rows = session.execute(
        select(d.id, d.text, d.translations, d.agenda_item_id).where(d.meeting_id == meeting_id).order_by(d.number)
    ).all()
    return [row.id for row in rows], [
        r.Decision(
            id=row.id,
            text=row.text,
            translations=texts_copy(row),
            agenda_index=agenda_ids.index(row.agenda_item_id) if row.agenda_item_id in agenda_ids else None,
        )
        for row in rows
    ]


def _follow_ups(session: Session, meeting_id: int, agenda_ids: list[int], decision_ids: list[int]) -> list[r.FollowUp]:
    f, owner, topic = m.FollowUpRow, m.PersonRow, m.TopicRow
    rows = session.execute(
        select(
            f.id,
            f.meeting_id,
            f.description,
            f.agenda_item_id,
            f.decision_id,
            f.owner_id,
            f.department,
            f.counterpart_contact,
            f.due_date,
            f.priority,
            f.topic_id,
            f.status,
            f.completed_on,
            f.version,
            f.translations,
            f.updated_at,
            owner.name.label("owner_name"),
            topic.name.label("topic_name"),
        )
        .outerjoin(owner, owner.id == f.owner_id)
        .outerjoin(topic, topic.id == f.topic_id)
        .where(f.meeting_id == meeting_id, f.deleted_at.is_(None))
        .order_by(f.id)
    ).all()
    if not rows:
        return []
    n = m.FollowUpNoteRow
    history: defaultdict[int, list[r.FollowUpNote]] = defaultdict(list)
    for note in session.execute(
        select(n.follow_up_id, *(getattr(n, name) for name in _NOTE_FIELDS))
        .join(f, f.id == n.follow_up_id)
        .where(f.meeting_id == meeting_id, f.deleted_at.is_(None))
        .order_by(n.id)
    ):
        history[note[0]].append(r.FollowUpNote(*note[1:]))
    return [
        follow_up_of(
            row,
            agenda_ids,
            decision_ids,
            owner_name=row.owner_name or "",
            topic_name=row.topic_name or "",
            history=history.get(row.id, []),
        )
        for row in rows
    ]
