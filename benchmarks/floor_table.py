"""The floor of a filter applied in a table: the same SQL alone, and shown in a plain Qt table of the same size.

The app's measure runs until its view has repainted. Set against the SQL alone, three times a 1.5 ms query
is less than any table's repaint; so the floor is what the plainest Qt program must do for the same screen:
run the query, put each row's texts in a `QStandardItemModel` and let a `QTableView` of the app table's size
repaint. The SQL alone is still measured and printed beside it.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any


def _fill(model: Any, rows: list[tuple[Any, ...]], columns: int) -> None:
    from PySide6.QtGui import QStandardItem

    model.removeRows(0, model.rowCount())
    for row in rows:
        model.appendRow([QStandardItem("" if value is None else str(value)) for value in row[:columns]])


def plain_table_times(
    db: Path, sql: str, everything_sql: str, *, columns: int, width: int, height: int, runs: int
) -> tuple[list[float], list[float]]:
    """Per run, seconds for `sql` alone and for `sql` shown in a plain table (from `everything_sql`'s rows shown)."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    conn = sqlite3.connect(str(db))
    model = QStandardItemModel(0, columns)
    view = QTableView()
    view.setModel(model)
    view.resize(width, height)
    view.show()
    everything = conn.execute(everything_sql).fetchall()
    sql_alone, shown = [], []
    try:
        for _ in range(runs):
            began = time.perf_counter()
            conn.execute(sql).fetchall()
            sql_alone.append(time.perf_counter() - began)
        for _ in range(runs):
            _fill(model, everything, columns)  # start from the whole list on screen, as the app's measure does
            QApplication.processEvents()
            began = time.perf_counter()
            _fill(model, conn.execute(sql).fetchall(), columns)
            QApplication.processEvents()  # the view repaints with the new rows
            shown.append(time.perf_counter() - began)
    finally:
        view.close()
        conn.close()
    return sql_alone, shown
