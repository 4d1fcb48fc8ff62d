"""Shared pieces of the meeting-editor tests: planned answers to its questions, and an editor on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from minutes_app.ui.editor import MeetingEditor, ask, conflict_dialog
from minutes_app.ui.editor.ask import Answer


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


def show_editor(qtbot, services, meeting_id: int) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """A real MeetingEditor on screen (big enough for every form), showing meeting `meeting_id`."""
    widget = MeetingEditor(services, services.settings.get)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_meeting(meeting_id)
    return widget
