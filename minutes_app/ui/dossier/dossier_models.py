"""The dossier's tables: meetings on the timeline, people met, decisions taken, and follow-ups with their urgency."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QBrush

from minutes_app.domain.records import DossierDecision, DossierMeeting, DossierPerson, FollowUpRow
from minutes_app.ui.common import texts_in, vocabulary_labels
from minutes_app.ui.common.formatting import format_date
from minutes_app.ui.common.overdue_mark import days_overdue, overdue_icon, with_overdue
from minutes_app.ui.common.row_table_model import RowTableModel
from minutes_app.ui.common.texts_in import Shown
from minutes_app.ui.tracker.followups_table_model import (
    DUE_SOON,
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    OVERDUE,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    urgency,
)

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the meeting a row belongs to, in every dossier table
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _lead(names: dict[str, str], name: str, positions: dict[str, str], position: str, lang: str) -> Shown:
    """A side's lead as "Name, position" in `lang`, each part falling back to its recorded form."""
    return texts_in.joined([texts_in.form_in(names, lang, name), texts_in.form_in(positions, lang, position)], ", ")


def _meeting_title(titles: dict[str, str], title: str, original: str, lang: str) -> Shown:
    """A meeting's title in `lang` from its translations, else as written."""
    return Shown(title) if lang == original else texts_in.form_in(titles, lang, title)


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

    def cell(self, record: DossierMeeting, column: int) -> Shown:
        """The text of one cell in the texts language, and whether it fell back to the original."""
        lang = self.texts_language()
        if column == self.DATE:
            return Shown(format_date(record.date))
        if column == self.TITLE:
            return texts_in.record_text(record, "title", lang)
        if column == self.KIND:
            return Shown(texts_in.vocabulary(vocabulary_labels.MEETING_KIND, record.kind, lang))
        if column == self.HOST_LEAD:
            return _lead(
                record.host_lead_names, record.host_lead, record.host_lead_positions, record.host_lead_position, lang
            )
        return _lead(
            record.guest_lead_names, record.guest_lead, record.guest_lead_positions, record.guest_lead_position, lang
        )

    def display_text(self, record: DossierMeeting, column: int) -> str:
        """The text of one cell."""
        return self.cell(record, column).text

    def is_fallback(self, record: DossierMeeting, column: int) -> bool:
        """True when the cell shows a text as written, for want of a form in the texts language."""
        return self.cell(record, column).fallback

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

    def cell(self, record: DossierPerson, column: int) -> Shown:
        """The text of one cell in the texts language; positions most recent first."""
        lang = self.texts_language()
        if column == self.NAME:
            return texts_in.form_in(record.names, lang, record.name)
        if column == self.POSITIONS:
            forms = record.positions_in.get(lang, []) if lang else []
            shown = [
                texts_in.form_in({lang: forms[i]} if i < len(forms) else {}, lang, position)
                for i, position in enumerate(record.positions)
            ]
            return texts_in.joined(shown, "; ")
        if column == self.ORGANISATION:
            return texts_in.form_in(record.organisation_names, lang, record.organisation_name)
        return Shown(
            (
                "",
                "",
                "",
                str(record.meetings),
                format_date(record.first_met),
                format_date(record.last_met),
            )[column]
        )

    def display_text(self, record: DossierPerson, column: int) -> str:
        """The text of one cell."""
        return self.cell(record, column).text

    def is_fallback(self, record: DossierPerson, column: int) -> bool:
        """True when the cell shows a name or position as recorded, for want of a form in the texts language."""
        return self.cell(record, column).fallback

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

    def cell(self, record: DossierDecision, column: int) -> Shown:
        """The text of one cell in the texts language, and whether it fell back to the original."""
        lang = self.texts_language()
        if column == self.TEXT:
            return texts_in.record_text(record, "text", lang)
        if column == self.MEETING:
            return _meeting_title(record.meeting_titles, record.meeting_title, record.language, lang)
        return Shown(format_date(record.meeting_date) if column == self.DATE else str(record.number))

    def display_text(self, record: DossierDecision, column: int) -> str:
        """The text of one cell."""
        return self.cell(record, column).text

    def is_fallback(self, record: DossierDecision, column: int) -> bool:
        """True when the cell shows a text as written, for want of a translation into the texts language."""
        return self.cell(record, column).fallback

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
    """Open and done follow-ups; overdue in red and in words with an icon, due within a week in amber, as in the tracker."""

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

    def cell(self, record: FollowUpRow, column: int) -> Shown:
        """The text of one cell in the texts language, and whether it fell back to the original."""
        lang = self.texts_language()
        if column == self.ACTION:
            return texts_in.record_text(record, "description", lang)
        if column == self.DEPARTMENT:
            return texts_in.record_text(record, "department", lang)
        if column == self.MEETING:
            return _meeting_title(record.meeting_titles, record.meeting_title, record.language, lang)
        if column == self.STATUS:
            status = texts_in.vocabulary(vocabulary_labels.FOLLOW_UP_STATUS, record.status, lang)
            return Shown(with_overdue(status, days_overdue(record.due_date, record.status, self._today)))
        return Shown(format_date(record.due_date if column == self.DUE else record.completed_on))

    def display_text(self, record: FollowUpRow, column: int) -> str:
        """The text of one cell."""
        return self.cell(record, column).text

    def is_fallback(self, record: FollowUpRow, column: int) -> bool:
        """True when the cell shows a text as written, for want of a translation into the texts language."""
        return self.cell(record, column).fallback

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
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            # Words and icon, not only the colour a selected row loses.
            return overdue_icon() if days_overdue(record.due_date, record.status, self._today) else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = self._colours.get(urgency(record, self._today))
            if colours is not None:
                return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.ACTION, self.DEPARTMENT, self.MEETING):
            return self.display_text(record, column)
        return None
