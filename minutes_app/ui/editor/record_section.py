"""A list the user keeps in order, with a form beside it editing the selected row in place.

Agenda items, decisions and follow-ups share it: the table shows the rows, the form edits the
selected one, and every keystroke in the form updates the row (so nothing waits for an OK).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from minutes_app.ui.editor.list_controls import ListControls, configure_ordered_view, current_row, select_row
from minutes_app.ui.editor.ordered_model import OrderedTableModel
from minutes_app.ui.editor.translation_fields import TranslationFields
from minutes_app.ui.widgets.field_errors import FieldErrors


class RecordSection(QGroupBox):
    """Table on the left, the selected row's form on the right; subclasses add the form's fields."""

    edited = Signal()

    def __init__(
        self,
        title: str,
        model: OrderedTableModel,
        *,
        add_text: str,
        stretch_column: int,
        movable: bool = True,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._loading = False
        self.model = model
        self.model.edited.connect(self.edited)
        self.view = QTableView()
        configure_ordered_view(self.view, model, stretch_column=stretch_column)
        if not movable:
            self.view.setDragEnabled(False)
        self.add_button = QPushButton(add_text)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.controls = ListControls(self.view, model, leading=[self.add_button], movable=movable)
        self.errors = FieldErrors()
        self.translated = TranslationFields(self.translatable_record, self)
        self.translated.edited.connect(self.record_edited)
        self.detail = QWidget()
        self.form = QFormLayout(self.detail)
        side_by_side = orientation == Qt.Orientation.Horizontal
        self.form.setContentsMargins(8 if side_by_side else 0, 0 if side_by_side else 8, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.controls)
        self.splitter = QSplitter(orientation)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self._side_by_side = side_by_side
        self._split_ratio: float | None = 0.55 if side_by_side else None  # table's share, set once sized
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # selectionChanged, not currentRowChanged: a mouse click moves the current index before it
        # selects the row, so the form would show the row clicked before while edits go to the new one.
        self.view.selectionModel().selectionChanged.connect(lambda _selected, _deselected: self._show_current())
        model.modelReset.connect(self._show_current)
        model.rowsRemoved.connect(self._show_current)

    # What subclasses provide ------------------------------------------------------------

    def new_record(self) -> Any:
        """A fresh row for the Add button."""
        raise NotImplementedError

    def load_detail(self, record: Any | None) -> None:
        """Show `record` (or nothing) in the form's fields."""
        raise NotImplementedError

    def first_field(self) -> QWidget:
        """The field the cursor goes to after Add."""
        raise NotImplementedError

    def translatable_record(self) -> Any | None:
        """The record whose `translations` the form's translation editors write (the selected row's)."""
        return self.current_record()

    # Shared behaviour -------------------------------------------------------------------

    def set_translation_language(self, lang: str | None) -> None:
        """Show the form's translation editors for `lang` (None hides them); side by side, the form then takes more room."""
        if self.translated.language() == lang:
            return
        self.translated.set_language(lang)
        if self._side_by_side:
            self._split_ratio = 0.4 if lang else 0.55  # applied when next shown (the tab may be hidden now)
            if self.isVisible():
                self._apply_split()

    def set_rows(self, rows: list[Any]) -> None:
        """Show these rows (loading, not an edit), keeping the selected row number when possible."""
        row = current_row(self.view)
        self.errors.clear()
        self.model.set_rows(rows)
        select_row(self.view, min(max(row, 0), self.model.rowCount() - 1))
        self._show_current()

    def add(self) -> None:
        """Append a fresh row, select it and put the cursor in its first field."""
        self.errors.clear()
        select_row(self.view, self.model.append(self.new_record()))
        self._show_current()
        self.first_field().setFocus()

    def current_record(self) -> Any | None:
        """The selected row's record, or None."""
        row = current_row(self.view)
        return self.model.record_at(row) if row >= 0 else None

    def record_edited(self) -> None:
        """Call after a form field changed the selected record in place."""
        if self._loading:
            return
        row = current_row(self.view)
        if row >= 0:
            self.model.row_changed(row)

    def is_loading(self) -> bool:
        """True while the form is being filled from a record (its change signals are not edits)."""
        return self._loading

    def show_error(self, row: int, field: str, text: str) -> None:
        """Select the row and show the error under the form field it is about (focusing the field)."""
        select_row(self.view, row)
        self._show_current()
        if not self.errors.show(field, text):
            self.errors.show(self.default_error_field(), text)

    def default_error_field(self) -> str:
        """The field an error about the row as a whole is shown under."""
        return ""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_split()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_split()

    def _apply_split(self) -> None:
        # Sections side by side on one tab share one proportion, so their tables line up.
        if self._split_ratio is not None and self.splitter.width() > 0:
            table = int(self.splitter.width() * self._split_ratio)
            self.splitter.setSizes([table, self.splitter.width() - table])
            self._split_ratio = None

    def _show_current(self) -> None:
        record = self.current_record()
        self._loading = True
        try:
            self.errors.clear()
            self.detail.setEnabled(record is not None)
            self.load_detail(record)
            self.translated.load()
        finally:
            self._loading = False
