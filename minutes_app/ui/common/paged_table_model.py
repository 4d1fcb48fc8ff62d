"""The paging the SQL-paged tables share: rows read a page at a time, only the pages read last held."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject

from minutes_app.ui.common.headered_table_model import AnyIndex, HeaderedTableModel


class PagedTableModel(HeaderedTableModel):
    """Rows in pages of `page_size`, at most `pages_kept` of them in memory; subclasses read a page (_read_page)."""

    def __init__(self, parent: QObject | None = None, *, page_size: int, pages_kept: int) -> None:
        super().__init__(parent)
        self._page_size = max(1, page_size)
        self._pages_kept = max(2, pages_kept)
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()  # the pages held, the last read last
        self._row_count = 0  # the view's rows

    def _read_page(self, number: int) -> list[Any]:
        """Read page `number` from the source (and _keep it); called when it is not held."""
        raise NotImplementedError

    def pages_held(self) -> list[int]:
        """The numbers of the pages in memory (the others are read again when shown)."""
        return sorted(self._pages)

    def _keep(self, number: int, rows: list[Any]) -> None:
        self._pages[number] = rows
        self._pages.move_to_end(number)
        while len(self._pages) > self._pages_kept:
            self._pages.popitem(last=False)  # the page read longest ago

    def _page(self, number: int) -> list[Any]:
        """Page `number`, from memory or read again."""
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        return self._read_page(number)

    def _row(self, row: int) -> Any:
        if not 0 <= row < self._row_count:
            return None
        rows = self._page(row // self._page_size)
        at = row % self._page_size
        return rows[at] if at < len(rows) else None

    def row_of(self, predicate: Callable[[Any], bool]) -> int:
        """The first row held in memory whose record satisfies `predicate`, or -1."""
        for number in sorted(self._pages):
            for at, record in enumerate(self._pages[number]):
                if predicate(record):
                    return number * self._page_size + at
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._row_count
