"""The dossier's tables: meetings on the timeline, people met, decisions taken, and follow-ups with their urgency."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QBrush

from minutes_app.domain.records import DossierDecision, DossierMeeting, DossierPerson, FollowUpRow
from minutes_app.ui import labels
from minutes_app.ui.followups_table_model import (
    DUE_SOON,
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    OVERDUE,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    urgency,
)
from minutes_app.ui.formatting import format_date
from minutes_app.ui.row_table_model import RowTableModel

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the meeting a row belongs to, in every dossier table
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def lead_text(name: str, position: str) -> str:
    """"Name, position" of whoever led a side; either part may be missing."""
    return ", ".join(part for part in (name, position) if part)


class DossierMeetingsTableModel(RowTableModel):
    """The timeline: each meeting with the counterpart, newest first, with who led each side."""

    HEADER_CONTEXT = "DossierMeetingsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DossierMeetingsTableModel", "Date"),
        QT_TRANSLATE_NOOP("DossierMeetingsTableModel", "Title"),
        QT_TRANSLATE_NOOP("DossierMeetingsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("DossierMeetingsTableModel", "Host side led by"),
        QT_TRANSLATE_NOOP("DossierMeetingsTableModel", "Guest side led by"),
    )
    DATE, TITLE, KIND, HOST_LEAD, GUEST_LEAD = range(5)

    def display_text(self, record: DossierMeeting, column: int) -> str:
        """The text of one cell."""
        return (
            format_date(record.date), record.title, labels.label(labels.MEETING_KIND, record.kind),
            lead_text(record.host_lead, record.host_lead_position),
            lead_text(record.guest_lead, record.guest_lead_position),
        )[column]

    def sort_key(self, record: DossierMeeting, column: int) -> Any:
        """Dates by value, the rest by their shown text."""
        if column == self.DATE:
            return record.date or dt.date.min
        return self.display_text(record, column).casefold()

    def cell_data(self, record: DossierMeeting, column: int, role: int) -> Any:
        """The meeting's id for opening it; full texts as tooltips."""
        if role == MEETING_ID_ROLE:
            return record.meeting_id
        if role == Qt.ItemDataRole.ToolTipRole and column != self.DATE:
            return self.display_text(record, column)
        return None


class DossierPeopleTableModel(RowTableModel):
    """The counterpart's people met, most often met first."""

    HEADER_CONTEXT = "DossierPeopleTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DossierPeopleTableModel", "Name"),
        QT_TRANSLATE_NOOP("DossierPeopleTableModel", "Positions"),
        QT_TRANSLATE_NOOP("DossierPeopleTableModel", "Organisation"),
        QT_TRANSLATE_NOOP("DossierPeopleTableModel", "Times met"),
        QT_TRANSLATE_NOOP("DossierPeopleTableModel", "First met"),
        QT_TRANSLATE_NOOP("DossierPeopleTableModel", "Last met"),
    )
    NAME, POSITIONS, ORGANISATION, TIMES_MET, FIRST_MET, LAST_MET = range(6)

    def display_text(self, record: DossierPerson, column: int) -> str:
        """The text of one cell; positions most recent first."""
        return (
            record.name, "; ".join(record.positions), record.organisation_name, str(record.meetings),
            format_date(record.first_met), format_date(record.last_met),
        )[column]

    def sort_key(self, record: DossierPerson, column: int) -> Any:
        """Counts and dates by value, the rest by their shown text."""
        if column == self.TIMES_MET:
            return record.meetings
        if column == self.FIRST_MET:
            return record.first_met or dt.date.min
        if column == self.LAST_MET:
            return record.last_met or dt.date.min
        return self.display_text(record, column).casefold()

    def cell_data(self, record: DossierPerson, column: int, role: int) -> Any:
        """Counts align right; long texts show whole as tooltips."""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.TIMES_MET:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.POSITIONS, self.ORGANISATION):
            return self.display_text(record, column)
        return None


class DossierDecisionsTableModel(RowTableModel):
    """Decisions taken with the counterpart, newest meeting first, in their numbered order."""

    HEADER_CONTEXT = "DossierDecisionsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DossierDecisionsTableModel", "Date"),
        QT_TRANSLATE_NOOP("DossierDecisionsTableModel", "No."),
        QT_TRANSLATE_NOOP("DossierDecisionsTableModel", "Decision"),
        QT_TRANSLATE_NOOP("DossierDecisionsTableModel", "Meeting"),
    )
    DATE, NUMBER, TEXT, MEETING = range(4)

    def display_text(self, record: DossierDecision, column: int) -> str:
        """The text of one cell."""
        return (format_date(record.meeting_date), str(record.number), record.text, record.meeting_title)[column]

    def sort_key(self, record: DossierDecision, column: int) -> Any:
        """By date then number; numbers by value; the rest by their shown text."""
        if column == self.DATE:
            return (record.meeting_date or dt.date.min, -record.number)
        if column == self.NUMBER:
            return record.number
        return self.display_text(record, column).casefold()

    def cell_data(self, record: DossierDecision, column: int, role: int) -> Any:
        """The meeting's id for opening it; the whole decision as a tooltip."""
        if role == MEETING_ID_ROLE:
            return record.meeting_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TEXT, self.MEETING):
            return self.display_text(record, column)
        return None


class DossierFollowUpsTableModel(RowTableModel):
    """Open and done follow-ups; overdue in red and due within a week in amber, as in the tracker."""

    HEADER_CONTEXT = "DossierFollowUpsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DossierFollowUpsTableModel", "Due"),
        QT_TRANSLATE_NOOP("DossierFollowUpsTableModel", "Action"),
        QT_TRANSLATE_NOOP("DossierFollowUpsTableModel", "Status"),
        QT_TRANSLATE_NOOP("DossierFollowUpsTableModel", "Completed"),
        QT_TRANSLATE_NOOP("DossierFollowUpsTableModel", "Department"),
        QT_TRANSLATE_NOOP("DossierFollowUpsTableModel", "Meeting"),
    )
    DUE, ACTION, STATUS, COMPLETED, DEPARTMENT, MEETING = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = dt.date.today()
        self._colours = {
            OVERDUE: (QBrush(OVERDUE_BACKGROUND), QBrush(OVERDUE_FOREGROUND)),
            DUE_SOON: (QBrush(DUE_SOON_BACKGROUND), QBrush(DUE_SOON_FOREGROUND)),
        }

    def set_today(self, today: dt.date) -> None:
        """The day urgency is judged on (the dossier's)."""
        self._today = today

    def display_text(self, record: FollowUpRow, column: int) -> str:
        """The text of one cell."""
        return (
            format_date(record.due_date), record.description, labels.label(labels.FOLLOW_UP_STATUS, record.status),
            format_date(record.completed_on), record.department, record.meeting_title,
        )[column]

    def sort_key(self, record: FollowUpRow, column: int) -> Any:
        """Dates by value (undated last), the rest by their shown text."""
        if column == self.DUE:
            return (record.due_date is None, record.due_date or dt.date.min)
        if column == self.COMPLETED:
            return record.completed_on or dt.date.min
        return self.display_text(record, column).casefold()

    def cell_data(self, record: FollowUpRow, column: int, role: int) -> Any:
        """Urgency colours across the row; the meeting's id; full texts as tooltips."""
        if role == MEETING_ID_ROLE:
            return record.meeting_id
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = self._colours.get(urgency(record, self._today))
            if colours is not None:
                return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.ACTION, self.DEPARTMENT, self.MEETING):
            return self.display_text(record, column)
        return None
