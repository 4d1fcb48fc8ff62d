"""A thin table model over an ordered list the user edits: add, remove, move (buttons or drag and drop)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from minutes_app.ui.common.headered_table_model import AnyIndex, HeaderedTableModel
from minutes_app.ui.common.row_table_model import ROW_ROLE

RECORD_ROLE = ROW_ROLE  # the record behind a row, as in the app's other table models
_MIME = "application/x-minutes-app-row"


class OrderedTableModel(HeaderedTableModel):
    """Rows in the user's order; subclasses name the columns and say what each cell shows."""

    HEADER_CONTEXT = "OrderedTableModel"
    edited = Signal()  # the user changed, added, removed or moved a row

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    # What subclasses provide ------------------------------------------------------------

    def display_text(self, record: Any, row: int, column: int) -> str:
        """The text shown in one cell."""
        raise NotImplementedError

    def cell_data(self, record: Any, row: int, column: int, role: int) -> Any:
        """Any role other than display text for one cell (check state, tooltip, font)."""
        return None

    def normalised(self, rows: list[Any]) -> list[Any]:
        """The rows in the order they must stand after a change (the same order by default)."""
        return rows

    # Reading and changing rows ----------------------------------------------------------

    def set_rows(self, rows: list[Any]) -> None:
        """Replace every row (loading, not an edit)."""
        self.beginResetModel()
        self._rows = self.normalised(list(rows))
        self.endResetModel()

    def rows(self) -> list[Any]:
        """The rows in order."""
        return list(self._rows)

    def record_at(self, row: int) -> Any:
        """The record in `row`."""
        return self._rows[row]

    def row_of(self, record: Any) -> int:
        """The row holding this very record (by identity), or -1."""
        return next((i for i, r in enumerate(self._rows) if r is record), -1)

    def append(self, record: Any) -> int:
        """Add a row at the end (then wherever the order rules put it); returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(record)
        self.endInsertRows()
        self._normalise()
        self.edited.emit()
        return self.row_of(record)

    def remove(self, row: int) -> Any:
        """Remove one row; returns its record."""
        self.beginRemoveRows(QModelIndex(), row, row)
        record = self._rows.pop(row)
        self.endRemoveRows()
        self._normalise()
        self.edited.emit()
        return record

    def move(self, source: int, target: int) -> int:
        """Move the row at `source` so it stands at `target`; returns where it ended up."""
        if not (0 <= source < len(self._rows) and 0 <= target < len(self._rows)) or source == target:
            return source
        record = self._rows[source]
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target + 1 if target > source else target)
        self._rows.insert(target, self._rows.pop(source))
        self.endMoveRows()
        self._normalise()
        self.edited.emit()
        return self.row_of(record)

    def row_changed(self, row: int) -> None:
        """Repaint one row after its record was edited in place, and say so."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self._normalise()
        self.edited.emit()

    def refresh(self) -> None:
        """Repaint every cell (another model this one refers to changed)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def _normalise(self) -> None:
        wanted = self.normalised(list(self._rows))
        if all(a is b for a, b in zip(wanted, self._rows)):
            return
        self.layoutAboutToBeChanged.emit()
        new_row = {id(record): i for i, record in enumerate(wanted)}
        old = self.persistentIndexList()
        new = [self.index(new_row[id(self._rows[i.row()])], i.column()) for i in old]
        self._rows = wanted
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
        self.refresh()

    # Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(record, index.row(), index.column())
        if role == RECORD_ROLE:
            return record
        return self.cell_data(record, index.row(), index.column(), role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    # Drag and drop within the table ------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(_MIME, QByteArray(f"{id(self)}:{rows[0]}".encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        return self._dragged_row(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        source = self._dragged_row(data)
        if source is None:
            return False
        before = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        self.move(source, before - 1 if before > source else before)
        # The move is done; returning False stops the view from also removing the dragged row.
        return False

    def _dragged_row(self, data: QMimeData) -> int | None:
        if not data.hasFormat(_MIME):
            return None
        owner, _, row = bytes(data.data(_MIME).data()).decode().partition(":")
        if owner != str(id(self)) or not row.isdigit() or int(row) >= len(self._rows):
            return None
        return int(row)
