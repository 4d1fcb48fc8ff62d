"""The editor's non-modal notice that the meeting it shows was brought up to date with a change made on another page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from minutes_app.domain import records as r

_STYLE = "background: #e8f1fb; color: #123c69; border: 1px solid #b6cfe9; border-radius: 3px; padding: 4px 6px;"


class StoreNotice(QLabel):
    """A hidden, wrapping label saying the editor now shows the current stored version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(_STYLE)
        self.hide()

    def tell(self, base: r.Meeting, stored: r.Meeting, conflicting_rows: list[int]) -> None:
        """Say what was brought in: follow-ups only (the tracker) or the meeting itself; and any row kept as edited."""
        if stored.version == base.version:
            text = QCoreApplication.translate(
                "StoreNotice", "This meeting was changed on the Follow-ups page; the editor shows the current version.")
        else:
            text = QCoreApplication.translate(
                "StoreNotice", "This meeting was changed elsewhere in the app; the editor shows the current version.")
        if conflicting_rows:
            rows = ", ".join(str(row + 1) for row in conflicting_rows)
            text += " " + QCoreApplication.translate(
                "StoreNotice",
                "Follow-up {0} was changed there and here: your unsaved version is kept, "
                "and saving will ask which to keep.",
            ).format(rows)
        self.setText(text)
        self.show()
