"""Keeps keys typed for the editor from answering a question that popped up under the fingers.

An officer typing fast, or pressing Escape to close a popup, can have the next keys land in a
question box that just appeared (Space once chose "Save"). The guard drops every key the box
gets in its first moments, and plain letters at any time (QMessageBox would otherwise take "s"
or "d" as the first letter of a button). Escape always goes through: it only ever cancels.
Deliberate keyboard answers stay possible once the burst is over: Tab to a button and Space,
Enter for the default button, or Alt with the underlined letter.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

GUARD_MS = 400  # longer than the gap between keys typed in one burst, short enough not to be noticed
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut)
_WORD_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier


class TypedAnswerGuard(QObject):
    """An event filter for a question box and its buttons: no answer from keys typed in a burst."""

    def __init__(self, box: QWidget) -> None:
        super().__init__()
        self._box = box
        self._shown = QElapsedTimer()
        self._watched = [box, *box.findChildren(QWidget)]
        for widget in self._watched:
            widget.installEventFilter(self)

    def release(self) -> None:
        """Stop watching (the box is answered; it may outlive this guard)."""
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._box and event.type() == QEvent.Type.Show:
            self._shown.start()
            return False
        if event.type() not in _KEY_EVENTS:
            return False
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape:
            return False
        if event.type() == QEvent.Type.Shortcut:
            return self._in_burst()  # Alt+letter: a deliberate answer once the burst is over
        assert isinstance(event, QKeyEvent)
        if self._in_burst():
            event.accept()  # for ShortcutOverride: the key stays an ordinary key press, dropped here too
            return True
        # A plain letter is typing, not an answer; Space, Enter, Tab and the arrows work the buttons.
        return bool(event.text().strip()) and not event.modifiers() & _WORD_MODIFIERS

    def _in_burst(self) -> bool:
        return not self._shown.isValid() or self._shown.elapsed() < GUARD_MS
