"""Tracker pages read by key (the last row's sort value and id) match the full sorted list, on both engines,
and SQLite reads the default order and the overdue count from the index instead of sorting every row."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from minutes_app.domain import records as r
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services import Services
from minutes_app.services.followups import FollowUpService, _keyset_parts, overdue_count_statement
from tests.sql_probe import sqlite_plan, statements_sent

TODAY = dt.date(2026, 11, 27)


def _fill(services: Services) -> None:
    """Three meetings, 40 follow-ups: shared due dates, empty ones, a deleted one, texts in two languages."""
    people = [services.directory.save_person(r.Person(name=f"Person {n}")) for n in range(3)]
    for n, country in enumerate(("TR", "DE", "AZ")):
        services.meetings.save(
            r.Meeting(
                title=f"Meeting {n}",
                date=dt.date(2026, 1 + n, 10),
                countries=[country],
                follow_ups=[
                    r.FollowUp(
                        description=f"{'Əməl' if k % 2 else 'Action'} {k % 5}",
                        owner_id=people[k % 3].id if k % 4 else None,
                        due_date=None if k % 6 == 0 else dt.date(2026, 1 + k % 4, 1),
                        priority=("low", "normal", "high")[k % 3],
                        status=("open", "done", "in_progress", "deferred")[k % 4],
                    )
                    for k in range(14 if n < 2 else 12)
                ],
            )
        )
    doomed = services.follow_ups.list_follow_ups(today=TODAY)[3]
    services.follow_ups.delete(doomed.id)


@pytest.mark.parametrize(
    "sort",
    [
        "due_date",
        "description",
        "owner_name",
        "country",
        "priority_rank",
        "status_rank",
        "department",
        "topic_name",
        "meeting_date",
        "updated_at",
    ],
)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_pages_match_the_sorted_list(services: Services, sort: str, descending: bool) -> None:
    _fill(services)
    flt = FollowUpFilter(sort=sort, descending=descending)
    everything = [row.id for row in services.follow_ups.list_follow_ups(flt, today=TODAY)]
    assert len(everything) == 39
    paged, key = [], None
    while True:
        page = services.follow_ups.page_after(flt, key, today=TODAY, limit=7)
        if not page.rows:
            break
        paged += [row.id for row in page.rows]
        key = page.last_key
    assert paged == everything
    # the offset API callers still use reads the same rows
    assert [row.id for row in services.follow_ups.list_follow_ups(flt, today=TODAY, limit=7, offset=14)] == (
        everything[14:21]
    )
    assert [row.id for row in services.follow_ups.list_follow_ups(flt, today=TODAY, limit=10)] == everything[:10]


def test_keyset_paging_keeps_the_filter(services: Services) -> None:
    _fill(services)
    flt = FollowUpFilter(statuses=["open", "deferred"], country="DE")
    everything = [row.id for row in services.follow_ups.list_follow_ups(flt, today=TODAY)]
    first = services.follow_ups.page_after(flt, None, today=TODAY, limit=3)
    rest = services.follow_ups.page_after(flt, first.last_key, today=TODAY, limit=100)
    assert [row.id for row in first.rows + rest.rows] == everything and 3 < len(everything) < 39
    for counted in (flt, FollowUpFilter(), FollowUpFilter(text="Action"), FollowUpFilter(owner_id=1, overdue=True)):
        assert services.follow_ups.count(counted, today=TODAY) == len(
            services.follow_ups.list_follow_ups(counted, today=TODAY)
        )


def test_query_plans_use_the_index(sqlite_services: Services) -> None:
    _fill(sqlite_services)
    db = str(sqlite_services.paths.db_file)
    flt = FollowUpFilter()
    last = sqlite_services.follow_ups.page_after(flt, None, today=TODAY, limit=20).last_key
    for after in (None, last):
        for part in _keyset_parts(flt, TODAY, after):
            plan = sqlite_plan(db, part.limit(200))
            assert "ix_follow_up_live_due" in plan, plan
            assert "TEMP B-TREE" not in plan, plan
    for part in _keyset_parts(FollowUpFilter(descending=True), TODAY, last):
        plan = sqlite_plan(db, part.limit(200))
        assert "ix_follow_up_live_due" in plan and "TEMP B-TREE" not in plan, plan
    overdue = sqlite_plan(db, overdue_count_statement(TODAY))
    assert "COVERING INDEX ix_follow_up_live_due" in overdue, overdue
    assert "SEARCH meeting USING INTEGER PRIMARY KEY" not in overdue, overdue  # not a meeting looked up per row
    assert isinstance(sqlite_services.follow_ups, FollowUpService)


def test_closed_since_leaves_out_in_sql_what_the_report_leaves_out(services: Services) -> None:
    from minutes_app.services.report_scope import in_scope, report_period

    _fill(services)
    rows = services.follow_ups.list_follow_ups(today=TODAY)
    done = [row for row in rows if row.status == "done"]
    services.follow_ups.change_status(done[0].id, "cancelled", note="No longer needed")
    rows = services.follow_ups.list_follow_ups(today=TODAY)
    for start in (dt.date(2026, 1, 15), dt.date(2026, 3, 1), dt.date.today(), dt.date.today() + dt.timedelta(days=1)):
        period = report_period(TODAY, start, max(start, TODAY))
        expected = [row.id for row in rows if in_scope(row, period)]
        got = [row.id for row in services.follow_ups.list_follow_ups(today=TODAY, closed_since=start)]
        assert got == expected
    left_out = services.follow_ups.list_follow_ups(today=TODAY, closed_since=dt.date.today() + dt.timedelta(days=1))
    assert {row.status for row in left_out} <= {"open", "in_progress", "deferred"} and len(left_out) < len(rows)


def test_departments_are_read_from_their_index(sqlite_services: Services) -> None:
    _fill(sqlite_services)
    from sqlalchemy import select

    from minutes_app.store import models as m

    plan = sqlite_plan(str(sqlite_services.paths.db_file), select(m.FollowUpRow.department).distinct())
    assert "COVERING INDEX ix_follow_up_department" in plan, plan


@pytest.mark.parametrize("descending", [False, True])
def test_country_sort_orders_by_each_meeting_first_country(services: Services, descending: bool) -> None:
    """The first country is the first in the meeting's own order, not the first by code (PostgreSQL joins it)."""
    for n, countries in enumerate((["TR", "AZ"], ["DE"], [], ["AZ", "TR"], ["GE", "DE"])):
        services.meetings.save(
            r.Meeting(
                title=f"Meeting {n}",
                date=dt.date(2026, 1, 1 + n),
                countries=countries,
                follow_ups=[r.FollowUp(description=f"Action {n}.{k}") for k in range(3)],
            )
        )
    rows = services.follow_ups.list_follow_ups(today=TODAY)
    first = {row.id: (row.countries[0] if row.countries else None) for row in rows}
    valued = sorted((row.id for row in rows if first[row.id]), key=lambda i: (first[i], i), reverse=descending)
    expected = valued + sorted((i for i in first if first[i] is None), reverse=descending)
    flt = FollowUpFilter(sort="country", descending=descending)
    assert [row.id for row in services.follow_ups.list_follow_ups(flt, today=TODAY)] == expected
    paged, key = [], None
    while page := services.follow_ups.page_after(flt, key, today=TODAY, limit=4).rows:
        paged += [row.id for row in page]
        key = services.follow_ups.page_after(flt, key, today=TODAY, limit=4).last_key
    assert paged == expected


@pytest.mark.parametrize("descending", [False, True])
def test_the_country_order_on_sqlite_walks_the_meetings_first_country_index(
    sqlite_services: Services, descending: bool
) -> None:
    """SQLite sorted by country reads each meeting's kept first country in index order (migration 0013), not a
    subquery per follow-up sorted over every row; a meeting whose countries change moves with its follow-ups."""
    services = sqlite_services
    _fill(services)
    flt = FollowUpFilter(sort="country", descending=descending)
    last = services.follow_ups.page_after(flt, None, today=TODAY, limit=5).last_key
    for after in (None, last):
        valued, empty = _keyset_parts(flt, TODAY, after, "sqlite")
        plan = sqlite_plan(str(services.paths.db_file), valued.limit(200))
        # only the follow-ups of one country are sorted by id ("FOR RIGHT PART OF ORDER BY"), never every row
        assert "ix_meeting_list_text_country" in plan and "TEMP B-TREE FOR ORDER BY" not in plan, plan
        plan = sqlite_plan(str(services.paths.db_file), empty.limit(200))
        assert "ix_meeting_list_text_country (first_country=?)" in plan, plan  # the meetings without one
    turkish = next(m for m in services.meetings.list_meetings() if m.countries == ["TR"])
    meeting = services.meetings.get(turkish.id)
    services.meetings.save(replace(meeting, countries=["ZW" if descending else "AE"]))
    first = services.follow_ups.page_after(flt, None, today=TODAY, limit=1).rows[0]
    assert first.meeting_id == turkish.id


@pytest.mark.parametrize("descending", [False, True])
def test_the_action_order_is_read_from_its_index(services: Services, descending: bool) -> None:
    """Sorted by action, a page comes from ix_follow_up_live_description in order, with no sort of every row."""
    from sqlalchemy import text
    from sqlalchemy.dialects import postgresql

    _fill(services)
    flt = FollowUpFilter(sort="description", descending=descending)
    last = services.follow_ups.page_after(flt, None, today=TODAY, limit=5).last_key
    dialect = services.store.dialect
    for after in (None, last):
        part = _keyset_parts(flt, TODAY, after, dialect)[0].limit(200)
        if dialect == "sqlite":
            plan = sqlite_plan(str(services.paths.db_file), part)
            assert "ix_follow_up_live_description" in plan and "TEMP B-TREE" not in plan, plan
            continue
        sql = str(part.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
        with services.store.reading() as session:
            # a test store is too small for the planner to prefer an index: ask whether the index gives the order
            session.execute(text("SET LOCAL enable_seqscan = off"))
            session.execute(text("SET LOCAL enable_sort = off"))
            plan = "\n".join(row[0] for row in session.execute(text(f"EXPLAIN {sql}")))
        assert "ix_follow_up_live_description" in plan and "Sort" not in plan, plan


# The sorts read from an index other than the default order's, and that index.
SORT_INDEXES = {
    "owner_name": "ix_person_name",
    "status_rank": "ix_follow_up_live_status_rank",
    "priority_rank": "ix_follow_up_live_priority_rank",
    "department": "ix_follow_up_live_department",
    "updated_at": "ix_follow_up_live_updated",
    "meeting_date": "ix_meeting_",  # ix_meeting_date, or the live meetings' date index of migration 0010
    "topic_name": "topic",  # its unique name: uq_topic_name on PostgreSQL, an automatic index on SQLite
}


@pytest.mark.parametrize("sort", sorted(SORT_INDEXES))
@pytest.mark.parametrize("descending", [False, True])
def test_the_other_orders_are_read_from_their_indexes(services: Services, sort: str, descending: bool) -> None:
    """A first page and a page after a key come from the sort's index (migration 0011's, or another table's), with no sort of every row."""
    from sqlalchemy import text
    from sqlalchemy.dialects import postgresql

    _fill(services)
    flt = FollowUpFilter(sort=sort, descending=descending)
    last = services.follow_ups.page_after(flt, None, today=TODAY, limit=5).last_key
    dialect = services.store.dialect
    for after in (None, last):
        part = _keyset_parts(flt, TODAY, after, dialect)[0].limit(200)
        if dialect == "sqlite":
            plan = sqlite_plan(str(services.paths.db_file), part)
            # by owner or meeting date: the people or meetings in order, only one name's or date's rows sorted by id
            assert SORT_INDEXES[sort] in plan and "TEMP B-TREE FOR ORDER BY" not in plan, plan
            continue
        sql = str(part.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))
        with services.store.reading() as session:
            # a test store is too small for the planner to prefer an index: ask whether the index gives the order
            session.execute(text("SET LOCAL enable_seqscan = off"))
            session.execute(text("SET LOCAL enable_sort = off"))
            plan = "\n".join(row[0] for row in session.execute(text(f"EXPLAIN {sql}")))
        # by owner, topic or meeting date: PostgreSQL sorts only the rows of one value by id (an incremental sort)
        full_sort = [line for line in plan.splitlines() if line.strip().removeprefix("->  ").startswith("Sort  (")]
        assert SORT_INDEXES[sort] in plan and not full_sort, plan


def test_the_owners_list_asks_who_owns_a_live_follow_up_from_the_index_alone(sqlite_services: Services) -> None:
    """Read beside the rows after every change: no follow-up row is read to learn whether it is live (0016)."""
    _fill(sqlite_services)
    owners: list[tuple[int, str, str]] = []
    sent = statements_sent(sqlite_services.store.engine, lambda: owners.extend(sqlite_services.follow_ups.owners()))
    seen = [(statement, params) for statement, params, _many in sent if statement.lstrip().upper().startswith("SELECT")]
    assert owners and len(seen) == 2  # the fingerprint, then the list (first read)
    for statement, params in seen:
        plan = sqlite_plan(sqlite_services.paths.db_file, statement, params)
        assert "COVERING INDEX ix_follow_up_owner_live" in plan, plan
