"""The Follow-ups page: every follow-up with its columns, overdue rows red, due within a week amber."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from minutes_app.domain.records import FollowUpRow
from minutes_app.services import Services
from minutes_app.ui.main_window import EDITOR, FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker import followups_table_model as col
from minutes_app.ui.tracker.followups_table_model import (
    DUE_SOON,
    DUE_SOON_BACKGROUND,
    OVERDUE,
    OVERDUE_BACKGROUND,
    FollowUpsTableModel,
    urgency,
)
from tests.ui.conftest import TODAY


def _row(due: str | None, status: str = "open") -> FollowUpRow:
    return FollowUpRow(
        id=1,
        meeting_id=1,
        meeting_title="m",
        meeting_date=None,
        countries=[],
        description="d",
        owner_id=None,
        owner_name="",
        department="",
        topic_id=None,
        topic_name="",
        priority="normal",
        status=status,
        due_date=dt.date.fromisoformat(due) if due else None,
        completed_on=None,
        updated_at=None,
    )


def test_urgency_by_due_date_and_status() -> None:
    assert urgency(_row("2026-11-26"), TODAY) == OVERDUE
    assert urgency(_row("2026-11-27"), TODAY) == DUE_SOON
    assert urgency(_row("2026-12-04"), TODAY) == DUE_SOON
    assert urgency(_row("2026-12-05"), TODAY) == ""
    assert urgency(_row("2026-01-01", status="done"), TODAY) == ""
    assert urgency(_row("2026-01-01", status="cancelled"), TODAY) == ""
    assert urgency(_row("2026-01-01", status="deferred"), TODAY) == ""  # deferred by agreement: not late
    assert urgency(_row("2026-12-01", status="deferred"), TODAY) == DUE_SOON
    assert urgency(_row(None), TODAY) == ""


def _background(model: FollowUpsTableModel, row: int) -> QBrush | None:
    return model.index(row, col.DESCRIPTION).data(Qt.ItemDataRole.BackgroundRole)  # type: ignore[no-any-return]


def test_the_tracker_colours_overdue_red_and_due_soon_amber(demo_window: MainWindow, demo_store: Services) -> None:
    demo_window.show_page(FOLLOW_UPS)
    model = demo_window.follow_ups_page.model
    assert model.rowCount() == 7
    colours = {model.index(r, col.DUE_DATE).data(): _background(model, r) for r in range(model.rowCount())}
    assert colours["2026-11-16"].color() == OVERDUE_BACKGROUND  # in progress, 11 days late
    assert colours["2026-11-20"].color() == OVERDUE_BACKGROUND
    assert colours["2026-12-04"].color() == DUE_SOON_BACKGROUND  # due in exactly 7 days
    assert colours["2027-01-15"] is None
    red, amber = OVERDUE_BACKGROUND, DUE_SOON_BACKGROUND
    assert red.red() > red.green() + 30 and red.red() > red.blue() + 30
    assert red.hslHue() <= 10 or red.hslHue() >= 350
    assert 30 <= amber.hslHue() <= 50 and amber.red() > amber.blue() + 60


def test_a_finished_follow_up_is_not_red(demo_window: MainWindow, demo_store: Services) -> None:
    late = next(r for r in demo_store.follow_ups.list_follow_ups() if r.due_date == dt.date(2026, 11, 16))
    demo_store.follow_ups.change_status(late.id, "done", note="Presentation sent")
    demo_window.show_page(FOLLOW_UPS)
    model = demo_window.follow_ups_page.model
    row = model.row_of(lambda r: r.id == late.id)
    assert _background(model, row) is None
    assert model.index(row, col.STATUS).data() == "Done"


def test_the_columns_of_a_follow_up(demo_window: MainWindow) -> None:
    demo_window.show_page(FOLLOW_UPS)
    model = demo_window.follow_ups_page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Due",
        "Action",
        "Meeting",
        "Country",
        "Owner",
        "Department",
        "Topic",
        "Priority",
        "Status",
        "Last update",
    ]
    first = [model.index(0, c).data() for c in range(model.columnCount())]  # sorted by due date
    assert first[col.DUE_DATE] == "2026-11-16"
    assert first[col.DESCRIPTION].startswith("Prepare a presentation of investment projects")
    assert first[col.MEETING].startswith("2026-10-15 Meeting of Minister of Economy")
    assert first[col.COUNTRY] == "Russia"
    assert first[col.DEPARTMENT] == "Department of Investment Policy"
    assert (first[col.TOPIC], first[col.PRIORITY], first[col.STATUS]) == (
        "Investment",
        "High",
        "In progress · Overdue by 11 days",
    )
    assert first[col.LAST_UPDATE][:4] == str(dt.date.today().year)


def test_sorting_by_priority_uses_its_rank(demo_window: MainWindow) -> None:
    demo_window.show_page(FOLLOW_UPS)
    model = demo_window.follow_ups_page.model
    model.sort(col.PRIORITY, Qt.SortOrder.DescendingOrder)
    priorities = [model.index(r, col.PRIORITY).data() for r in range(model.rowCount())]
    assert priorities == ["High", "High", "Normal", "Normal", "Normal", "Normal", "Low"]


def test_the_filter_and_double_click_open_the_meeting(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(FOLLOW_UPS)
    page = demo_window.follow_ups_page
    qtbot.keyClicks(page.search_box, "alat")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the text filter waits for a pause in typing
    table = page.table
    rect = table.visualRect(page.model.index(0, col.DESCRIPTION))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_window.current_page_key() == EDITOR
    assert demo_window.editor_area.current_meeting_id() == page.model.record_at(0).meeting_id
