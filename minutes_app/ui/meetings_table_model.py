"""The meetings list as a table: one row per MeetingSummary, newest first by default."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from minutes_app.domain.records import MeetingSummary
from minutes_app.ui import labels
from minutes_app.ui.formatting import all_country_names, countries_text, format_date
from minutes_app.ui.row_table_model import RowTableModel

DATE, TITLE, KIND, COUNTRY, STATUS, OPEN_FOLLOW_UPS = range(6)


class MeetingsTableModel(RowTableModel):
    """Meetings with date, title, kind, counterpart country, status and open follow-ups."""

    HEADER_CONTEXT = "MeetingsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Date"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Title"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Counterpart country"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Status"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Open follow-ups"),
    )

    def display_text(self, record: MeetingSummary, column: int) -> str:
        """The text of one cell."""
        if column == DATE:
            return format_date(record.date)
        if column == TITLE:
            return record.title
        if column == KIND:
            return labels.label(labels.MEETING_KIND, record.kind)
        if column == COUNTRY:
            return countries_text(record.countries)
        if column == STATUS:
            return labels.label(labels.MEETING_STATUS, record.status)
        if column == OPEN_FOLLOW_UPS:
            return str(record.open_follow_ups)
        return ""

    def sort_key(self, record: MeetingSummary, column: int) -> Any:
        """Dates and counts sort by value, the rest by their shown text."""
        if column == DATE:
            return record.date or dt.date.min
        if column == OPEN_FOLLOW_UPS:
            return record.open_follow_ups
        return self.display_text(record, column).casefold()

    def search_text(self, record: MeetingSummary) -> str:
        """Title, reference, date, labels and the counterpart's name in every language."""
        return " ".join(
            (
                record.title, record.reference_number, format_date(record.date),
                self.display_text(record, KIND), self.display_text(record, STATUS),
                all_country_names(record.countries),
            )
        )

    def cell_data(self, record: MeetingSummary, column: int, role: int) -> Any:
        """Counts align right; the full title shows as a tooltip."""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OPEN_FOLLOW_UPS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return record.title
        return None

    def row_of_meeting(self, meeting_id: int) -> int:
        """The shown row of a meeting, or -1."""
        return self.row_of(lambda record: record.id == meeting_id)
