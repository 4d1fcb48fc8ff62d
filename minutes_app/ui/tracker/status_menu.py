"""The "Change status" menu shared by the table's context menu and the detail panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from minutes_app.ui.common import vocabulary_labels


def fill_status_menu(menu: QMenu, current_status: str, chosen: Callable[[str], object]) -> None:
    """Replace `menu`'s items with one per status (the current one disabled); picking calls `chosen(status)`."""
    menu.clear()
    for value, text in vocabulary_labels.choices(vocabulary_labels.FOLLOW_UP_STATUS):
        # Every change opens the note dialog, hence the ellipsis.
        action = menu.addAction(QCoreApplication.translate("StatusMenu", "%1…").replace("%1", text))
        action.setObjectName(f"status_{value}")
        action.setEnabled(value != current_status)
        action.triggered.connect(lambda _checked=False, v=value: chosen(v))
