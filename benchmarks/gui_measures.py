"""Interactions measured through the real widgets until the view has repainted (issue #15): the meetings
page opened, a key in its quick filter, the tracker's refresh after a change, Ctrl+S in the editor.

The window is the one the app starts (MainWindow with fast_start); the meeting list is read a page
at a time (before: a screenful first and the rest from a thread). Each time runs from the person's action to the end of the
events it queued (the repaint included), in one process with the store.
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.measures import Result, _app, _services, percentile

TODAY = dt.date(2026, 11, 27)
P90_TARGET = "p90 < 100 ms"


def _settle(done: Callable[[], bool], timeout: float = 120.0) -> None:
    """Let the event loop and the app's threads run until `done()` (sleeping gives the threads the GIL)."""
    from PySide6.QtWidgets import QApplication

    limit = time.perf_counter() + timeout
    while not done():
        QApplication.processEvents()
        time.sleep(0.002)
        if time.perf_counter() > limit:
            raise RuntimeError("the window never settled")
    QApplication.processEvents()


def _timed_action(action: Callable[[], object]) -> float:
    """Seconds from `action` to the end of the events it queued (the repaint included)."""
    from PySide6.QtWidgets import QApplication

    began = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - began


def _window(db: Path, workdir: Path, name: str) -> tuple[Any, Any]:
    from PySide6.QtCore import QSettings

    from minutes_app.ui.main_window import MainWindow

    services = _services(db)
    settings = QSettings(str(workdir / f"ui-{name}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings, today=TODAY, fast_start=True)
    window.resize(1400, 900)
    window.show()
    _settle(lambda: _list_fresh(window.meetings_page))
    return window, services


def _list_fresh(page: Any) -> bool:
    """True once the meetings page shows the fresh list (a page that reads it in a thread says when it is done)."""
    loading = getattr(page, "is_loading", None)
    return loading is None or not loading()


def _threads_done() -> bool:
    """True once no thread the window started is still reading."""
    return all(thread.name in ("MainThread", "daily-backup") for thread in threading.enumerate())


def _met(times: list[float]) -> bool:
    return percentile(times, 90) < 0.100


def measure_meetings_page_open(db: Path, *, runs: int, workdir: Path) -> list[Result]:
    """Open the meetings page after a change elsewhere: painted at once, and the fresh list shown."""
    _app()
    window, services = _window(db, workdir, "meetings-open")
    page = window.meetings_page
    painted, fresh = [], []
    for _ in range(runs):
        window.show_page("follow_ups")
        window.announce_change()  # a change: the meetings page is stale
        _settle(lambda: True)
        began = time.perf_counter()
        painted.append(_timed_action(lambda: window.show_page("meetings")))
        _settle(lambda: _list_fresh(page))
        fresh.append(time.perf_counter() - began)
    window.close()
    services.close()
    return [
        Result("11. open the meetings page (painted)", painted, None, P90_TARGET, _met(painted)),
        Result("11b. open the meetings page (fresh list shown)", fresh, None, P90_TARGET, _met(fresh)),
    ]


def measure_meetings_filter(db: Path, *, runs: int, workdir: Path) -> list[Result]:
    """A key in the meetings page's quick filter, the first of a word and the later ones."""
    _app()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, services = _window(db, workdir, "meetings-filter")
    page = window.meetings_page
    prepare = getattr(page, "_prepare_timer", None)  # a page filtering in memory folds the texts in idle moments
    _settle(lambda: prepare is None or not prepare.isActive())
    first, later = [], []
    words = ["transit", "şəki", "industrial", "tourism", "alat", "energy", "parks"]
    for n in range(runs):
        page.search_box.clear()
        _settle(lambda: True)
        word = words[n % len(words)]
        for at, char in enumerate(word):
            took = _timed_action(lambda c=char: QTest.keyClick(page.search_box, c))  # type: ignore[misc]
            (first if at == 0 else later).append(took)
        if page.model.rowCount() == page.model.total_count():
            raise RuntimeError(f"the filter {word!r} did not narrow the meetings")
    QTest.keyClick(page.search_box, Qt.Key.Key_Escape)
    window.close()
    services.close()
    return [
        Result("12. meetings filter, first key", first, None, P90_TARGET, _met(first)),
        Result("12b. meetings filter, later keys", later, None, P90_TARGET, _met(later)),
    ]


def measure_tracker_refresh(db: Path, *, runs: int, workdir: Path) -> list[Result]:
    """The tracker's refresh after a change (a status changed), scrolled halfway down the whole store."""
    _app()
    from PySide6.QtCore import QModelIndex

    copy = workdir / "refresh.db"
    shutil.copy(db, copy)
    window, services = _window(copy, workdir, "tracker-refresh")
    window.show_page("follow_ups")
    page = window.follow_ups_page
    model, table = page.model, page.table
    _settle(_threads_done)  # the pick lists and the count read beside the rows
    target = model.total_count() // 2
    while model.rowCount() < target and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    table.scrollTo(model.index(target - 1, 0))
    _settle(lambda: True)
    times = []
    for n in range(runs):
        record = model.record_at(target - 10 + n)
        status = "in_progress" if record.status != "in_progress" else "open"
        services.follow_ups.change_status(record.id, status, note="benchmark")
        times.append(_timed_action(window.announce_change))
        _settle(_threads_done)
    window.close()
    services.close()
    copy.unlink()
    return [Result(f"13. tracker refresh after a change (row {target:,})", times, None, P90_TARGET, _met(times))]


def measure_ctrl_s(db: Path, *, runs: int, workdir: Path) -> list[Result]:
    """Ctrl+S in the editor on a 12-attendee meeting, with what it refreshes."""
    _app()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    copy = workdir / "ctrl-s.db"
    shutil.copy(db, copy)
    window, services = _window(copy, workdir, "ctrl-s")
    listed = window.meetings_page.model.records()
    window.commands.open_meeting(listed[len(listed) // 2].id)
    _settle(lambda: window.current_page_key() == "editor")
    editor = window.editor_area.editor()
    times = []
    for n in range(runs):
        editor.header.title.setText(f"Benchmark title {n}")  # unsaved: the window is modified
        _settle(lambda: True)
        times.append(_timed_action(lambda: QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)))
        if window.isWindowModified():
            raise RuntimeError("Ctrl+S did not save")
    window.editor_area.close_editor()
    window.close()
    services.close()
    copy.unlink()
    return [Result("14. Ctrl+S in the editor (and what it refreshes)", times, None, P90_TARGET, _met(times))]


GUI_MEASURES = [measure_meetings_page_open, measure_meetings_filter, measure_tracker_refresh, measure_ctrl_s]
