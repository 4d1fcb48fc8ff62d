"""Live updates: another process's or connection's commit reaches this one's change watch."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from minutes_app.domain import records as r
from minutes_app.paths import AppPaths
from minutes_app.services import change_watch, open_services
from minutes_app.services.change_watch import Change, ChangeWatch, parse_payload
from minutes_app.services.demo import load_demo

OTHER_OFFICER = Path(__file__).resolve().parents[1] / "other_officer.py"


def other_officer(paths: AppPaths, *args: str) -> None:
    """Run one change in a separate process, as a colleague's app would."""
    db = "-" if paths.is_sqlite else paths.db_url
    subprocess.run([sys.executable, str(OTHER_OFFICER), str(paths.data_dir), db, *args], check=True, timeout=60)


def changes_within(watch: ChangeWatch, seconds: float) -> list[Change]:
    """Poll like the app's timer until something arrives or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        found = watch.poll()
        if found:
            return found
        time.sleep(0.1)
    return []


def settle(watch: ChangeWatch) -> None:
    """Take in the notices of our own writes until a second passes without any."""
    while changes_within(watch, 1.0):
        pass


def test_another_process_saving_is_seen_and_nothing_else_is(any_paths: AppPaths) -> None:
    services = open_services(any_paths)
    watch = ChangeWatch(services.store)
    try:
        meeting, _ = load_demo(services)
        settle(watch)  # our own writes so far (pooled connections count as others on SQLite)
        services.meetings.list_meetings()  # reading changes nothing
        assert changes_within(watch, 1.2) == []
        other_officer(any_paths, "venue", str(meeting.id), "Moved by a colleague")
        seen = changes_within(watch, 2)
        assert seen, "the other process's save was not seen"
        if not any_paths.is_sqlite:  # NOTIFY says what changed and who wrote it
            assert ("meeting", meeting.id) in {(c.kind, c.record_id) for c in seen}
            assert {c.user for c in seen if c.record_id == meeting.id} == {"postgres"}
        assert changes_within(watch, 1.2) == []
    finally:
        watch.close()
        services.close()


def test_a_second_connection_s_follow_up_change_is_notified(pg_paths: AppPaths) -> None:
    first, second = open_services(pg_paths), open_services(pg_paths)
    watch = ChangeWatch(first.store)
    try:
        meeting, _ = load_demo(second)
        settle(watch)
        follow_up = second.follow_ups.get(meeting.follow_ups[0].id)
        second.follow_ups.change_status(follow_up.id, "done", note="done", expected_version=follow_up.version)
        seen = changes_within(watch, 2)
        assert Change("meeting", meeting.id, seen[0].user, seen[0].at) in seen
    finally:
        watch.close()
        first.close()
        second.close()


def test_a_rolled_back_write_notifies_nobody(pg_paths: AppPaths) -> None:
    services = open_services(pg_paths)
    watch = ChangeWatch(services.store)
    try:
        meeting, _ = load_demo(services)
        settle(watch)
        try:
            with services.store.writing() as session:
                from minutes_app.services import hooks

                hooks.meeting_written(session, meeting.id)
                raise RuntimeError("the save fails after the hook")
        except RuntimeError:
            pass
        assert changes_within(watch, 1.2) == []
    finally:
        watch.close()
        services.close()


def test_payloads_name_the_record() -> None:
    assert parse_payload("meeting:12:a.mammadov") == ("meeting", 12, "a.mammadov")
    assert parse_payload("meeting:12") == ("meeting", 12, "")
    assert parse_payload("person:x") == ("person:x", None, "")


def test_the_sqlite_watch_only_reads(sqlite_paths: AppPaths) -> None:
    """A poll every second must never take the write lock (BEGIN IMMEDIATE) other officers' saves wait for."""
    from sqlalchemy import event

    services = open_services(sqlite_paths)
    watch = ChangeWatch(services.store)
    statements: list[str] = []
    event.listen(services.store.engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: statements.append(sql))
    try:
        watch.poll()
        assert "PRAGMA data_version" in statements
        assert not any("IMMEDIATE" in sql for sql in statements)
    finally:
        watch.close()
        services.close()


def test_a_notification_is_handed_over_as_it_arrives_not_when_the_listener_s_wait_ends(
    pg_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The listener waits a minute at a time here: a notification kept until the wait ends would not arrive in 20 s.
    monkeypatch.setattr(change_watch, "_LISTEN_WAIT_S", 60)
    first, second = open_services(pg_paths), open_services(pg_paths)
    watch = ChangeWatch(first.store)
    try:
        meeting, _ = load_demo(second)
        deadline = time.monotonic() + 20
        seen: list[Change] = []
        while time.monotonic() < deadline and not any(c.kind == "meeting" and c.record_id == meeting.id for c in seen):
            seen += changes_within(watch, 1)
        assert any(change.kind == "meeting" and change.record_id == meeting.id for change in seen)
    finally:
        watch._stop.set()  # the thread is left waiting (a daemon); close() would wait for it 5 s
        first.close()
        second.close()


def test_an_acknowledged_own_write_is_not_reported_back(sqlite_paths: AppPaths) -> None:
    """The window refreshes right after its own write: the watch does not report that commit again (SQLite)."""
    services = open_services(sqlite_paths)
    watch = ChangeWatch(services.store)
    try:
        services.meetings.save(r.Meeting(title="Own save"))
        watch.acknowledge()
        assert watch.poll() == []
        services.meetings.save(r.Meeting(title="Another own save"))
        assert watch.poll() != []  # not acknowledged: one refresh too many, never one missed
    finally:
        watch.close()
        services.close()


def test_an_own_save_is_not_a_change_elsewhere_but_another_session_s_and_process_s_are(pg_paths: AppPaths) -> None:
    """On a server the window's own commits do not come back through NOTIFY as changes elsewhere (the window
    refreshes after its own write already); a second session's and another process's saves still do."""
    own, colleague = open_services(pg_paths), open_services(pg_paths)
    watch = ChangeWatch(own.store)
    try:
        meeting, _ = load_demo(own)
        assert meeting.id is not None
        own.meetings.save(replace(own.meetings.get(meeting.id), title="Saved here"))
        assert changes_within(watch, 1.5) == []
        colleague.meetings.save(replace(colleague.meetings.get(meeting.id), venue="Moved by a colleague"))
        seen = changes_within(watch, 3)
        assert ("meeting", meeting.id) in {(c.kind, c.record_id) for c in seen}
        own.meetings.save(replace(own.meetings.get(meeting.id), title="Saved here again"))
        assert changes_within(watch, 1.5) == []
        other_officer(pg_paths, "title", str(meeting.id), "Renamed in another process")
        seen = changes_within(watch, 3)
        assert ("meeting", meeting.id) in {(c.kind, c.record_id) for c in seen}
    finally:
        watch.close()
        own.close()
        colleague.close()
