"""What opening and saving a meeting costs the store: the same records as before, read without the ORM's
per-attendee objects, and no statement that walks every live record (what made both grow with the store)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from sqlalchemy import event

from minutes_app.domain import records as r
from minutes_app.paths import AppPaths
from minutes_app.services import Services, convert, open_services
from minutes_app.services.carry_forward import count_earlier_open
from minutes_app.services.demo import load_demo
from minutes_app.services.meetings import load_meeting_row, read_meeting
from minutes_app.store import models as m
from tests.sql_probe import sqlite_plan, statements_sent

# Indexes (and tables) whose walk grows with every meeting or follow-up ever recorded.
_GROWING = ("ix_follow_up_live_", "ix_meeting_live_date", "SCAN follow_up", "SCAN meeting", "SCAN attendance")


def _meeting(services: Services) -> r.Meeting:
    """The demo meeting with more to read: a person without an organisation, a translated position, a reference."""
    demo, _ = load_demo(services)
    loner = services.directory.save_person(r.Person(name="Leyla Mammadova", position="Adviser"))
    attendances = [
        *demo.attendances,
        r.Attendance(
            person_id=loner.id,
            side="host",
            role="member",
            precedence=9,
            position="Adviser",
            translations={"position": {"ru": "Советник"}},
        ),
    ]
    return services.meetings.save(replace(demo, attendances=attendances, reference_number="No. 7"))


def test_the_meeting_read_gives_what_the_orm_conversion_gave(services: Services) -> None:
    meeting = _meeting(services)
    assert meeting.id is not None
    with services.store.reading() as session:
        through_orm = convert.meeting(load_meeting_row(session, meeting.id))
    with services.store.reading() as session:
        read = read_meeting(session, meeting.id)
    assert read == through_orm
    assert [a.person.organisation_name for a in read.attendances if a.person] == [
        a.person.organisation_name for a in through_orm.attendances if a.person
    ]
    assert any(a.person and not a.person.organisation_name for a in read.attendances)
    assert any(a.role_entry is not None for a in read.attendances)
    assert services.meetings.get(meeting.id).attendances == through_orm.attendances


def test_saving_keeps_the_attendances_and_their_audit(services: Services) -> None:
    meeting = _meeting(services)
    _dropped, *kept = meeting.attendances
    kept[0] = replace(kept[0], present=False)
    saved = services.meetings.save(replace(meeting, attendances=kept))
    assert len(saved.attendances) == len(kept)
    assert [(a.person_id, a.organisation_id, a.present) for a in saved.attendances] == [
        (a.person_id, a.organisation_id, a.present) for a in kept
    ]
    assert services.meetings.get(meeting.id or 0) == saved
    trail = services.audit.history("meeting", meeting.id or 0)
    assert any(e.field.startswith("attendance:") and e.new_value == "removed" for e in trail)
    assert any(e.field.startswith("attendance:") and e.field.endswith("present") for e in trail)


@contextmanager
def _loaded_attendance_rows() -> Iterator[list[object]]:
    loaded: list[object] = []

    def count(target: object, _context: object) -> None:
        loaded.append(target)

    event.listen(m.AttendanceRow, "load", count)
    try:
        yield loaded
    finally:
        event.remove(m.AttendanceRow, "load", count)


def test_opening_and_saving_build_no_attendance_objects(services: Services) -> None:
    meeting = _meeting(services)
    with _loaded_attendance_rows() as loaded:
        opened = services.meetings.get(meeting.id or 0)
        services.meetings.save(replace(opened, title="Renamed"))
    assert loaded == []


def _statements(services: Services, action: Callable[[], object]) -> list[tuple[str, Any]]:
    """The reads, deletes and updates `action` sends one at a time (those SQLite plans a search for)."""
    return [
        (statement, params)
        for statement, params, many in statements_sent(services.store.engine, action)
        if not many and statement.split(None, 1)[0].upper() in ("SELECT", "WITH", "DELETE", "UPDATE")
    ]


def test_opening_and_saving_walk_no_index_of_every_record(sqlite_services: Services) -> None:
    """Each statement seeks the meeting's own rows: none starts from every live meeting or follow-up
    (a search index rewrite that walked the live follow-ups, the carry-forward count that walked every
    meeting by date, the department list that read the whole department index)."""
    services = sqlite_services
    meeting = _meeting(services)
    meeting_id = meeting.id or 0

    def open_and_save() -> None:
        opened = services.meetings.get(meeting_id)
        services.follow_ups.departments()
        count_earlier_open(
            services.store, countries=["RU"], statuses=["open"], meeting_id=meeting_id, before=dt.date(2027, 1, 1)
        )
        services.meetings.save(replace(opened, title="Renamed"))

    statements = _statements(services, open_and_save)
    assert statements
    for sql, params in statements:
        plan = sqlite_plan(services.paths.db_file, sql, params)
        assert not any(walk in plan for walk in _GROWING), f"{sql}\n{plan}"


def test_opening_reads_the_counts_and_stamps_from_their_indexes(sqlite_services: Services) -> None:
    """The carry-forward count tests follow-ups, and the directory's change stamp reads people and
    organisations, from covering indexes (migrations 0014 and 0015): neither reads the wide rows themselves."""
    services = sqlite_services
    meeting = _meeting(services)

    def open_once() -> None:
        count_earlier_open(
            services.store, countries=["RU"], statuses=["open"], meeting_id=meeting.id, before=dt.date(2027, 1, 1)
        )
        services.directory.people()

    joined = "\n".join(
        sqlite_plan(services.paths.db_file, sql, params) for sql, params in _statements(services, open_once)
    )
    for index in ("ix_follow_up_meeting_live", "ix_person_change_stamp", "ix_organisation_change_stamp"):
        assert f"COVERING INDEX {index}" in joined, joined


def _written(services: Services, action: Callable[[], object]) -> list[str]:
    """The statements `action` sends, but the transaction's own (BEGIN, COMMIT, PRAGMA)."""
    return [
        statement
        for statement, _params, _many in statements_sent(services.store.engine, action)
        if statement.split(None, 1)[0].upper() not in ("BEGIN", "COMMIT", "PRAGMA", "SAVEPOINT", "RELEASE")
    ]


def test_a_save_sends_as_many_statements_for_twelve_attendees_as_for_two(services: Services) -> None:
    """The attendances go in one statement, and the meeting is read once before the write and once after."""
    meeting = _meeting(services)
    people = [services.directory.save_person(r.Person(name=f"Delegate {i}")) for i in range(12)]
    counts = []
    for size in (2, 12):
        attendances = [
            r.Attendance(person_id=p.id, side="guest", role="member", precedence=i) for i, p in enumerate(people[:size])
        ]
        opened = services.meetings.get(meeting.id or 0)
        sent = _written(services, lambda a=attendances, o=opened: services.meetings.save(replace(o, attendances=a)))  # type: ignore[misc]
        counts.append(len(sent))
        full_reads = [s for s in sent if s.startswith("SELECT meeting.id, meeting.title, meeting.kind")]
        assert len(full_reads) == 2, full_reads
    assert counts[0] == counts[1], counts


def test_the_overdue_count_leaves_out_trashed_meetings_without_looking_each_one_up(services: Services) -> None:
    """What Ctrl+S recounts: the follow-ups of a meeting in the trash are not overdue, and on SQLite the
    count reads the follow-ups' index and a list of the trashed meetings, not every follow-up's meeting."""
    from minutes_app.services.followups import overdue_count_statement

    meeting = _meeting(services)
    later = dt.date(2030, 1, 1)
    before = services.follow_ups.count_overdue(today=later)
    own = sum(1 for f in meeting.follow_ups if f.status not in ("done", "cancelled", "deferred") and f.due_date)
    assert before >= own > 0
    services.meetings.delete(meeting.id or 0)
    assert services.follow_ups.count_overdue(today=later) == before - own
    if services.store.dialect == "sqlite":
        plan = sqlite_plan(services.paths.db_file, overdue_count_statement(later))
        assert "COVERING INDEX ix_follow_up_live_due" in plan and "SEARCH meeting USING INTEGER" not in plan, plan


def test_rows_written_in_one_statement_get_the_flush_checks() -> None:
    """Attendances and audit entries no longer pass through the ORM's flush: the same text checks apply."""
    import pytest

    from minutes_app.domain.errors import ValidationError
    from minutes_app.store.text_guard import check_values

    table = m.AttendanceRow.__table__
    check_values(table, {"position": "Adviser", "translations": {"position": {"ru": "Советник"}}, "precedence": 1})  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"attendance\.position"):
        check_values(table, {"position": "Ad\x00viser"})  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="too long"):
        check_values(table, {"position": "x" * 501})  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        check_values(table, {"translations": {"title": {"ru": "Нет"}}})  # type: ignore[arg-type]


def test_a_save_updates_the_meeting_row_once_and_still_checks_its_version(services: Services) -> None:
    """One UPDATE of the meeting per save, header and version together, guarded by the version seen
    (optimistic concurrency); before, the header was flushed first and touched again after the
    children, and every save advanced the version by two."""
    meeting = _meeting(services)
    opened = services.meetings.get(meeting.id or 0)
    saved: list[r.Meeting] = []
    sent = _written(services, lambda: saved.append(services.meetings.save(replace(opened, title="Renamed once"))))
    updates = [s for s in sent if s.startswith("UPDATE meeting ")]
    assert len(updates) == 1, updates
    assert "title=" in updates[0] and "meeting.version = " in updates[0], updates[0]
    assert saved[0].version == opened.version + 1
    assert services.meetings.get(meeting.id or 0).title == "Renamed once"
    # A new meeting: one INSERT, no UPDATE of it afterwards.
    sent = _written(services, lambda: services.meetings.save(r.Meeting(title="New one")))
    assert [s for s in sent if s.startswith("UPDATE meeting ")] == []
    assert len([s for s in sent if s.startswith("INSERT INTO meeting ")]) == 1


def test_a_stale_save_is_still_refused_after_one_save(services: Services) -> None:
    """The version check is intact: a save from a copy opened before another save is a conflict."""
    import pytest

    from minutes_app.domain.errors import ConflictError

    meeting = _meeting(services)
    stale = services.meetings.get(meeting.id or 0)
    services.meetings.save(replace(stale, title="Saved first"))
    with pytest.raises(ConflictError):
        services.meetings.save(replace(stale, title="Saved over it"))
    assert services.meetings.get(meeting.id or 0).title == "Saved first"


def test_a_save_on_a_server_locks_reads_the_roles_and_asks_the_login_once(pg_paths: AppPaths) -> None:
    """Round trips of a save on PostgreSQL: the meeting's row lock taken once (the hooks keep the save's),
    the roles and which of them lead in one query, the login for the audit trail asked once per connection."""
    services = open_services(pg_paths)
    try:
        meeting = _meeting(services)
        opened = services.meetings.get(meeting.id or 0)
        services.meetings.save(replace(opened, title="First"))  # the pooled connection learns its login
        opened = services.meetings.get(meeting.id or 0)
        sent = _written(services, lambda: services.meetings.save(replace(opened, title="Second")))
        assert len([s for s in sent if "FOR NO KEY UPDATE" in s]) == 1, sent
        assert len([s for s in sent if s.startswith("SELECT role.")]) == 1, sent
        assert not [s for s in sent if s.startswith("SELECT current_user")], sent
        trail = services.audit.history("meeting", meeting.id or 0)
        assert any(e.new_value == "Second" and e.changed_by == "postgres" for e in trail)
    finally:
        services.close()
