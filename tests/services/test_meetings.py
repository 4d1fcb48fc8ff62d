"""The meeting service on both engines: the seed meeting complete, saving, validation, conflicts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from minutes_app.domain import records as r
from minutes_app.domain.errors import ConflictError, NotFoundError, ValidationError
from minutes_app.services import Services
from minutes_app.services.demo import load_demo


def test_demo_holds_the_seed_meeting_complete(services: Services) -> None:
    meeting, created = load_demo(services)
    assert created
    host, guest = meeting.side("host"), meeting.side("guest")
    assert [a.person.name for a in host if a.person] == ["Mikayil Jabbarov"]
    jabbarov = host[0].person
    assert (jabbarov.name_az, jabbarov.name_ru) == ("Mikayıl Cabbarov", "Микаил Джаббаров")
    assert guest[0].person is not None and guest[0].person.name_ru == "Руслан Эдельгериев"
    assert guest[0].role == "head_of_delegation"
    reps = [a.organisation.name for a in guest[1:] if a.is_representative and a.organisation]
    assert len(reps) == 4
    assert any("Foreign Affairs" in n for n in reps) and any("Embassy" in n for n in reps)
    assert any("Trade Representative" in n for n in reps) and any("Movement of the First" in n for n in reps)
    assert len(meeting.agenda) == 6 and len(meeting.decisions) == 6 and len(meeting.follow_ups) == 7
    assert {t.name for t in meeting.topics} >= {
        "Trade",
        "Investment",
        "Tourism",
        "Transport and logistics",
        "Interregional cooperation",
    }
    assert meeting.countries == ["RU"]
    assert all(f.history and f.history[0].kind == "created" for f in meeting.follow_ups)


def test_demo_twice_duplicates_nothing(services: Services) -> None:
    load_demo(services)
    _, created = load_demo(services)
    assert not created
    assert len(services.meetings.list_meetings()) == 1
    assert services.directory.count_people() == 2
    assert len(services.directory.organisations()) == 6


def _minimal(**changes: object) -> r.Meeting:
    return replace(
        r.Meeting(title="Talks with the Turkish trade delegation", date=dt.date(2026, 3, 2), countries=["TR"]),
        **changes,
    )


def test_save_and_reopen_round_trip(services: Services) -> None:
    org = services.directory.save_organisation(r.Organisation(name="Embassy of Türkiye", kind="embassy", country="TR"))
    person = services.directory.save_person(
        r.Person(name="Ayşe Yılmaz", name_ru="Айше Йылмаз", position="Counsellor", organisation_id=org.id)
    )
    topic = services.topics.by_name("Trade")
    saved = services.meetings.save(
        _minimal(
            start_time=dt.time(10, 0),
            end_time=dt.time(11, 15),
            venue="Room 4",
            topic_ids=[topic.id],
            attendances=[
                r.Attendance(person_id=person.id, side="guest", role="head_of_delegation"),
                r.Attendance(organisation_id=org.id, side="guest", role="member", precedence=1),
            ],
            agenda=[r.AgendaItem(title="Trade turnover", notes="Grew by 12%")],
            decisions=[r.Decision(text="Hold the commission in May", agenda_index=0)],
            follow_ups=[
                r.FollowUp(
                    description="Send draft agenda",
                    owner_id=person.id,
                    due_date=dt.date(2026, 4, 1),
                    topic_id=topic.id,
                    decision_index=0,
                )
            ],
        )
    )
    again = services.meetings.get(saved.id)
    assert again.title == "Talks with the Turkish trade delegation"
    assert again.side("guest")[0].position == "Counsellor"  # the position held at the meeting
    assert again.decisions[0].agenda_index == 0
    assert again.follow_ups[0].decision_index == 0 and again.follow_ups[0].owner_name == "Ayşe Yılmaz"
    assert again.start_time == dt.time(10, 0) and again.topics[0].name == "Trade"


def test_position_at_the_meeting_survives_a_promotion(services: Services) -> None:
    person = services.directory.save_person(r.Person(name="Elvin Mammadov", position="Deputy head of department"))
    saved = services.meetings.save(_minimal(attendances=[r.Attendance(person_id=person.id, side="host", role="chair")]))
    services.directory.save_person(replace(person, position="Head of department"))
    assert services.meetings.get(saved.id).side("host")[0].position == "Deputy head of department"


def test_heads_stand_first_in_their_side(services: Services) -> None:
    a = services.directory.save_person(r.Person(name="Member One"))
    b = services.directory.save_person(r.Person(name="Head Two"))
    saved = services.meetings.save(
        _minimal(
            attendances=[
                r.Attendance(person_id=a.id, side="guest", role="member", precedence=0),
                r.Attendance(person_id=b.id, side="guest", role="head_of_delegation", precedence=1),
            ]
        )
    )
    assert [x.person.name for x in saved.side("guest")] == ["Head Two", "Member One"]
    assert [x.precedence for x in saved.side("guest")] == [0, 1]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "   "}, "title"),
        ({"start_time": dt.time(12, 0), "end_time": dt.time(11, 0)}, "end_time"),
        ({"date": "2026-02-31"}, "date"),
        ({"date": "0000-00-00"}, "date"),
        ({"status": "archived"}, "status"),
        ({"kind": "party"}, "kind"),
        ({"countries": ["XX"]}, "countries"),
        ({"title": "bell\x07"}, "title"),
        ({"attendances": [r.Attendance(person_id=999_999, side="host")]}, "person"),
        ({"attendances": [r.Attendance(side="host")]}, "participants[1].person"),
        ({"follow_ups": [r.FollowUp(description="x", due_date="next week")]}, "follow_ups[1].due_date"),
        ({"follow_ups": [r.FollowUp(description="x", status="finished")]}, "follow_ups[1].status"),
        ({"follow_ups": [r.FollowUp(description="")]}, "follow_ups[1].description"),
        ({"decisions": [r.Decision(text="x", agenda_index=3)]}, "decisions[1].agenda_item"),
    ],
)
def test_invalid_input_names_the_field_and_writes_nothing(
    services: Services, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.meetings.save(_minimal(**changes))
    assert caught.value.field == field
    assert services.meetings.list_meetings() == []


def test_failed_update_leaves_the_stored_meeting_as_it_was(services: Services) -> None:
    meeting, _ = load_demo(services)
    broken = replace(
        meeting, title="Changed", follow_ups=[*meeting.follow_ups, r.FollowUp(description="x", owner_id=424242)]
    )
    with pytest.raises(ValidationError):
        services.meetings.save(broken)
    assert services.meetings.get(meeting.id).title == meeting.title
    assert len(services.meetings.get(meeting.id).follow_ups) == 7


def test_second_save_of_a_stale_copy_is_a_conflict(services: Services) -> None:
    meeting, _ = load_demo(services)
    first = services.meetings.save(replace(meeting, venue="Room 1"))
    with pytest.raises(ConflictError):
        services.meetings.save(replace(meeting, venue="Room 2"))
    assert services.meetings.get(meeting.id).venue == "Room 1"
    forced = services.meetings.save(replace(meeting, venue="Room 2"), force=True)
    assert forced.venue == "Room 2" and forced.version > first.version


def test_follow_up_changed_in_the_tracker_conflicts_with_a_stale_editor(services: Services) -> None:
    meeting, _ = load_demo(services)
    services.follow_ups.change_status(meeting.follow_ups[0].id, "done", note="Sent")
    stale = services.meetings.get(meeting.id)
    stale.follow_ups[0] = replace(meeting.follow_ups[0])  # the copy from before the change
    with pytest.raises(ConflictError):
        services.meetings.save(stale)


def test_editing_follow_ups_keeps_ids_and_records_history(services: Services) -> None:
    meeting, _ = load_demo(services)
    first = meeting.follow_ups[0]
    edited = replace(
        meeting, follow_ups=[replace(first, status="done", due_date=dt.date(2026, 12, 1)), *meeting.follow_ups[1:]]
    )
    saved = services.meetings.save(edited, author="Leyla")
    again = next(f for f in saved.follow_ups if f.id == first.id)
    assert again.status == "done" and again.completed_on is not None
    kinds = [n.kind for n in again.history]
    assert kinds == ["created", "status_change", "due_date_change"]
    assert again.history[1].author == "Leyla" and again.history[1].old_status == "in_progress"


def test_removing_a_follow_up_moves_it_to_the_trash(services: Services) -> None:
    meeting, _ = load_demo(services)
    saved = services.meetings.save(replace(meeting, follow_ups=meeting.follow_ups[1:]))
    assert len(saved.follow_ups) == 6
    with pytest.raises(NotFoundError):
        services.follow_ups.get(meeting.follow_ups[0].id)


def test_delete_and_list_sorting(services: Services) -> None:
    a = services.meetings.save(_minimal(title="Alpha", date=dt.date(2025, 1, 1)))
    b = services.meetings.save(_minimal(title="Beta", date=dt.date(2026, 1, 1)))
    assert [m.title for m in services.meetings.list_meetings()] == ["Beta", "Alpha"]
    assert [m.title for m in services.meetings.list_meetings(sort="title", descending=False)] == ["Alpha", "Beta"]
    services.meetings.delete(b.id)
    assert [m.id for m in services.meetings.list_meetings()] == [a.id]
    with pytest.raises(NotFoundError):
        services.meetings.get(b.id)


def test_duplicate_as_next_meeting(services: Services) -> None:
    meeting, _ = load_demo(services)
    draft = services.meetings.duplicate_as_next(meeting.id, today=dt.date(2027, 1, 10))
    assert draft.id is None and draft.date == dt.date(2027, 1, 10)
    assert draft.countries == ["RU"] and len(draft.attendances) == 6
    assert all(a.id is None for a in draft.attendances) and draft.follow_ups == []
    saved = services.meetings.save(draft)
    assert len(services.meetings.list_meetings()) == 2 and len(saved.attendances) == 6
