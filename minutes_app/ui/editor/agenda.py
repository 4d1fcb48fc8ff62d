"""Agenda items in order, each with its discussion notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from minutes_app.domain import records as r
from minutes_app.ui.editor.ordered_model import OrderedTableModel
from minutes_app.ui.editor.record_section import RecordSection


def first_line(text: str, limit: int = 120) -> str:
    """The first line of `text`, shortened for a table cell."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


class AgendaTableModel(OrderedTableModel):
    """The agenda: number, title and the start of the notes."""

    HEADER_CONTEXT = "AgendaTableModel"
    NUMBER, TITLE, NOTES = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("AgendaTableModel", "No."),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Agenda item"),
        QT_TRANSLATE_NOOP("AgendaTableModel", "Discussion notes"),
    )

    def display_text(self, record: Any, row: int, column: int) -> str:
        """The text of one cell."""
        if column == self.NUMBER:
            return str(row + 1)
        if column == self.TITLE:
            return str(record.title)
        return first_line(record.notes)

    def cell_data(self, record: Any, row: int, column: int, role: int) -> Any:
        """Full texts as tooltips; numbers right-aligned."""
        if role == Qt.ItemDataRole.ToolTipRole and column != self.NUMBER:
            return record.title if column == self.TITLE else record.notes
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def label(self, item: r.AgendaItem | None) -> str:
        """ "n. title" for an agenda item of this model ("" for None or an item no longer listed)."""
        row = self.row_of(item) if item is not None else -1
        return f"{row + 1}. {first_line(item.title, 80)}" if item is not None and row >= 0 else ""


class AgendaSection(RecordSection):
    """The agenda table with the selected item's title and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        model = AgendaTableModel()
        super().__init__(
            QCoreApplication.translate("AgendaSection", "Agenda"),
            model,
            add_text=QCoreApplication.translate("AgendaSection", "Add agenda item"),
            stretch_column=AgendaTableModel.TITLE,
            parent=parent,
        )
        model.setParent(self)
        self.agenda_model = model
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What was discussed, e.g. Development of interregional relations"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("The discussion of this item, as it goes into the minutes"))
        beside = self.translated.add
        self.form.addRow(self.tr("&Title:"), self.errors.wrap("title", beside("title", self.title_edit)))
        self.form.addRow(self.tr("&Notes:"), self.errors.wrap("notes", beside("notes", self.notes_edit)))
        self.title_edit.textEdited.connect(self._title_edited)
        self.notes_edit.textChanged.connect(self._notes_edited)
        self.view.horizontalHeader().resizeSection(AgendaTableModel.NUMBER, 44)
        self.view.hideColumn(AgendaTableModel.NOTES)
        self.setTabOrder(self.add_button, self.view)
        self.setTabOrder(self.view, self.title_edit)
        self.setTabOrder(self.title_edit, self.translated.editors["title"])
        self.setTabOrder(self.translated.editors["title"], self.notes_edit)
        self.setTabOrder(self.notes_edit, self.translated.editors["notes"])
        self._show_current()

    def items(self) -> list[r.AgendaItem]:
        """The agenda items in order."""
        return self.model.rows()

    def new_record(self) -> r.AgendaItem:
        """An empty agenda item."""
        return r.AgendaItem()

    def first_field(self) -> QWidget:
        """The title field."""
        return self.title_edit

    def default_error_field(self) -> str:
        """Errors about an item show under its title."""
        return "title"

    def load_detail(self, record: r.AgendaItem | None) -> None:
        """Show the item's title and notes."""
        self.title_edit.setText(record.title if record else "")
        self.title_edit.setCursorPosition(0)  # a long title shows its beginning
        if self.notes_edit.toPlainText() != (record.notes if record else ""):
            self.notes_edit.setPlainText(record.notes if record else "")

    def _title_edited(self, text: str) -> None:
        record = self.current_record()
        if record is not None and not self.is_loading():
            record.title = text
            self.record_edited()

    def _notes_edited(self) -> None:
        record = self.current_record()
        if record is not None and not self.is_loading():
            record.notes = self.notes_edit.toPlainText()
            self.record_edited()
