"""A multi-select shown as a compact grid of check boxes (arrow keys move, Space ticks)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QSizePolicy, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckList(QListWidget):
    """Checkable items in columns of `rows` (more rows when there are many); `checked_keys()` is the selection."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, rows: int = 2) -> None:
        super().__init__(parent)
        self._rows = self._min_rows = rows
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # A fixed height makes the items wrap into columns instead of one long list.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_items(self, items: Sequence[tuple[Hashable, str]]) -> None:
        """Replace the items with (key, text) pairs, keeping the ticks of keys still present."""
        keep = set(self.checked_keys())
        self.blockSignals(True)
        self.clear()
        for key, text in items:
            item = QListWidgetItem(text, self)
            item.setData(KEY_ROLE, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in keep else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self._rows = max(self._min_rows, -(-len(items) // 6))  # about six columns before adding a row
        self.updateGeometry()

    def checked_keys(self) -> list[Hashable]:
        """The keys of the ticked items, in item order."""
        return [
            self.item(i).data(KEY_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked_keys(self, keys: Iterable[Hashable]) -> None:
        """Tick exactly the items whose key is in `keys` (emits `changed` once)."""
        wanted = set(keys)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(KEY_ROLE) in wanted else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.viewport().update()
        self.changed.emit()

    def set_checked(self, key: Hashable, checked: bool = True) -> None:
        """Tick or untick the item with `key`."""
        for i in range(self.count()):
            if self.item(i).data(KEY_ROLE) == key:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def sizeHint(self) -> QSize:
        # Tall enough for the rows of check boxes; the width follows the layout.
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        frame = 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), self._rows * (row + 2 * self.spacing()) + frame + 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())
