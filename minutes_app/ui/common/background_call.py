"""A store read run in a thread, its result handed to the GUI thread; only the latest call's result counts."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from minutes_app.domain.errors import MinutesError

log = logging.getLogger(__name__)


class BackgroundCall(QObject):
    """Runs `work` beside the window and calls `deliver` with its result in the GUI thread.

    It lives in the GUI thread, so its slot runs there: a signal emitted from another thread to a
    QObject's slot is queued. A call started later makes an earlier one's result stale: dropped.
    """

    _done = Signal(int, object)

    def __init__(self, deliver: Callable[[Any], None], parent: QObject, *, name: str = "background-call") -> None:
        super().__init__(parent)
        self._deliver = deliver
        self._name = name
        self._number = 0
        self._done.connect(self._finish)

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

        threading.Thread(target=run, name=self._name, daemon=True).start()

    @Slot(int, object)
    def _finish(self, number: int, result: object) -> None:
        if number == self._number:
            self._deliver(result)
