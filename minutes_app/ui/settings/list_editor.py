"""A Settings page for a user-editable list (topics, roles): the list, a form for the chosen or a new entry, Save."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutes_app.ui.common.error_messages import save_reporting_errors
from minutes_app.ui.widgets.field_errors import FieldErrors

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class ListEditor(QWidget):
    """The shared behaviour; a subclass supplies the form, how an entry reads and is stored (the hooks below)."""

    changed = Signal()  # an entry was stored

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editing_id: int | None = None
        self.errors = FieldErrors()
        self.list = QListWidget()
        self.new_button = QPushButton()
        self.save_button = QPushButton()
        self.read_only_reason = ""  # why the member's role on a team server cannot change this list
        self._extra_buttons: tuple[QPushButton, ...] = ()

    def _set_up(self, form: QLayout, note_text: str, extra_buttons: tuple[QPushButton, ...] = ()) -> None:
        """Lay out list, form, buttons and note, connect them, and show the stored entries (call once, last)."""
        self._extra_buttons = extra_buttons
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        for button in extra_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        note = QLabel(note_text)
        note.setWordWrap(True)
        note.setEnabled(False)  # drawn greyed: it explains, it is not a field
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save_entry)
        self.reload()
        self.start_new()

    def set_read_only(self, reason: str) -> None:
        """Browse only: the buttons that change the list are greyed out with `reason` ("" changes nothing)."""
        if not reason:
            return
        self.read_only_reason = reason
        for button in (self.new_button, self.save_button, *self._extra_buttons):
            button.setEnabled(False)
            button.setToolTip(reason)

    # Hooks ------------------------------------------------------------------------------------

    def _entries(self) -> list[Any]:
        """Every stored entry (those not in use too), in display order."""
        raise NotImplementedError

    def _item_text(self, entry: Any) -> str:
        """How an entry reads in the list."""
        raise NotImplementedError

    def _blank(self) -> Any:
        """An entry not yet in the list."""
        raise NotImplementedError

    def _from_form(self, entry_id: int | None) -> Any:
        """The entry as the form shows it."""
        raise NotImplementedError

    def _store(self, entry: Any) -> Any:
        """Store the entry through its service (ValidationError names a form field)."""
        raise NotImplementedError

    def _show(self, entry: Any) -> None:
        """Fill the form from `entry`."""
        raise NotImplementedError

    def _first_field(self) -> QWidget:
        """Where the cursor goes for a new entry."""
        raise NotImplementedError

    # Behaviour --------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Show the stored entries, selecting `select_id` if given."""
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self._entries():
            item = QListWidgetItem(self._item_text(entry), self.list)
            item.setData(ENTRY_ROLE, entry)
            if entry.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def start_new(self) -> None:
        """Empty the form for an entry not yet in the list."""
        self.list.clearSelection()
        self._show_entry(self._blank())
        self._first_field().setFocus()

    def save_entry(self) -> Any | None:
        """Store the form as a new entry or as the chosen one; None when it was refused (said next to the field)."""
        self.errors.clear()
        entry = self._from_form(self._editing_id)
        stored = save_reporting_errors(self, self.errors, lambda: self._store(entry))
        if stored is None:
            return None
        self.reload(select_id=stored.id)
        self._show_entry(stored)
        self.changed.emit()
        return stored

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        # selectionChanged, not currentRowChanged: a mouse click moves the current row first (STYLE.md).
        items = self.list.selectedItems()
        if items:
            self._show_entry(items[0].data(ENTRY_ROLE))

    def _show_entry(self, entry: Any) -> None:
        self.errors.clear()
        self._editing_id = entry.id
        self._show(entry)
