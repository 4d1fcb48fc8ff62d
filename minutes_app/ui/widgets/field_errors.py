"""Error messages shown right under the field they are about, in a form."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FieldErrors:
    """Pairs each field name with its input widget and an (initially hidden) error label."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._inputs: dict[str, QWidget] = {}

    def wrap(self, name: str, field: QWidget) -> QWidget:
        """A container holding `field` with its error label beneath; add it to the form instead."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        message = QLabel()
        message.setObjectName(f"error_{name}")
        message.setWordWrap(True)
        message.setStyleSheet("color: #b00020;")
        message.hide()
        layout.addWidget(message)
        self._labels[name] = message
        self._inputs[name] = field
        return box

    def show(self, name: str, message: str) -> bool:
        """Show `message` under the field `name` and focus it; False when no such field exists."""
        label = self._labels.get(name)
        if label is None:
            return False
        label.setText(message)
        label.show()
        self._inputs[name].setFocus()
        return True

    def note(self, name: str, message: str) -> None:
        """Show `message` under the field `name` without moving the focus; "" hides it."""
        label = self._labels.get(name)
        if label is not None:
            label.setText(message)
            label.setVisible(bool(message))

    def message(self, name: str) -> str:
        """The error currently shown under `name` ("" when none)."""
        label = self._labels.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def clear(self) -> None:
        """Hide every error."""
        for label in self._labels.values():
            label.clear()
            label.hide()
