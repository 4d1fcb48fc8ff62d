"""The Meetings page in the main window: the table, header sorting, typing a filter, opening, deleting, duplicating."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from minutes_app.domain.errors import NotFoundError
from minutes_app.domain.records import Meeting
from minutes_app.services import Services
from minutes_app.ui.main_window import EDITOR, MEETINGS, MainWindow
from minutes_app.ui.meetings import meetings_table_model as col
from tests.ui.conftest import FakeMeetingEditor, type_text


def _titles(window: MainWindow) -> list[str]:
    model = window.meetings_page.model
    return [model.index(r, col.TITLE).data() for r in range(model.rowCount())]


def _editor(window: MainWindow) -> FakeMeetingEditor:
    editor = window.editor_area.editor()
    assert isinstance(editor, FakeMeetingEditor)
    return editor


@pytest.fixture
def two_meeting_window(make_window, demo_store: Services) -> MainWindow:  # type: ignore[no-untyped-def]
    demo_store.meetings.save(
        Meeting(title="Abu Dhabi investment forum", date=dt.date(2026, 12, 1), kind="forum", countries=["AE"])
    )
    return make_window(demo_store)  # type: ignore[no-any-return]


def test_the_table_shows_the_sample_meeting(demo_window: MainWindow) -> None:
    assert demo_window.current_page_key() == MEETINGS
    page = demo_window.meetings_page
    assert page.model.rowCount() == 1
    assert page.model.index(0, col.COUNTRY).data() == "Russia"
    assert page.model.index(0, col.OPEN_FOLLOW_UPS).data() == "7"
    assert page.count_label.text() == "Meetings: 1"


def test_newest_first_and_clicking_headers_sorts(qtbot, two_meeting_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window = two_meeting_window
    assert _titles(window)[0] == "Abu Dhabi investment forum"  # 2026-12-01 before 2026-10-15
    header = window.meetings_page.table.horizontalHeader()
    country = QPoint(header.sectionViewportPosition(col.COUNTRY) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=country)
    first = _titles(window)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=country)
    assert _titles(window) == first[::-1]
    model = window.meetings_page.model
    countries = [model.index(r, col.COUNTRY).data() for r in range(model.rowCount())]
    assert countries == sorted(countries, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)


def test_typing_in_the_filter_narrows_the_list(qtbot, two_meeting_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = two_meeting_window.meetings_page
    type_text(page.search_box, "Росс")
    assert _titles(two_meeting_window) == [page.model.records()[0].title]
    assert "Jabbarov" in _titles(two_meeting_window)[0]
    assert page.count_label.text() == "Shown: 1 of 2"
    page.search_box.clear()
    assert len(_titles(two_meeting_window)) == 2


def test_ctrl_shift_f_focuses_the_filter(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.activateWindow()
    demo_window.meetings_page.table.setFocus()
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert demo_window.meetings_page.search_box.hasFocus()


def test_enter_on_a_row_opens_the_editor_page(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = demo_window.meetings_page
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert demo_window.current_page_key() == EDITOR
    meeting_id = demo_store.meetings.list_meetings()[0].id
    assert demo_window.editor_area.current_meeting_id() == meeting_id
    assert "Jabbarov" in _editor(demo_window).title_edit.text()
    assert demo_window.navigation.currentItem().text().startswith("✎ Meeting of Minister")


def test_enter_in_the_filter_box_opens_the_only_match(qtbot, two_meeting_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = two_meeting_window.meetings_page
    qtbot.keyClicks(page.search_box, "abu dhabi")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert two_meeting_window.current_page_key() == EDITOR
    assert _editor(two_meeting_window).title_edit.text() == "Abu Dhabi investment forum"


def test_double_click_opens_the_meeting(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    table = demo_window.meetings_page.table
    rect = table.visualRect(table.model().index(0, col.TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_window.current_page_key() == MEETINGS  # one click selects
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_window.current_page_key() == EDITOR


def test_delete_asks_and_removes_the_meeting(monkeypatch, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page = demo_window.meetings_page
    meeting_id = demo_store.meetings.list_meetings()[0].id
    page.table.selectRow(0)
    page.delete_button.click()  # cancelled
    assert page.model.rowCount() == 1 and demo_store.meetings.list_meetings()
    page.delete_button.click()  # confirmed
    assert "Mikayil Jabbarov" in asked[0]
    assert page.model.rowCount() == 0
    assert demo_store.meetings.list_meetings() == []
    with pytest.raises(NotFoundError):
        demo_store.meetings.get(meeting_id)
    assert "Follow-ups (" not in demo_window.navigation.item(1).text()  # its overdue follow-ups went with it


def test_deleting_the_open_meeting_closes_the_editor_first(
    monkeypatch, qtbot, demo_window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    page = demo_window.meetings_page
    page.table.selectRow(0)
    page.open_button.click()
    editor = _editor(demo_window)
    qtbot.keyClicks(editor.title_edit, " (draft)")
    editor.close_answer = "cancel"
    demo_window.show_page(MEETINGS)
    page.table.selectRow(0)
    page.delete_button.click()
    assert demo_store.meetings.list_meetings(), "cancelling the editor's question keeps the meeting"
    editor.close_answer = "discard"
    page.delete_button.click()
    assert demo_store.meetings.list_meetings() == []
    assert not demo_window.editor_area.is_open()


def test_duplicate_as_next_opens_an_unsaved_draft(demo_window: MainWindow, demo_store: Services) -> None:
    page = demo_window.meetings_page
    page.table.selectRow(0)
    page.duplicate_button.click()
    assert demo_window.current_page_key() == EDITOR
    draft = _editor(demo_window).meeting
    assert draft is not None and draft.id is None
    assert draft.countries == ["RU"] and len(draft.attendances) == 6
    assert draft.date == dt.date.today()
    assert len(demo_store.meetings.list_meetings()) == 1


def test_buttons_follow_the_selection(demo_window: MainWindow) -> None:
    page = demo_window.meetings_page
    page.table.clearSelection()
    assert not page.open_button.isEnabled() and not page.delete_button.isEnabled()
    page.table.selectRow(0)
    assert page.open_button.isEnabled() and page.delete_button.isEnabled() and page.duplicate_button.isEnabled()


def test_enter_in_the_filter_box_opens_the_first_match_not_the_row_clicked_before(
    qtbot, two_meeting_window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    page = two_meeting_window.meetings_page
    qtbot.keyClicks(page.search_box, "f")  # "forum" and "of": both match
    assert page.model.rowCount() == 2
    table = page.table
    second = table.visualRect(table.model().index(1, col.TITLE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=second)
    qtbot.mouseClick(page.search_box, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)
    assert two_meeting_window.current_page_key() == EDITOR
    assert _editor(two_meeting_window).title_edit.text() == "Abu Dhabi investment forum"
