"""A meeting's first counterpart country is the same by every form the services read it in: the PostgreSQL
join, the SQLite subquery, the country kept in meeting_list_text and the first of the meeting's countries
in order; by sort order, then code when two share an order."""

from __future__ import annotations

from sqlalchemy import select, update

from minutes_app.domain import records as r
from minutes_app.services import Services, meeting_list_text
from minutes_app.services.meeting_countries import FIRST_COUNTRY, countries_by_meeting, first_country
from minutes_app.store import models as m


def _firsts(services: Services, meeting_id: int) -> set[str | None]:
    """The first country as each form gives it."""
    with services.store.reading() as session:
        listed = countries_by_meeting(session, [meeting_id])[meeting_id]
        kept = session.scalar(
            select(m.MeetingListTextRow.first_country).where(m.MeetingListTextRow.meeting_id == meeting_id)
        )
        joined = session.scalar(select(FIRST_COUNTRY.c.country).where(FIRST_COUNTRY.c.meeting_id == meeting_id))
        firsts = {listed[0] if listed else None, kept, joined}
        if services.store.dialect == "sqlite":
            firsts.add(session.scalar(select(first_country()).where(m.MeetingRow.id == meeting_id)))
    return firsts


def test_every_form_of_the_first_country_agrees(services: Services) -> None:
    meeting = services.meetings.save(r.Meeting(title="Talks", countries=["TR", "AZ", "GE"]))
    none = services.meetings.save(r.Meeting(title="Talks at home"))
    assert meeting.id is not None and none.id is not None
    assert _firsts(services, meeting.id) == {"TR"}  # by order, not by code
    assert _firsts(services, none.id) == {None}
    with services.store.writing() as session:  # two sharing an order: the code decides
        session.execute(
            update(m.MeetingCountryRow).where(m.MeetingCountryRow.meeting_id == meeting.id).values(sort_order=0)
        )
        meeting_list_text.rewrite(session, [meeting.id])
    assert _firsts(services, meeting.id) == {"AZ"}
    with services.store.reading() as session:
        assert countries_by_meeting(session, [meeting.id])[meeting.id] == ["AZ", "GE", "TR"]
