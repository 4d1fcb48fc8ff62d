"""Follow-up status changes, notes and filters on both engines."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.domain.errors import ConflictError, ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services import Services
from minutes_app.services.demo import load_demo

TODAY = dt.date(2026, 11, 27)


def test_status_change_records_dated_history(services: Services) -> None:
    meeting, _ = load_demo(services)
    fid = meeting.follow_ups[1].id
    done = services.follow_ups.change_status(fid, "done", note="Sent by e-mail", author="Leyla")
    assert done.status == "done" and done.completed_on == dt.date.today()
    last = done.history[-1]
    assert (last.kind, last.old_status, last.new_status, last.text, last.author) == (
        "status_change",
        "open",
        "done",
        "Sent by e-mail",
        "Leyla",
    )
    assert last.created_at is not None


def test_reopening_needs_a_reason_and_deferring_a_date(services: Services) -> None:
    meeting, _ = load_demo(services)
    fid = meeting.follow_ups[1].id
    services.follow_ups.change_status(fid, "done")
    with pytest.raises(ValidationError) as caught:
        services.follow_ups.change_status(fid, "open")
    assert caught.value.field == "note"
    services.follow_ups.change_status(fid, "open", note="The other side asked for more")
    with pytest.raises(ValidationError) as caught:
        services.follow_ups.change_status(fid, "deferred")
    assert caught.value.field == "due_date"
    deferred = services.follow_ups.change_status(fid, "deferred", new_due_date="2027-05-01", note="After the elections")
    assert deferred.due_date == dt.date(2027, 5, 1) and deferred.completed_on is None
    assert deferred.history[-1].kind == "due_date_change"


def test_unknown_status_is_refused(services: Services) -> None:
    meeting, _ = load_demo(services)
    with pytest.raises(ValidationError) as caught:
        services.follow_ups.change_status(meeting.follow_ups[0].id, "finished")
    assert caught.value.field == "status"


def test_stale_version_is_a_conflict(services: Services) -> None:
    meeting, _ = load_demo(services)
    fu = meeting.follow_ups[0]
    services.follow_ups.add_note(fu.id, "Called the embassy", expected_version=fu.version)
    with pytest.raises(ConflictError):
        services.follow_ups.change_status(fu.id, "done", expected_version=fu.version)


def test_filters_combine(services: Services) -> None:
    load_demo(services)
    everything = services.follow_ups.list_follow_ups(today=TODAY)
    assert len(everything) == 7 and all(row.countries == ["RU"] for row in everything)
    overdue = services.follow_ups.list_follow_ups(FollowUpFilter(overdue=True), today=TODAY)
    assert {row.due_date for row in overdue} == {dt.date(2026, 11, 16), dt.date(2026, 11, 20)}
    soon = services.follow_ups.list_follow_ups(FollowUpFilter(due_within_days=7), today=TODAY)
    assert [row.due_date for row in soon] == [dt.date(2026, 12, 4)]
    trade = services.topics.by_name("Transport and logistics")
    combined = services.follow_ups.list_follow_ups(
        FollowUpFilter(statuses=["open"], country="ru", topic_id=trade.id), today=TODAY
    )
    assert len(combined) == 2
    assert services.follow_ups.list_follow_ups(FollowUpFilter(country="TR"), today=TODAY) == []
    assert services.follow_ups.count_overdue(today=TODAY) == 2
    in_progress = services.follow_ups.list_follow_ups(FollowUpFilter(statuses=["in_progress", "done"]), today=TODAY)
    assert len(in_progress) == 1


def test_last_note_is_shown_in_rows(services: Services) -> None:
    meeting, _ = load_demo(services)
    services.follow_ups.add_note(meeting.follow_ups[2].id, "Draft sent to the ministry of transport")
    rows = {row.id: row for row in services.follow_ups.list_follow_ups(today=TODAY)}
    assert rows[meeting.follow_ups[2].id].last_note == "Draft sent to the ministry of transport"


def test_the_owners_list_follows_renames_and_owners_coming_and_going(services: Services) -> None:
    from dataclasses import replace

    from minutes_app.domain import records as r

    people = [services.directory.save_person(r.Person(name=name)) for name in ("Zaur Əliyev", "Anar Quliyev")]
    meeting = services.meetings.save(
        r.Meeting(
            title="Talks",
            date=dt.date(2026, 3, 2),
            follow_ups=[r.FollowUp(description=f"Action {n}", owner_id=people[n].id) for n in range(2)],
        )
    )
    assert [name for _id, name, _other in services.follow_ups.owners()] == ["Anar Quliyev", "Zaur Əliyev"]
    assert services.follow_ups.owners() == services.follow_ups.owners()  # read again unchanged: the same list
    services.directory.save_person(replace(people[1], name="Anar Quliyev", name_ru="Анар Гулиев"))
    renamed = services.directory.save_person(replace(services.directory.person(people[0].id), name="Aysel Əliyeva"))
    owners = services.follow_ups.owners()
    assert owners == [(people[1].id, "Anar Quliyev", "Анар Гулиев"), (renamed.id, "Aysel Əliyeva", "")]
    services.follow_ups.delete(meeting.follow_ups[1].id)  # Anar owns nothing live any more
    assert services.follow_ups.owners() == [(renamed.id, "Aysel Əliyeva", "")]


def test_a_page_names_each_meeting_s_countries_in_their_order(services: Services) -> None:
    from minutes_app.domain import records as r

    for title, countries in (("Talks", ["TR", "AZ", "DE"]), ("Visit", ["GE"]), ("Call", [])):
        services.meetings.save(
            r.Meeting(
                title=title,
                date=dt.date(2026, 3, 2),
                countries=countries,
                follow_ups=[r.FollowUp(description=f"{title} action")],
            )
        )
    page = services.follow_ups.page_after(FollowUpFilter(sort="description"), None, today=TODAY, limit=10)
    assert [(row.description, row.countries) for row in page.rows] == [
        ("Call action", []),
        ("Talks action", ["TR", "AZ", "DE"]),
        ("Visit action", ["GE"]),
    ]


def test_the_counts_leave_out_the_follow_ups_of_a_meeting_in_the_trash(services: Services) -> None:
    from minutes_app.domain import records as r

    saved = [
        services.meetings.save(
            r.Meeting(
                title=title,
                date=dt.date(2026, 3, 2),
                follow_ups=[
                    r.FollowUp(description=f"{title} {n}", due_date=dt.date(2026, 1, 5), status=("open", "done")[n % 2])
                    for n in range(4)
                ],
            )
        )
        for title in ("Talks", "Visit")
    ]
    assert services.follow_ups.count(today=TODAY) == 8 and services.follow_ups.count_overdue(today=TODAY) == 4
    services.meetings.delete(saved[0].id)
    assert services.follow_ups.count(today=TODAY) == 4 and services.follow_ups.count_overdue(today=TODAY) == 2
    assert services.follow_ups.count(FollowUpFilter(statuses=["done"]), today=TODAY) == 2
    assert services.follow_ups.count(FollowUpFilter(text="Talks"), today=TODAY) == 0
    assert services.follow_ups.count(FollowUpFilter(text="Visit"), today=TODAY) == 4
