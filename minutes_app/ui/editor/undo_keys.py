"""Keeps the editor's fields from claiming the undo and redo keys for their own, per-field undo.

A line edit or text box normally takes Ctrl+Z for itself before any shortcut sees it; inside the
meeting editor one history covers every field and every table, so the keys go to the window's
Edit > Undo / Redo instead, which act on that history.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def is_undo_or_redo(event: QKeyEvent) -> bool:
    """True for a key press that means undo or redo."""
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed == key for key in (*UNDO_KEYS, *REDO_KEYS))


class UndoKeysGuard(QObject):
    """An event filter: the fields it watches let the undo and redo keys through to the window's shortcuts."""

    def watch(self, widgets: Iterable[QWidget]) -> None:
        """Watch these widgets (text boxes also drop their own undo memory, which would go unused)."""
        for widget in widgets:
            widget.installEventFilter(self)
            if isinstance(widget, QPlainTextEdit):
                widget.setUndoRedoEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_undo_or_redo(event):
            # Not accepted and not passed on: the shortcut system then tries the window's actions.
            event.ignore()
            return True
        return False
