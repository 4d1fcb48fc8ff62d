"""The meeting list at start-up: a screenful at once, the rest from a thread, with sort and filter kept."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from minutes_app.domain.records import Meeting
from minutes_app.services import Services
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.meetings import meetings_page
from minutes_app.ui.meetings import meetings_table_model as col
from tests.ui.conftest import TODAY, FakeMeetingEditor, type_text

SCREEN = 4


@pytest.fixture
def twelve_meetings(sqlite_services: Services) -> Services:
    """Twelve meetings a month apart; every third is a forum in Baku."""
    for n in range(12):
        baku = n % 3 == 0
        sqlite_services.meetings.save(
            Meeting(
                title=f"{'Baku forum' if baku else 'Talks'} {n:02d}",
                date=dt.date(2025, 1 + n, 10),
                kind="forum" if baku else "bilateral_meeting",
            )
        )
    return sqlite_services


@pytest.fixture
def fast_window(qtbot, monkeypatch, twelve_meetings: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(meetings_page, "FIRST_SCREEN", SCREEN)
    window = MainWindow(twelve_meetings, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY, fast_start=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _titles(window: MainWindow) -> list[str]:
    model = window.meetings_page.model
    return [model.index(r, col.TITLE).data() for r in range(model.rowCount())]


def _wait_filled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.meetings_page.is_loading(), timeout=10_000)


def test_the_first_screenful_shows_at_once_and_the_rest_follows(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, twelve_meetings: Services, ui_settings: QSettings
) -> None:
    monkeypatch.setattr(meetings_page, "FIRST_SCREEN", SCREEN)
    window = MainWindow(twelve_meetings, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY, fast_start=True)
    qtbot.addWidget(window)
    page = window.meetings_page
    # Built, not yet shown: the rest arrives through the event loop, so only the screenful is there.
    assert _titles(window) == [f"{'Baku forum' if n % 3 == 0 else 'Talks'} {n:02d}" for n in (11, 10, 9, 8)]
    assert page.is_loading() and page.count_label.text() == ""  # the count comes with the full list
    window.show()
    _wait_filled(qtbot, window)
    titles = _titles(window)
    assert len(titles) == 12 and titles[0] == "Talks 11" and titles[-1] == "Baku forum 00"  # newest first
    assert page.count_label.text() == "Meetings: 12"


def test_a_filter_typed_before_the_rest_arrives_finds_every_match(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, twelve_meetings: Services, ui_settings: QSettings
) -> None:
    monkeypatch.setattr(meetings_page, "FIRST_SCREEN", SCREEN)
    window = MainWindow(twelve_meetings, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY, fast_start=True)
    qtbot.addWidget(window)
    page = window.meetings_page
    type_text(page.search_box, "baku")
    assert _titles(window) == ["Baku forum 09"]  # of the screenful so far
    window.show()
    _wait_filled(qtbot, window)
    assert _titles(window) == ["Baku forum 09", "Baku forum 06", "Baku forum 03", "Baku forum 00"]
    assert page.count_label.text() == "Shown: 4 of 12"


def test_a_sort_chosen_before_the_rest_arrives_applies_to_every_row(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, twelve_meetings: Services, ui_settings: QSettings
) -> None:
    monkeypatch.setattr(meetings_page, "FIRST_SCREEN", SCREEN)
    window = MainWindow(twelve_meetings, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY, fast_start=True)
    qtbot.addWidget(window)
    window.meetings_page.table.sortByColumn(col.TITLE, Qt.SortOrder.AscendingOrder)  # as a header click does
    assert len(_titles(window)) == SCREEN
    window.show()
    _wait_filled(qtbot, window)
    titles = _titles(window)
    assert len(titles) == 12 and titles == sorted(titles, key=str.casefold)
    header = window.meetings_page.table.horizontalHeader()
    title = QPoint(header.sectionViewportPosition(col.TITLE) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)  # and back, by a click
    assert _titles(window) == sorted(titles, key=str.casefold, reverse=True)


def test_the_filter_after_the_fill_matches_the_folded_rule(qtbot, fast_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _wait_filled(qtbot, fast_window)
    qtbot.waitUntil(lambda: not fast_window.meetings_page._prepare_timer.isActive(), timeout=10_000)
    type_text(fast_window.meetings_page.search_box, "BAKU FOR")  # any case, each word a prefix
    assert len(_titles(fast_window)) == 4
    type_text(fast_window.meetings_page.search_box, "um")  # "forum" is a whole word: still found
    assert len(_titles(fast_window)) == 4
    fast_window.meetings_page.search_box.clear()
    type_text(fast_window.meetings_page.search_box, "orum")  # not the start of a word
    assert _titles(fast_window) == []
