"""Dates, times and owners typed into the real meeting editor the way an officer types them.

Keys go to whichever widget holds the keyboard focus, as on a real screen, so a field that traps
Tab or hands the keys to a part of itself shows up here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.services.settings import Settings
from minutes_app.ui.common.formatting import format_date
from minutes_app.ui.editor import MeetingEditor
from tests.ui.editor_helpers import show_editor

OCTOBER_15 = dt.date(2026, 10, 15)
FORMS = ["15.10.2026", "15/10/2026", "2026-10-15", "20261015", "15102026"]

pytestmark = pytest.mark.usefixtures("no_unplanned_questions")


@pytest.fixture
def editor(qtbot, demo: tuple[Services, r.Meeting]) -> Iterator[MeetingEditor]:  # type: ignore[no-untyped-def]
    services, meeting = demo
    assert meeting.id is not None
    widget = show_editor(qtbot, services, meeting.id)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    yield widget
    widget.header.load(widget.header.apply(r.Meeting()))  # nothing left typed when the widget goes


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` into whatever has the keyboard focus."""
    for char in text:
        qtbot.keyClicks(focused(), char)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), key, modifier)


def click_into(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Click into the middle of a field's text, as a mouse user does."""
    line = widget.lineEdit() if hasattr(widget, "lineEdit") else widget  # type: ignore[attr-defined]
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() // 3, line.height() // 2))
    assert focused() in (widget, line)


def arrive(qtbot, editor: MeetingEditor, way: str) -> None:  # type: ignore[no-untyped-def]
    """Put the keyboard in the meeting date field one of the ways people do."""
    date = editor.header.date
    if way == "tab":
        editor.header.status.setFocus()
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is date
        return
    click_into(qtbot, date)
    if way == "ctrl_a":
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    elif way == "partial":
        keys(qtbot, "2023")  # second thoughts: select it all and type the whole date
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("typed", FORMS)
def test_a_date_in_any_common_form_is_taken_however_the_field_was_entered(
    qtbot, editor: MeetingEditor, typed: str
) -> None:  # type: ignore[no-untyped-def]
    date = editor.header.date
    for way in ("click", "tab", "ctrl_a", "partial"):
        date.set_value(dt.date(2026, 5, 4))
        arrive(qtbot, editor, way)
        keys(qtbot, typed)
        press(qtbot, Qt.Key.Key_Tab)
        assert (way, date.value()) == (way, OCTOBER_15)
        assert focused() is editor.header.start_time, way  # Tab left the field
    assert editor.is_dirty()


def test_clicking_into_the_date_and_typing_eight_digits(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    click_into(qtbot, editor.header.date)
    keys(qtbot, "20230420")
    press(qtbot, Qt.Key.Key_Return)
    assert editor.header.date.value() == dt.date(2023, 4, 20)


def test_a_date_that_cannot_be_read_is_refused_with_a_message_beside_it(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    header = editor.header
    header.date.set_value(dt.date(2026, 5, 4))
    click_into(qtbot, header.date)
    keys(qtbot, "31.02.2026")
    press(qtbot, Qt.Key.Key_Tab)
    assert header.date.value() == dt.date(2026, 5, 4)
    assert "31.02.2026" in header.errors.message("date")
    click_into(qtbot, header.date)
    keys(qtbot, "28.02.2026")
    press(qtbot, Qt.Key.Key_Tab)
    assert header.date.value() == dt.date(2026, 2, 28) and header.errors.message("date") == ""


def test_tab_leaves_the_date_and_the_times_land_in_their_own_fields(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    header = editor.header
    click_into(qtbot, header.date)
    keys(qtbot, "15.10.2026")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "1100")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "1230")
    press(qtbot, Qt.Key.Key_Tab)
    assert (header.date.value(), header.start_time.value(), header.end_time.value()) == (
        OCTOBER_15,
        dt.time(11),
        dt.time(12, 30),
    )
    assert focused() is header.venue
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back by Shift+Tab, one field at a time
    assert focused() is header.end_time
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is header.date


def test_the_parts_of_a_date_are_reached_with_the_arrow_keys(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    date = editor.header.date
    date.set_value(OCTOBER_15)
    editor.header.status.setFocus()
    press(qtbot, Qt.Key.Key_Tab)  # the date's first part (the year, in English's 2026-10-15)
    press(qtbot, Qt.Key.Key_Up)
    assert date.value() == dt.date(2027, 10, 15)
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Down)
    assert date.value() == dt.date(2027, 10, 14)


@pytest.mark.parametrize("typed", ["1100", "11:00", "11.00", "11 00"])
def test_an_empty_start_time_takes_a_time_and_refuses_letters(qtbot, editor: MeetingEditor, typed: str) -> None:  # type: ignore[no-untyped-def]
    header = editor.header
    header.start_time.set_value(None)
    header.date.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is header.start_time
    keys(qtbot, "abc")
    assert header.start_time.text() == ""  # the letters were refused, not shown after "no time"
    assert "digits" in header.errors.message("start_time")
    keys(qtbot, typed)
    assert header.errors.message("start_time") == ""
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is header.end_time
    assert header.start_time.value() == dt.time(11) and header.start_time.text() == "11:00"
    assert editor.is_dirty()


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_a_time_is_cleared_with_delete_or_backspace(qtbot, editor: MeetingEditor, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    header = editor.header
    header.start_time.set_value(dt.time(10, 30))
    header.date.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, key)
    assert header.start_time.value() is None
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is header.end_time


def test_a_time_that_is_no_time_is_named_beside_the_field(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    header = editor.header
    header.end_time.set_value(dt.time(12))
    header.end_time.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, "2599")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is header.venue  # the message does not hold the keyboard back
    assert "2599" in header.errors.message("end_time")
    assert header.end_time.value() == dt.time(12)


def test_dates_show_and_are_explained_in_the_interface_language(qtbot, interface_in, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    english = show_editor(qtbot, services, meeting.id)
    assert english.header.date.displayFormat() == "yyyy-MM-dd"
    english_tip = english.header.date.toolTip()
    assert english_tip.index("2026-10-15") < english_tip.index("15.10.2026")
    interface_in("ru")
    editor = show_editor(qtbot, services, meeting.id)
    date = editor.header.date
    date.set_value(OCTOBER_15)
    assert date.lineEdit().text() == "15.10.2026"
    tip = date.toolTip()
    assert tip.index("15.10.2026") < tip.index("2026-10-15")  # the example in the order the field shows
    assert format_date(OCTOBER_15) == "15.10.2026"
    follow_ups = editor.follow_ups
    due = [
        follow_ups.model.index(row, follow_ups.model.DUE).data()
        for row in range(follow_ups.model.rowCount())
        if follow_ups.model.index(row, follow_ups.model.DUE).data()
    ]
    assert due and all(len(text) == 10 and text[2] == "." and text[5] == "." for text in due), due
    interface_in("az")
    assert format_date(OCTOBER_15) == "15.10.2026"


def test_the_officer_owns_a_follow_up_without_adding_themselves_first(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    services.settings.save(Settings(officer_name="Leyla Mammadova", officer_position="Head of Division"))
    assert services.directory.find_person("Leyla Mammadova") is None
    editor.open_meeting(meeting.id)  # the editor reads the officer's name as it opens a meeting
    follow_ups = editor.follow_ups
    editor.tabs.setCurrentWidget(follow_ups)
    follow_ups.view.selectRow(0)
    owner = follow_ups.owner_edit
    for typed in ("Me", "leyla"):  # "Me", or the start of the officer's own name
        owner.setFocus()
        owner.selectAll()
        keys(qtbot, typed)
        popup = QApplication.activePopupWidget()
        assert popup is not None and popup.isVisible()
        assert owner.suggestions()[0] == "Me (Leyla Mammadova)"
        index = popup.model().index(0, 0)  # type: ignore[attr-defined]
        QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(index).center())  # type: ignore[attr-defined]
        assert owner.text() == "Leyla Mammadova"
    officer = services.directory.find_person("Leyla Mammadova")
    assert officer is not None and officer.position == "Head of Division"
    assert [p.name for p in services.directory.people()].count("Leyla Mammadova") == 1  # found again, not doubled
    assert editor.save()
    stored = services.meetings.get(meeting.id)
    assert stored.follow_ups[0].owner_id == officer.id
