"""The trash: deleting moves records there; restoring brings everything back; emptying is final."""

from __future__ import annotations

import pytest

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError
from minutes_app.services import Services
from minutes_app.services.demo import load_demo


def test_deleted_meeting_comes_back_with_everything(services: Services) -> None:
    meeting, _ = load_demo(services)
    services.meetings.delete(meeting.id)
    assert services.meetings.list_meetings() == [] and services.follow_ups.list_follow_ups() == []
    items = services.trash.list_deleted()
    assert [(i.kind, i.id) for i in items] == [("meeting", meeting.id)]
    services.trash.restore("meeting", meeting.id)
    back = services.meetings.get(meeting.id)
    assert len(back.attendances) == 6 and len(back.follow_ups) == 7 and len(back.agenda) == 6
    assert services.trash.list_deleted() == []


def test_follow_up_person_and_organisation_go_to_the_trash_and_back(services: Services) -> None:
    meeting, _ = load_demo(services)
    services.follow_ups.delete(meeting.follow_ups[0].id)
    person = services.directory.save_person(r.Person(name="Temporary Contact"))
    services.directory.delete_person(person.id)
    org = services.directory.save_organisation(r.Organisation(name="Short-lived Agency"))
    services.directory.delete_organisation(org.id)
    kinds = sorted(i.kind for i in services.trash.list_deleted())
    assert kinds == ["follow_up", "organisation", "person"]
    for item in services.trash.list_deleted():
        services.trash.restore(item.kind, item.id)
    assert len(services.meetings.get(meeting.id).follow_ups) == 7
    assert services.directory.person(person.id).name == "Temporary Contact"
    assert services.directory.organisation(org.id).name == "Short-lived Agency"


def test_emptying_is_final_but_keeps_people_named_in_minutes(services: Services) -> None:
    meeting, _ = load_demo(services)
    jabbarov = meeting.side("host")[0].person
    lonely = services.directory.save_person(r.Person(name="Nobody Attended"))
    services.directory.delete_person(jabbarov.id)
    services.directory.delete_person(lonely.id)
    services.follow_ups.delete(meeting.follow_ups[0].id)
    gone = services.trash.empty()
    assert gone == 2
    assert [i.label for i in services.trash.list_deleted()] == ["Mikayil Jabbarov"]
    assert services.meetings.get(meeting.id).side("host")[0].person.name == "Mikayil Jabbarov"
    with pytest.raises(NotFoundError):
        services.trash.restore("person", lonely.id)
