"""The directory is read from the store only when it changed, and a meeting's language alone in one column read."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError
from minutes_app.services import Services


def _count_selects(services: Services):  # type: ignore[no-untyped-def]
    seen: list[str] = []
    engine = services.store.engine
    event.listen(engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def test_an_unchanged_directory_is_not_read_again(services: Services) -> None:
    org = services.directory.save_organisation(r.Organisation(name="Ministry of Economy"))
    services.directory.save_person(r.Person(name="Leyla Aliyeva", organisation_id=org.id))
    assert [p.name for p in services.directory.people()] == ["Leyla Aliyeva"]
    seen = _count_selects(services)
    again = services.directory.people()
    assert not any("FROM person" in sql and "person.email" in sql for sql in seen), seen  # only the change stamp
    assert [p.name for p in again] == ["Leyla Aliyeva"] and again[0].organisation_name == "Ministry of Economy"
    again.clear()  # a caller's list is its own
    assert len(services.directory.people()) == 1


@pytest.mark.parametrize("change", ["rename person", "rename organisation", "trash", "restore", "add"])
def test_every_change_shows_in_the_next_list(services: Services, change: str) -> None:
    org = services.directory.save_organisation(r.Organisation(name="Ministry of Economy"))
    person = services.directory.save_person(r.Person(name="Leyla Aliyeva", organisation_id=org.id))
    services.directory.people(), services.directory.organisations()
    if change == "rename person":
        services.directory.save_person(r.Person(**{**_fields(person), "name": "Leyla Əliyeva"}))
        assert [p.name for p in services.directory.people()] == ["Leyla Əliyeva"]
    elif change == "rename organisation":
        services.directory.save_organisation(r.Organisation(**{**_fields(org), "name": "Ministry of Economy of AZ"}))
        assert services.directory.people()[0].organisation_name == "Ministry of Economy of AZ"
        assert [o.name for o in services.directory.organisations()] == ["Ministry of Economy of AZ"]
    elif change in ("trash", "restore"):
        services.directory.delete_person(person.id)
        assert services.directory.people() == []
        if change == "restore":
            services.trash.restore("person", person.id)
            assert [p.name for p in services.directory.people()] == ["Leyla Aliyeva"]
    else:
        services.directory.save_person(r.Person(name="Rashad Mammadov"))
        assert len(services.directory.people()) == 2


def _fields(record):  # type: ignore[no-untyped-def]
    return {name: getattr(record, name) for name in record.__slots__}


def test_language_of_reads_one_column(services: Services) -> None:
    meeting = services.meetings.save(r.Meeting(title="Talks", date=dt.date(2026, 5, 1), language="ru"))
    seen = _count_selects(services)
    assert services.meetings.language_of(meeting.id) == "ru"
    selects = [sql for sql in seen if sql.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1 and "meeting.language" in selects[0], selects
    with pytest.raises(NotFoundError):
        services.meetings.language_of(meeting.id + 100)
