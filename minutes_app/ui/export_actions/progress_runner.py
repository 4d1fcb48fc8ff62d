"""Running an export behind a progress dialog: the work runs in a worker thread so the window keeps painting.

The job only calls services (each call opens its own database session, so a second thread is safe)
and never touches a widget. It reports through `progress(done, total)`, which returns False once
the person pressed Cancel; the export then raises ExportCancelled and writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from minutes_app.exports.progress import ExportCancelled, ProgressCallback

POLL_MS = 50
SHOW_AFTER_MS = 300  # quick exports finish before a dialog would flash up

Job = Callable[[ProgressCallback], Path]


@dataclass
class _Shared:
    """What the worker and the window share; plain values guarded by the GIL, plus an Event."""

    done: int = 0
    total: int = 0
    cancel: threading.Event = field(default_factory=threading.Event)
    result: Path | None = None
    error: BaseException | None = None


class ExportProgressRunner(QObject):
    """Runs export jobs one at a time behind a window-modal progress dialog."""

    progress_started = Signal(object)  # the QProgressDialog, before the work starts (tests cancel through it)

    def __init__(self, parent_widget: QWidget | None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget

    def run(self, job: Job, *, label: str, cancellable: bool) -> Path | None:
        """Run `job`; its path, or None when cancelled. Errors the job raised are raised again here."""
        dialog = QProgressDialog(label, "", 0, 0, self._parent_widget)
        dialog.setWindowTitle(QCoreApplication.translate("ExportProgress", "Exporting"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setMinimumWidth(420)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("ExportProgress", "Cancel"))
        else:
            dialog.setCancelButton(None)
        shared = _Shared()
        self.progress_started.emit(dialog)
        if dialog.wasCanceled():
            shared.cancel.set()

        def report(done: int, total: int) -> bool:
            shared.done, shared.total = done, total
            return not shared.cancel.is_set()

        def work() -> None:
            try:
                shared.result = job(report)
            except BaseException as error:  # noqa: BLE001 - handed to the window's thread, which raises it again
                shared.error = error

        worker = threading.Thread(target=work, name="export", daemon=True)
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(POLL_MS)
        timer.timeout.connect(lambda: self._poll(dialog, shared, worker, loop, cancellable))
        worker.start()
        timer.start()
        if worker.is_alive():
            loop.exec()
        timer.stop()
        worker.join()
        dialog.close()
        dialog.deleteLater()
        if isinstance(shared.error, ExportCancelled):
            return None
        if shared.error is not None:
            raise shared.error
        return shared.result

    @staticmethod
    def _poll(
        dialog: QProgressDialog,
        shared: _Shared,
        worker: threading.Thread,
        loop: QEventLoop,
        cancellable: bool,
    ) -> None:
        if cancellable and dialog.wasCanceled():
            shared.cancel.set()  # the dialog hid itself; the job stops at its next progress report
        if not worker.is_alive():
            loop.quit()
            return
        if shared.cancel.is_set():
            return
        if shared.total > 0 and dialog.maximum() != shared.total:
            dialog.setRange(0, shared.total)
        if shared.total > 0:
            dialog.setValue(min(shared.done, shared.total))
