"""Keep a wide table's columns inside its visible width: narrow the long-text columns, then set aside the least needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

HEADER_PADDING_PX = 28  # room for the sort arrow and the section's margins


class ColumnFit(QObject):
    """On every resize, shrink the long-text columns so no column needs scrolling to.

    `shrinkable` maps a column to the characters it keeps at least (its header's text is kept whole in any case).
    When even that is too wide, the `droppable` columns are hidden in their order (and shown again when there is
    room): what they show must be found elsewhere too, as in a detail panel beside the table.
    """

    def __init__(self, view: QTableView, shrinkable: dict[int, int], droppable: list[int] | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._shrinkable = shrinkable
        self._droppable = droppable or []
        self.dropped: list[int] = []
        self._wanted: dict[int, int] = {}
        self._fitting = False
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def remember_widths(self) -> None:
        """Take the columns' present widths as the ones wanted when there is room."""
        header = self._header()
        self._wanted = {column: header.sectionSize(column) for column in range(header.count())}
        self.fit()

    def want(self, column: int, width: int) -> None:
        """Ask for this width for a column when there is room (a column just shown), and fit again."""
        self._wanted[column] = width
        if column not in self._shrinkable:
            self._fitting = True
            try:
                self._header().resizeSection(column, width)
            finally:
                self._fitting = False
        self.fit()

    def wanted(self, column: int) -> int:
        """The width a column gets when there is room."""
        return self._wanted.get(column, self._header().sectionSize(column))

    def _header(self) -> QHeaderView:
        return self._view.horizontalHeader()

    def _header_width(self, column: int) -> int:
        model = self._view.model()
        header = self._header()
        title = str(model.headerData(column, header.orientation()) or "") if model is not None else ""
        return header.fontMetrics().horizontalAdvance(title) + HEADER_PADDING_PX

    def _least(self, column: int) -> int:
        """The narrowest a shrinkable column gets: its header's text, and its least characters."""
        characters = self._view.fontMetrics().horizontalAdvance("0" * self._shrinkable.get(column, 0))
        return max(self._header_width(column), characters + 16)

    def _fixed(self, column: int, last: int) -> int:
        """The width of a column that does not shrink (a stretched last one keeps at least its own width)."""
        if self._header().sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            return self._header_width(column)  # it takes what is left, its header's text at least
        width = max(self._wanted.get(column, 0), self._header_width(column))
        return max(width, self._header().defaultSectionSize()) if column == last else width

    def _shown(self) -> list[int]:
        header = self._header()
        visual = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in visual if not header.isSectionHidden(c)]

    def _last(self, shown: list[int]) -> int:
        return shown[-1] if shown and self._header().stretchLastSection() else -1

    def _least_width(self, shown: list[int]) -> int:
        """The width the shown columns need with every shrinkable one at its narrowest."""
        last = self._last(shown)
        return sum(self._least(c) if c in self._shrinkable and c != last else self._fixed(c, last) for c in shown)

    def _choose_dropped(self, room: int) -> None:
        header = self._header()
        visual = [header.logicalIndex(v) for v in range(header.count())]
        kept = [c for c in visual if not header.isSectionHidden(c) or c in self.dropped]
        dropped: list[int] = []
        for column in self._droppable:
            if self._least_width([c for c in kept if c not in dropped]) <= room:
                break
            dropped.append(column)
        if dropped != self.dropped:
            for column in self.dropped:
                header.setSectionHidden(column, False)
            for column in dropped:
                header.setSectionHidden(column, True)
            self.dropped = dropped

    def fit(self) -> None:
        """Give the wanted widths when they fit; else narrow the shrinkable columns in proportion."""
        header = self._header()
        if not self._wanted or header.count() == 0:
            return
        room = self._view.viewport().width()
        self._fitting = True
        try:
            self._choose_dropped(room)
            shown = self._shown()
            last = self._last(shown)
            flexible = [c for c in shown if c in self._shrinkable and c != last]
            fixed = sum(self._fixed(c, last) for c in shown if c not in flexible)
            widths = _share(room - fixed, {c: self._wanted.get(c, 0) for c in flexible}, self._least)
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        # A column the person widened by hand keeps that width as the wanted one.
        if not self._fitting and self._wanted and column in self._shrinkable:
            self._wanted[column] = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def _share(spare: int, wanted: dict[int, int], least: Callable[[int], int]) -> dict[int, int]:
    """Widths for `wanted` columns within `spare`: in proportion, none below its least width."""
    widths: dict[int, int] = {}
    open_columns = dict(wanted)
    while open_columns:
        total = sum(open_columns.values())
        scale = min(1.0, max(spare, 0) / total) if total else 1.0
        pinned = {c: least(c) for c, w in open_columns.items() if int(w * scale) < least(c)}
        if not pinned:
            widths.update({c: int(w * scale) for c, w in open_columns.items()})
            break
        widths.update(pinned)
        spare -= sum(pinned.values())
        for column in pinned:
            del open_columns[column]
    return widths
