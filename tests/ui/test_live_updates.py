"""Live updates (issue 17): another officer's save, made by another process on the same SQLite store,
reaches the open lists within 2 seconds, keeping the selection and where the list is scrolled."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from minutes_app.domain.records import FollowUp, Meeting
from minutes_app.services import Services
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from minutes_app.ui.meetings import meetings_table_model as col
from tests.ui.conftest import TODAY
from tests.ui.editor_helpers import window_with_real_editor

OTHER_OFFICER = Path(__file__).resolve().parents[1] / "other_officer.py"
WITHIN_MS = 3000  # the issue asks for 2 s; a busy test machine gets one more


def other_officer(services: Services, *args: str) -> None:
    """A colleague's app, a separate process on the same store, makes one change and quits."""
    paths = services.paths
    db = "-" if paths.is_sqlite else paths.db_url
    subprocess.run([sys.executable, str(OTHER_OFFICER), str(paths.data_dir), db, *args], check=True, timeout=60)


@pytest.fixture
def busy_store(demo_store: Services) -> Services:
    """The sample meeting and 60 more, each with one open follow-up: enough rows to scroll."""
    for day in range(60):
        demo_store.meetings.save(
            Meeting(
                title=f"Working group session {day + 1}",
                date=dt.date(2026, 1, 1) + dt.timedelta(days=day),
                follow_ups=[FollowUp(description=f"Send the notes of session {day + 1}", due_date=TODAY)],
            )
        )
    return demo_store


@pytest.fixture
def window(qtbot, busy_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    return window_with_real_editor(qtbot, busy_store, ui_settings, size=(1200, 700))


def click_row(view: QAbstractItemView, row: int, column: int = 1) -> None:
    """Scroll a row into view and click it with the mouse, as a person does."""
    QTest.qWait(50)  # a page just shown lays its rows out first
    index = view.model().index(row, column)
    view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.visualRect(index).center()
    )


def test_a_colleague_s_save_reaches_the_meetings_list_keeping_selection_and_scroll(
    qtbot, window: MainWindow, busy_store: Services
) -> None:  # type: ignore[no-untyped-def]
    page = window.meetings_page
    model = page.model
    click_row(page.table, 30)
    selected = page.selected_meeting()
    assert selected is not None
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum())  # reading further down
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0
    target = model.record_at(45).id  # another meeting than the one selected
    other_officer(busy_store, "title", str(target), "Renamed by a colleague")

    def renamed() -> None:
        assert model.index(model.row_of_meeting(target), col.TITLE).data() == "Renamed by a colleague"

    qtbot.waitUntil(renamed, timeout=WITHIN_MS)  # no Refresh pressed
    kept = page.selected_meeting()
    assert kept is not None and kept.id == selected.id
    assert page.table.verticalScrollBar().value() == scrolled


def test_a_colleague_marking_a_follow_up_done_reaches_the_tracker(
    qtbot, window: MainWindow, busy_store: Services
) -> None:  # type: ignore[no-untyped-def]
    window.show_page(FOLLOW_UPS)
    page = window.follow_ups_page
    model = page.model
    assert model.rowCount() > 30
    click_row(page.table, 20)
    selected = page.selected_follow_up()
    assert selected is not None
    page.table.verticalScrollBar().setValue(page.table.verticalScrollBar().maximum())  # reading further down
    scrolled = page.table.verticalScrollBar().value()
    assert scrolled > 0
    target = next(f for f in model.records() if f.id != selected.id and f.status == "open")
    other_officer(busy_store, "done", str(target.id))

    def done() -> None:
        row = model.row_of_id(target.id)
        assert row < 0 or model.record_at(row).status == "done"  # done, or hidden by a filter of open ones

    qtbot.waitUntil(done, timeout=WITHIN_MS)
    kept = page.selected_follow_up()
    assert kept is not None and kept.id == selected.id
    assert page.table.verticalScrollBar().value() == scrolled
