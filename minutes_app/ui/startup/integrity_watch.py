"""The store's integrity check, run beside the open window: a damaged store closes the window and is reported.

Writes wait for the check (store/integrity_gate.py), so nothing reaches a damaged file; when it
fails, the window hides and `run_gui` opens the store again with the check in front, which shows
the store error dialog and its ways out as at any start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from minutes_app.domain.errors import StoreError

log = logging.getLogger(__name__)


class IntegrityGate(Protocol):
    """What the watch needs of the store's IntegrityGate (the ui does not import the store)."""

    def on_done(self, listener: Callable[[StoreError | None], None]) -> None: ...


class Closable(Protocol):
    """The main window, closed without its questions (MainWindow.close_unsaved)."""

    def close_unsaved(self) -> None: ...


class IntegrityWatch(QObject):
    """Carries the check's verdict from its thread to the GUI thread; `failed` once the store was found damaged."""

    _finished = Signal(str)  # the reason of the failure, "" when the store is sound

    def __init__(self, gate: IntegrityGate, window: QWidget) -> None:
        """`window` must offer close_unsaved() (the MainWindow)."""
        super().__init__(window)
        self.failed = False
        self._window: Closable = window  # type: ignore[assignment]  # a MainWindow; the ui.startup does not import it
        self._finished.connect(self._deliver)  # queued: emitted from the checking thread
        gate.on_done(self._report)

    def _report(self, failure: StoreError | None) -> None:
        try:
            self._finished.emit("" if failure is None else failure.reason)
        except RuntimeError:  # the window, and this watch with it, is gone: nobody to tell
            log.debug("integrity check ended after its window closed")

    @Slot(str)
    def _deliver(self, reason: str) -> None:
        if reason in ("", "closed"):
            return
        log.warning("the store failed its integrity check after the window opened (%s): closing it", reason)
        self.failed = True
        self._window.close_unsaved()  # no prompt to save: nothing can be written; the editor's recovery copy stays
