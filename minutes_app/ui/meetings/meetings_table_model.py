"""The meetings list as a table: one row per MeetingSummary, newest first by default."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from minutes_app.domain.records import MeetingSummary
from minutes_app.ui.common import texts_in, vocabulary_labels
from minutes_app.ui.common.formatting import all_country_names, format_date
from minutes_app.ui.common.row_table_model import RowTableModel

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
        """The text of one cell, in the texts language."""
        lang = self.texts_language()
        if column == DATE:
            return format_date(record.date)
        if column == TITLE:
            return texts_in.record_text(record, "title", lang).text
        if column == KIND:
            return texts_in.vocabulary(vocabulary_labels.MEETING_KIND, record.kind, lang)
        if column == COUNTRY:
            return texts_in.countries(record.countries, lang)
        if column == STATUS:
            return texts_in.vocabulary(vocabulary_labels.MEETING_STATUS, record.status, lang)
        if column == OPEN_FOLLOW_UPS:
            return str(record.open_follow_ups)
        return ""

    def is_fallback(self, record: MeetingSummary, column: int) -> bool:
        """The title shows as written when it has no translation into the texts language."""
        return column == TITLE and texts_in.record_text(record, "title", self.texts_language()).fallback

    def venue(self, record: MeetingSummary) -> str:
        """The venue in the texts language (as written when it has no translation)."""
        return texts_in.record_text(record, "venue", self.texts_language()).text

    def sort_key(self, record: MeetingSummary, column: int) -> Any:
        """Dates and counts sort by value, the rest by their shown text."""
        if column == DATE:
            return record.date or dt.date.min
        if column == OPEN_FOLLOW_UPS:
            return record.open_follow_ups
        return self.display_text(record, column).casefold()

    def search_text(self, record: MeetingSummary) -> str:
        """Title (as shown and as written), reference, date, labels, the counterpart's name in every language, department."""
        shown = self.display_text(record, TITLE)
        return " ".join(
            (
                record.title,
                shown if shown != record.title else "",
                record.reference_number,
                format_date(record.date),
                record.date.isoformat() if record.date else "",  # 2026-10 finds October in every language
                self.display_text(record, KIND),
                self.display_text(record, STATUS),
                all_country_names(record.countries),
                record.department,  # not a column (the list fits a laptop as it is): typing it filters
            )
        )

    def cell_data(self, record: MeetingSummary, column: int, role: int) -> Any:
        """Counts align right; the full title and the venue show as a tooltip."""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OPEN_FOLLOW_UPS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            title, venue = self.display_text(record, TITLE), self.venue(record)
            return f"{title}\n{venue}" if venue else title
        return None

    def row_of_meeting(self, meeting_id: int) -> int:
        """The shown row of a meeting, or -1."""
        return self.row_of(lambda record: record.id == meeting_id)
