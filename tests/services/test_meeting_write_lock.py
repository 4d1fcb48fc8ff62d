"""Writers of one meeting on PostgreSQL queue on the meeting's row, found by the team load test (benchmarks/team_load.py).

Each test holds a lock from a connection of its own so that two writers meet at the exact moment the
load test caught them at, then lets go: without the queue, two tracker changes rewrote the meeting's
search entries at once (a duplicate key, a traceback), a meeting save wrote a colleague's status change
into the audit trail as its own, and two saves of the meeting deadlocked.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, select, text

from minutes_app.domain import records as r
from minutes_app.domain.errors import ConflictError
from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services
from minutes_app.store import models as m

WAIT_LIMIT_S = 30  # how long a test waits for a writer to queue before it gives up (never reached when it works)


@pytest.fixture
def pg(pg_paths: AppPaths) -> Iterator[Services]:
    services = open_services(pg_paths)
    yield services
    services.close()


@pytest.fixture
def blocker(pg_paths: AppPaths) -> Iterator[Connection]:
    """A connection of the test's own, in a transaction, to hold locks with."""
    engine = create_engine(pg_paths.db_url)
    with engine.connect() as conn:
        conn.begin()
        yield conn
        conn.rollback()
    engine.dispose()


def _meeting(services: Services) -> r.Meeting:
    return services.meetings.save(
        r.Meeting(
            title="Shared meeting",
            agenda=[r.AgendaItem(title="Transport")],
            attendances=[],
            follow_ups=[r.FollowUp(description="First"), r.FollowUp(description="Second")],
        )
    )


def _waiting_behind(blocker: Connection, count: int) -> None:
    """Return once `count` sessions wait, directly or in a chain, for the blocker's locks."""
    me = blocker.execute(text("SELECT pg_backend_pid()")).scalar_one()
    limit = time.monotonic() + WAIT_LIMIT_S
    while time.monotonic() < limit:
        with blocker.engine.connect() as probe:
            rows = probe.execute(
                text("SELECT pid, pg_blocking_pids(pid) FROM pg_stat_activity WHERE datname = current_database()")
            ).all()
        behind, grew = {me}, True
        while grew:
            more = {pid for pid, blockers in rows if set(blockers) & behind} - behind
            behind |= more
            grew = bool(more)
        if len(behind) - 1 >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"{count} writers did not queue behind the test's lock")


def _in_thread(call: Callable[[], Any]) -> tuple[threading.Thread, dict[str, Any]]:
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = call()
        except Exception as error:  # noqa: BLE001 - what the test looks at
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def test_two_tracker_changes_of_one_meeting_at_once_both_store(pg: Services, blocker: Connection) -> None:
    meeting = _meeting(pg)
    first, second = meeting.follow_ups
    # The test holds the meeting's row, as a writer of it does: both changes queue there, then rewrite the
    # meeting's search entries one after the other (a save rewrites only the entries that changed, so holding
    # the entries themselves no longer stops a change whose entries stay the same).
    blocker.execute(text("SELECT id FROM meeting WHERE id = :id FOR UPDATE"), {"id": meeting.id})
    one = _in_thread(lambda: pg.follow_ups.change_status(first.id, "done", expected_version=first.version))
    _waiting_behind(blocker, 1)
    two = _in_thread(lambda: pg.follow_ups.add_note(second.id, "Called the embassy", expected_version=second.version))
    _waiting_behind(blocker, 2)
    blocker.rollback()
    for thread, _ in (one, two):
        thread.join(WAIT_LIMIT_S)
    assert "error" not in one[1] and "error" not in two[1], (one[1], two[1])
    assert pg.follow_ups.get(first.id).status == "done"
    assert [n.text for n in pg.follow_ups.get(second.id).history][-1] == "Called the embassy"
    with pg.store.reading() as session:  # the index holds each entry of the meeting once
        ids = list(session.scalars(select(m.SearchEntryRow.id).where(m.SearchEntryRow.meeting_id == meeting.id)))
    assert len(ids) == len(set(ids)) > 0


def test_a_meeting_save_does_not_claim_a_colleague_s_status_change_in_the_audit_trail(
    pg: Services, blocker: Connection
) -> None:
    meeting = _meeting(pg)
    follow_up = meeting.follow_ups[0]
    # The save reads the meeting, then waits at its agenda item, which the test holds.
    blocker.execute(text("SELECT id FROM agenda_item WHERE meeting_id = :id FOR UPDATE"), {"id": meeting.id})
    edited = replace(meeting, agenda=[replace(meeting.agenda[0], notes="Rail freight discussed")])
    save = _in_thread(lambda: pg.meetings.save(edited))
    _waiting_behind(blocker, 1)
    # Meanwhile a colleague marks the follow-up done in the tracker.
    change = _in_thread(lambda: pg.follow_ups.change_status(follow_up.id, "done", expected_version=follow_up.version))
    change[0].join(2)  # it either finishes (no queue) or queues behind the save; both are let go below
    blocker.rollback()
    for thread, _ in (save, change):
        thread.join(WAIT_LIMIT_S)
    assert "error" not in save[1] and "error" not in change[1], (save[1], change[1])
    status_rows = [
        e for e in pg.audit.history("follow_up", follow_up.id) if e.field == "status" and e.action == "changed"
    ]
    assert [(e.old_value, e.new_value) for e in status_rows] == [("open", "done")]


def test_two_saves_of_one_meeting_at_once_give_a_conflict_not_a_deadlock(pg: Services, blocker: Connection) -> None:
    meeting = _meeting(pg)
    meeting = pg.meetings.save(
        replace(meeting, attendances=[r.Attendance(organisation_id=_organisation(pg), side="guest", role="member")])
    )
    blocker.execute(text("SELECT id FROM meeting WHERE id = :id FOR UPDATE"), {"id": meeting.id})
    # One changes the header (its first write is the meeting's row), the other a participant (its first
    # write is the participants' rows, the meeting's row comes last).
    header = _in_thread(lambda: pg.meetings.save(replace(meeting, venue="Baku")))
    _waiting_behind(blocker, 1)
    attendance = replace(meeting.attendances[0], position="Counsellor")
    participant = _in_thread(lambda: pg.meetings.save(replace(meeting, attendances=[attendance])))
    _waiting_behind(blocker, 2)
    blocker.rollback()
    for thread, _ in (header, participant):
        thread.join(WAIT_LIMIT_S)
    assert "error" not in header[1], header[1]
    assert isinstance(participant[1].get("error"), ConflictError), participant[1]
    assert pg.meetings.get(meeting.id).venue == "Baku"


def _organisation(services: Services) -> int:
    org = services.directory.save_organisation(r.Organisation(name="Embassy of Kazakhstan"))
    assert org.id is not None
    return org.id
