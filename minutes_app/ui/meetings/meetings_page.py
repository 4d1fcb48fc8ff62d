"""The Meetings page: every meeting in a sortable table with a quick filter and the meeting actions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from minutes_app.domain.records import MeetingSummary
from minutes_app.services import Services
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.vocabulary_labels import MEETING_STATUS
from minutes_app.ui.meetings.meeting_commands import MeetingCommands
from minutes_app.ui.meetings.meetings_table_model import (
    COUNTRY,
    DATE,
    KIND,
    OPEN_FOLLOW_UPS,
    STATUS,
    TITLE,
    MeetingsTableModel,
)
from minutes_app.ui.widgets.search_box import SearchBox
from minutes_app.ui.widgets.table_setup import configure_table, set_column_widths, widen_for_texts


class MeetingsPage(QWidget):
    """Browse, filter, open, duplicate and delete meetings."""

    def __init__(self, services: Services, commands: MeetingCommands, parent: QWidget | None = None) -> None:
        """The rows are read from the store a page at a time (MeetingsTableModel), on refresh() and as they are shown."""
        super().__init__(parent)
        self._services = services
        self._commands = commands
        self.write_limit = ""  # why the member's role on a team server cannot duplicate or delete ("" when it can)
        self.model = MeetingsTableModel(services.meeting_list, self)
        self._kept_selection: int | None = None  # the meeting selected before the rows were read again
        self._filtering = False  # a filter word read the rows again: the selection goes, as it always has

        self.search_box = SearchBox(self.tr("Filter meetings: title, country, kind, status, reference…"))
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        # After the view's own slots (connected by setModel), which clear the selection on a reset.
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        configure_table(self.table, stretch_column=TITLE)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        set_column_widths(self.table, {DATE: 11, KIND: 22, COUNTRY: 16, STATUS: 20, OPEN_FOLLOW_UPS: 8})
        # "Protokolun layihəsi hazırlanıb" is longer than 20 characters: the statuses show whole in every language.
        widen_for_texts(self.table, STATUS, [text for _key, text in vocabulary_labels.choices(MEETING_STATUS)])

        self.new_button = QPushButton(self.tr("&New meeting"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.duplicate_button = QPushButton(self.tr("Duplicate as ne&xt meeting"))
        self.delete_button = QPushButton(self.tr("&Delete…"))

        delete_key = QAction(self.table)
        delete_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.triggered.connect(self.delete_selected)
        self.table.addAction(delete_key)

        self._lay_out()
        self.search_box.textChanged.connect(self._on_filter_changed)
        self.search_box.returnPressed.connect(self._open_first_match)
        self.search_box.down_pressed.connect(self._enter_table)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.new_button.clicked.connect(lambda: self._commands.new_meeting())
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self._update_buttons()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Read the meetings again from the store (the counts and the rows on screen), keeping the selection and the filter."""
        self.model.reload()
        self._update_count()

    def _remember_selection(self) -> None:
        selected = None if self._filtering else self.selected_meeting()
        self._kept_selection = selected.id if selected is not None else None

    def _restore_selection(self) -> None:
        kept, self._kept_selection = self._kept_selection, None
        if kept is not None:
            self.select_meeting(kept)

    def set_texts_language(self, lang: str) -> None:
        """Show the meetings' texts in `lang` ("" for the original), keeping the selection."""
        self.model.set_texts_language(lang)
        self._update_count()

    def focus_search(self) -> None:
        """Put the keyboard in the filter box."""
        self.search_box.focus_and_select()

    def selected_meeting(self) -> MeetingSummary | None:
        """The meeting of the current row, if a row is selected."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        try:
            return self.model.record_at(rows[0].row())
        except IndexError:  # deleted elsewhere since the rows were counted
            return None

    def select_meeting(self, meeting_id: int) -> bool:
        """Select the row of a meeting; False when the filter hides it or it does not exist."""
        row = self.model.row_of_meeting(meeting_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_selected(self) -> None:
        """Open the selected meeting in the editor."""
        meeting = self.selected_meeting()
        if meeting is not None:
            self._commands.open_meeting(meeting.id)

    def duplicate_selected(self) -> None:
        """Start the next meeting from the selected one."""
        meeting = self.selected_meeting()
        if meeting is not None:
            self._commands.duplicate_as_next(meeting.id)

    def delete_selected(self) -> None:
        """Delete the selected meeting after confirmation."""
        meeting = self.selected_meeting()
        if meeting is not None:
            self._commands.delete_meeting(meeting.id, meeting.title)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._commands.open_meeting(self.model.record_at(index.row()).id)

    def _on_filter_changed(self, text: str) -> None:
        self._filtering = True
        try:
            self.model.set_filter_text(text)
        finally:
            self._filtering = False
        self._update_count()

    def _open_first_match(self) -> None:
        # Enter in the filter box means "the first meeting the filter found", whatever row was clicked before.
        if self.model.rowCount() == 0:
            return
        self.table.selectRow(0)
        self.open_selected()

    def _enter_table(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.selected_meeting() is None:
            self.table.selectRow(0)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if shown == total:
            self.count_label.setText(self.tr("Meetings: %1").replace("%1", str(total)))
        else:
            self.count_label.setText(self.tr("Shown: %1 of %2").replace("%1", str(shown)).replace("%2", str(total)))

    def _update_buttons(self) -> None:
        has_selection = self.selected_meeting() is not None
        self.open_button.setEnabled(has_selection)
        for button in (self.duplicate_button, self.delete_button):
            button.setEnabled(has_selection and not self.write_limit)
