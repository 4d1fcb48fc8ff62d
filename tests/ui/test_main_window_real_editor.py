"""The main window with the app's real meeting editor: open, save through Ctrl+S, close, unsaved-changes guard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from minutes_app.services import Services
from minutes_app.ui.main_window import EDITOR, MEETINGS, MainWindow
from minutes_app.ui.meetings.meetings_table_model import TITLE
from tests.ui.conftest import TODAY

ask = pytest.importorskip("minutes_app.ui.editor.ask")


@pytest.fixture
def window(qtbot, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(demo_store, ui_settings, today=TODAY)  # the default factory: the real MeetingEditor
    qtbot.addWidget(made)
    made.show()
    return made


def _open_sample(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    table = window.meetings_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    return window.editor_area.editor()


def test_enter_opens_the_sample_meeting_in_the_real_editor(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(qtbot, window)
    assert window.current_page_key() == EDITOR
    assert editor.current_meeting_id() == demo_store.meetings.list_meetings()[0].id
    assert not editor.is_dirty()
    assert window.navigation.currentItem().text().startswith("✎ Meeting of Minister of Economy")
    assert window.windowTitle().startswith("Meeting of Minister of Economy")


def test_ctrl_s_saves_through_the_editor_and_the_list_follows(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(qtbot, window)
    editor.header.title.setFocus()
    editor.header.title.selectAll()
    qtbot.keyClicks(editor.header.title, "Meeting with the Russian delegation")
    assert editor.is_dirty() and window.isWindowModified()
    with qtbot.waitSignal(window.data_changed):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert demo_store.meetings.list_meetings()[0].title == "Meeting with the Russian delegation"
    window.show_page(MEETINGS)
    assert window.meetings_page.model.index(0, TITLE).data() == "Meeting with the Russian delegation"


def test_ctrl_w_with_unsaved_changes_asks_and_cancel_keeps_the_editor(
    qtbot, monkeypatch, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    answers = [ask.Answer.CANCEL, ask.Answer.DISCARD]
    questions: list[str] = []

    def answer(parent, title, text, answers_offered, **kwargs):  # type: ignore[no-untyped-def]
        questions.append(text)
        return answers.pop(0)

    monkeypatch.setattr(ask, "ask", answer)
    editor = _open_sample(qtbot, window)
    qtbot.keyClicks(editor.header.title, " (draft)")
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.editor_area.is_open() and window.current_page_key() == EDITOR
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor_area.is_open() and window.current_page_key() == MEETINGS
    assert len(questions) == 2
    assert not demo_store.meetings.list_meetings()[0].title.endswith("(draft)")


def test_the_editor_s_own_delete_refreshes_the_list(
    qtbot, monkeypatch, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ask, "ask", lambda *a, **k: ask.Answer.DELETE)
    editor = _open_sample(qtbot, window)
    editor.delete_button.click()
    assert demo_store.meetings.list_meetings() == []
    assert not window.editor_area.is_open()
    assert window.current_page_key() == MEETINGS
    assert window.meetings_page.model.rowCount() == 0


def test_new_meeting_opens_a_blank_draft(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor_area.editor()
    assert window.current_page_key() == EDITOR
    assert editor.current_meeting_id() is None
    assert window.navigation.currentItem().text() == "✎ New meeting"


def test_ctrl_w_and_the_editor_s_close_button_close_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(qtbot, window)
    editor.header.title.setFocus()
    qtbot.keyClick(editor.header.title, Qt.Key.Key_Escape)  # Escape is for popups: the editor stays
    assert window.editor_area.is_open()
    qtbot.keyClick(editor.header.title, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor_area.is_open() and window.current_page_key() == MEETINGS
    editor = _open_sample(qtbot, window)
    editor.close_button.click()
    assert not window.editor_area.is_open() and window._nav_item(EDITOR).isHidden()
