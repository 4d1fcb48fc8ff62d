"""The plain-statement meeting reader gives exactly the records the ORM path (convert.meeting) gives."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError
from minutes_app.paths import resolve_paths
from minutes_app.services import Services, convert, open_services
from minutes_app.services.attendance_read import attendances_of
from minutes_app.services.demo import load_demo
from minutes_app.services.meeting_read import meeting_record
from minutes_app.services.meetings import load_meeting_row
from minutes_app.store import models as m


def _through_the_orm(services: Services, meeting_id: int) -> r.Meeting:
    with services.store.reading() as session:
        row = load_meeting_row(session, meeting_id, with_attendances=False)
        return convert.meeting(row, attendances_of(session, meeting_id))


def _read(services: Services, meeting_id: int) -> r.Meeting:
    with services.store.reading() as session:
        return meeting_record(session, meeting_id)


def _every_meeting_read_both_ways(services: Services) -> int:
    """Compare the two readers on every live meeting; returns how many were compared."""
    with services.store.reading() as session:
        ids = list(session.scalars(select(m.MeetingRow.id).where(m.MeetingRow.deleted_at.is_(None))))
    for meeting_id in ids:
        assert _read(services, meeting_id) == _through_the_orm(services, meeting_id), meeting_id
    return len(ids)


def test_every_part_of_a_meeting_reads_as_the_orm_gives_it(services: Services) -> None:
    demo, _created = load_demo(services)
    host = services.directory.save_organisation(r.Organisation(name="Ministry of Economy", country="AZ"))
    owner = services.directory.save_person(r.Person(name="Leyla Hasanova"))
    topic = services.topics.save(r.Topic(name="Transport", name_az="Nəqliyyat"))
    meeting = services.meetings.save(
        r.Meeting(
            title="Working group",
            date=dt.date(2026, 3, 2),
            host_organisation_id=host.id,
            countries=["GE", "TR", "AZ"],
            topic_ids=[topic.id or 0],
            translations={"title": {"az": "İşçi qrupu"}},
            attendances=[r.Attendance(person_id=owner.id, side="host", role="member")],
            agenda=[r.AgendaItem(title="Rail"), r.AgendaItem(title="Ports", translations={"title": {"ru": "Порты"}})],
            decisions=[r.Decision(text="To meet again", agenda_index=1), r.Decision(text="To share data")],
            follow_ups=[
                r.FollowUp(description="Draft the protocol", owner_id=owner.id, topic_id=topic.id, agenda_index=0),
                r.FollowUp(description="Send the data", decision_index=1, due_date=dt.date(2026, 4, 1)),
                r.FollowUp(description="Dropped"),
            ],
        )
    )
    services.follow_ups.add_note(meeting.follow_ups[0].id or 0, "Asked the legal department")
    services.follow_ups.delete(meeting.follow_ups[2].id or 0)
    services.directory.delete_person(owner.id or 0)  # a trashed owner still names their follow-up

    read = _read(services, meeting.id or 0)
    assert read == _through_the_orm(services, meeting.id or 0)
    assert read.host_organisation is not None and read.host_organisation.name == "Ministry of Economy"
    assert [f.description for f in read.follow_ups] == ["Draft the protocol", "Send the data"]
    assert read.follow_ups[0].owner_name == "Leyla Hasanova" and read.follow_ups[0].topic_name == "Transport"
    assert [n.text for n in read.follow_ups[0].history][-1] == "Asked the legal department"
    assert read.decisions[0].agenda_index == 1 and read.follow_ups[1].decision_index == 1
    assert _read(services, demo.id or 0) == _through_the_orm(services, demo.id or 0)


def test_a_meeting_in_the_trash_or_never_stored_is_not_found(services: Services) -> None:
    demo, _created = load_demo(services)
    services.meetings.delete(demo.id or 0)
    for missing in (demo.id or 0, 999_999):
        try:
            _read(services, missing)
        except NotFoundError:
            continue
        raise AssertionError(f"meeting {missing} was read")


def test_every_meeting_of_a_generated_store_reads_as_the_orm_gives_it(tmp_path: Path) -> None:
    from benchmarks.generate import Scale, generate

    store = tmp_path / "generated.db"
    generate(
        store,
        Scale(
            meetings=60,
            people=250,
            organisations=12,
            follow_ups=300,
            notes_on_the_busiest=20,
            large_meeting_attendees=30,
        ),
    )
    services = open_services(resolve_paths(db=str(store)))
    try:
        assert _every_meeting_read_both_ways(services) >= 60
    finally:
        services.close()
