"""Tables and lists say their headers and words again after the interface language changes."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget


def retranslate_models(root: QWidget) -> int:
    """Ask every view under `root` to fetch its headers and cells again (the models translate when asked); returns how many models."""
    models: dict[int, QAbstractItemModel] = {}
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            models[id(model)] = model
    for model in models.values():
        # A list model hides columnCount (always one column).
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
        rows = model.rowCount(QModelIndex())
        if columns:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if columns and rows:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
    return len(models)
