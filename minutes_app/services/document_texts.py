"""What a document in any language needs beyond the records: the directory's spellings, the meetings' translations.

Fills only what the services left at its default, so a follow-up service that fills these fields
itself (issue 11, part F) is never overridden.
"""

from __future__ import annotations

from sqlalchemy import select

from minutes_app.domain.multilingual import LANGUAGES, Translations
from minutes_app.domain.records import FollowUpRow, Meeting, Person
from minutes_app.services import Services
from minutes_app.store import models as m


def _spellings(person: Person) -> dict[str, str]:
    return {lang: person.name_in(lang) for lang in LANGUAGES}


def with_owner_spellings(services: Services, meeting: Meeting) -> Meeting:
    """`meeting` with each follow-up's owner spelled in every language (from the directory)."""
    wanted = {f.owner_id for f in meeting.follow_ups if f.owner_id is not None and not f.owner_names}
    if wanted:
        people = {p.id: p for p in services.directory.people() if p.id in wanted}
        for follow_up in meeting.follow_ups:
            person = (
                people.get(follow_up.owner_id) if follow_up.owner_id is not None and not follow_up.owner_names else None
            )
            if person is not None:
                follow_up.owner_names = _spellings(person)
    return meeting


def localised_rows(services: Services, rows: list[FollowUpRow]) -> list[FollowUpRow]:
    """`rows` with their texts' translations, their meeting's language, owners' and topics' names per language."""
    people = {p.id: p for p in services.directory.people()} if any(r.owner_id for r in rows) else {}
    topics = (
        {t.id: t for t in services.topics.list_topics(include_inactive=True)} if any(r.topic_id for r in rows) else {}
    )
    for row in rows:
        if not row.owner_names and row.owner_id in people:
            row.owner_names = _spellings(people[row.owner_id])
        if not row.topic_names and row.topic_id in topics:
            topic = topics[row.topic_id]
            row.topic_names = {lang: topic.name_in(lang) for lang in LANGUAGES}
    wanted = [row for row in rows if not (row.translations or row.meeting_titles)]  # else the service filled them
    if not wanted:
        return rows
    meetings, follow_ups = _texts_of(services, {row.meeting_id for row in wanted}, {row.id for row in wanted})
    for row in wanted:
        if row.meeting_id not in meetings:  # a meeting gone since the list was read: print the row as it is
            continue
        row.language, titles = meetings[row.meeting_id]
        row.meeting_titles = dict(titles.get("title", {}))
        row.translations = {field: dict(texts) for field, texts in follow_ups.get(row.id, {}).items()}
    return rows


_CHUNK = 500  # ids per IN (...): well under every engine's limit on bound parameters


def _texts_of(
    services: Services, meeting_ids: set[int], follow_up_ids: set[int]
) -> tuple[dict[int, tuple[str, Translations]], dict[int, Translations]]:
    """(meeting id -> (language, translations), follow-up id -> translations) of live records, in a few queries.

    One query per 500 records, not one whole meeting per row: a report of 8,000 follow-ups from
    3,000 meetings loaded every meeting with its participants and agenda.
    """
    meetings: dict[int, tuple[str, Translations]] = {}
    follow_ups: dict[int, Translations] = {}
    with services.store.reading() as session:
        ids = sorted(meeting_ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for meeting_id, language, texts in session.execute(
                select(m.MeetingRow.id, m.MeetingRow.language, m.MeetingRow.translations).where(
                    m.MeetingRow.id.in_(chunk), m.MeetingRow.deleted_at.is_(None)
                )
            ):
                meetings[meeting_id] = (language, texts or {})
        ids = sorted(follow_up_ids)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for follow_up_id, texts in session.execute(
                select(m.FollowUpRow.id, m.FollowUpRow.translations).where(m.FollowUpRow.id.in_(chunk))
            ):
                follow_ups[follow_up_id] = texts or {}
    return meetings, follow_ups
