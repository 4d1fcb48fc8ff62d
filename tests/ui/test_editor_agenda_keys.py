"""Agenda tab by keyboard: Tab never stops on a row button, Delete removes from the table, Ctrl+Z brings it back anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QTableView

from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY


@pytest.fixture(autouse=True)
def discard_when_closing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ask, "ask", lambda *_args, **_kwargs: ask.Answer.DISCARD)


@pytest.fixture
def window(qtbot, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(demo_store, ui_settings, today=TODAY)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def agenda_tab(qtbot, window: MainWindow, demo_store: Services) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """Open the sample meeting on its agenda tab, the first item clicked."""
    window.commands.open_meeting(demo_store.meetings.list_meetings()[0].id)
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor)
    editor.tabs.setCurrentWidget(editor.agenda_page)
    click_row(qtbot, editor.agenda.view, 0)
    return editor


def click_row(qtbot, view: QTableView, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = view.visualRect(view.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def titles(editor: MeetingEditor) -> list[str]:
    return [item.title for item in editor.agenda.items()]


def test_tab_from_the_notes_never_reaches_a_remove_or_move_button(
    qtbot, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    editor = agenda_tab(qtbot, window, demo_store)
    controls = editor.agenda.controls
    row_buttons = {controls.remove_button, controls.up_button, controls.down_button}
    before = titles(editor)
    assert controls.keys_hint.isVisible()
    assert "Delete" in controls.keys_hint.text()
    editor.agenda.notes_edit.setFocus()
    for _ in range(40):  # a whole round of the window's Tab chain
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() not in row_buttons
    editor.agenda.notes_edit.setFocus()
    qtbot.keyClick(editor.agenda.notes_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # where Space used to delete the item
    assert titles(editor) == before


def test_delete_in_the_table_removes_and_ctrl_z_there_brings_it_back(
    qtbot, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    editor = agenda_tab(qtbot, window, demo_store)
    view = editor.agenda.view
    before = titles(editor)
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert titles(editor) == before[1:]
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor) == before


def test_a_removal_by_mouse_is_undone_by_ctrl_z_from_the_notes(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    editor = agenda_tab(qtbot, window, demo_store)
    before = titles(editor)
    click_row(qtbot, editor.agenda.view, 1)
    editor.agenda.notes_edit.setFocus()
    qtbot.mouseClick(editor.agenda.controls.remove_button, Qt.MouseButton.LeftButton)
    assert titles(editor) == [before[0], *before[2:]]
    assert not editor.agenda.controls.remove_button.hasFocus()  # the keyboard stays where it was
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(editor) == before
