"""Asks the services about once a second what other officers saved, and announces it as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from minutes_app.services import Services
from minutes_app.services.change_watch import Change, ChangeWatch

POLL_INTERVAL_MS = 1000  # lists follow a colleague's save within about a second (the issue asks for 2)


class StoreWatch(QObject):
    """Emits `changed_elsewhere` (a list of Change) when another process or connection committed to the store."""

    changed_elsewhere = Signal(list)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watch: ChangeWatch | None = services.watch_changes()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        if self._watch is None:
            return
        changes: list[Change] = self._watch.poll()
        if changes:
            self.changed_elsewhere.emit(changes)

    def acknowledge(self) -> None:
        """This window wrote and refreshes now: the own commit is not reported back as a change elsewhere (SQLite)."""
        if self._watch is not None:
            self._watch.acknowledge()

    def stop(self) -> None:
        """Stop polling and release the watch's connection (the window is closing)."""
        self._timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None
