"""The trash as a table: what each deleted record is, its name, a detail to tell it apart, and when it went."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from minutes_app.domain.countries import is_country_code
from minutes_app.domain.records import TrashItem
from minutes_app.ui.common.formatting import countries_text, format_utc_timestamp
from minutes_app.ui.common.row_table_model import RowTableModel

KIND, NAME, DETAIL, DELETED_AT = range(4)

_KIND_LABELS = {
    "meeting": QT_TRANSLATE_NOOP("TrashTableModel", "Meeting"),
    "follow_up": QT_TRANSLATE_NOOP("TrashTableModel", "Follow-up"),
    "person": QT_TRANSLATE_NOOP("TrashTableModel", "Person"),
    "organisation": QT_TRANSLATE_NOOP("TrashTableModel", "Organisation"),
    "attachment": QT_TRANSLATE_NOOP("TrashTableModel", "Attached file"),
}


def kind_label(kind: str) -> str:
    """The translated name of a kind of record in the trash."""
    source = _KIND_LABELS.get(kind)
    return QCoreApplication.translate("TrashTableModel", str(source)) if source else kind


class TrashTableModel(RowTableModel):
    """Trash items, most recently deleted first until another column is sorted."""

    HEADER_CONTEXT = "TrashTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("TrashTableModel", "Kind"),
        QT_TRANSLATE_NOOP("TrashTableModel", "Name"),
        QT_TRANSLATE_NOOP("TrashTableModel", "Detail"),
        QT_TRANSLATE_NOOP("TrashTableModel", "Deleted at"),
    )

    def display_text(self, record: TrashItem, column: int) -> str:
        """The text of one cell."""
        if column == KIND:
            return kind_label(record.kind)
        if column == NAME:
            return record.label
        if column == DETAIL:
            # An organisation's detail is its country code: show the country's name.
            if record.kind == "organisation" and is_country_code(record.detail):
                return countries_text([record.detail])
            return record.detail
        if column == DELETED_AT:
            return format_utc_timestamp(record.deleted_at)
        return ""

    def sort_key(self, record: TrashItem, column: int) -> Any:
        """Deletion times sort by time, the rest by their shown text."""
        if column == DELETED_AT:
            return record.deleted_at or dt.datetime.min
        return self.display_text(record, column).casefold()

    def cell_data(self, record: TrashItem, column: int, role: int) -> Any:
        """The full name and detail as tooltips."""
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, DETAIL):
            return self.display_text(record, column)
        return None
