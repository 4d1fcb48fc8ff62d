"""The editor's recovery copy: while there are unsaved changes, write them to disk every few seconds."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from minutes_app.domain import records as r
from minutes_app.domain.errors import MinutesError
from minutes_app.paths import AppPaths
from minutes_app.services.recovery import discard_recovery, write_recovery

log = logging.getLogger(__name__)

RECOVERY_INTERVAL_MS = 5000


class RecoveryCopy(QObject):
    """Keeps one file per editor in step with its unsaved work; nothing on disk when there is none."""

    def __init__(self, paths: AppPaths, capture: Callable[[], r.Meeting], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._capture = capture
        self._path: Path | None = None
        self._inherited: Path | None = None  # a crashed session's copy this editor recovered
        self._pending = False  # changes not yet on disk
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setInterval(RECOVERY_INTERVAL_MS)
        self.timer.timeout.connect(self.write_now)

    def path(self) -> Path | None:
        """The file holding the last copy written, if any."""
        return self._path

    def take_over(self, path: Path) -> None:
        """The editor now shows the work kept in `path` (left by a crash): replace that file by this editor's own."""
        self._inherited = path
        self.changed(dirty=True)
        self.write_now()

    def changed(self, *, dirty: bool) -> None:
        """The meeting on screen changed; `dirty` says whether it now differs from the stored one."""
        if not dirty:
            self.discard()
            return
        self._pending = True
        if not self.timer.isActive():
            self.timer.start()

    def write_now(self) -> Path | None:
        """Write the unsaved changes not yet on disk; returns the file written (None when nothing was due)."""
        if not self._pending:
            return None
        try:
            path = write_recovery(self._paths, self._capture(), pid=os.getpid())
        except (MinutesError, OSError) as error:
            if not self._failing:  # say it once, not every few seconds
                log.warning("could not write the recovery copy: %s", error)
            self._failing = True
            return None
        self._failing = False
        for stale in (self._path, self._inherited):
            if stale is not None and stale != path:
                discard_recovery(stale)  # a new name (the meeting got its id, or a recovered copy): the old file goes
        self._path = path
        self._inherited = None
        self._pending = False
        return path

    def discard(self) -> None:
        """Nothing is left unsaved (saved, discarded, or undone back to the stored meeting): delete the copy."""
        self.timer.stop()
        self._pending = False
        for path in (self._path, self._inherited):
            if path is not None:
                discard_recovery(path)
        self._path = self._inherited = None
