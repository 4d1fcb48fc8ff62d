"""A table model whose columns are its translated header texts: the base of the app's table models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

AnyIndex = QModelIndex | QPersistentModelIndex


class HeaderedTableModel(QAbstractTableModel):
    """One column per header text; subclasses name the texts and their translation context."""

    # Subclasses name their translation context and header texts (marked with QT_TRANSLATE_NOOP).
    HEADER_CONTEXT = "HeaderedTableModel"
    HEADERS: tuple[object, ...] = ()  # QT_TRANSLATE_NOOP(...) texts

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The context is named, not taken from the class: tr() in a base loses a subclass's translations.
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate(self.HEADER_CONTEXT, str(self.HEADERS[section]))
        return None
