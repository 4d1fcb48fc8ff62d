"""Follow-ups agreed at the meeting: who does what by when; edited rows keep their id, version and history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.common import vocabulary_labels
from minutes_app.ui.common.date_fields import optional_date_edit
from minutes_app.ui.common.formatting import display_language, format_date
from minutes_app.ui.common.overdue_mark import days_overdue, overdue_icon, with_overdue
from minutes_app.ui.editor.agenda import AgendaTableModel, first_line
from minutes_app.ui.editor.decisions import DecisionEntry, DecisionsTableModel, index_in
from minutes_app.ui.editor.directory_copy import Directory
from minutes_app.ui.editor.ordered_model import OrderedTableModel
from minutes_app.ui.editor.person_picker import PersonField
from minutes_app.ui.editor.quick_person_dialog import NewPersonDialog
from minutes_app.ui.editor.record_section import RecordSection
from minutes_app.ui.editor.snapshots import is_provisional


@dataclass(eq=False)
class FollowUpEntry:
    """A follow-up with the agenda item and decision it belongs to (the objects, so reordering keeps links)."""

    record: r.FollowUp
    agenda: r.AgendaItem | None = None
    decision: DecisionEntry | None = None


def contains_completer(words: QStringListModel, parent: QWidget) -> QCompleter:
    """A completer offering the `words` that contain what is typed, in any case."""
    completer = QCompleter(words, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class FollowUpsTableModel(OrderedTableModel):
    """The follow-ups: number, action, owner, department, deadline, priority and status."""

    HEADER_CONTEXT = "FollowUpsTableModel"
    NUMBER, DESCRIPTION, OWNER, DEPARTMENT, DUE, PRIORITY, STATUS = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "No."),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Action"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Owner"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Department"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Priority"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Status"),
    )

    def __init__(self, directory: Directory) -> None:
        super().__init__()
        self._directory = directory
        self.today: Callable[[], dt.date] = dt.date.today  # the day "overdue" is judged on (tests fix it)

    def _days_overdue(self, follow_up: r.FollowUp) -> int:
        return days_overdue(follow_up.due_date, follow_up.status, self.today())

    def display_text(self, record: Any, row: int, column: int) -> str:
        """The text of one cell."""
        follow_up: r.FollowUp = record.record
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.DESCRIPTION:
            return first_line(follow_up.description)
        if column == self.OWNER:
            person = self._directory.person(follow_up.owner_id)
            return person.name if person else follow_up.owner_name
        if column == self.DEPARTMENT:
            return follow_up.department
        if column == self.DUE:
            return format_date(follow_up.due_date)
        if column == self.PRIORITY:
            return vocabulary_labels.label(vocabulary_labels.PRIORITY, follow_up.priority)
        status = vocabulary_labels.label(vocabulary_labels.FOLLOW_UP_STATUS, follow_up.status)
        return with_overdue(status, self._days_overdue(follow_up))

    def cell_data(self, record: Any, row: int, column: int, role: int) -> Any:
        """The whole action as a tooltip; numbers right-aligned; the overdue icon beside the status."""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DESCRIPTION:
            return record.record.description
        if column == self.STATUS and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
            days = self._days_overdue(record.record)
            if not days:
                return None
            return overdue_icon() if role == Qt.ItemDataRole.DecorationRole else self.display_text(record, row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FollowUpsSection(RecordSection):
    """The follow-ups table with the selected one's form below it."""

    def __init__(
        self,
        services: Services,
        directory: Directory,
        agenda: AgendaTableModel,
        decisions: DecisionsTableModel,
        parent: QWidget | None = None,
    ) -> None:
        model = FollowUpsTableModel(directory)
        super().__init__(
            QCoreApplication.translate("FollowUpsSection", "Follow-up actions"),
            model,
            add_text=QCoreApplication.translate("FollowUpsSection", "Add follow-up"),
            stretch_column=FollowUpsTableModel.DESCRIPTION,
            movable=False,
            orientation=Qt.Orientation.Vertical,
            parent=parent,
        )
        model.setParent(self)
        self._services = services
        self._directory = directory
        self._agenda = agenda
        self._decisions = decisions
        self.dialog: NewPersonDialog | None = None
        self._build_fields()
        for signal in (
            decisions.dataChanged,
            decisions.rowsInserted,
            decisions.rowsMoved,
            decisions.rowsRemoved,
            decisions.layoutChanged,
            decisions.modelReset,
        ):
            signal.connect(self._fill_decision_combo)
        header = self.view.horizontalHeader()
        for column, width in (
            (FollowUpsTableModel.NUMBER, 44),
            (FollowUpsTableModel.OWNER, 180),
            (FollowUpsTableModel.DEPARTMENT, 240),
            (FollowUpsTableModel.DUE, 100),
            (FollowUpsTableModel.PRIORITY, 90),
            (FollowUpsTableModel.STATUS, 110),
        ):
            header.resizeSection(column, width)
        # The form keeps its natural height (with room for an error line); the table takes the rest.
        self.detail.setMaximumHeight(self.detail.sizeHint().height() + 2 * self.fontMetrics().height())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._fill_decision_combo()
        self._show_current()

    def _build_fields(self) -> None:
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setPlaceholderText(
            self.tr("What must be done, e.g. Send information on the Alat Free Economic Zone")
        )
        lines = self.description_edit.fontMetrics().lineSpacing()
        self.description_edit.setMinimumHeight(lines * 2 + 12)
        self.description_edit.setMaximumHeight(lines * 5 + 12)
        self.owner_edit = PersonField(self._directory)
        self.owner_edit.setPlaceholderText(self.tr("Type any spelling of a name"))
        self.department_edit = QLineEdit()
        self._departments = QStringListModel(self)
        self.department_edit.setCompleter(contains_completer(self._departments, self))
        self.department_edit.setPlaceholderText(self.tr("e.g. Department of Foreign Economic Relations"))
        self.contact_edit = QLineEdit()
        self._contacts = QStringListModel(self)
        self._contacts_from = -1  # the directory's generation the contact names were taken from
        self.contact_edit.setCompleter(contains_completer(self._contacts, self))
        self.contact_edit.setPlaceholderText(self.tr("Who on the other side, e.g. Trade Representative Office"))
        self.due_edit = optional_date_edit(empty_text=self.tr("no deadline"))
        self.priority_combo = QComboBox()
        for value, text in vocabulary_labels.choices(vocabulary_labels.PRIORITY):
            self.priority_combo.addItem(text, value)
        self.status_combo = QComboBox()
        for value, text in vocabulary_labels.choices(vocabulary_labels.FOLLOW_UP_STATUS):
            self.status_combo.addItem(text, value)
        self.topic_combo = QComboBox()
        self.decision_combo = QComboBox()
        self.decision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.decision_combo.setMinimumContentsLength(30)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.setEnabled(False)
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.errors.wrap("due_date", self.due_edit))
        for text, combo, name in (
            (self.tr("P&riority:"), self.priority_combo, "priority"),
            (self.tr("Stat&us:"), self.status_combo, "status"),
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            when_row.addSpacing(12)
            when_row.addWidget(caption)
            when_row.addWidget(self.errors.wrap(name, combo))
        when_row.addStretch(1)
        beside = self.translated.add
        self.form.addRow(
            self.tr("&Action:"), self.errors.wrap("description", beside("description", self.description_edit))
        )
        self.form.addRow(self.tr("&Owner:"), self.errors.wrap("owner", self.owner_edit))
        self.form.addRow(
            self.tr("Departmen&t:"), self.errors.wrap("department", beside("department", self.department_edit))
        )
        self.form.addRow(self.tr("&Counterpart contact:"), self.errors.wrap("counterpart_contact", self.contact_edit))
        self.form.addRow(self.tr("&Due date:"), when)
        self.form.addRow(self.tr("Top&ic:"), self.errors.wrap("topic", self.topic_combo))
        self.form.addRow(self.tr("Deci&sion:"), self.errors.wrap("decision", self.decision_combo))
        self.form.addRow(self.tr("History:"), self.history_label)
        self.description_edit.textChanged.connect(lambda: self._set("description", self.description_edit.toPlainText()))
        self.owner_edit.person_changed.connect(lambda: self._set("owner_id", self.owner_edit.person_id()))
        self.owner_edit.new_person_requested.connect(self.open_new_owner)
        self.owner_edit.officer_requested.connect(self.choose_officer_as_owner)
        # textChanged, not textEdited: a suggestion picked from the list is set without textEdited, and
        # what the field shows is what is stored (loading the form is not an edit: _set skips it).
        self.department_edit.textChanged.connect(lambda text: self._set("department", text))
        self.contact_edit.textChanged.connect(lambda text: self._set("counterpart_contact", text))
        self.due_edit.value_changed.connect(lambda: self._set("due_date", self.due_edit.value()))
        self.due_edit.typing_problem.connect(lambda text: self.errors.note("due_date", text))
        self.priority_combo.activated.connect(lambda _i: self._set("priority", self.priority_combo.currentData()))
        self.status_combo.activated.connect(lambda _i: self._set("status", self.status_combo.currentData()))
        self.topic_combo.activated.connect(lambda _i: self._set("topic_id", self.topic_combo.currentData()))
        self.decision_combo.activated.connect(self._decision_chosen)
        chain = [
            self.add_button,
            self.view,
            self.description_edit,
            self.translated.editors["description"],
            self.owner_edit,
            self.department_edit,
            self.translated.editors["department"],
            self.contact_edit,
            self.due_edit,
            self.priority_combo,
            self.status_combo,
            self.topic_combo,
            self.decision_combo,
        ]
        for before, after in pairwise(chain):
            self.setTabOrder(before, after)

    def set_choices(self, topics: list[r.Topic], departments: list[str]) -> None:
        """The topics and known departments (and directory names for the contact) to choose from."""
        language = display_language()
        self.topic_combo.clear()
        self.topic_combo.addItem(self.tr("(no topic)"), None)
        for topic in topics:
            self.topic_combo.addItem(topic.name_in(language), topic.id)
        self._departments.setStringList(departments)
        self.owner_edit.set_officer_name(self._services.settings.get().officer_name)
        if self._contacts_from != self._directory.generation:  # thousands of names: only when they changed
            self._contacts_from = self._directory.generation
            self._contacts.setStringList(
                [o.name for o in self._directory.organisations()] + [p.name for p in self._directory.people()]
            )

    def set_follow_ups(
        self, follow_ups: list[r.FollowUp], agenda: list[r.AgendaItem], decisions: list[DecisionEntry]
    ) -> None:
        """Show the meeting's follow-ups, linked to the listed agenda items and decisions they point at."""

        def pick(items: list[Any], index: int | None) -> Any:
            return items[index] if index is not None and 0 <= index < len(items) else None

        self.set_rows(
            [
                FollowUpEntry(replace(f), pick(agenda, f.agenda_index), pick(decisions, f.decision_index))
                for f in follow_ups
            ]
        )

    def follow_ups(self) -> list[r.FollowUp]:
        """The follow-ups in order, with links as positions in the agenda and decisions."""
        agenda = self._agenda.rows()
        decisions = self._decisions.rows()
        return [
            replace(e.record, agenda_index=index_in(agenda, e.agenda), decision_index=index_in(decisions, e.decision))
            for e in self.model.rows()
        ]

    def entries(self) -> list[FollowUpEntry]:
        """The follow-up entries in order."""
        return self.model.rows()

    def unresolved_owner_row(self) -> int:
        """The row whose owner is typed but not chosen from the directory, or -1 (checked before saving)."""
        record = self.current_record()
        if record is not None and self.owner_edit.is_unresolved():
            return self.model.row_of(record)
        return -1

    def new_record(self) -> FollowUpEntry:
        """An open follow-up of normal priority."""
        return FollowUpEntry(r.FollowUp())

    def translatable_record(self) -> r.FollowUp | None:
        """The selected follow-up."""
        entry = self.current_record()
        return entry.record if entry is not None else None

    def first_field(self) -> QWidget:
        """The action's description."""
        return self.description_edit

    def default_error_field(self) -> str:
        """Errors about a follow-up show under its description."""
        return "description"

    def load_detail(self, record: FollowUpEntry | None) -> None:
        """Show one follow-up in the form."""
        follow_up = record.record if record else r.FollowUp()
        if self.description_edit.toPlainText() != follow_up.description:
            self.description_edit.setPlainText(follow_up.description)
        self.owner_edit.set_person_id(follow_up.owner_id)
        self.department_edit.setText(follow_up.department)
        self.contact_edit.setText(follow_up.counterpart_contact)
        self.due_edit.set_value(follow_up.due_date)
        self.priority_combo.setCurrentIndex(max(self.priority_combo.findData(follow_up.priority), 0))
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(follow_up.status), 0))
        self.topic_combo.setCurrentIndex(max(self.topic_combo.findData(follow_up.topic_id), 0))
        self._select_decision(record.decision if record else None)
        self.history_label.setText(self._history_text(follow_up))

    def _history_text(self, follow_up: r.FollowUp) -> str:
        if follow_up.id is None or is_provisional(follow_up.id):
            return self.tr("New; its history starts when the meeting is saved.")
        last = follow_up.history[-1] if follow_up.history else None
        when = last.created_at.date().isoformat() if last and last.created_at else ""
        return self.tr("History entries: {0}, the last on {1}. The follow-up tracker shows them all.").format(
            len(follow_up.history), when
        )

    def _set(self, name: str, value: object) -> None:
        record = self.current_record()
        if record is None or self.is_loading() or getattr(record.record, name) == value:
            return
        setattr(record.record, name, value)
        self.record_edited()

    def _select_decision(self, entry: DecisionEntry | None) -> None:
        row = index_in(self._decisions.rows(), entry)
        self.decision_combo.setCurrentIndex(0 if row is None else row + 1)

    def _fill_decision_combo(self) -> None:
        self.decision_combo.clear()
        self.decision_combo.addItem(self.tr("(not tied to a decision)"), None)
        for entry in self._decisions.rows():
            self.decision_combo.addItem(self._decisions.label(entry))
        record = self.current_record()
        self._select_decision(record.decision if record else None)

    def _decision_chosen(self, index: int) -> None:
        record = self.current_record()
        if record is None or self.is_loading():
            return
        entries = self._decisions.rows()
        record.decision = entries[index - 1] if 1 <= index <= len(entries) else None
        if record.decision is not None:
            record.agenda = record.decision.agenda  # a follow-up of a decision belongs to that decision's item
        self.record_edited()

    def open_new_owner(self, name: str = "") -> NewPersonDialog:
        """Create the owner in the directory without leaving the editor."""
        dialog = NewPersonDialog(self._services, self._directory, self, name=name)
        dialog.accepted.connect(lambda: self._owner_created(dialog))
        dialog.finished.connect(lambda _result: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def choose_officer_as_owner(self) -> None:
        """Make the officer the owner, adding them to the directory (from Settings) on first use."""
        settings = self._services.settings.get()
        person = self._services.directory.officer_person(
            name=settings.officer_name, position=settings.officer_position, organisation_id=settings.own_organisation_id
        )
        self._directory.remember_person(person)
        self.owner_edit.set_person_id(person.id)
        self._set("owner_id", person.id)

    def _owner_created(self, dialog: NewPersonDialog) -> None:
        if dialog.person is not None:
            self.owner_edit.set_person_id(dialog.person.id)
            self._set("owner_id", dialog.person.id)

    def _forget_dialog(self, dialog: NewPersonDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
