"""A store read run in a thread, its result handed to the GUI thread; only the latest call's result counts."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from minutes_app.domain.errors import MinutesError

log = logging.getLogger(__name__)

PAINT_WAIT_MS = 250  # a window that does not repaint (minimised) starts the read after this long anyway


class BackgroundCall(QObject):
    """Runs `work` beside the window and calls `deliver` with its result in the GUI thread.

    It lives in the GUI thread, so its slot runs there: a signal emitted from another thread to a
    QObject's slot is queued. A call started later makes an earlier one's result stale: dropped.

    With `after_paint`, a call started while that widget is on screen waits until it (or a widget
    inside it) has repainted: the read beside the rows would otherwise compete with the repaint for
    the processor and the interpreter (a tracker refresh took three times as long with it).

    A call for a widget hidden in a window on screen (a page the officer left) waits until that
    widget is shown and painted again: its read would compete with the page on show for nothing
    (the meetings page opened right after a change took 190 ms instead of 30 when the tracker's
    pick lists were read meanwhile).
    """

    _done = Signal(int, object)

    def __init__(
        self,
        deliver: Callable[[Any], None],
        parent: QObject,
        *,
        name: str = "background-call",
        after_paint: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._name = name
        self._number = 0
        self._done.connect(self._finish)
        self._painted = after_paint
        self._waiting: Callable[[], None] | None = None  # the thread to start once painted (the latest call only)
        self._paint_wait = QTimer(self)
        self._paint_wait.setSingleShot(True)
        self._paint_wait.timeout.connect(self._start_waiting)

    def start(self, work: Callable[[], Any]) -> None:
        """Run `work` in a thread (a MinutesError is logged and nothing is delivered)."""
        self._number += 1
        number = self._number

        def run() -> None:
            try:
                result = work()
            except MinutesError as error:
                log.warning("%s failed: %s", self._name, error)
                return
            try:
                self._done.emit(number, result)
            except RuntimeError:  # the window closed meanwhile
                log.debug("%s finished after its window closed", self._name)

        def begin() -> None:
            threading.Thread(target=run, name=self._name, daemon=True).start()

        if self._painted is None or not self._painted.window().isVisible():
            begin()  # no window on screen to wait for
            return
        held = self._waiting is not None and not self._painted.isVisible()
        self._waiting = begin  # a call still waiting is replaced: its result would be stale anyway
        if self._painted.isVisible():
            self._wait_for_paint()
        elif not held:
            self._hold()

    def is_waiting(self) -> bool:
        """True while a call waits for the repaint of its widget on screen to start its thread."""
        return self._waiting is not None and self._painted is not None and self._painted.isVisible()

    def is_held(self) -> bool:
        """True while a call waits for its hidden widget to be shown again."""
        return self._waiting is not None and not self.is_waiting()

    def _wait_for_paint(self) -> None:
        """Watch every widget's paint (the widget's children paint on their own) until the widget's repaint."""
        _application().installEventFilter(self)  # installing twice keeps one filter
        if not self._paint_wait.isActive():
            self._paint_wait.start(PAINT_WAIT_MS)

    def _hold(self) -> None:
        """Watch only the hidden widget for being shown: the application's every event is not looked at meanwhile."""
        assert self._painted is not None
        _application().removeEventFilter(self)
        self._paint_wait.stop()
        self._painted.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Start the waiting call just after the first repaint of the widget it waits for."""
        painted = self._painted
        if self._waiting is None or painted is None:
            return False
        if event.type() == QEvent.Type.Show and watched is painted:
            painted.removeEventFilter(self)
            self._wait_for_paint()
        elif event.type() == QEvent.Type.Paint:
            if watched is painted or (isinstance(watched, QWidget) and painted.isAncestorOf(watched)):
                QTimer.singleShot(0, self._start_waiting)  # once this paint (and the others queued with it) is done
        return False

    def _start_waiting(self) -> None:
        painted = self._painted
        if self._waiting is None or painted is None:
            return
        if painted.window().isVisible() and not painted.isVisible():
            self._hold()  # hidden since it was painted: wait until it is shown again, however long
            return
        begin, self._waiting = self._waiting, None
        self._paint_wait.stop()
        _application().removeEventFilter(self)
        begin()

    @Slot(int, object)
    def _finish(self, number: int, result: object) -> None:
        if number == self._number:
            self._deliver(result)


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None  # a widget is on screen: there is an application
    return app
