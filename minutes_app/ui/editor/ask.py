"""Every question the editor puts to the user goes through `ask()`, so tests can answer it.

Tests monkeypatch `minutes_app.ui.editor.ask.ask` with a function returning an `Answer`;
callers must therefore call it as `ask.ask(...)`, never import the function itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from minutes_app.ui.editor.typed_answer_guard import TypedAnswerGuard


class Answer(StrEnum):
    """The buttons a question can offer; `ask()` returns the one pressed."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    OK = "ok"
    DELETE = "delete"
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    SAVE_COPY = "save_copy"


_STANDARD = {
    Answer.SAVE: QMessageBox.StandardButton.Save,
    Answer.DISCARD: QMessageBox.StandardButton.Discard,
    Answer.CANCEL: QMessageBox.StandardButton.Cancel,
    Answer.OK: QMessageBox.StandardButton.Ok,
}


def _custom_button(answer: Answer) -> tuple[str, QMessageBox.ButtonRole]:
    texts = {
        Answer.DELETE: (QCoreApplication.translate("Ask", "Delete"), QMessageBox.ButtonRole.DestructiveRole),
        Answer.RELOAD: (
            QCoreApplication.translate("Ask", "Reload, dropping my changes"),
            QMessageBox.ButtonRole.ResetRole,
        ),
        Answer.OVERWRITE: (
            QCoreApplication.translate("Ask", "Overwrite with my version"),
            QMessageBox.ButtonRole.AcceptRole,
        ),
        Answer.SAVE_COPY: (QCoreApplication.translate("Ask", "Save mine as a copy"), QMessageBox.ButtonRole.ActionRole),
    }
    return texts[answer]


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    answers: Sequence[Answer],
    *,
    default: Answer,
    informative: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> Answer:
    """Ask a modal question offering `answers`; Escape (or closing the box) gives Cancel when offered.

    Keys typed in a burst as the box appears, and plain letters, never answer (typed_answer_guard).
    """
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    buttons = {}
    for answer in answers:
        if answer in _STANDARD:
            button = box.addButton(_STANDARD[answer])
        else:
            label, role = _custom_button(answer)
            button = box.addButton(label, role)
        buttons[answer] = button
    box.setDefaultButton(buttons[default])
    escape = Answer.CANCEL if Answer.CANCEL in buttons else default
    box.setEscapeButton(buttons[escape])
    guard = TypedAnswerGuard(box)
    box.exec()
    guard.release()
    pressed = box.clickedButton()
    return next((answer for answer, button in buttons.items() if button is pressed), escape)


def tell(parent: QWidget | None, title: str, text: str, *, informative: str = "") -> None:
    """Report something that went wrong, with a single OK button (through `ask`)."""
    ask(parent, title, text, [Answer.OK], default=Answer.OK, informative=informative, icon=QMessageBox.Icon.Warning)
