"""Answering the organisation dialog that a field opens modally: fill it and save, as a person would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from minutes_app.ui.directory.organisation_dialog import OrganisationDialog


def answer_organisation_dialog(fill: Callable[[OrganisationDialog], None], seen: list[OrganisationDialog]) -> None:
    """When the organisation dialog opens, `fill` it and press Save (it is closed whatever happens)."""

    def attempt(tries: int) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OrganisationDialog):
            if tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        seen.append(dialog)
        try:
            fill(dialog)
            save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
            assert save is not None
            save.click()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, lambda: attempt(100))
