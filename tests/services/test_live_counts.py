"""The whole counts a refresh reads (the tracker's, the overdue count, the meetings page's) give the number the
rows give, with deleted follow-ups and meetings in the trash, on both engines; on SQLite without reading each
follow-up's meeting or walking every live meeting."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from minutes_app.domain import records as r
from minutes_app.domain.filters import FollowUpFilter, MeetingQuery
from minutes_app.services import Services
from minutes_app.services.followups import live_count_statement, overdue_condition, overdue_count_statement
from minutes_app.services.meeting_list import live_count_statement as live_meetings_statement
from minutes_app.store import models as m
from tests.sql_probe import sqlite_plan

TODAY = dt.date(2026, 11, 27)


def _fill(services: Services) -> None:
    """Six meetings of seven follow-ups (some overdue, some finished); two meetings in the trash, three follow-ups deleted."""
    ids = []
    for n in range(6):
        meeting = services.meetings.save(
            r.Meeting(
                title=f"Meeting {n}",
                date=dt.date(2026, 1 + n, 5),
                follow_ups=[
                    r.FollowUp(
                        description=f"Step {k}",
                        due_date=None if k == 0 else dt.date(2026, 6 + k, 1) + dt.timedelta(days=30 * (n % 3)),
                        status=("open", "done", "in_progress", "deferred", "open", "cancelled", "open")[k],
                    )
                    for k in range(7)
                ],
            )
        )
        ids.append(meeting.id)
    for meeting_id in (ids[1], ids[4]):
        services.meetings.delete(meeting_id)
    for follow_up in services.follow_ups.list_follow_ups(FollowUpFilter(meeting_id=ids[2]), today=TODAY)[:2]:
        services.follow_ups.delete(follow_up.id)
    services.follow_ups.delete(
        services.follow_ups.list_follow_ups(FollowUpFilter(meeting_id=ids[0]), today=TODAY)[3].id
    )


def _joined_count(services: Services, *conditions: object) -> int:
    """The live follow-ups counted the plain way: each one's meeting read."""
    stmt = (
        select(func.count(m.FollowUpRow.id))
        .join(m.MeetingRow, m.MeetingRow.id == m.FollowUpRow.meeting_id)
        .where(m.FollowUpRow.deleted_at.is_(None), m.MeetingRow.deleted_at.is_(None), *conditions)
    )
    with services.store.reading() as session:
        return int(session.scalar(stmt) or 0)


def test_the_whole_counts_match_the_rows(services: Services) -> None:
    _fill(services)
    rows = services.follow_ups.list_follow_ups(today=TODAY)
    assert len(rows) == 4 * 7 - 3
    assert services.follow_ups.count(today=TODAY) == len(rows) == _joined_count(services)
    assert services.follow_ups.count(FollowUpFilter(sort="status_rank", descending=True), today=TODAY) == len(rows)
    overdue = services.follow_ups.list_follow_ups(FollowUpFilter(overdue=True), today=TODAY)
    assert 0 < len(overdue) < len(rows)
    assert (
        services.follow_ups.count_overdue(today=TODAY)
        == len(overdue)
        == _joined_count(services, overdue_condition(TODAY))
    )
    assert services.meeting_list.count(MeetingQuery()) == 4
    assert services.meeting_list.count(MeetingQuery(sort="title")) == 4


def _plan(services: Services, statement: object) -> str:
    return sqlite_plan(services.paths.db_file, statement)


def test_sqlite_counts_without_reading_each_meeting(sqlite_services: Services) -> None:
    _fill(sqlite_services)
    for statement in (live_count_statement(), overdue_count_statement(TODAY)):
        plan = _plan(sqlite_services, statement)
        assert "SEARCH meeting USING INTEGER PRIMARY KEY" not in plan, plan  # no meeting read per follow-up
    meetings = _plan(sqlite_services, live_meetings_statement("sqlite"))
    assert "(deleted_at=?)" not in meetings, meetings  # not a walk of every live meeting's index entry
