"""Set up a QTableView for big lists: whole-row selection, fixed row heights, sortable headers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def configure_table(view: QTableView, *, stretch_column: int | None = None, sortable: bool = True) -> None:
    """Rows select whole, heights stay fixed (a resize-to-contents header is slow on big tables)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, as a keyboard user expects
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    rows.hide()
    columns = view.horizontalHeader()
    columns.setHighlightSections(False)
    columns.setSectionsMovable(True)
    columns.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        columns.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    view.setSortingEnabled(sortable)


def set_column_widths(view: QTableView, characters: dict[int, int]) -> None:
    """Size columns to hold about this many characters (and at least their header's text)."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    model = view.model()
    for column, count in characters.items():
        title = str(model.headerData(column, header.orientation()) or "") if model is not None else ""
        width = max(metrics.horizontalAdvance("0" * count) + 16, metrics.horizontalAdvance(title) + 28)
        view.setColumnWidth(column, width)


def widen_for_texts(view: QTableView, column: int, texts: list[str], padding: int = 16) -> None:
    """Widen a column so the longest of these texts (a vocabulary's labels, in the interface language) shows whole."""
    widest = max((view.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
    if widest + padding > view.columnWidth(column):
        view.setColumnWidth(column, widest + padding)
