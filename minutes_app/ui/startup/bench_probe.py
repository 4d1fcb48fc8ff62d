"""Tells the benchmarks when the main window is painted with its meetings, and how much memory it took.

Active only when MINUTES_APP_BENCH_PROBE is set (by benchmarks/), so a normal start is unaffected.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

PROBE_ENV = "MINUTES_APP_BENCH_PROBE"
STALL_WINDOW_S = 2.0  # how long "responsive" watches the event loop after the first paint


class _FirstPaintWatcher(QObject):
    """Reports once the meetings table has painted rows."""

    def __init__(self, window: QMainWindow, mode: str) -> None:
        super().__init__(window)
        self._window = window
        self._mode = mode
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Wait for a paint of the meetings table with rows in it."""
        page = self._window.meetings_page  # type: ignore[attr-defined]
        if not self._done and event.type() == QEvent.Type.Paint and page.model.rowCount() > 0:
            self._done = True
            QTimer.singleShot(0, self._report)  # after this paint has reached the screen
        return False

    def _report(self) -> None:
        print(f"READY {time.time():.6f}", flush=True)
        print(f"READY_RSS_KIB {_peak_rss_kib()}", flush=True)
        if self._mode == "tracker":
            self._show_every_follow_up()
            print(f"PEAK_RSS_KIB {_peak_rss_kib()}", flush=True)
        if self._mode == "responsive":
            self._watch_stalls()
            return
        QApplication.quit()

    def _watch_stalls(self) -> None:
        """For STALL_WINDOW_S after the first paint, the longest the event loop went without turning."""
        ends = time.perf_counter() + STALL_WINDOW_S
        last = [time.perf_counter(), 0.0]  # the last turn, the longest gap
        ticker = QTimer(self)
        ticker.setInterval(0)

        def tick() -> None:
            now = time.perf_counter()
            last[1] = max(last[1], now - last[0])
            last[0] = now
            if now >= ends:
                ticker.stop()
                print(f"LONGEST_STALL_MS {last[1] * 1000:.1f}", flush=True)
                QApplication.quit()

        ticker.timeout.connect(tick)
        ticker.start()

    def _show_every_follow_up(self) -> None:
        window = self._window
        window.show_page("follow_ups")  # type: ignore[attr-defined]
        QApplication.processEvents()
        table: QTableView = window.follow_ups_page.table  # type: ignore[attr-defined]
        model = table.model()
        rows = 0
        grew = time.perf_counter()
        # Scroll to the end, fetching every page, as a person holding End would. The count comes from a
        # thread after the first page: until it does the model offers nothing more, so stopping at the first
        # page that adds nothing scrolled 500 rows. Stop once nothing more was offered for two seconds.
        while time.perf_counter() - grew < 2.0:
            table.scrollToBottom()
            QApplication.processEvents()
            if model.canFetchMore(table.rootIndex()):
                model.fetchMore(table.rootIndex())
            else:
                time.sleep(0.01)  # the count's thread runs meanwhile
            if model.rowCount() != rows:
                rows, grew = model.rowCount(), time.perf_counter()
        print(f"TRACKER_ROWS {rows}", flush=True)


def _peak_rss_kib() -> int:
    """This process's own peak memory in KiB: VmHWM on Linux; ru_maxrss elsewhere (0 on Windows).

    Not ru_maxrss on Linux: a child started by subprocess inherits its parent's figure there, so
    the app would report the benchmark harness's peak instead of its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass  # no /proc: not Linux
    if sys.platform == "win32":
        return 0
    import resource  # Unix-only: imported here so that importing this module works everywhere

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def install_if_requested(window: QMainWindow) -> None:
    """Watch for the first painted meeting list when the benchmarks asked for it."""
    mode = os.environ.get(PROBE_ENV)
    if not mode:
        return
    window.show_page("meetings")  # type: ignore[attr-defined]  # the page measured, whatever page the last session ended on
    watcher = _FirstPaintWatcher(window, mode)
    window.meetings_page.table.viewport().installEventFilter(watcher)  # type: ignore[attr-defined]
