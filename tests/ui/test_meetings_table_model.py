"""The meetings table model on its own, reading the store: columns, sorting by every column, the folded quick filter."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from minutes_app.domain.records import Meeting
from minutes_app.services import Services
from minutes_app.ui.meetings import meetings_table_model as col
from minutes_app.ui.meetings.meetings_table_model import ROW_ROLE, MeetingsTableModel


def _add_meeting(services: Services, title: str, date: str, kind: str, status: str, countries: list[str]) -> int:
    stored = services.meetings.save(
        Meeting(title=title, date=dt.date.fromisoformat(date), kind=kind, status=status, countries=countries)
    )
    assert stored.id is not None
    return stored.id


@pytest.fixture
def three_meetings(demo_store: Services) -> Services:
    """The sample meeting (2026-10-15, Russia, 7 open follow-ups) and two more."""
    _add_meeting(demo_store, "Working group on customs with Georgia", "2025-03-02", "working_group", "held", ["GE"])
    _add_meeting(demo_store, "Abu Dhabi investment forum", "2026-12-01", "forum", "planned", ["AE"])
    return demo_store


def _column(model: MeetingsTableModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_sample_meeting_shows_in_every_column(demo_store: Services, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = MeetingsTableModel(demo_store.meeting_list)
    model.reload()
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "Title", "Kind", "Counterpart country", "Status", "Open follow-ups"]
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[col.DATE] == "2026-10-15"
    assert row[col.TITLE].startswith("Meeting of Minister of Economy Mikayil Jabbarov")
    assert row[col.KIND] == "Bilateral meeting"
    assert row[col.COUNTRY] == "Russia"
    assert row[col.STATUS] == "Minutes drafted"
    assert row[col.OPEN_FOLLOW_UPS] == "7"
    assert model.index(0, 0).data(ROW_ROLE).reference_number == "ME/RU-2026/017"


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (col.DATE, ["2025-03-02", "2026-10-15", "2026-12-01"]),
        (col.TITLE, ["Abu Dhabi investment forum", "Meeting of Minister", "Working group on customs"]),
        (col.KIND, ["Bilateral meeting", "Forum", "Working group"]),
        (col.COUNTRY, ["Georgia", "Russia", "United Arab Emirates"]),
        (col.STATUS, ["Held", "Minutes drafted", "Planned"]),
        (col.OPEN_FOLLOW_UPS, ["0", "0", "7"]),
    ],
)
def test_every_column_sorts_both_ways(three_meetings: Services, column: int, ascending: list[str]) -> None:
    model = MeetingsTableModel(three_meetings.meeting_list)
    model.reload()
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert [
        text[: len(expected)] for text, expected in zip(_column(model, column), ascending, strict=True)
    ] == ascending
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert [
        text[: len(expected)] for text, expected in zip(_column(model, column), ascending[::-1], strict=True)
    ] == ascending[::-1]


def test_sorting_changes_the_order_of_whole_rows(three_meetings: Services) -> None:
    model = MeetingsTableModel(three_meetings.meeting_list)
    model.reload()
    model.sort(col.COUNTRY, Qt.SortOrder.AscendingOrder)
    assert _column(model, col.DATE) == ["2025-03-02", "2026-10-15", "2026-12-01"]
    model.sort(col.KIND, Qt.SortOrder.DescendingOrder)
    assert _column(model, col.DATE) == ["2025-03-02", "2026-12-01", "2026-10-15"]


@pytest.mark.parametrize(
    ("query", "expected_dates"),
    [
        ("", ["2026-12-01", "2026-10-15", "2025-03-02"]),
        ("forum", ["2026-12-01"]),
        ("Россия", ["2026-10-15"]),  # the counterpart in Russian finds the meeting recorded in English
        ("rusiya", ["2026-10-15"]),
        ("GEORG cust", ["2025-03-02"]),  # every word must match, as a prefix, in any case
        ("ME/RU-2026", ["2026-10-15"]),
        ("minutes drafted", ["2026-10-15"]),
        ("nothing like this", []),
    ],
)
def test_quick_filter_narrows_by_folded_words(three_meetings: Services, query: str, expected_dates: list[str]) -> None:
    model = MeetingsTableModel(three_meetings.meeting_list)
    model.reload()
    model.sort(col.DATE, Qt.SortOrder.DescendingOrder)
    model.set_filter_text(query)
    assert _column(model, col.DATE) == expected_dates
    assert model.total_count() == 3


def test_reloading_keeps_sort_and_filter(three_meetings: Services) -> None:
    model = MeetingsTableModel(three_meetings.meeting_list)
    model.sort(col.DATE, Qt.SortOrder.AscendingOrder)
    model.set_filter_text("20")
    model.reload()
    assert _column(model, col.DATE) == ["2025-03-02", "2026-10-15", "2026-12-01"]
    model.set_filter_text("forum")
    model.reload()
    assert _column(model, col.DATE) == ["2026-12-01"]


def test_the_filter_finds_a_meetings_department(three_meetings: Services) -> None:
    forum = next(m for m in three_meetings.meetings.list_meetings() if m.title.startswith("Abu Dhabi"))
    three_meetings.meetings.save(replace(three_meetings.meetings.get(forum.id), department="Investment Promotion"))
    model = MeetingsTableModel(three_meetings.meeting_list)
    model.reload()
    model.set_filter_text("investment promotion")
    assert _column(model, col.DATE) == ["2026-12-01"]
