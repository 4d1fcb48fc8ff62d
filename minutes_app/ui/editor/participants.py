"""The participants tab: one table per side (host, guest, other), each in order of precedence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutes_app.domain import records as r
from minutes_app.domain.vocab import Role, Side
from minutes_app.services import Services
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.editor.directory_copy import Directory
from minutes_app.ui.editor.list_controls import ListControls, configure_ordered_view, current_row, select_row
from minutes_app.ui.editor.participants_model import ParticipantsTableModel
from minutes_app.ui.editor.person_picker import PersonPicker
from minutes_app.ui.editor.quick_person_dialog import NewPersonDialog
from minutes_app.ui.editor.representative_dialog import RepresentativeDialog
from minutes_app.ui.editor.snapshots import shallow_copy
from minutes_app.ui.widgets.column_fit import HEADER_PADDING_PX, ColumnFit
from minutes_app.ui.widgets.combo_delegate import ComboDelegate

Locator = Callable[[int], "tuple[SidePanel, int] | None"]


def error_label() -> QLabel:
    """A hidden label for an error message, red, wrapping."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class SidePanel(QGroupBox):
    """One side's participants: a type-ahead to add people or representatives, and the ordered table."""

    edited = Signal()

    def __init__(
        self, side: str, services: Services, directory: Directory, locate: Locator, parent: QWidget | None = None
    ) -> None:
        super().__init__(vocabulary_labels.label(vocabulary_labels.SIDE, side), parent)
        self.side = side
        self._services = services
        self._directory = directory
        self._locate = locate
        self.dialog: NewPersonDialog | RepresentativeDialog | None = None  # the dialog open now, if any
        self.model = ParticipantsTableModel(side, directory, self)
        self.model.edited.connect(self.edited)
        self.picker = PersonPicker(directory)
        self.picker.setPlaceholderText(
            self.tr("Add a participant: type any spelling of a name, or an organisation, then Enter")
        )
        self.picker.person_picked.connect(self.add_person)
        self.picker.organisation_picked.connect(self.add_representative)
        self.picker.new_person_requested.connect(self.open_new_person)
        self.picker.new_representative_requested.connect(self.open_new_representative)
        self.new_person_button = QPushButton(self.tr("New person…"))
        self.new_person_button.setToolTip(self.tr("Add someone who is not in the directory yet"))
        self.new_person_button.clicked.connect(lambda: self.open_new_person(self.picker.text().strip()))
        self.representative_button = QPushButton(self.tr("Representative…"))
        self.representative_button.setToolTip(self.tr("Add an unnamed representative of an organisation"))
        self.representative_button.clicked.connect(lambda: self.open_new_representative(self.picker.text().strip()))
        self.view = QTableView()
        configure_ordered_view(self.view, self.model, stretch_column=ParticipantsTableModel.ORGANISATION, editable=True)
        self.view.setItemDelegateForColumn(ParticipantsTableModel.ROLE, ComboDelegate(self._role_choices, self.view))
        header = self.view.horizontalHeader()
        for column, width in (
            (ParticipantsTableModel.NUMBER, 44),
            (ParticipantsTableModel.NAME, 240),
            (ParticipantsTableModel.POSITION, 320),
            (ParticipantsTableModel.ROLE, 170),
            (ParticipantsTableModel.PRESENT, 70),
        ):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(title) + HEADER_PADDING_PX))
        self.view.setColumnHidden(ParticipantsTableModel.TRANSLATED_POSITION, True)
        # Names and positions give way on a laptop screen, so the role and presence stay in sight.
        shrinkable = (
            ParticipantsTableModel.NAME,
            ParticipantsTableModel.POSITION,
            ParticipantsTableModel.TRANSLATED_POSITION,
        )
        self.column_fit = ColumnFit(self.view, dict.fromkeys(shrinkable, 14))
        self.column_fit.remember_widths()
        self.model.modelReset.connect(self._fit_roles)
        self.model.dataChanged.connect(self._fit_roles)
        self.model.rowsInserted.connect(self._fit_roles)
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 4 + header.sizeHint().height())
        self.controls = ListControls(
            self.view, self.model, leading=[self.new_person_button, self.representative_button]
        )
        self.controls.removed.connect(lambda _record: self.clear_error())
        self.message = error_label()
        top = QHBoxLayout()
        top.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.controls)

    def set_translation_language(self, lang: str | None) -> None:
        """Show the column of positions in `lang` beside the original ones (None hides it)."""
        self.model.set_translation_language(lang)
        column = ParticipantsTableModel.TRANSLATED_POSITION
        self.view.setColumnHidden(column, lang is None)
        if lang is not None:
            # Beside the original position, as wide as it.
            header = self.view.horizontalHeader()
            header.moveSection(header.visualIndex(column), header.visualIndex(ParticipantsTableModel.POSITION) + 1)
            self.column_fit.want(column, self.column_fit.wanted(ParticipantsTableModel.POSITION))

    def _fit_roles(self) -> None:
        """Widen the role column so each row's role shows whole ("Nümayəndə heyətinin rəhbəri" is wider than 170 px)."""
        column = ParticipantsTableModel.ROLE
        # each role's name once, not each row's: a 500-person delegation holds a handful of roles (naming each
        # row's took 8 ms of the opening of such a meeting)
        roles = {self._directory.roles.name(key) for key in {a.role for a in self.model.rows()}}
        # Room for the role's drop-down arrow when it is edited in place.
        widest = max((self.view.fontMetrics().horizontalAdvance(role) for role in roles), default=0) + 32
        if widest > self.column_fit.wanted(column):
            self.column_fit.want(column, widest)

    def set_attendances(self, attendances: list[r.Attendance], *, keep_selection: bool = False) -> None:
        """Show these attendances (copies are kept, in precedence order), keeping the selected row number if asked."""
        row = current_row(self.view)
        self.clear_error()
        self.model.set_rows([shallow_copy(a) for a in sorted(attendances, key=lambda a: a.precedence)])
        if keep_selection and row >= 0:
            select_row(self.view, min(row, self.model.rowCount() - 1))

    def attendances(self) -> list[r.Attendance]:
        """The side's attendances in order, precedence numbered."""
        return self.model.attendances()

    def has_head(self) -> bool:
        """True when someone on this side chairs it or leads its delegation."""
        return any(self._directory.roles.leads(a.role) for a in self.model.rows())

    def _role_choices(self) -> list[tuple[str, str]]:
        # The roles in use, and a hidden one a row of this side still holds (so it is not lost on a click).
        return self._directory.roles.choices({a.role for a in self.model.rows()})

    def add_person(self, person_id: int) -> None:
        """Add a person of the directory (the first one of a side leads it); a person already listed is selected."""
        found = self._locate(person_id)
        if found is not None:
            panel, row = found
            select_row(panel.view, row)
            panel.show_error(
                row,
                self.tr("{0} is already listed on this meeting.").format(
                    panel.model.name_of(panel.model.record_at(row))
                ),
            )
            return
        person = self._directory.person(person_id)
        if person is None:
            return
        role = Role.MEMBER.value
        if not self.has_head() and self.side != Side.OTHER.value:
            role = Role.CHAIR.value if self.side == Side.HOST.value else Role.HEAD.value
        attendance = r.Attendance(
            person_id=person.id,
            organisation_id=person.organisation_id,
            side=self.side,
            role=role,
            position=person.position,
            person=person,
            organisation=self._directory.organisation(person.organisation_id),
        )
        self._added(attendance)

    def add_representative(self, organisation_id: int, position: str = "") -> None:
        """Add an unnamed representative of an organisation."""
        organisation = self._directory.organisation(organisation_id)
        if organisation is None:
            return
        attendance = r.Attendance(
            organisation_id=organisation.id,
            side=self.side,
            role=Role.MEMBER.value,
            position=position,
            organisation=organisation,
        )
        self._added(attendance)

    def _added(self, attendance: r.Attendance) -> None:
        self.clear_error()
        select_row(self.view, self.model.append(attendance))
        self.picker.setFocus()

    def open_new_person(self, name: str = "") -> NewPersonDialog:
        """Open the new-person dialog; on OK the person joins the directory and this side."""
        dialog = NewPersonDialog(self._services, self._directory, self, name=name)
        dialog.accepted.connect(lambda: self._new_person_done(dialog))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_new_representative(self, name: str = "") -> RepresentativeDialog:
        """Open the representative dialog; on OK the representative joins this side."""
        dialog = RepresentativeDialog(self._services, self._directory, self, name=name)
        dialog.accepted.connect(lambda: self._representative_done(dialog))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _new_person_done(self, dialog: NewPersonDialog) -> None:
        if dialog.person is not None and dialog.person.id is not None:
            self.picker.clear()
            self.add_person(dialog.person.id)

    def _representative_done(self, dialog: RepresentativeDialog) -> None:
        if dialog.organisation is not None and dialog.organisation.id is not None:
            self.picker.clear()
            self.add_representative(dialog.organisation.id, dialog.position.text().strip())

    def _forget_dialog(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def show_error(self, row: int, text: str) -> None:
        """Show an error about one row under the table, select the row and focus the table."""
        self.message.setText(text)
        self.message.show()
        select_row(self.view, row)
        self.view.setFocus()

    def clear_error(self) -> None:
        """Hide the error message."""
        self.message.clear()
        self.message.hide()

    def selected_row(self) -> int:
        """The selected row, or -1."""
        return current_row(self.view)


class ParticipantsSection(QWidget):
    """Host and guest sides, and the "other" side when it is used or asked for."""

    edited = Signal()

    def __init__(self, services: Services, directory: Directory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panels = {side.value: SidePanel(side.value, services, directory, self.locate) for side in Side}
        for panel in self.panels.values():
            panel.edited.connect(self.edited)
            panel.edited.connect(self._update_other_visibility)
        self.show_other = QPushButton(self.tr("Show other participants"))
        self.show_other.setCheckable(True)
        self.show_other.setToolTip(
            self.tr("Participants on neither side: observers, moderators, international organisations")
        )
        self.show_other.toggled.connect(self._update_other_visibility)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for panel in self.panels.values():
            splitter.addWidget(panel)
        for index, stretch in enumerate((2, 3, 2)):  # the guest side is usually the longer list
            splitter.setStretchFactor(index, stretch)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.show_other)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_other_visibility()

    @property
    def host(self) -> SidePanel:
        """The host side's panel."""
        return self.panels[Side.HOST.value]

    @property
    def guest(self) -> SidePanel:
        """The guest side's panel."""
        return self.panels[Side.GUEST.value]

    @property
    def other(self) -> SidePanel:
        """The panel of participants on neither side."""
        return self.panels[Side.OTHER.value]

    def set_translation_language(self, lang: str | None) -> None:
        """Show each side's positions in `lang` too (None: only the original positions)."""
        for panel in self.panels.values():
            panel.set_translation_language(lang)

    def set_attendances(self, attendances: list[r.Attendance], *, keep_view: bool = False) -> None:
        """Show the meeting's participants on their sides; `keep_view` keeps selections and the "other" side shown."""
        for side, panel in self.panels.items():
            panel.set_attendances([a for a in attendances if a.side == side], keep_selection=keep_view)
        if not keep_view:
            self.show_other.setChecked(False)
        self._update_other_visibility()

    def select(self, side: str, row: int) -> None:
        """Select a row of one side's table (the nearest one left), showing that side, and focus the table."""
        panel = self.panels.get(side)
        if panel is None:
            return
        if panel is self.other:
            self.show_other.setChecked(True)
        select_row(panel.view, min(row, panel.model.rowCount() - 1))
        panel.view.setFocus()

    def attendances(self) -> list[r.Attendance]:
        """Every participant: host side, then guest, then other, each in order of precedence."""
        return [a for panel in self.panels.values() for a in panel.attendances()]

    def locate(self, person_id: int) -> tuple[SidePanel, int] | None:
        """Where a person already stands among the participants, if anywhere."""
        for panel in self.panels.values():
            for row, attendance in enumerate(panel.model.rows()):
                if attendance.person_id == person_id:
                    return panel, row
        return None

    def show_error(self, index: int, text: str) -> None:
        """Show an error about the participant at `index` of `attendances()`."""
        for panel in self.panels.values():
            count = panel.model.rowCount()
            if index < count:
                if panel is self.other:
                    self.show_other.setChecked(True)
                panel.show_error(index, text)
                return
            index -= count

    def edit_translation(self, index: int) -> None:
        """Open the translated position of the participant at `index` of `attendances()` for typing."""
        for panel in self.panels.values():
            count = panel.model.rowCount()
            if index < count:
                if panel is self.other:
                    self.show_other.setChecked(True)
                select_row(panel.view, index)
                panel.view.setFocus()
                panel.view.edit(panel.model.index(index, ParticipantsTableModel.TRANSLATED_POSITION))
                return
            index -= count

    def clear_errors(self) -> None:
        """Hide every side's error message."""
        for panel in self.panels.values():
            panel.clear_error()

    def _update_other_visibility(self) -> None:
        used = self.other.model.rowCount() > 0
        self.other.setVisible(used or self.show_other.isChecked())
        self.show_other.setVisible(not used)
