"""The People & organisations page: browse and search the directory, add, edit, delete, see attendance."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain.errors import MinutesError
from minutes_app.domain.records import Organisation, Person
from minutes_app.services import Services
from minutes_app.ui.common.error_messages import show_error
from minutes_app.ui.common.formatting import format_date
from minutes_app.ui.directory.organisation_dialog import OrganisationDialog
from minutes_app.ui.directory.organisations_table_model import NAME as ORGANISATION_NAME
from minutes_app.ui.directory.organisations_table_model import OrganisationsTableModel
from minutes_app.ui.directory.people_table_model import NAME as PERSON_NAME
from minutes_app.ui.directory.people_table_model import PeopleTableModel
from minutes_app.ui.directory.person_dialog import PersonDialog
from minutes_app.ui.meetings.meeting_commands import MeetingCommands
from minutes_app.ui.widgets.column_fit import ColumnFit
from minutes_app.ui.widgets.search_box import SearchBox
from minutes_app.ui.widgets.table_setup import configure_table, set_column_widths

MEETING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RecordDialog = TypeVar("RecordDialog", PersonDialog, OrganisationDialog)
PEOPLE_TAB, ORGANISATIONS_TAB = 0, 1


class DirectoryPage(QWidget):
    """People and organisations in two tabs under one search box (any spelling, any script)."""

    data_changed = Signal()
    status_reported = Signal(str)

    def __init__(self, services: Services, commands: MeetingCommands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.write_limit = ""  # why the member's role on a team server cannot change the directory
        self._services = services
        self._commands = commands
        self.people_model = PeopleTableModel(self)
        self.organisations_model = OrganisationsTableModel(self)

        self.search_box = SearchBox(self.tr("Search by any spelling of a name or organisation…"))
        self.people_table = QTableView()
        self.people_table.setModel(self.people_model)
        configure_table(self.people_table)
        self.people_table.sortByColumn(PERSON_NAME, Qt.SortOrder.AscendingOrder)
        set_column_widths(self.people_table, {PERSON_NAME: 24, 1: 30, 2: 30, 3: 30, 4: 20})
        # Names, spellings, positions and organisations narrow so e-mail and phone stay in sight on a laptop.
        self.people_fit = ColumnFit(self.people_table, {PERSON_NAME: 14, 1: 10, 2: 10, 3: 10})
        self.people_fit.remember_widths()
        self.organisations_table = QTableView()
        self.organisations_table.setModel(self.organisations_model)
        configure_table(self.organisations_table)
        self.organisations_table.sortByColumn(ORGANISATION_NAME, Qt.SortOrder.AscendingOrder)
        set_column_widths(self.organisations_table, {ORGANISATION_NAME: 50, 1: 22, 2: 16})
        self.meetings_list = QListWidget()
        self.meetings_list.setWordWrap(True)
        self.meetings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meetings_caption = QLabel()
        self.meetings_caption.setWordWrap(True)

        self.tabs = QTabWidget()
        self.add_person_button = QPushButton(self.tr("Add &person…"))
        self.add_organisation_button = QPushButton(self.tr("Add o&rganisation…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self._lay_out()

        self.search_box.textChanged.connect(self._on_filter_changed)
        self.search_box.down_pressed.connect(self._enter_table)
        self.tabs.currentChanged.connect(self._update_buttons)
        self.people_table.activated.connect(self._on_person_activated)
        self.organisations_table.activated.connect(self._on_organisation_activated)
        self.people_table.selectionModel().selectionChanged.connect(self._on_person_selected)
        self.organisations_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.meetings_list.itemActivated.connect(self._open_attended_meeting)
        self.add_person_button.clicked.connect(lambda: self.add_person())
        self.add_organisation_button.clicked.connect(lambda: self.add_organisation())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.delete_button.clicked.connect(self.delete_selected)
        self._update_buttons()

    def _lay_out(self) -> None:
        attended = QGroupBox(self.tr("Meetings attended"))
        attended_layout = QVBoxLayout(attended)
        attended_layout.addWidget(self.meetings_caption)
        attended_layout.addWidget(self.meetings_list, 1)
        people = QSplitter()
        people.addWidget(self.people_table)
        people.addWidget(attended)
        people.setStretchFactor(0, 3)
        people.setStretchFactor(1, 1)
        self.tabs.addTab(people, self.tr("People"))
        self.tabs.addTab(self.organisations_table, self.tr("Organisations"))
        buttons = QHBoxLayout()
        for button in (self.add_person_button, self.add_organisation_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Reload people and organisations, keeping the selection and the search."""
        person = self.selected_person()
        organisation = self.selected_organisation()
        organisations = self._services.directory.organisations()
        self.people_model.set_organisations(organisations)
        self.people_model.set_rows(self._services.directory.people())
        self.organisations_model.set_rows(organisations)
        if person is not None and person.id is not None:
            self._select(self.people_table, self.people_model.row_of_person(person.id))
        if organisation is not None and organisation.id is not None:
            self._select(self.organisations_table, self.organisations_model.row_of_organisation(organisation.id))
        self._show_attendance()
        self._update_buttons()

    def focus_search(self) -> None:
        """Put the keyboard in the search box."""
        self.search_box.focus_and_select()

    def selected_person(self) -> Person | None:
        """The person of the selected row on the People tab."""
        rows = self.people_table.selectionModel().selectedRows()
        return self.people_model.record_at(rows[0].row()) if rows else None

    def selected_organisation(self) -> Organisation | None:
        """The organisation of the selected row on the Organisations tab."""
        rows = self.organisations_table.selectionModel().selectedRows()
        return self.organisations_model.record_at(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> bool:
        """Show the People tab with one person selected; False when the search hides them."""
        self.tabs.setCurrentIndex(PEOPLE_TAB)
        return self._select(self.people_table, self.people_model.row_of_person(person_id))

    def select_organisation(self, organisation_id: int) -> bool:
        """Show the Organisations tab with one organisation selected; False when the search hides it."""
        self.tabs.setCurrentIndex(ORGANISATIONS_TAB)
        return self._select(self.organisations_table, self.organisations_model.row_of_organisation(organisation_id))

    def reveal(self, kind: str, record_id: int) -> bool:
        """Select a person or an organisation ("person" / "organisation"), clearing a search that hides it."""
        select = self.select_person if kind == "person" else self.select_organisation
        if select(record_id):
            return True
        self.search_box.clear()
        return select(record_id)

    def add_person(self) -> PersonDialog:
        """Open the dialog for a new person."""
        return self._open_dialog(PersonDialog(self._services, None, self))

    def add_organisation(self) -> OrganisationDialog:
        """Open the dialog for a new organisation."""
        return self._open_dialog(OrganisationDialog(self._services, None, self))

    def edit_selected(self) -> QDialog | None:
        """Open the dialog for the selected person or organisation."""
        if self.tabs.currentIndex() == PEOPLE_TAB:
            person = self.selected_person()
            return self._open_dialog(PersonDialog(self._services, person, self)) if person else None
        organisation = self.selected_organisation()
        return self._open_dialog(OrganisationDialog(self._services, organisation, self)) if organisation else None

    def delete_selected(self) -> None:
        """Ask, then move the selected person or organisation to the trash."""
        on_people = self.tabs.currentIndex() == PEOPLE_TAB
        record = self.selected_person() if on_people else self.selected_organisation()
        if record is None or record.id is None:
            return
        question = (
            self.tr("Delete “%1” from the directory?\n\nMinutes of past meetings keep their attendance.")
            if on_people
            else self.tr("Delete the organisation “%1” from the directory?\n\nMinutes of past meetings keep it.")
        ).replace("%1", record.name)
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            if on_people:
                self._services.directory.delete_person(record.id)
            else:
                self._services.directory.delete_organisation(record.id)
        except MinutesError as error:
            show_error(self, self.tr("Delete"), error)
            return
        self.status_reported.emit(self.tr("Deleted “%1”.").replace("%1", record.name))
        self.data_changed.emit()

    def _open_dialog(self, dialog: RecordDialog) -> RecordDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_record_saved)
        dialog.open()
        return dialog

    def _on_record_saved(self, record: Person | Organisation) -> None:
        self.data_changed.emit()
        if record.id is None:
            return
        if isinstance(record, Person):
            self.select_person(record.id)
        else:
            self.tabs.setCurrentIndex(ORGANISATIONS_TAB)
            self._select(self.organisations_table, self.organisations_model.row_of_organisation(record.id))
        self.status_reported.emit(self.tr("Saved “%1”.").replace("%1", record.name))

    def _select(self, table: QTableView, row: int) -> bool:
        if row < 0:
            return False
        table.selectRow(row)
        table.scrollTo(table.model().index(row, 0))
        return True

    def _on_filter_changed(self, text: str) -> None:
        self.people_model.set_filter_text(text)
        self.organisations_model.set_filter_text(text)
        # Show the tab with matches when the current one has none.
        if (
            self.tabs.currentIndex() == PEOPLE_TAB
            and not self.people_model.rowCount()
            and self.organisations_model.rowCount()
        ):
            self.tabs.setCurrentIndex(ORGANISATIONS_TAB)
        elif (
            self.tabs.currentIndex() == ORGANISATIONS_TAB
            and not self.organisations_model.rowCount()
            and self.people_model.rowCount()
        ):
            self.tabs.setCurrentIndex(PEOPLE_TAB)
        self.tabs.setTabText(
            PEOPLE_TAB,
            self.tr("People (%1)").replace("%1", str(self.people_model.rowCount())) if text else self.tr("People"),
        )
        self.tabs.setTabText(
            ORGANISATIONS_TAB,
            self.tr("Organisations (%1)").replace("%1", str(self.organisations_model.rowCount()))
            if text
            else self.tr("Organisations"),
        )
        self._show_attendance()
        self._update_buttons()

    def _enter_table(self) -> None:
        table = self.people_table if self.tabs.currentIndex() == PEOPLE_TAB else self.organisations_table
        if table.model().rowCount():
            table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not table.selectionModel().selectedRows():
                table.selectRow(0)

    def _on_person_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def _on_organisation_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def _on_person_selected(self) -> None:
        self._show_attendance()
        self._update_buttons()

    def _show_attendance(self) -> None:
        self.meetings_list.clear()
        person = self.selected_person()
        if person is None or person.id is None:
            self.meetings_caption.setText(self.tr("Select a person to see the meetings they attended."))
            return
        meetings = self._services.directory.meetings_of_person(person.id)
        self.meetings_caption.setText(
            self.tr("Meetings attended by %1: %2").replace("%1", person.name).replace("%2", str(len(meetings)))
            if meetings
            else self.tr("%1 attended no recorded meeting.").replace("%1", person.name)
        )
        for meeting in meetings:
            item = QListWidgetItem(f"{format_date(meeting.date)}  {meeting.title}")
            item.setData(MEETING_ID_ROLE, meeting.id)
            item.setToolTip(meeting.title)
            self.meetings_list.addItem(item)

    def _open_attended_meeting(self, item: QListWidgetItem) -> None:
        self._commands.open_meeting(int(item.data(MEETING_ID_ROLE)))

    def _update_buttons(self) -> None:
        on_people = self.tabs.currentIndex() == PEOPLE_TAB
        has_selection = (self.selected_person() if on_people else self.selected_organisation()) is not None
        self.edit_button.setEnabled(has_selection and not self.write_limit)
        self.delete_button.setEnabled(has_selection and not self.write_limit)
