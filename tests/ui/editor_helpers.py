"""Shared pieces of the meeting-editor tests: planned answers to its questions, and an editor on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from minutes_app.ui.editor import MeetingEditor, ask
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
