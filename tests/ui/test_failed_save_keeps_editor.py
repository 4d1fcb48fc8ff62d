"""A save that fails while closing (disk full, locked) keeps the window and the editor open, with every word typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from sqlalchemy import event

from minutes_app.services import Services
from minutes_app.ui.editor import ask
from minutes_app.ui.main_window import EDITOR, MainWindow
from tests.ui.conftest import TODAY

DISK_FULL = "The disk is full: nothing was saved; free some space and save again."
LOCKED = (
    "The data is in use by another window, program or colleague and stayed locked for 30 seconds: "
    "nothing was saved; try again in a moment."
)
LONG_NOTES = "Talking points agreed with the delegation. " * 2000  # ~90 KB: the file must grow to hold it


@pytest.fixture
def window(qtbot, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(demo_store, ui_settings, today=TODAY)  # the real MeetingEditor
    qtbot.addWidget(made)
    made.show()
    return made


def fill_the_disk(services: Services) -> Callable[[], None]:
    """SQLite itself answers SQLITE_FULL ("database or disk is full") once the file would have to grow;
    returns what frees the space again."""
    engine = services.store.engine

    @event.listens_for(engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()  # every connection from now on is capped

    def free() -> None:
        event.remove(engine, "connect", _cap)
        engine.dispose()

    return free


def hold_the_lock(services: Services) -> None:
    """Writers find the database locked (what 30 s of busy_timeout ends in), without waiting 30 s."""
    import sqlite3

    @event.listens_for(services.store.engine, "before_cursor_execute")
    def _locked(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("UPDATE", "INSERT", "DELETE")):
            raise sqlite3.OperationalError("database is locked")


def answering(monkeypatch: pytest.MonkeyPatch, answer: ask.Answer) -> list[str]:
    """Answer every question with `answer` (OK for reports); returns the informative texts shown."""
    shown: list[str] = []

    def fake(parent, title, text, answers, *, default, informative="", icon=None):  # type: ignore[no-untyped-def]
        shown.append(informative)
        return answer if answer in answers else default

    monkeypatch.setattr(ask, "ask", fake)
    return shown


def edit_the_sample(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    """Open the sample meeting and type into it; returns the editor."""
    table = window.meetings_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = window.editor_area.editor()
    editor.header.title.setFocus()
    editor.header.title.selectAll()
    qtbot.keyClicks(editor.header.title, "Talks on the transport corridor")
    editor.header.summary.setPlainText(LONG_NOTES)
    assert editor.is_dirty()
    return editor


def assert_kept(window: MainWindow, editor) -> None:  # type: ignore[no-untyped-def]
    assert window.isVisible() and window.editor_area.is_open() and window.current_page_key() == EDITOR
    assert editor.header.title.text() == "Talks on the transport corridor"
    assert editor.header.summary.toPlainText() == LONG_NOTES
    assert editor.is_dirty() and window.isWindowModified()


def test_closing_the_window_with_save_on_a_full_disk_keeps_the_app_open(
    qtbot, monkeypatch, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    editor = edit_the_sample(qtbot, window)
    fill_the_disk(demo_store)
    shown = answering(monkeypatch, ask.Answer.SAVE)
    assert window.close() is False
    assert_kept(window, editor)
    assert DISK_FULL in shown
    assert not any("OperationalError" in text or "Unexpected" in text for text in shown)
    assert demo_store.meetings.list_meetings()[0].title != "Talks on the transport corridor"


def test_ctrl_w_with_save_on_a_full_disk_keeps_the_editor_open(
    qtbot, monkeypatch, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    editor = edit_the_sample(qtbot, window)
    fill_the_disk(demo_store)
    shown = answering(monkeypatch, ask.Answer.SAVE)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert_kept(window, editor)
    assert shown[-1] == DISK_FULL


def test_close_button_with_save_on_a_locked_store_keeps_the_editor_open(
    qtbot, monkeypatch, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    editor = edit_the_sample(qtbot, window)
    hold_the_lock(demo_store)
    shown = answering(monkeypatch, ask.Answer.SAVE)
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert_kept(window, editor)
    assert shown[-1] == LOCKED


def test_once_space_is_freed_save_again_writes_everything(
    qtbot, monkeypatch, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    editor = edit_the_sample(qtbot, window)
    free_space = fill_the_disk(demo_store)
    answering(monkeypatch, ask.Answer.SAVE)
    assert window.close() is False
    free_space()
    assert window.close() is True
    stored = demo_store.meetings.list_meetings()[0]
    assert stored.title == "Talks on the transport corridor"
    assert demo_store.meetings.get(stored.id).summary == LONG_NOTES.strip()
    assert editor is not None


def test_the_interface_says_the_same_sentences_as_the_command_line() -> None:
    from minutes_app.domain.errors import StoreError
    from minutes_app.store import failures
    from minutes_app.ui.common.error_messages import describe_error

    for reason, sentence in failures.SENTENCES.items():
        assert describe_error(StoreError(reason, sentence)) == sentence
