"""The meetings page over a store bigger than a page (pages of 5, two kept): scrolled to the end, sorted by every
column, filtered and refreshed after another process's change, each row shows and opens its own meeting."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from minutes_app.domain.records import FollowUp, Meeting
from minutes_app.domain.textfold import matches
from minutes_app.services import Services
from minutes_app.ui.common.formatting import all_country_names
from minutes_app.ui.main_window import MEETINGS, MainWindow
from minutes_app.ui.meetings import meetings_table_model as col
from tests.ui.conftest import TODAY, FakeMeetingEditor, type_text

OTHER_OFFICER = Path(__file__).resolve().parents[1] / "other_officer.py"
PAGE = 5
TITLES = ("Şəki ipək yolu", "Transit corridor", "Визит делегации", "abu Dhabi forum", "Əməkdaşlıq", "zoning talks")
KINDS = ("bilateral_meeting", "forum", "working_group", "video_call")
COUNTRIES = ("RU", "AZ", "GE", "TR", "AE")


@pytest.fixture
def many_meetings(sqlite_services: Services) -> Services:
    """37 meetings: several pages, shared dates, titles in three scripts, kinds, statuses, countries, open follow-ups."""
    for n in range(37):
        sqlite_services.meetings.save(
            Meeting(
                title=f"{TITLES[n % len(TITLES)]} {n:02d}",
                date=dt.date(2025, 1 + n % 12, 1 + n % 4),
                kind=KINDS[n % len(KINDS)],
                status=("planned", "held", "minutes_drafted")[n % 3],
                countries=[COUNTRIES[n % len(COUNTRIES)]],
                follow_ups=[FollowUp(description=f"Step {k}") for k in range(n % 4)],
            )
        )
    return sqlite_services


@pytest.fixture
def window(qtbot, monkeypatch, many_meetings: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(col, "PAGE_SIZE", PAGE)
    monkeypatch.setattr(col, "PAGES_KEPT", 2)
    made = MainWindow(many_meetings, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY)
    qtbot.addWidget(made)
    made.resize(1200, 500)
    made.show()
    qtbot.waitExposed(made)
    return made


def _click(view: QTableView, row: int, *, double: bool = False) -> None:
    """Bring a row into view and click it (or double-click it) with the mouse; a click only selects."""
    index = view.model().index(row, col.TITLE)
    view.scrollTo(index)
    QTest.qWait(20)
    at = view.visualRect(index).center()
    if double:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    else:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def _opened(window: MainWindow) -> int:
    editor = window.editor_area.editor()
    assert isinstance(editor, FakeMeetingEditor) and editor.meeting is not None
    return editor.meeting.id or 0


def _expected(services: Services, window: MainWindow, column: int, descending: bool) -> list[int]:
    """Every meeting's id in the order the column sorts its shown text (dates and counts by value), ties by id."""
    model = window.meetings_page.model
    everything = services.meetings.list_meetings()

    def key(record: Any) -> Any:
        if column == col.DATE:
            return record.date
        if column == col.OPEN_FOLLOW_UPS:
            return record.open_follow_ups
        return model.display_text(record, column).casefold()

    return [record.id for record in sorted(everything, key=lambda rec: (key(rec), rec.id), reverse=descending)]


def _shown_ids(window: MainWindow) -> list[int]:
    model = window.meetings_page.model
    return [model.index(row, 0).data(col.ROW_ROLE).id for row in range(model.rowCount())]


def test_scrolled_to_the_end_the_last_meeting_opens_and_only_two_pages_stay(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.meetings_page
    table, model = page.table, page.model
    assert model.rowCount() == 37 and page.count_label.text() == "Meetings: 37"  # the scroll bar spans them all
    expected = _expected(window.services, window, col.DATE, descending=True)
    bar = table.verticalScrollBar()
    while bar.value() < bar.maximum():  # a click on the scroll bar below its handle, a page at a time, to the end
        before = bar.value()
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height() - 25))
        QTest.qWait(5)
        assert bar.value() > before
    assert len(model.pages_held()) <= 2
    last = model.rowCount() - 1
    _click(table, last)
    selected = page.selected_meeting()
    assert selected is not None and selected.id == expected[-1]
    assert model.index(last, col.TITLE).data() == selected.title
    _click(table, last, double=True)
    assert _opened(window) == expected[-1]


@pytest.mark.parametrize(
    "column", [col.DATE, col.TITLE, col.KIND, col.COUNTRY, col.STATUS, col.OPEN_FOLLOW_UPS], ids=lambda c: str(c)
)
def test_every_column_sorts_every_page_and_each_row_opens_its_meeting(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, column: int
) -> None:
    page = window.meetings_page
    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    for _ in range(2):  # one way, then the other
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        expected = _expected(window.services, window, column, descending)
        assert _shown_ids(window) == expected
        for row in (0, 7, 23, 36):  # on four pages, read again as they come into view
            window.show_page(MEETINGS)
            _click(page.table, row)
            QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
            assert (row, _opened(window)) == (row, expected[row])
        window.show_page(MEETINGS)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert len(page.model.pages_held()) <= 2


def _found_before(window: MainWindow, query: str) -> list[int]:
    """The meetings the quick filter found when it searched the loaded rows (the first wave's rule), newest first."""
    model = window.meetings_page.model
    found = []
    for record in window.services.meetings.list_meetings():
        shown = [model.display_text(record, column) for column in (col.TITLE, col.KIND, col.STATUS)]
        iso = record.date.isoformat() if record.date else ""
        text = " ".join([record.title, *shown, record.reference_number, iso, all_country_names(record.countries)])
        if matches(query, text):
            found.append(record.id)
    newest_first = _expected(window.services, window, col.DATE, descending=True)
    return sorted(found, key=newest_first.index)


@pytest.mark.parametrize(
    "query",
    ["SHEKI", "россия визит", "forum 2025-03", "held", "minutes drafted", "rusiya", "gürcü", "Dhab 0"],
)
def test_the_filter_finds_what_it_found_before_across_pages(qtbot, window: MainWindow, query: str) -> None:  # type: ignore[no-untyped-def]
    page = window.meetings_page
    type_text(page.search_box, query)
    expected = _found_before(window, query)
    assert expected and _shown_ids(window) == expected
    assert page.count_label.text() == f"Shown: {len(expected)} of 37"
    _click(page.table, len(expected) - 1)
    QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert _opened(window) == expected[-1]


def _other_officer(services: Services, *args: str) -> None:
    paths = services.paths
    subprocess.run([sys.executable, str(OTHER_OFFICER), str(paths.data_dir), "-", *args], check=True, timeout=60)


def test_a_change_elsewhere_keeps_the_selection_on_its_meeting(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = window.meetings_page
    model = page.model
    _click(page.table, 22)  # on the fifth page
    selected = page.selected_meeting()
    assert selected is not None
    # A colleague records a newer meeting: every row below it moves down by one.
    _other_officer(window.services, "new", "Colleague's newest meeting", "2026-11-30")
    qtbot.waitUntil(lambda: model.rowCount() == 38, timeout=5000)
    kept = page.selected_meeting()
    assert kept is not None and kept.id == selected.id
    rows = page.table.selectionModel().selectedRows()
    assert [index.row() for index in rows] == [23]
    assert model.index(23, col.TITLE).data() == selected.title
    assert model.index(0, col.TITLE).data() == "Colleague's newest meeting"
    _click(page.table, 23)
    QTest.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert _opened(window) == selected.id
