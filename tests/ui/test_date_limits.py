"""Every date picker keeps to the years the services accept: 9999 or 1850 cannot be typed, 2026 still can."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit

import minutes_app.ui
from minutes_app.services import Services
from minutes_app.services.validation import FIRST_YEAR, LAST_YEAR
from minutes_app.ui.editor import ask
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker.report_options import ReportOptionsDialog
from minutes_app.ui.tracker.status_dialog import StatusChangeDialog
from tests.ui.conftest import TODAY


@pytest.fixture
def window(qtbot, monkeypatch, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ask, "ask", lambda *a, **k: ask.Answer.DISCARD)  # closing at the end drops the typing
    made = MainWindow(demo_store, ui_settings, today=TODAY)  # the real MeetingEditor
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is made)
    return made


def type_date(qtbot, edit: QDateEdit, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Click into the field, select everything, type, and leave the field."""
    QTest.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(4, edit.lineEdit().height() // 2))
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)


def shown_year(edit: QDateEdit) -> int | None:
    value = edit.value() if hasattr(edit, "value") else edit.date().toPython()  # type: ignore[attr-defined]
    return value.year if value else None


def _open_sample(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    table = window.meetings_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    return window.editor_area.editor()


@pytest.mark.parametrize("typed", ["9999-12-31", "99991231", "1850-01-01", "18500101"])
def test_the_meeting_date_cannot_take_a_year_out_of_range(qtbot, window: MainWindow, typed: str) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(qtbot, window)
    date = editor.header.date
    before = date.value()
    type_date(qtbot, date, typed)
    assert date.value() is None or FIRST_YEAR <= date.value().year <= LAST_YEAR
    qtbot.keyClick(date, Qt.Key.Key_Delete)  # the empty field: the first digit starts today's date
    assert date.value() is None
    type_date(qtbot, date, typed)
    assert date.value() is None or FIRST_YEAR <= date.value().year <= LAST_YEAR, date.value()
    assert before is not None


@pytest.mark.parametrize("typed", ["2026-05-04", "20260504"])
def test_a_2026_meeting_date_is_typed_as_before(qtbot, window: MainWindow, typed: str) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(qtbot, window)
    type_date(qtbot, editor.header.date, typed)
    assert editor.header.date.value() == dt.date(2026, 5, 4)
    assert editor.is_dirty()
    qtbot.keyClick(editor.header.date, Qt.Key.Key_Delete)
    type_date(qtbot, editor.header.date, typed)
    assert editor.header.date.value() == dt.date(2026, 5, 4)


def test_the_follow_up_due_date_and_the_tracker_filters_refuse_9999(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(qtbot, window)
    due = editor.follow_ups.due_edit
    editor.tabs.setCurrentWidget(editor.follow_ups)
    assert due.isEnabled() and due.isVisible()
    type_date(qtbot, due, "99991231")
    assert shown_year(due) is None or shown_year(due) <= LAST_YEAR
    window.show_page(FOLLOW_UPS)
    bar = window.follow_ups_page.filter_bar
    for edit, typed in ((bar.due_from_edit, "18500101"), (bar.due_to_edit, "99991231")):
        type_date(qtbot, edit, typed)
        assert edit.value() is None or FIRST_YEAR <= edit.value().year <= LAST_YEAR, edit.value()
    type_date(qtbot, bar.due_to_edit, "2026-12-31")
    assert bar.due_to_edit.value() == dt.date(2026, 12, 31)


def test_every_date_picker_keeps_to_the_accepted_years(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _open_sample(qtbot, window)
    window.show_page(FOLLOW_UPS)
    window.follow_ups_page.table.selectRow(0)
    row = window.follow_ups_page.selected_follow_up()
    assert row is not None
    pickers = window.findChildren(QDateEdit)
    pickers += ReportOptionsDialog(lang="en", parent=window).findChildren(QDateEdit)
    for status in ("done", "deferred"):  # each dialog holds only the date its status asks for
        pickers += StatusChangeDialog(row, status, today=TODAY, parent=window).findChildren(QDateEdit)
    placeholders = sorted(p.specialValueText() for p in pickers)
    # completed on, the follow-up's due date, two filter dates, the meeting date, the report period's two
    # (required) ends, a new due date
    assert placeholders == ["", "", "", "any date", "any date", "choose a date", "no date", "no deadline"]
    for picker in pickers:
        # an optional field keeps its "no date" placeholder on the day before the first accepted one
        assert picker.minimumDate() >= QDate(FIRST_YEAR - 1, 12, 31), picker.objectName()
        assert picker.maximumDate() <= QDate(LAST_YEAR, 12, 31)


def test_the_completion_date_of_a_done_follow_up_refuses_1850(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_page(FOLLOW_UPS)
    page = window.follow_ups_page
    page.table.selectRow(0)
    row = page.selected_follow_up()
    assert row is not None
    dialog = StatusChangeDialog(row, "done", today=TODAY, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_date(qtbot, dialog.completed_edit, "18500101")
    assert dialog.completed_edit.date().year() >= FIRST_YEAR
    type_date(qtbot, dialog.completed_edit, "20260104")
    assert dialog.completed_edit.date().toPython() == dt.date(2026, 1, 4)


def test_date_pickers_are_made_in_one_place() -> None:
    ui = Path(minutes_app.ui.__file__).parent
    makers = [
        p
        for p in ui.rglob("*.py")
        if p.parent.name != "widgets" and ("DateEdit(" in p.read_text() or "DateTimeEdit(" in p.read_text())
    ]
    assert sorted(p.relative_to(ui).as_posix() for p in makers) == ["common/date_fields.py"]
