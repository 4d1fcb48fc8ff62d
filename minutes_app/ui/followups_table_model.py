"""The follow-up tracker's table: one row per FollowUpRow, overdue in red, due within a week in amber."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from minutes_app.domain.records import FollowUpRow
from minutes_app.domain.vocab import CLOSED_STATUSES, Priority
from minutes_app.ui import labels
from minutes_app.ui.formatting import all_country_names, countries_text, format_date, format_utc_timestamp
from minutes_app.ui.row_table_model import RowTableModel

(
    DUE_DATE, DESCRIPTION, MEETING, COUNTRY, OWNER, DEPARTMENT, TOPIC, PRIORITY, STATUS, LAST_UPDATE,
) = range(10)

OVERDUE = "overdue"
DUE_SOON = "due_soon"
DUE_SOON_DAYS = 7
_CLOSED = {status.value for status in CLOSED_STATUSES}
# Light backgrounds with dark text stay readable in light and dark themes alike.
OVERDUE_BACKGROUND = QColor("#f5b7b1")
OVERDUE_FOREGROUND = QColor("#6e0f0f")
DUE_SOON_BACKGROUND = QColor("#ffd98a")
DUE_SOON_FOREGROUND = QColor("#4d3400")
_COLOURS = {
    OVERDUE: (QBrush(OVERDUE_BACKGROUND), QBrush(OVERDUE_FOREGROUND)),
    DUE_SOON: (QBrush(DUE_SOON_BACKGROUND), QBrush(DUE_SOON_FOREGROUND)),
}
_PRIORITY_RANK = {priority.value: rank for rank, priority in enumerate(Priority)}


def urgency(row: FollowUpRow, today: dt.date) -> str:
    """OVERDUE when past due and unfinished, DUE_SOON when due within a week, else ""."""
    if row.due_date is None or row.status in _CLOSED:
        return ""
    if row.due_date < today:
        return OVERDUE
    if row.due_date <= today + dt.timedelta(days=DUE_SOON_DAYS):
        return DUE_SOON
    return ""


class FollowUpsTableModel(RowTableModel):
    """Follow-ups with due date, action, meeting, country, owner, department, topic, priority, status."""

    HEADER_CONTEXT = "FollowUpsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Action"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Meeting"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Country"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Owner"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Department"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Topic"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Priority"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Status"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Last update"),
    )

    def __init__(self, parent: QObject | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._topic_names: dict[int, str] = {}

    def today(self) -> dt.date:
        """The date urgency is measured against (today unless a test fixed it)."""
        return self._today or dt.date.today()

    def set_topic_names(self, names: dict[int, str]) -> None:
        """Topic names in the interface language, by topic id (else the stored English name)."""
        self._topic_names = dict(names)

    def display_text(self, record: FollowUpRow, column: int) -> str:
        """The text of one cell."""
        if column == DUE_DATE:
            return format_date(record.due_date)
        if column == DESCRIPTION:
            return record.description
        if column == MEETING:
            return f"{format_date(record.meeting_date)} {record.meeting_title}".strip()
        if column == COUNTRY:
            return countries_text(record.countries)
        if column == OWNER:
            return record.owner_name
        if column == DEPARTMENT:
            return record.department
        if column == TOPIC:
            return self._topic_names.get(record.topic_id or 0, record.topic_name)
        if column == PRIORITY:
            return labels.label(labels.PRIORITY, record.priority)
        if column == STATUS:
            return labels.label(labels.FOLLOW_UP_STATUS, record.status)
        if column == LAST_UPDATE:
            return format_utc_timestamp(record.updated_at)
        return ""

    def sort_key(self, record: FollowUpRow, column: int) -> Any:
        """Dates by value (undated last), priorities by rank, the rest by their shown text."""
        if column == DUE_DATE:
            return (record.due_date is None, record.due_date or dt.date.max)
        if column == MEETING:
            return (record.meeting_date or dt.date.min, record.meeting_title.casefold())
        if column == PRIORITY:
            return _PRIORITY_RANK.get(record.priority, -1)
        if column == LAST_UPDATE:
            return record.updated_at or dt.datetime.min
        return self.display_text(record, column).casefold()

    def search_text(self, record: FollowUpRow) -> str:
        """Every shown cell, the counterpart contact and the country in every language."""
        cells = " ".join(self.display_text(record, c) for c in range(len(self.HEADERS)))
        return f"{cells} {record.counterpart_contact} {all_country_names(record.countries)}"

    def cell_data(self, record: FollowUpRow, column: int, role: int) -> Any:
        """Row colours by urgency; the full action text as a tooltip."""
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = _COLOURS.get(urgency(record, self.today()))
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role == Qt.ItemDataRole.ToolTipRole and column in (DESCRIPTION, MEETING):
            return self.display_text(record, column)
        return None
