"""A row of check boxes, one per follow-up status: several can be ticked at once; none ticked means any."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from minutes_app.ui.common import vocabulary_labels


class StatusChecks(QWidget):
    """Ticks for Open, In progress, Done, Cancelled, Deferred; `checked()` lists the ticked values."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for value, text in vocabulary_labels.choices(vocabulary_labels.FOLLOW_UP_STATUS):
            box = QCheckBox(text)
            box.setObjectName(f"status_{value}")
            box.toggled.connect(lambda _on: self.changed.emit())
            layout.addWidget(box)
            self.boxes[value] = box

    def checked(self) -> list[str]:
        """The ticked statuses, in vocabulary order."""
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, values: Iterable[str]) -> None:
        """Tick exactly `values` (announces one change)."""
        wanted = set(values)
        for value, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(value in wanted)
            box.blockSignals(False)
        self.changed.emit()
