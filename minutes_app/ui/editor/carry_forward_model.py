"""Which follow-ups carry forward to the meeting being edited, and the table that lists them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from minutes_app.domain.records import FollowUpRow
from minutes_app.domain.vocab import CLOSED_STATUSES, FollowUpStatus
from minutes_app.services import carry_forward
from minutes_app.services.followups import FollowUpService
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.formatting import format_date
from minutes_app.ui.common.row_table_model import RowTableModel
from minutes_app.ui.editor.agenda import first_line

OPEN_STATUSES = [s.value for s in FollowUpStatus if s not in CLOSED_STATUSES]


def earlier_open_follow_ups(
    follow_ups: FollowUpService,
    *,
    countries: list[str],
    meeting_id: int | None,
    date: dt.date | None,
) -> list[FollowUpRow]:
    """Follow-ups not done nor cancelled from other meetings with any of `countries`, held before `date`.

    With no date every other meeting counts; a meeting without a date counts too (it cannot be
    shown to be later). Soonest due first, those without a due date last.
    """
    found = {
        row.id: row
        for row in carry_forward.earlier_open(
            follow_ups.store, countries=countries, statuses=OPEN_STATUSES, meeting_id=meeting_id, before=date
        )
    }
    return sorted(
        found.values(),
        key=lambda row: (row.due_date is None, row.due_date or dt.date.max, row.meeting_date or dt.date.min, row.id),
    )


def count_earlier_open(
    follow_ups: FollowUpService, *, countries: list[str], meeting_id: int | None, date: dt.date | None
) -> int:
    """How many follow-ups `earlier_open_follow_ups` lists, counted in SQL."""
    return carry_forward.count_earlier_open(
        follow_ups.store, countries=countries, statuses=OPEN_STATUSES, meeting_id=meeting_id, before=date
    )


def meeting_label(row: FollowUpRow) -> str:
    """ "title (date)" of the meeting a follow-up came from."""
    return f"{row.meeting_title} ({format_date(row.meeting_date)})" if row.meeting_date else row.meeting_title


class CarryForwardTableModel(RowTableModel):
    """Open follow-ups of earlier meetings: due date, action, meeting, owner, status."""

    HEADER_CONTEXT = "CarryForwardTableModel"
    DUE, DESCRIPTION, MEETING, OWNER, STATUS = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("CarryForwardTableModel", "Due"),
        QT_TRANSLATE_NOOP("CarryForwardTableModel", "Action"),
        QT_TRANSLATE_NOOP("CarryForwardTableModel", "From the meeting"),
        QT_TRANSLATE_NOOP("CarryForwardTableModel", "Owner"),
        QT_TRANSLATE_NOOP("CarryForwardTableModel", "Status"),
    )

    def display_text(self, record: Any, column: int) -> str:
        """The text of one cell."""
        row: FollowUpRow = record
        if column == self.DUE:
            return format_date(row.due_date)
        if column == self.DESCRIPTION:
            return first_line(row.description)
        if column == self.MEETING:
            return meeting_label(row)
        if column == self.OWNER:
            return row.owner_name or row.department
        return vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, row.status)

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        """Whole texts as tooltips."""
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.DESCRIPTION, self.MEETING, self.OWNER):
            return record.description if column == self.DESCRIPTION else self.display_text(record, column)
        return None

    def row_of_id(self, follow_up_id: int) -> int:
        """The row showing this follow-up, or -1."""
        return self.row_of(lambda row: row.id == follow_up_id)
