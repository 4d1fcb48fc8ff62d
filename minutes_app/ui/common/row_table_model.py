"""A thin table model over a list of plain records, sorted and filtered here rather than in a proxy.

Filtering uses the app's folded search (minutes_app.domain.textfold): any case, diacritics or
script. Subclasses say what each cell shows, how each column sorts and what text a row is found by.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from minutes_app.domain.textfold import index_terms, query_terms
from minutes_app.ui.common.headered_table_model import AnyIndex, HeaderedTableModel
from minutes_app.ui.common.texts_in import fallback_font, with_note

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the record behind a row


@dataclass(slots=True)
class _Entry:
    record: Any
    terms: str | None = None  # folded search terms, each after a space; computed on the first filtering


def terms_match(query: list[str], terms: list[str]) -> bool:
    """True when every query term is a prefix of some record term (textfold.matches' rule)."""
    return joined_terms_match(query, joined_terms(terms))


def joined_terms(terms: list[str]) -> str:
    """A record's terms as one string, each after a space, for joined_terms_match."""
    return " " + " ".join(terms)


def joined_terms_match(query: list[str], joined: str) -> bool:
    """terms_match on joined terms: a term starts with `wanted` exactly where " wanted" occurs (one C-level search)."""
    return all(" " + wanted in joined for wanted in query)


class RowTableModel(HeaderedTableModel):
    """Records in columns; `sort()` and `set_filter_text()` work on the loaded rows themselves."""

    HEADER_CONTEXT = "RowTableModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[_Entry] = []  # every loaded row, in the current sort order
        self._visible: list[_Entry] = []  # the rows that pass the filter, in the same order
        self._filter_terms: list[str] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._texts_language = ""  # "" shows the original texts (see ui.common.texts_in)
        self._prepared = 0  # the rows before this one have their search terms folded (prepare_filter)

    # What subclasses provide ------------------------------------------------------------

    def display_text(self, record: Any, column: int) -> str:
        """The text shown in `column` for `record`."""
        raise NotImplementedError

    def sort_key(self, record: Any, column: int) -> Any:
        """What `column` sorts `record` by (defaults to its folded display text)."""
        return self.display_text(record, column).casefold()

    def search_text(self, record: Any) -> str:
        """Everything the quick filter finds `record` by (defaults to all displayed cells)."""
        return " ".join(self.display_text(record, c) for c in range(len(self.HEADERS)))

    def cell_data(self, record: Any, column: int, role: int) -> Any:
        """Any role other than display text for one cell (colours, alignment, tooltips)."""
        return None

    def is_fallback(self, record: Any, column: int) -> bool:
        """True when the cell shows a text as written because it has no form in the texts language."""
        return False

    # The language the texts are shown in -------------------------------------------------

    def texts_language(self) -> str:
        """The language the rows' texts are shown in; "" for each text's original."""
        return self._texts_language

    def set_texts_language(self, lang: str) -> None:
        """Show the texts in `lang` ("" for the original); sorting and the filter follow the shown texts."""
        if lang == self._texts_language:
            return
        self.beginResetModel()
        self._texts_language = lang
        for entry in self._entries:
            entry.terms = None  # the filter finds what is shown
        self._sort_entries()
        self._apply_filter()
        self.endResetModel()

    # Loading, sorting, filtering --------------------------------------------------------

    def set_rows(self, records: list[Any]) -> None:
        """Replace every row, keeping the current sort and filter."""
        self.beginResetModel()
        self._entries = [_Entry(record) for record in records]
        self._sort_entries()
        self._apply_filter()
        self.endResetModel()

    def set_filter_text(self, text: str) -> None:
        """Show only the rows every word of `text` finds (folded: any case, accent or script)."""
        wanted = query_terms(text)
        if wanted == self._filter_terms:
            return
        self.beginResetModel()
        self._filter_terms = wanted
        self._apply_filter()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the loaded rows by `column`; selections follow their rows."""
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        followed = [(self._visible[i.row()], i.column()) if i.row() < len(self._visible) else None for i in persistent]
        self._sort_column, self._sort_order = column, order
        self._sort_entries()
        self._apply_filter()
        position = {id(entry): row for row, entry in enumerate(self._visible)}
        moved = [
            self.index(position[id(f[0])], f[1]) if f is not None and id(f[0]) in position else QModelIndex()
            for f in followed
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _sort_entries(self) -> None:
        self._prepared = 0  # the rows moved: prepare_filter looks again from the first
        if self._sort_column < 0:
            return
        column = self._sort_column
        self._entries.sort(
            key=lambda entry: self.sort_key(entry.record, column),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _apply_filter(self) -> None:
        if not self._filter_terms:
            self._visible = list(self._entries)
            return
        self.prepare_filter(len(self._entries))
        wanted = self._filter_terms
        self._visible = [e for e in self._entries if joined_terms_match(wanted, e.terms or "")]

    def prepare_filter(self, rows: int) -> bool:
        """Fold the search text of up to `rows` more rows ahead of the first filtering; True once every row is ready.

        Folding is the slow part of a first filter key (every row's texts); done in idle moments
        beforehand, each key only searches the folded strings.
        """
        entries = self._entries
        while self._prepared < len(entries):
            entry = entries[self._prepared]
            if entry.terms is None:
                if rows <= 0:
                    return False
                entry.terms = joined_terms(index_terms(self.search_text(entry.record)).split())
                rows -= 1
            self._prepared += 1
        return True

    # Reading rows -----------------------------------------------------------------------

    def record_at(self, row: int) -> Any:
        """The record shown in `row`."""
        return self._visible[row].record

    def records(self) -> list[Any]:
        """The records shown, in display order."""
        return [entry.record for entry in self._visible]

    def total_count(self) -> int:
        """How many rows are loaded, whether the filter shows them or not."""
        return len(self._entries)

    def row_of(self, predicate: Any) -> int:
        """The first shown row whose record satisfies `predicate`, or -1."""
        for row, entry in enumerate(self._visible):
            if predicate(entry.record):
                return row
        return -1

    # Qt's model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        record = self._visible[index.row()].record
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(record, index.column())
        if role == ROW_ROLE:
            return record
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole) and self._texts_language:
            if self.is_fallback(record, index.column()):
                if role == Qt.ItemDataRole.FontRole:
                    return fallback_font()
                return with_note(self.cell_data(record, index.column(), role), self._texts_language)
        return self.cell_data(record, index.column(), role)
