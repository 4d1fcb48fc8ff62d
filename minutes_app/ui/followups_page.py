"""The Follow-ups page: every follow-up with its deadline, overdue ones in red; opens their meeting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from minutes_app.domain.records import FollowUpRow
from minutes_app.services import Services
from minutes_app.ui.followups_table_model import (
    COUNTRY,
    DEPARTMENT,
    DESCRIPTION,
    DUE_DATE,
    DUE_SOON_BACKGROUND,
    LAST_UPDATE,
    MEETING,
    OVERDUE_BACKGROUND,
    OWNER,
    PRIORITY,
    STATUS,
    TOPIC,
    FollowUpsTableModel,
)
from minutes_app.ui.formatting import display_language
from minutes_app.ui.meeting_commands import MeetingCommands
from minutes_app.ui.widgets.search_box import SearchBox
from minutes_app.ui.widgets.tables import configure_table, set_column_widths


class FollowUpsPage(QWidget):
    """The tracker table; Enter or double-click opens the meeting a follow-up came from."""

    def __init__(
        self, services: Services, commands: MeetingCommands, parent: QWidget | None = None,
        *, today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._commands = commands
        self._today = today
        self.model = FollowUpsTableModel(self, today=today)

        self.search_box = SearchBox(self.tr("Filter follow-ups: action, owner, department, country, topic…"))
        self.count_label = QLabel()
        self.legend = QLabel(
            self.tr("<span style='background:%1'>&nbsp;Overdue&nbsp;</span>&nbsp;&nbsp;"
                    "<span style='background:%2'>&nbsp;Due within 7 days&nbsp;</span>")
            .replace("%1", OVERDUE_BACKGROUND.name()).replace("%2", DUE_SOON_BACKGROUND.name())
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)  # too many columns to stretch one: the last fills what is left
        self.table.sortByColumn(DUE_DATE, Qt.SortOrder.AscendingOrder)
        set_column_widths(self.table, {
            DUE_DATE: 11, DESCRIPTION: 48, MEETING: 30, COUNTRY: 12, OWNER: 18, DEPARTMENT: 24, TOPIC: 18, PRIORITY: 9,
            STATUS: 11, LAST_UPDATE: 16,
        })

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)

        self.search_box.textChanged.connect(self._on_filter_changed)
        self.search_box.down_pressed.connect(self._enter_table)
        self.table.activated.connect(self._on_activated)

    def refresh(self) -> None:
        """Reload every follow-up from the store."""
        language = display_language()
        topics = self._services.topics.list(include_inactive=True)
        self.model.set_topic_names({t.id: t.name_in(language) for t in topics if t.id is not None})
        self.model.set_rows(self._services.follow_ups.list(today=self._today))
        self._update_count()

    def focus_search(self) -> None:
        """Put the keyboard in the filter box."""
        self.search_box.focus_and_select()

    def selected_follow_up(self) -> FollowUpRow | None:
        """The follow-up of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row: FollowUpRow = self.model.record_at(rows[0].row())
        return row

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._commands.open_meeting(self.model.record_at(index.row()).meeting_id)

    def _on_filter_changed(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_count()

    def _enter_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.selected_follow_up() is None:
                self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if shown == total:
            self.count_label.setText(self.tr("Follow-ups: %1").replace("%1", str(total)))
        else:
            self.count_label.setText(self.tr("Shown: %1 of %2").replace("%1", str(shown)).replace("%2", str(total)))
