"""Escape closes popups, never the meeting editor; Ctrl+W closes it; keys typed in a burst never answer its question."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.editor.typed_answer_guard import GUARD_MS
from minutes_app.ui.main_window import EDITOR, MEETINGS, MainWindow
from tests.ui.conftest import TODAY


@pytest.fixture
def window(qtbot, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(demo_store, ui_settings, today=TODAY)  # the real MeetingEditor
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)  # shortcuts (Ctrl+W) reach the active window only
    return made


def open_and_edit(qtbot, window: MainWindow, demo_store: Services) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """Open the sample meeting and type into its venue."""
    window.commands.open_meeting(demo_store.meetings.list_meetings()[0].id)
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor)
    editor.header.venue.setFocus()
    qtbot.keyClicks(editor.header.venue, ", Baku")
    assert editor.is_dirty()
    return editor


def the_box() -> QMessageBox:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def press_in_box(key: Qt.Key) -> None:
    """Press a key where the keyboard is in the question box: its focused button, at first the default one."""
    box = the_box()
    target: QWidget = box.focusWidget() or box.defaultButton() or box
    QTest.keyClick(target, key, Qt.KeyboardModifier.NoModifier)


def later(ms: int, action: Callable[[], None]) -> None:
    QTimer.singleShot(ms, action)


def once_the_box_shows(action: Callable[[], None], tries: int = 2500) -> None:
    """Run `action` as soon as the question box is on screen (however busy the machine is; gives up after ~5 s)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        action()
    elif tries:
        QTimer.singleShot(2, lambda: once_the_box_shows(action, tries - 1))


def typing_on() -> None:
    """The officer keeps typing as the box appears: Space (once chose Save), Enter, a letter; then answers."""
    press_in_box(Qt.Key.Key_Space)
    press_in_box(Qt.Key.Key_Return)
    press_in_box(Qt.Key.Key_D)
    later(GUARD_MS + 150, lambda: press_in_box(Qt.Key.Key_S))  # a plain letter is never an answer
    later(GUARD_MS + 300, lambda: the_box().button(QMessageBox.StandardButton.Cancel).click())


def test_escape_dismisses_a_popup_and_never_closes_the_editor(
    qtbot, monkeypatch, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(ask, "ask", lambda _parent, _title, text, *_a, **_k: asked.append(text) or ask.Answer.SAVE)
    editor = open_and_edit(qtbot, window, demo_store)
    editor.header.kind.setFocus()
    editor.header.kind.showPopup()
    qtbot.waitUntil(lambda: editor.header.kind.view().isVisible())
    qtbot.keyClick(editor.header.kind.view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.header.kind.view().isVisible())
    qtbot.keyClick(editor.header.kind, Qt.Key.Key_Escape)  # one Escape too many
    qtbot.keyClick(editor.header.venue, Qt.Key.Key_Escape)
    assert asked == []
    assert window.editor_area.is_open() and window.current_page_key() == EDITOR
    assert editor.header.venue.text().endswith(", Baku")


def test_ctrl_w_closes_the_editor_after_the_question(
    qtbot, monkeypatch, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ask, "ask", lambda *_a, **_k: ask.Answer.DISCARD)
    editor = open_and_edit(qtbot, window, demo_store)
    qtbot.keyClick(editor.header.venue, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.editor_area.is_open() and window.current_page_key() == MEETINGS


def test_keys_typed_as_the_question_appears_do_not_answer_it(
    monkeypatch, qtbot, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    editor = open_and_edit(qtbot, window, demo_store)
    stored_venue = demo_store.meetings.get(editor.current_meeting_id()).venue
    once_the_box_shows(typing_on)
    qtbot.keyClick(editor.header.venue, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not QApplication.activeModalWidget()  # the box was shown, and answered with the mouse
    assert window.editor_area.is_open() and editor.is_dirty()
    assert editor.header.venue.text().endswith(", Baku")
    assert demo_store.meetings.get(editor.current_meeting_id()).venue == stored_venue
    monkeypatch.setattr(ask, "ask", lambda *_a, **_k: ask.Answer.DISCARD)  # the window closes at the end


def test_a_deliberate_key_after_the_burst_answers(qtbot) -> None:  # type: ignore[no-untyped-def]
    def deliberately() -> None:
        later(GUARD_MS + 150, lambda: press_in_box(Qt.Key.Key_Tab))  # Save -> Discard
        later(GUARD_MS + 250, lambda: press_in_box(Qt.Key.Key_Space))

    once_the_box_shows(deliberately)
    answer = ask.ask(
        None, "Unsaved", "Save?", [ask.Answer.SAVE, ask.Answer.DISCARD, ask.Answer.CANCEL], default=ask.Answer.SAVE
    )
    assert answer == ask.Answer.DISCARD


def test_escape_cancels_at_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    once_the_box_shows(lambda: press_in_box(Qt.Key.Key_Escape))
    answer = ask.ask(
        None, "Unsaved", "Save?", [ask.Answer.SAVE, ask.Answer.DISCARD, ask.Answer.CANCEL], default=ask.Answer.SAVE
    )
    assert answer == ask.Answer.CANCEL
