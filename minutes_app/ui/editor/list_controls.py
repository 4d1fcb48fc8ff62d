"""Remove / move up / move down for one ordered table: buttons, keys (Delete, Ctrl+Up, Ctrl+Down), drag and drop.

The row buttons are for the mouse only (no keyboard focus): Tab from a text field must never land on
Remove, where Space would delete the row. The keyboard does the same from the table, and a hint
beside the buttons says how.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QWidget

from minutes_app.ui.editor.ordered_model import OrderedTableModel
from minutes_app.ui.widgets.table_setup import configure_table


def configure_ordered_view(
    view: QTableView, model: OrderedTableModel, *, stretch_column: int, editable: bool = False
) -> None:
    """A table in the user's order: fixed row heights, whole-row selection, rows dragged to reorder."""
    view.setModel(model)
    configure_table(view, stretch_column=stretch_column, sortable=False)
    view.horizontalHeader().setSectionsMovable(False)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropOverwriteMode(False)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    if editable:
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )


def current_row(view: QTableView) -> int:
    """The selected row of `view`, or -1."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if rows:
        return rows[0].row()
    index = view.currentIndex()
    return index.row() if index.isValid() else -1


def select_row(view: QTableView, row: int) -> None:
    """Make `row` the current, selected row (or clear the selection for -1)."""
    model = view.model()
    if row < 0 or row >= model.rowCount():
        view.clearSelection()
        view.setCurrentIndex(model.index(-1, -1))
        return
    view.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(model.index(row, 0))


class ListControls(QWidget):
    """A row of buttons acting on the selected row of a table; owners put their own Add buttons first."""

    removed = Signal(object)  # the record removed

    def __init__(
        self, view: QTableView, model: OrderedTableModel, *, leading: Sequence[QWidget] = (), movable: bool = True
    ) -> None:
        super().__init__()
        self._view = view
        self._model = model
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in leading:
            layout.addWidget(widget)
        layout.addStretch(1)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected row (Delete)"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Move the selected row up (Ctrl+Up); rows can also be dragged"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Move the selected row down (Ctrl+Down); rows can also be dragged"))
        self.keys_hint = QLabel(
            self.tr("In the table: Delete removes, Ctrl+Up / Ctrl+Down move")
            if movable
            else self.tr("In the table: Delete removes")
        )
        self.keys_hint.setEnabled(False)  # drawn in the muted colour: a hint, not a control
        # On a narrow (or scaled) screen the hint wraps rather than pushing the buttons out of the window.
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.keys_hint, 1)
        buttons = [self.up_button, self.down_button] if movable else []
        for button in [*buttons, self.remove_button]:
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
        self.up_button.setVisible(movable)
        self.down_button.setVisible(movable)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self._movable = movable
        view.installEventFilter(self)
        view.selectionModel().selectionChanged.connect(self.update_buttons)
        model.modelReset.connect(self.update_buttons)
        model.rowsInserted.connect(self.update_buttons)
        model.rowsRemoved.connect(self.update_buttons)
        model.rowsMoved.connect(self.update_buttons)
        model.layoutChanged.connect(self.update_buttons)
        self.update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Keys on the table itself (not on a cell being edited): Delete removes, Ctrl+Up/Down move.
        if watched is self._view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            control = event.modifiers() == Qt.KeyboardModifier.ControlModifier
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.remove_selected()
                return True
            if control and self._movable and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else +1)
                return True
        return super().eventFilter(watched, event)

    def update_buttons(self) -> None:
        """Enable what applies to the selected row."""
        row = current_row(self._view)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self._model.rowCount() - 1)

    def remove_selected(self) -> None:
        """Remove the selected row and select its neighbour."""
        row = current_row(self._view)
        if row < 0:
            return
        record = self._model.remove(row)
        select_row(self._view, min(row, self._model.rowCount() - 1))
        self.removed.emit(record)

    def move_selected(self, step: int) -> None:
        """Move the selected row one place up (-1) or down (+1), keeping it selected."""
        row = current_row(self._view)
        if row < 0:
            return
        select_row(self._view, self._model.move(row, row + step))
        self.update_buttons()
