"""What a document in any language needs beyond the records: the directory's spellings, the meetings' translations.

Fills only what the services left at its default, so a follow-up service that fills these fields
itself (issue 11, part F) is never overridden.
"""

from __future__ import annotations

from minutes_app.domain.errors import NotFoundError
from minutes_app.domain.multilingual import LANGUAGES
from minutes_app.domain.records import FollowUpRow, Meeting, Person
from minutes_app.services import Services


def _spellings(person: Person) -> dict[str, str]:
    return {lang: person.name_in(lang) for lang in LANGUAGES}


def with_owner_spellings(services: Services, meeting: Meeting) -> Meeting:
    """`meeting` with each follow-up's owner spelled in every language (from the directory)."""
    wanted = {f.owner_id for f in meeting.follow_ups if f.owner_id is not None and not f.owner_names}
    if wanted:
        people = {p.id: p for p in services.directory.people() if p.id in wanted}
        for follow_up in meeting.follow_ups:
            person = people.get(follow_up.owner_id) if follow_up.owner_id is not None and not follow_up.owner_names else None
            if person is not None:
                follow_up.owner_names = _spellings(person)
    return meeting


def localised_rows(services: Services, rows: list[FollowUpRow]) -> list[FollowUpRow]:
    """`rows` with their texts' translations, their meeting's language, owners' and topics' names per language."""
    people = {p.id: p for p in services.directory.people()} if any(r.owner_id for r in rows) else {}
    topics = {t.id: t for t in services.topics.list_topics(include_inactive=True)} if any(r.topic_id for r in rows) else {}
    meetings: dict[int, Meeting | None] = {}
    for row in rows:
        if not row.owner_names and row.owner_id in people:
            row.owner_names = _spellings(people[row.owner_id])
        if not row.topic_names and row.topic_id in topics:
            topic = topics[row.topic_id]
            row.topic_names = {lang: topic.name_in(lang) for lang in LANGUAGES}
        if row.translations or row.meeting_titles:
            continue  # the follow-up service already filled the texts
        if row.meeting_id not in meetings:
            try:
                meetings[row.meeting_id] = services.meetings.get(row.meeting_id)
            except NotFoundError:  # a meeting gone since the list was read: print the row as it is
                meetings[row.meeting_id] = None
        meeting = meetings[row.meeting_id]
        if meeting is None:
            continue
        row.language = meeting.language
        row.meeting_titles = dict(meeting.translations.get("title", {}))
        for follow_up in meeting.follow_ups:
            if follow_up.id == row.id:
                row.translations = {field: dict(texts) for field, texts in follow_up.translations.items()}
    return rows
