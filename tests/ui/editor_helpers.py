"""Shared pieces of the meeting-editor tests: planned answers to its questions, an editor on screen, typing into it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor, ask, conflict_dialog
from minutes_app.ui.editor.ask import Answer
from minutes_app.ui.main_window import EDITOR, MainWindow
from tests.ui.conftest import TODAY


class Asked:
    """Stands in for `ask.ask`: records each question and gives the planned answer."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(
        self, parent: QWidget | None, title: str, text: str, answers: list[Answer], **_kwargs: object
    ) -> Answer:
        self.questions.append(text)
        return self.answer


class Chosen:
    """Stands in for `conflict_dialog.choose`: records what is offered, takes the stored value of the
    fields labelled in `theirs`, or cancels."""

    def __init__(self, theirs: set[str] | None = None, *, cancel: bool = False, copy: bool = False) -> None:
        self.theirs = theirs or set()
        self.cancel = cancel
        self.copy = copy
        self.offered: list[list[conflict_dialog.ConflictRow]] = []
        self.intros: list[str] = []
        self.writers: list[str] = []

    def __call__(
        self, _parent: QWidget | None, intro: str, writer: str, rows: list[conflict_dialog.ConflictRow]
    ) -> set[int] | str | None:
        self.offered.append(rows)
        self.intros.append(intro)
        self.writers.append(writer)
        if self.copy:
            return conflict_dialog.SAVE_COPY
        return None if self.cancel else {i for i, row in enumerate(rows) if row.label in self.theirs}

    def plan(self, monkeypatch: pytest.MonkeyPatch) -> Chosen:
        """Answer the editor's side-by-side questions from now on."""
        monkeypatch.setattr(conflict_dialog, "choose", self)
        return self


def refuse_unplanned_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question nobody planned for fails the test instead of blocking on a modal box."""

    def unexpected(parent: QWidget | None, title: str, text: str, answers: list[Answer], **_kwargs: object) -> Answer:
        raise AssertionError(f"unexpected question: {text}")

    monkeypatch.setattr(ask, "ask", unexpected)


def editor_on_screen(qtbot, services: Services) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """A real MeetingEditor on screen (big enough for every form), nothing open in it yet."""
    widget = MeetingEditor(services, services.settings.get)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show_editor(qtbot, services: Services, meeting_id: int) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """A real MeetingEditor on screen (big enough for every form), showing meeting `meeting_id`."""
    widget = editor_on_screen(qtbot, services)
    widget.open_meeting(meeting_id)
    return widget


def window_with_real_editor(  # type: ignore[no-untyped-def]
    qtbot, services: Services, settings: QSettings, *, size: tuple[int, int] = (1400, 900)
) -> MainWindow:
    """A main window on screen over `services`, with the real MeetingEditor and the tests' today."""
    made = MainWindow(services, settings, today=TODAY)
    qtbot.addWidget(made)
    made.resize(*size)
    made.show()
    qtbot.waitExposed(made)
    return made


def open_sample(qtbot, window: MainWindow) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """Open the sample meeting from the meetings list with Enter."""
    table = window.meetings_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor) and window.current_page_key() == EDITOR
    return editor


def retype(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type `text` over what a line edit holds, or pick a combo's item by typing its start."""
    widget.setFocus()
    if isinstance(widget, QComboBox):
        qtbot.wait(QApplication.keyboardInputInterval() + 20)  # a new keyboard search, not a continued one
    else:
        widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)
