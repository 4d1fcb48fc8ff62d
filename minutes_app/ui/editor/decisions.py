"""Decisions, numbered in order, each optionally tied to an agenda item."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from minutes_app.domain import records as r
from minutes_app.ui.editor.agenda import AgendaTableModel, first_line
from minutes_app.ui.editor.ordered_model import OrderedTableModel
from minutes_app.ui.editor.record_section import RecordSection


@dataclass(eq=False)
class DecisionEntry:
    """A decision and the agenda item it is tied to (the item itself, so reordering keeps the link)."""

    record: r.Decision
    agenda: r.AgendaItem | None = None


def index_in(items: list[Any], item: Any) -> int | None:
    """The position of this very object in `items`, or None."""
    return next((i for i, x in enumerate(items) if x is item), None) if item is not None else None


class DecisionsTableModel(OrderedTableModel):
    """The decisions: number, text and the agenda item they belong to."""

    HEADER_CONTEXT = "DecisionsTableModel"
    NUMBER, TEXT, AGENDA = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("DecisionsTableModel", "No."),
        QT_TRANSLATE_NOOP("DecisionsTableModel", "Decision"),
        QT_TRANSLATE_NOOP("DecisionsTableModel", "Agenda item"),
    )

    def __init__(self, agenda: AgendaTableModel) -> None:
        super().__init__()
        self._agenda = agenda
        for signal in (
            agenda.dataChanged,
            agenda.rowsMoved,
            agenda.rowsRemoved,
            agenda.layoutChanged,
            agenda.modelReset,
        ):
            signal.connect(self.refresh)

    def display_text(self, record: Any, row: int, column: int) -> str:
        """The text of one cell."""
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.TEXT:
            return first_line(record.record.text)
        return self._agenda.label(record.agenda)

    def cell_data(self, record: Any, row: int, column: int, role: int) -> Any:
        """Full texts as tooltips; numbers right-aligned."""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return record.record.text
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def label(self, entry: DecisionEntry | None) -> str:
        """ "n. text" for a decision of this model ("" for None or one no longer listed)."""
        row = self.row_of(entry) if entry is not None else -1
        return f"{row + 1}. {first_line(entry.record.text, 80)}" if entry is not None and row >= 0 else ""


class DecisionsSection(RecordSection):
    """The numbered decisions with the selected one's text and agenda item."""

    def __init__(self, agenda: AgendaTableModel, parent: QWidget | None = None) -> None:
        model = DecisionsTableModel(agenda)
        super().__init__(
            QCoreApplication.translate("DecisionsSection", "Decisions"),
            model,
            add_text=QCoreApplication.translate("DecisionsSection", "Add decision"),
            stretch_column=DecisionsTableModel.TEXT,
            parent=parent,
        )
        model.setParent(self)
        self.decisions_model = model
        self._agenda = agenda
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("What was agreed, e.g. To develop cooperation in tourism."))
        self.agenda_combo = QComboBox()
        self.agenda_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agenda_combo.setMinimumContentsLength(20)
        self.form.addRow(self.tr("&Decision:"), self.errors.wrap("text", self.translated.add("text", self.text_edit)))
        self.form.addRow(self.tr("A&genda item:"), self.errors.wrap("agenda_item", self.agenda_combo))
        self.text_edit.textChanged.connect(self._text_edited)
        self.agenda_combo.activated.connect(self._agenda_chosen)
        for signal in (
            agenda.dataChanged,
            agenda.rowsInserted,
            agenda.rowsMoved,
            agenda.rowsRemoved,
            agenda.layoutChanged,
            agenda.modelReset,
        ):
            signal.connect(self._fill_agenda_combo)
        self.view.horizontalHeader().resizeSection(DecisionsTableModel.NUMBER, 44)
        self.view.horizontalHeader().resizeSection(DecisionsTableModel.AGENDA, 220)
        self.setTabOrder(self.add_button, self.view)
        self.setTabOrder(self.view, self.text_edit)
        self.setTabOrder(self.text_edit, self.translated.editors["text"])
        self.setTabOrder(self.translated.editors["text"], self.agenda_combo)
        self._fill_agenda_combo()
        self._show_current()

    def set_decisions(self, decisions: list[r.Decision], agenda: list[r.AgendaItem]) -> None:
        """Show the meeting's decisions, linking each to the listed agenda item it points at."""
        entries = [
            DecisionEntry(
                r.Decision(id=d.id, text=d.text, translations=copy.deepcopy(d.translations)),
                agenda[d.agenda_index] if d.agenda_index is not None and 0 <= d.agenda_index < len(agenda) else None,
            )
            for d in decisions
        ]
        self.set_rows(entries)

    def entries(self) -> list[DecisionEntry]:
        """The decision entries in order."""
        return self.model.rows()

    def decisions(self) -> list[r.Decision]:
        """The decisions in order, with their agenda links as positions in the agenda."""
        items = self._agenda.rows()
        return [
            r.Decision(
                id=e.record.id,
                text=e.record.text,
                agenda_index=index_in(items, e.agenda),
                translations=copy.deepcopy(e.record.translations),
            )
            for e in self.entries()
        ]

    def new_record(self) -> DecisionEntry:
        """An empty decision, tied to the agenda item of the decision before it."""
        entries = self.entries()
        return DecisionEntry(r.Decision(), entries[-1].agenda if entries else None)

    def translatable_record(self) -> r.Decision | None:
        """The selected decision."""
        entry = self.current_record()
        return entry.record if entry is not None else None

    def first_field(self) -> QWidget:
        """The decision's text."""
        return self.text_edit

    def default_error_field(self) -> str:
        """Errors about a decision show under its text."""
        return "text"

    def load_detail(self, record: DecisionEntry | None) -> None:
        """Show the decision's text and agenda item."""
        text = record.record.text if record else ""
        if self.text_edit.toPlainText() != text:
            self.text_edit.setPlainText(text)
        self._select_agenda(record.agenda if record else None)

    def _select_agenda(self, item: r.AgendaItem | None) -> None:
        row = index_in(self._agenda.rows(), item)
        self.agenda_combo.setCurrentIndex(0 if row is None else row + 1)

    def _fill_agenda_combo(self) -> None:
        self.agenda_combo.clear()
        self.agenda_combo.addItem(self.tr("(not tied to an agenda item)"), None)
        for item in self._agenda.rows():
            self.agenda_combo.addItem(self._agenda.label(item))
        record = self.current_record()
        self._select_agenda(record.agenda if record else None)

    def _text_edited(self) -> None:
        record = self.current_record()
        if record is not None and not self.is_loading():
            record.record.text = self.text_edit.toPlainText()
            self.record_edited()

    def _agenda_chosen(self, index: int) -> None:
        record = self.current_record()
        if record is not None and not self.is_loading():
            items = self._agenda.rows()
            record.agenda = items[index - 1] if 1 <= index <= len(items) else None
            self.record_edited()
