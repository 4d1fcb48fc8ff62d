"""Edit > Undo / Redo in the main window with the real editor: enabled state, texts and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.editor.list_controls import select_row
from minutes_app.ui.main_window import EDITOR, MEETINGS, MainWindow
from tests.ui.conftest import TODAY


@pytest.fixture(autouse=True)
def discard_when_closing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing the window with unsaved changes at the end of a test drops them instead of asking."""
    monkeypatch.setattr(ask, "ask", lambda *_args, **_kwargs: ask.Answer.DISCARD)


@pytest.fixture
def window(qtbot, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(demo_store, ui_settings, today=TODAY)  # the default factory: the real MeetingEditor
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def open_sample(window: MainWindow, demo_store: Services) -> MeetingEditor:
    """Open the sample meeting in the window's editor."""
    window.commands.open_meeting(demo_store.meetings.list_meetings()[0].id)
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor)
    return editor


def test_undo_and_redo_are_disabled_until_there_is_something_to_undo(
    qtbot, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    editor = open_sample(window, demo_store)
    assert window.current_page_key() == EDITOR
    assert not window.undo_action.isEnabled()

    editor.header.venue.setFocus()
    qtbot.keyClicks(editor.header.venue, ", Baku")
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Edit the meeting's details"

    window.undo_action.trigger()
    assert not window.undo_action.isEnabled() and window.redo_action.isEnabled()
    assert window.redo_action.text() == "&Redo Edit the meeting's details"
    window.redo_action.trigger()
    assert editor.header.venue.text().endswith(", Baku")

    window.show_page(MEETINGS)  # the history belongs to the editor page
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    window.show_page(EDITOR)
    assert window.undo_action.isEnabled()


def test_ctrl_z_in_a_text_field_undoes_the_meeting_edit_not_just_the_field(
    qtbot, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    editor = open_sample(window, demo_store)
    original_title = editor.header.title.text()
    editor.header.title.setFocus()
    editor.header.title.selectAll()
    qtbot.keyClicks(editor.header.title, "Talks")
    editor.tabs.setCurrentWidget(editor.participants)
    select_row(editor.participants.guest.view, 1)
    editor.participants.guest.controls.remove_selected()
    editor.tabs.setCurrentWidget(editor.header_page)
    editor.header.summary.setFocus()

    qtbot.keyClick(editor.header.summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # in a text box
    assert editor.participants.guest.model.rowCount() == 5  # the removal came back
    assert editor.tabs.currentWidget() is editor.participants
    editor.header.title.setFocus()
    qtbot.keyClick(editor.header.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.header.title.text() == original_title
    assert not editor.is_dirty() and not window.isWindowModified()

    qtbot.keyClick(editor.header.title, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.header.title.text() == "Talks"
    qtbot.keyClick(
        editor.header.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert editor.participants.guest.model.rowCount() == 4
    assert window.isWindowModified()


def test_the_editor_s_history_does_not_outlive_closing_it(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    editor = open_sample(window, demo_store)
    editor.header.venue.setFocus()
    qtbot.keyClicks(editor.header.venue, ", Baku")
    assert editor.save()
    assert window.undo_action.isEnabled()
    window.close_meeting_action.trigger()
    assert not window.editor_area.is_open()
    assert not window.undo_action.isEnabled()
