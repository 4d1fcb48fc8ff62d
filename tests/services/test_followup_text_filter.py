"""The tracker's text filter tested row by row (a country or a meeting chosen) finds the same follow-ups as the
search index's list of matches, on both engines; and SQLite then reads a country's follow-ups by their meeting."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite as sqlite_dialect

from minutes_app.domain import records as r
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services import Services, search_index
from minutes_app.services.followups import _keyset_parts, _restricted, filtered_statement
from minutes_app.store import models as m
from tests.sql_probe import sqlite_plan

TODAY = dt.date(2026, 11, 27)
WORDS = (
    "Transport corridor study",
    "Nəqliyyat və tranzit",
    "Транспортная стратегия",
    "Transportation; port fees",
    "Airport transfer",
    "Report on Ticarət dövriyyəsi",
    "Tranzit-transport (Ə-2026)",
    "Energy",
)
TEXTS = ("transport", "trans", "tr", "t", "transport port", "nəqliyyat", "neqliyyat", "ТРАНСПОРТ", "port", "2026")
TEXTS += ("tranzit transport", "Ticaret", "!!", "zzz", "")


def _fill(services: Services) -> list[int]:
    """Five meetings in three countries (one with two, one deleted), follow-ups with varied texts; their meeting ids."""
    people = [services.directory.save_person(r.Person(name=name)) for name in ("Transport Bey", "Anna")]
    ids = []
    for n, countries in enumerate((["TR"], ["DE", "TR"], ["AZ"], ["TR"], ["TR"])):
        meeting = services.meetings.save(
            r.Meeting(
                title=f"Meeting {n} transport" if n % 2 else f"Meeting {n}",
                date=dt.date(2026, 1 + n, 10),
                countries=countries,
                follow_ups=[
                    r.FollowUp(
                        description=WORDS[(k + n) % len(WORDS)],
                        department="Transport" if k % 5 == 0 else "",
                        owner_id=people[k % 2].id if k % 3 else None,
                        due_date=None if k % 4 == 0 else dt.date(2026, 1 + k % 6, 1),
                        status=("open", "done", "in_progress")[k % 3],
                    )
                    for k in range(12)
                ],
            )
        )
        ids.append(meeting.id)
    services.meetings.delete(ids[-1])
    doomed = services.follow_ups.list_follow_ups(FollowUpFilter(meeting_id=ids[0]), today=TODAY)[2]
    services.follow_ups.delete(doomed.id)
    return ids


def _previous_rule(services: Services, flt: FollowUpFilter) -> list[int]:
    """The ids `flt` selects with the text matched through the search index's list of every match (the old rule)."""
    stmt = select(m.FollowUpRow.id).join(m.MeetingRow, m.MeetingRow.id == m.FollowUpRow.meeting_id)
    with services.store.reading() as session:
        return sorted(session.scalars(_restricted(stmt, flt, TODAY, text_per_row=False)))


def _filters(meeting_ids: list[int]) -> list[FollowUpFilter]:
    chosen = [
        FollowUpFilter(country="TR"),
        FollowUpFilter(country="de"),
        FollowUpFilter(country="TR", statuses=["open"]),
        FollowUpFilter(country="TR", statuses=["open", "in_progress"], due_from=dt.date(2026, 2, 1)),
        FollowUpFilter(meeting_id=meeting_ids[0]),
        FollowUpFilter(meeting_id=meeting_ids[1], country="TR"),
        FollowUpFilter(meeting_id=meeting_ids[-1]),
        FollowUpFilter(statuses=["open"]),
        FollowUpFilter(),
    ]
    return [replace(flt, text=text) for flt in chosen for text in TEXTS]


def test_text_per_row_finds_what_the_index_list_finds(services: Services) -> None:
    meeting_ids = _fill(services)
    found_some = 0
    for flt in _filters(meeting_ids):
        expected = _previous_rule(services, flt)
        found_some += bool(expected)
        listed = [row.id for row in services.follow_ups.list_follow_ups(flt, today=TODAY)]
        assert sorted(listed) == expected, flt
        assert services.follow_ups.count(flt, today=TODAY) == len(expected), flt
        paged, key = [], None
        while True:
            page = services.follow_ups.page_after(flt, key, today=TODAY, limit=4)
            if not page.rows:
                break
            paged += [row.id for row in page.rows]
            key = page.last_key
        assert paged == listed, flt
    assert found_some > len(TEXTS)  # the filters are not all empty


def test_a_country_reads_its_follow_ups_by_meeting_and_tests_the_text_per_row(sqlite_services: Services) -> None:
    _fill(sqlite_services)
    flt = FollowUpFilter(statuses=["open"], country="TR", text="transport")
    statements = [filtered_statement(flt, TODAY), *_keyset_parts(flt, TODAY, None)]
    for stmt in statements:
        plan = sqlite_plan(sqlite_services.paths.db_file, stmt)
        assert plan.startswith("SEARCH follow_up USING INDEX ix_follow_up_meeting_live"), plan
        assert "search_fts" not in plan, plan  # no list of every follow-up the word finds


def test_without_a_country_the_text_is_found_through_the_index(sqlite_services: Services) -> None:
    _fill(sqlite_services)
    stmt = filtered_statement(FollowUpFilter(statuses=["open"], text="transport"), TODAY)
    sql = str(stmt.compile(dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}))
    assert "search_fts MATCH" in sql
    assert "INDEXED BY" not in sql


@pytest.mark.parametrize("text", ["", "!!"])
def test_no_words_no_text_condition(text: str) -> None:
    stmt = select(func.count()).select_from(m.FollowUpRow)
    assert search_index.restrict_follow_ups_per_row(stmt, text) is stmt
