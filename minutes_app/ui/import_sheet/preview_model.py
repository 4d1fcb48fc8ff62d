"""The preview of an import: the sheet's first rows as they will be stored, rows with errors marked."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from minutes_app.services.sheet_plan import PlannedRow
from minutes_app.ui.common.formatting import countries_text, format_date
from minutes_app.ui.common.vocabulary_labels import FOLLOW_UP_STATUS, PRIORITY, label

AnyIndex = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 200  # enough to see the mapping is right; the import checks every row anyway
_ERROR_BACKGROUND = QColor(255, 228, 225)
_CONTEXT = "ImportPreviewModel"
_HEADERS: tuple[str, ...] = tuple(
    str(text)
    for text in (
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Row"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Meeting date"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Country"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Organisation"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Meeting title"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Action"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Owner"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Department"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Due date"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Status"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Priority"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Topic"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Notes"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Problems"),
    )
)
PROBLEMS_COLUMN = len(_HEADERS) - 1


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class ImportPreviewModel(QAbstractTableModel):
    """The first rows of a checked sheet, one line each."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedRow] = []

    def set_rows(self, rows: list[PlannedRow]) -> None:
        """Show these rows (the first PREVIEW_ROWS of them)."""
        self.beginResetModel()
        self._rows = rows[:PREVIEW_ROWS]
        self.endResetModel()

    def row_at(self, row: int) -> PlannedRow:
        """The planned row shown on line `row`."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.errors:
            return QBrush(_ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and row.errors:
            return self._text(row, PROBLEMS_COLUMN)
        return None

    def _text(self, row: PlannedRow, column: int) -> str:
        if column == PROBLEMS_COLUMN:
            return "; ".join(f"{_tr(_field_header(e.field))}: {e.reason}" for e in row.errors)
        values = (
            str(row.row),
            format_date(row.meeting_date),
            countries_text(row.countries),
            _with_new(row.organisation, row.organisation_id),
            row.title,
            row.action,
            _with_new(row.owner, row.owner_id),
            row.department,
            format_date(row.due_date),
            label(FOLLOW_UP_STATUS, row.status),
            label(PRIORITY, row.priority),
            row.topic,
            row.notes,
        )
        return values[column]


def _with_new(name: str, record_id: int | None) -> str:
    """A name as written, marked when the directory does not have it yet (it is created on import)."""
    return (
        name
        if not name or record_id is not None
        else name + " " + QCoreApplication.translate("ImportPreviewModel", "(new)")
    )


_FIELD_HEADERS: dict[str, str] = {
    field: str(text)
    for field, text in {
        "meeting_date": QT_TRANSLATE_NOOP("ImportPreviewModel", "Meeting date"),
        "country": QT_TRANSLATE_NOOP("ImportPreviewModel", "Country"),
        "organisation": QT_TRANSLATE_NOOP("ImportPreviewModel", "Organisation"),
        "title": QT_TRANSLATE_NOOP("ImportPreviewModel", "Meeting title"),
        "action": QT_TRANSLATE_NOOP("ImportPreviewModel", "Action"),
        "owner": QT_TRANSLATE_NOOP("ImportPreviewModel", "Owner"),
        "department": QT_TRANSLATE_NOOP("ImportPreviewModel", "Department"),
        "due_date": QT_TRANSLATE_NOOP("ImportPreviewModel", "Due date"),
        "status": QT_TRANSLATE_NOOP("ImportPreviewModel", "Status"),
        "priority": QT_TRANSLATE_NOOP("ImportPreviewModel", "Priority"),
        "topic": QT_TRANSLATE_NOOP("ImportPreviewModel", "Topic"),
        "notes": QT_TRANSLATE_NOOP("ImportPreviewModel", "Notes"),
    }.items()
}


def _field_header(field: str) -> str:
    return _FIELD_HEADERS.get(field, field)


def field_label(field: str) -> str:
    """A field's name in the interface language (the preview's column header)."""
    return _tr(_field_header(field))
