"""The audit trail: each kind of change writes its entries with the user, old and new values, in the same transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text

from minutes_app.domain import records as r
from minutes_app.domain.errors import ConflictError
from minutes_app.services import Services, audit


def _user(services: Services) -> str:
    if services.store.dialect == "postgresql":
        with services.store.reading() as session:
            return str(session.execute(text("SELECT current_user")).scalar_one())
    return audit.os_user()


def _fields(entries: list[r.AuditEntry]) -> dict[str, tuple[str, str]]:
    return {e.field: (e.old_value, e.new_value) for e in entries}


def _meeting_with_people(services: Services) -> tuple[r.Meeting, r.Person, r.Person]:
    org = services.directory.save_organisation(r.Organisation(name="Embassy of Türkiye", kind="embassy", country="TR"))
    mikayil = services.directory.save_person(r.Person(name="Mikayil Jabbarov", position="Minister"))
    ayse = services.directory.save_person(r.Person(name="Ayşe Yılmaz", organisation_id=org.id))
    saved = services.meetings.save(
        r.Meeting(
            title="Talks with the Turkish trade delegation",
            date=dt.date(2027, 3, 12),
            countries=["TR"],
            attendances=[
                r.Attendance(person_id=mikayil.id, side="host", role="head_of_delegation"),
                r.Attendance(person_id=ayse.id, side="guest", role="member"),
            ],
            agenda=[r.AgendaItem(title="Trade turnover")],
            decisions=[
                r.Decision(text="Hold the commission in May"),
                r.Decision(text="Exchange statistics"),
                r.Decision(text="Open a trade house"),
            ],
            follow_ups=[r.FollowUp(description="Send draft agenda", due_date=dt.date(2027, 4, 1))],
        )
    )
    return saved, mikayil, ayse


def test_a_new_meeting_is_recorded_as_created_with_its_follow_ups(services: Services) -> None:
    saved, _, _ = _meeting_with_people(services)
    history = services.audit.history("meeting", saved.id or 0)
    assert [(e.record_kind, e.action) for e in history] == [("follow_up", "created"), ("meeting", "created")]
    assert {e.changed_by for e in history} == {_user(services)}
    assert history[-1].new_value == "Talks with the Turkish trade delegation"
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert all(abs((now - e.changed_at).total_seconds()) < 120 for e in history)  # stored in UTC


def test_header_attendance_agenda_and_decision_changes_name_each_field(services: Services) -> None:
    saved, mikayil, ayse = _meeting_with_people(services)
    attendances = [
        replace(a, role="member") if a.person_id == mikayil.id else a
        for a in saved.attendances
        if a.person_id != ayse.id
    ]
    decisions = list(saved.decisions)
    decisions[2] = replace(decisions[2], text="Open a trade house in Izmir")
    changed = replace(
        saved,
        title="Talks with the Turkish delegation",
        venue="Room 4",
        attendances=attendances,
        agenda=[*saved.agenda, r.AgendaItem(title="Transport")],
        decisions=decisions,
    )
    services.meetings.save(changed)
    history = services.audit.history("meeting", saved.id or 0)
    latest = [e for e in history if e.action == "changed"]
    assert _fields(latest) == {
        "title": ("Talks with the Turkish trade delegation", "Talks with the Turkish delegation"),
        "venue": ("", "Room 4"),
        "attendance: Mikayil Jabbarov role": ("head_of_delegation", "member"),
        "attendance: Ayşe Yılmaz": ("guest, member", "removed"),
        "agenda item 2": ("", "Transport"),
        "decision 3 text": ("Open a trade house", "Open a trade house in Izmir"),
    }
    assert {e.changed_by for e in latest} == {_user(services)}
    assert {e.record_kind for e in latest} == {"meeting"}


def test_saving_unchanged_writes_no_entry(services: Services) -> None:
    saved, _, _ = _meeting_with_people(services)
    before = len(services.audit.history("meeting", saved.id or 0))
    services.meetings.save(saved)
    assert len(services.audit.history("meeting", saved.id or 0)) == before


def test_a_failed_save_leaves_no_entry(services: Services) -> None:
    saved, _, _ = _meeting_with_people(services)
    services.meetings.save(replace(saved, venue="Room 1"))
    count = services.audit.count()
    with pytest.raises(ConflictError):  # the editor's copy is one version behind
        services.meetings.save(replace(saved, venue="Room 2"))
    assert services.audit.count() == count


def test_the_entries_are_rolled_back_with_the_change(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    saved, _, _ = _meeting_with_people(services)
    count = services.audit.count()

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk gone after the audit rows")

    from minutes_app.services import meetings

    real = meetings.audit.record

    def record_then_fail(session, changes):  # type: ignore[no-untyped-def]
        real(session, changes)
        session.flush()  # the rows reached the database inside the transaction
        fail()

    monkeypatch.setattr(meetings.audit, "record", record_then_fail)
    with pytest.raises(RuntimeError):
        services.meetings.save(replace(saved, venue="Room 9"))
    monkeypatch.undo()
    assert services.audit.count() == count
    assert services.meetings.get(saved.id or 0).venue == ""


def test_follow_up_status_change_is_in_the_trail_and_in_the_notes_once(services: Services) -> None:
    saved, _, _ = _meeting_with_people(services)
    follow_up = saved.follow_ups[0]
    services.follow_ups.change_status(follow_up.id or 0, "in_progress", author="A. Mammadov")
    history = services.audit.history("follow_up", follow_up.id or 0)
    assert _fields([e for e in history if e.action == "changed"]) == {"status": ("open", "in_progress")}
    assert history[0].changed_by == _user(services)
    # the meeting's history shows its follow-up's change too
    assert any(
        e.record_kind == "follow_up" and e.field == "status" for e in services.audit.history("meeting", saved.id or 0)
    )
    notes = services.follow_ups.get(follow_up.id or 0).history
    assert [n.kind for n in notes].count("status_change") == 1


def test_follow_up_edited_in_the_meeting_and_deleted(services: Services) -> None:
    saved, _, _ = _meeting_with_people(services)
    follow_up = saved.follow_ups[0]
    edited = replace(saved, follow_ups=[replace(follow_up, due_date=dt.date(2027, 5, 1), department="Trade")])
    stored = services.meetings.save(edited)
    changes = [e for e in services.audit.history("follow_up", follow_up.id or 0) if e.action == "changed"]
    assert _fields(changes) == {"due_date": ("2027-04-01", "2027-05-01"), "department": ("", "Trade")}
    assert {e.meeting_id for e in changes} == {saved.id}
    services.meetings.save(replace(stored, follow_ups=[]))
    assert services.audit.history("follow_up", follow_up.id or 0)[0].action == "deleted"


def test_person_and_organisation_changes(services: Services) -> None:
    first = services.directory.save_organisation(r.Organisation(name="Ministry of Economy", kind="ministry"))
    second = services.directory.save_organisation(r.Organisation(name="Ministry of Transport", kind="ministry"))
    person = services.directory.save_person(r.Person(name="Leyla Aliyeva", organisation_id=first.id))
    services.directory.save_person(replace(person, position="Adviser", organisation_id=second.id))
    changes = services.audit.history("person", person.id or 0)
    assert [e.action for e in changes] == ["changed", "changed", "created"]
    assert _fields(changes[:2]) == {
        "position": ("", "Adviser"),
        "organisation": ("Ministry of Economy", "Ministry of Transport"),
    }
    services.directory.save_organisation(replace(second, name="Ministry of Digital Development and Transport"))
    assert _fields(services.audit.history("organisation", second.id or 0)[:1]) == {
        "name": ("Ministry of Transport", "Ministry of Digital Development and Transport")
    }
    services.directory.delete_person(person.id or 0)
    services.trash.restore("person", person.id or 0)
    assert [e.action for e in services.audit.history("person", person.id or 0)[:2]] == ["restored", "deleted"]


def test_meeting_deleted_and_restored(services: Services) -> None:
    saved, _, _ = _meeting_with_people(services)
    services.meetings.delete(saved.id or 0)
    services.trash.restore("meeting", saved.id or 0)
    history = services.audit.history("meeting", saved.id or 0)
    assert [e.action for e in history[:2]] == ["restored", "deleted"]


def test_an_import_records_each_record_as_created(services: Services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.services import json_io
    from minutes_app.services.demo import load_demo

    load_demo(services)
    path = json_io.export_json(services, tmp_path / "all.json")
    services.trash.empty()
    for meeting in services.meetings.list_meetings():
        services.meetings.delete(meeting.id)
    services.trash.empty()
    empty_store = services  # the demo's people stay named in nothing once the meeting is gone
    for person in empty_store.directory.people():
        empty_store.directory.delete_person(person.id or 0)
    for organisation in empty_store.directory.organisations():
        empty_store.directory.delete_organisation(organisation.id or 0)
    empty_store.trash.empty()
    json_io.import_json(empty_store, path)
    meeting = empty_store.meetings.list_meetings()[0]
    history = empty_store.audit.history("meeting", meeting.id)
    assert [e.action for e in history] == ["created"] * (1 + 7)  # the meeting and its 7 follow-ups
    person = empty_store.directory.people()[0]
    assert [(e.action, e.new_value) for e in empty_store.audit.history("person", person.id or 0)] == [
        ("created", person.name)
    ]


def test_the_user_is_unknown_where_the_system_names_none(monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    def nobody() -> str:
        raise OSError("No username set in the environment")

    monkeypatch.setattr(getpass, "getuser", nobody)
    assert audit.os_user() == "unknown"
