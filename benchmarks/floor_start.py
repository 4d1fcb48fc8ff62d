"""The floor for cold start: import PySide6 and sqlalchemy.orm, open the file, one query, show a QTableView."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session  # noqa: F401 - the floor pays for importing the ORM, as the app does


class Rows(QAbstractTableModel):
    """The least model that shows rows."""

    def __init__(self, rows: list[tuple[object, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return str(self.rows[index.row()][index.column()]) if role == Qt.ItemDataRole.DisplayRole else None


class Painted(QObject):
    """Print once the table painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"READY {time.time():.6f}", flush=True), QApplication.quit()))
        return False


def main(db: str) -> None:
    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text("SELECT date, title, status FROM meeting ORDER BY date DESC"))]
    view = QTableView()
    view.setModel(Rows(rows))
    watcher = Painted()
    view.viewport().installEventFilter(watcher)
    view.resize(1000, 700)
    view.show()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
