"""The floor of a filter applied in a table: the same SQL alone, and shown in a plain Qt table of the same size.

The app's measure runs until its view has repainted. Set against the SQL alone, three times a 1.5 ms query
is less than any table's repaint; so the floor is what the plainest Qt program must do for the same screen:
run the query, put each row's texts in a `QStandardItemModel` and let a `QTableView` of the app table's size
repaint. The SQL alone is still measured and printed beside it. The measure takes a floor run after each of
its own runs (interleaved), so that the machine's drift during the measure weighs on both alike.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any


class PlainTableFloor:
    """A plain `QTableView` showing the rows of `sql`, timed one run at a time."""

    def __init__(self, db: Path, sql: str, everything_sql: str, *, columns: int, width: int, height: int) -> None:
        from PySide6.QtGui import QStandardItemModel
        from PySide6.QtWidgets import QTableView

        self._conn = sqlite3.connect(str(db))
        self._sql, self._columns = sql, columns
        self._everything = self._conn.execute(everything_sql).fetchall()
        self._model = QStandardItemModel(0, columns)
        self._view = QTableView()
        self._view.setModel(self._model)
        self._view.resize(width, height)
        self._view.show()

    def sql_alone(self) -> float:
        """Seconds to run the SQL and fetch its rows."""
        began = time.perf_counter()
        self._conn.execute(self._sql).fetchall()
        return time.perf_counter() - began

    def shown(self) -> float:
        """Seconds from the whole list on screen to the SQL's rows shown and repainted."""
        from PySide6.QtWidgets import QApplication

        self._fill(self._everything)  # start from the whole list on screen, as the app's measure does
        QApplication.processEvents()
        began = time.perf_counter()
        self._fill(self._conn.execute(self._sql).fetchall())
        QApplication.processEvents()  # the view repaints with the new rows
        return time.perf_counter() - began

    def close(self) -> None:
        """Close the view and the connection."""
        self._view.close()
        self._conn.close()

    def _fill(self, rows: list[tuple[Any, ...]]) -> None:
        from PySide6.QtGui import QStandardItem

        self._model.removeRows(0, self._model.rowCount())
        for row in rows:
            self._model.appendRow(
                [QStandardItem("" if value is None else str(value)) for value in row[: self._columns]]
            )
