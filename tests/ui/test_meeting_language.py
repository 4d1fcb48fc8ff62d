"""One language per meeting: chosen in its form, followed at once by the export bar (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel

from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY, type_text


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """The changed meeting is discarded when the window closes after the test (no modal question)."""
    monkeypatch.setattr(ask, "ask", lambda *_a, **_k: ask.Answer.DISCARD)


def _window(qtbot, store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window with the real editor, the sample meeting opened from the list with Enter."""
    window = MainWindow(store, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.meetings_page.table.setFocus()
    window.meetings_page.table.selectRow(0)
    qtbot.keyClick(window.meetings_page.table, Qt.Key.Key_Return)
    return window


def _choose_meeting_language(qtbot, editor: MeetingEditor, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Type the start of a language's name on the form's language list, as a keyboard user does."""
    editor.tabs.setCurrentWidget(editor.header_page)
    editor.header.language.setFocus()
    type_text(editor.header.language, typed)
    qtbot.wait(50)


def test_the_export_follows_the_language_chosen_in_the_form_at_once(
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, ui_settings)
    bar = window.editor_area.export_bar
    editor = window.editor_area.editor()
    assert bar is not None and isinstance(editor, MeetingEditor)
    assert bar.language() == "en"
    _choose_meeting_language(qtbot, editor, "Р")  # Русский
    assert editor.header.language.currentData() == "ru"
    assert bar.language() == "ru"  # without closing and reopening the meeting
    assert bar.language_combo.currentText() == "Русский (meeting's language)"
    window.undo_action.trigger()
    assert editor.header.language.currentData() == "en"
    assert bar.language() == "en"


def test_a_translated_export_is_chosen_in_the_bar_and_a_new_meeting_language_resets_it(
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, ui_settings)
    bar = window.editor_area.export_bar
    editor = window.editor_area.editor()
    assert bar is not None and isinstance(editor, MeetingEditor)
    bar.language_combo.setFocus()
    type_text(bar.language_combo, "A")  # Azərbaycanca: a translated export
    assert bar.language() == "az" and editor.header.language.currentData() == "en"  # the meeting keeps its own
    _choose_meeting_language(qtbot, editor, "Р")
    assert bar.language() == "ru"


def test_one_control_is_named_for_the_meeting_and_the_other_for_the_export(
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_store, ui_settings)
    editor = window.editor_area.editor()
    assert window.editor_area.export_bar is not None and isinstance(editor, MeetingEditor)
    bar_labels = [label.text() for label in window.editor_area.export_bar.findChildren(QLabel)]
    form_labels = [label.text() for label in editor.header.findChildren(QLabel)]
    assert "Export in:" in bar_labels and "Minutes in:" not in bar_labels
    assert "Meeting &language:" in form_labels and "Minutes &language:" not in form_labels
