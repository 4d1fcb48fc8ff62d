"""The editor's non-modal notice that the meeting it shows was brought up to date with a change made on another page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from minutes_app.domain import records as r

# The fields of the editor's follow-up form, as the notice and the conflict question name them.
_FIELD_NAMES = {
    "description": QT_TRANSLATE_NOOP("StoreNotice", "action"),
    "owner_id": QT_TRANSLATE_NOOP("StoreNotice", "owner"),
    "department": QT_TRANSLATE_NOOP("StoreNotice", "department"),
    "counterpart_contact": QT_TRANSLATE_NOOP("StoreNotice", "counterpart contact"),
    "due_date": QT_TRANSLATE_NOOP("StoreNotice", "due date"),
    "priority": QT_TRANSLATE_NOOP("StoreNotice", "priority"),
    "topic_id": QT_TRANSLATE_NOOP("StoreNotice", "topic"),
    "status": QT_TRANSLATE_NOOP("StoreNotice", "status"),
}


def describe_conflicts(rows: list[tuple[int, tuple[str, ...]]]) -> str:
    """ "5 (due date), 7 (status, owner)": the follow-ups (by position, from 0) and the fields changed on both sides."""
    parts = []
    for row, fields in rows:
        names = [
            QCoreApplication.translate("StoreNotice", str(_FIELD_NAMES[name]))
            for name in fields
            if name in _FIELD_NAMES
        ]
        parts.append(f"{row + 1} ({', '.join(names)})" if names else str(row + 1))
    return ", ".join(parts)


_STYLE = "background: #e8f1fb; color: #123c69; border: 1px solid #b6cfe9; border-radius: 3px; padding: 4px 6px;"


class StoreNotice(QLabel):
    """A hidden, wrapping label saying the editor now shows the current stored version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(_STYLE)
        self.hide()

    def tell(self, base: r.Meeting, stored: r.Meeting, conflicts: list[tuple[int, tuple[str, ...]]]) -> None:
        """Say what was brought in: follow-ups only (the tracker) or the meeting itself; and any row whose
        field was changed on both sides (its position, from 0, and those fields), kept as edited."""
        if stored.version == base.version:
            text = QCoreApplication.translate(
                "StoreNotice", "This meeting was changed on the Follow-ups page; the editor shows the current version."
            )
        else:
            text = QCoreApplication.translate(
                "StoreNotice", "This meeting was changed elsewhere in the app; the editor shows the current version."
            )
        if conflicts:
            text += " " + QCoreApplication.translate(
                "StoreNotice",
                "Follow-up {0} was changed there and here: your unsaved version is kept, "
                "and saving will ask which to keep.",
            ).format(describe_conflicts(conflicts))
        self.setText(text)
        self.show()
