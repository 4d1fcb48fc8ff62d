"""Interactions measured through the real widgets until the view has repainted (issue #15): the meetings
page opened, a key in its quick filter, the tracker sorted by a header click, its refresh after a
change, the follow-up with the longest history selected, search per keystroke, a 12-attendee and a
500-attendee meeting opened in the editor, Ctrl+S in the editor.

The window is the one the app starts (MainWindow with fast_start); the meeting list is read a page
at a time. Each time runs from the person's action to the end of the events it queued (the repaint
included), in one process with the store. `db` is an SQLite file (the measures that write work on a
copy) or the URL of the benchmark's own PostgreSQL database.
"""

from __future__ import annotations

import datetime as dt
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.measures import Result, _app, _services, collector_as_the_app_starts, percentile

TODAY = dt.date(2026, 11, 27)
P90_TARGET = "p90 < 100 ms"
Store = Path | str  # an SQLite file, or a PostgreSQL URL


def _writable(db: Store, workdir: Path, name: str) -> Store:
    """A store the measure may write to: a copy of an SQLite file; the benchmark's own server database as it is."""
    if isinstance(db, str):
        return db
    copy = workdir / f"{name}.db"
    shutil.copy(db, copy)
    return copy


def _drop(store: Store, db: Store) -> None:
    """Delete the copy `_writable` made (nothing for a server database)."""
    if isinstance(store, Path) and store != db:
        store.unlink(missing_ok=True)


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


def type_char(widget: Any, char: str) -> None:
    """Type one character as the keyboard would (QTest.keyClick knows only ASCII keys: ş, ə and Cyrillic abort it)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = ord(char.upper()) if char.isascii() else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def _window(db: Store, workdir: Path, name: str) -> tuple[Any, Any]:
    from PySide6.QtCore import QSettings

    from minutes_app.ui.main_window import MainWindow

    with collector_as_the_app_starts():
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


def _close(window: Any, services: Any) -> None:
    """Close the window once the threads it started have finished (one still reading at exit aborts Python)."""
    _settle(_threads_done)
    window.close()
    services.close()


def _threads_done() -> bool:
    """True once no thread the window started is still reading, nor waits for a repaint to start."""
    from PySide6.QtWidgets import QApplication

    from minutes_app.ui.common.background_call import BackgroundCall

    waiting = any(
        call.is_waiting() for top in QApplication.topLevelWidgets() for call in top.findChildren(BackgroundCall)
    )
    return not waiting and all(thread.name in _LASTING for thread in threading.enumerate())


# A server's change listener and the store's WAL checkpoint thread last the session.
_LASTING = ("MainThread", "daily-backup", "minutes-change-watch", "wal-checkpoint")


def _met(times: list[float]) -> bool:
    return percentile(times, 90) < 0.100


def measure_meetings_page_open(db: Store, *, runs: int, workdir: Path) -> list[Result]:
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
    _close(window, services)
    return [
        Result("11. open the meetings page (painted)", painted, None, P90_TARGET, _met(painted)),
        Result("11b. open the meetings page (fresh list shown)", fresh, None, P90_TARGET, _met(fresh)),
    ]


def measure_meetings_filter(db: Store, *, runs: int, workdir: Path) -> list[Result]:
    """A key in the meetings page's quick filter, the first of a word and the later ones."""
    _app()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window, services = _window(db, workdir, "meetings-filter")
    page = window.meetings_page
    first, later = [], []
    words = ["transit", "şəki", "industrial", "tourism", "alat", "energy", "parks"]
    for n in range(runs):
        page.search_box.clear()
        _settle(lambda: True)
        word = words[n % len(words)]
        for at, char in enumerate(word):
            took = _timed_action(lambda c=char: type_char(page.search_box, c))  # type: ignore[misc]
            (first if at == 0 else later).append(took)
        if page.model.rowCount() == page.model.total_count():
            raise RuntimeError(f"the filter {word!r} did not narrow the meetings")
    QTest.keyClick(page.search_box, Qt.Key.Key_Escape)
    _close(window, services)
    return [
        Result("12. meetings filter, first key", first, None, P90_TARGET, _met(first)),
        Result("12b. meetings filter, later keys", later, None, P90_TARGET, _met(later)),
    ]


def measure_tracker_refresh(db: Store, *, runs: int, workdir: Path) -> list[Result]:
    """The tracker's refresh after a change (a status changed), scrolled halfway down the whole store."""
    _app()
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractItemView

    copy = _writable(db, workdir, "refresh")
    window, services = _window(copy, workdir, "tracker-refresh")
    window.show_page("follow_ups")
    page = window.follow_ups_page
    model, table = page.model, page.table
    _settle(_threads_done)  # the pick lists and the count read beside the rows
    target = model.total_count() // 2
    while model.rowCount() < target and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    _settle(lambda: True)  # the view takes in the rows fetched first: scrolled before, it stopped at the first screen
    table.scrollTo(model.index(target - 1, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
    _settle(lambda: True)
    if abs(table.rowAt(0) - target) > 100:
        raise RuntimeError(f"the tracker shows row {table.rowAt(0):,}, not row {target:,}")
    times = []
    for n in range(runs):
        record = model.record_at(target - 10 + n)
        status = "in_progress" if record.status != "in_progress" else "open"
        services.follow_ups.change_status(record.id, status, note="benchmark")
        times.append(_timed_action(window.announce_change))
        _settle(_threads_done)
    _close(window, services)
    _drop(copy, db)
    return [Result(f"13. tracker refresh after a change (row {target:,})", times, None, P90_TARGET, _met(times))]


def measure_ctrl_s(db: Store, *, runs: int, workdir: Path) -> list[Result]:
    """Ctrl+S in the editor on a 12-attendee meeting, with what it refreshes."""
    _app()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    copy = _writable(db, workdir, "ctrl-s")
    window, services = _window(copy, workdir, "ctrl-s")
    listed = window.meetings_page.model.records()
    window.commands.open_meeting(listed[len(listed) // 2].id)
    _settle(lambda: window.current_page_key() == "editor")
    editor = window.editor_area.editor()
    times = []
    for n in range(runs):
        editor.header.title.setText(f"Benchmark title {n}")  # unsaved: the window is modified
        # as an officer's next Ctrl+S comes: after the reads the last one left beside the window (the counts)
        _settle(_threads_done)
        times.append(_timed_action(lambda: QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)))
        if window.isWindowModified():
            raise RuntimeError("Ctrl+S did not save")
    window.editor_area.close_editor()
    _close(window, services)
    _drop(copy, db)
    return [Result("14. Ctrl+S in the editor (and what it refreshes)", times, None, P90_TARGET, _met(times))]


def measure_search_typing(db: Store, *, runs: int, workdir: Path) -> Result:
    """Search while typing in the window's search box: per key, until the results panel has repainted."""
    _app()

    window, services = _window(db, workdir, "search")
    search = window.search
    times: list[float] = []
    for _ in range(max(1, runs // 3)):
        for word in SEARCH_WORDS:
            search.box.clear()
            search.run_now()
            _settle(lambda: True)
            for char in word:
                # the key, then the search the pause after it starts (DEBOUNCE_MS later, not waited for here)
                times.append(_timed_action(lambda c=char: (type_char(search.box, c), search.run_now())))  # type: ignore[misc]
            if search.box.text() != word or not search.panel.isVisible():
                raise RuntimeError(f"typing {word!r} did not show its results")
    search.box.clear()
    _close(window, services)
    return Result("3. search per keystroke (results shown)", times, None, "p90 < 50 ms", percentile(times, 90) < 0.050)


SEARCH_WORDS = ["edelgeriev", "aliyev transport", "şəki", "товарооборот", "north-south", "cabbarov"]


def _tracker_window(db: Store, workdir: Path, name: str) -> tuple[Any, Any, Any]:
    window, services = _window(db, workdir, name)
    window.show_page("follow_ups")
    _settle(_threads_done)  # the pick lists and the count read beside the rows
    return window, services, window.follow_ups_page


def _click_row(table: Any, row: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    index = table.model().index(row, 1)
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def measure_long_history_selected(db: Store, *, runs: int, workdir: Path) -> Result:
    """Click the follow-up with the longest history in the tracker: until its detail pane has repainted."""
    _app()
    from PySide6.QtCore import QModelIndex

    window, services, page = _tracker_window(db, workdir, "history")
    model, table = page.model, page.table
    notes = services.follow_ups.note_count(1)
    while model.row_of_id(1) < 0 and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    row = model.row_of_id(1)
    if row < 0:
        raise RuntimeError("the follow-up with the longest history is not in the tracker")
    neighbour = row + 1 if row + 1 < model.rowCount() else row - 1
    times = []
    for _ in range(max(runs, 5)):
        _click_row(table, neighbour)
        _settle(lambda: True)
        times.append(_timed_action(lambda: _click_row(table, row)))
        if page.selected_follow_up() is None or page.selected_follow_up().id != 1:
            raise RuntimeError("the click did not select the follow-up")
    _close(window, services)
    return Result(f"10b. click the follow-up with {notes:,} notes (tracker)", times, None, P90_TARGET, _met(times))


def measure_tracker_sorts(db: Store, *, runs: int, workdir: Path) -> list[Result]:
    """A click on each sortable header of the tracker, then another: its first page and its last (the other way)."""
    _app()
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from minutes_app.ui.tracker.followups_table_model import _SORT_KEYS

    window, services, page = _tracker_window(db, workdir, "sorts")
    table = page.table
    header = table.horizontalHeader()
    first, last = [], []

    def click(column: int) -> None:
        table.scrollTo(page.model.index(0, column))
        at = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)

    for _ in range(max(1, runs // 3)):
        for column in _SORT_KEYS:
            if header.isSectionHidden(column):
                continue
            first.append(_timed_action(lambda c=column: click(c)))  # type: ignore[misc]
            ascending = header.sortIndicatorOrder()
            if header.sortIndicatorSection() != column:
                raise RuntimeError(f"a click on header {column} did not sort by it")
            last.append(_timed_action(lambda c=column: click(c)))  # type: ignore[misc]
            if header.sortIndicatorOrder() == ascending:
                raise RuntimeError(f"a second click on header {column} did not turn the order")
            _settle(_threads_done)
    _close(window, services)
    return [
        Result("16. tracker sorted by a header click (first page)", first, None, P90_TARGET, _met(first)),
        Result("16b. tracker sorted the other way (last page)", last, None, P90_TARGET, _met(last)),
    ]


LARGE_AT_LEAST = 200  # the quick store's large meeting has 200 attendees, the others' 500


def _largest_meeting(services: Any) -> tuple[int, int]:
    """The id of the meeting with the most attendees, and how many."""
    from sqlalchemy import func, select

    from minutes_app.store import models as m

    with services.store.reading() as session:
        row = session.execute(
            select(m.AttendanceRow.meeting_id, func.count())
            .group_by(m.AttendanceRow.meeting_id)
            .order_by(func.count().desc(), m.AttendanceRow.meeting_id)
            .limit(1)
        ).one()
    return int(row[0]), int(row[1])


def _with_large_meeting(db: Store, workdir: Path) -> Store:
    """`db`, or a copy of it with the generator's large meeting added when it was generated before there was one."""
    from benchmarks.generate import add_large_meeting

    services = _services(db)
    try:
        _, most = _largest_meeting(services)
    finally:
        services.close()
    if most >= LARGE_AT_LEAST:
        return db
    store = _writable(db, workdir, "large-meeting")
    services = _services(store)
    try:
        with services.store.writing() as session:
            add_large_meeting(session)
    finally:
        services.close()
    return store


def measure_editor_open(db: Store, *, runs: int, workdir: Path) -> list[Result]:
    """Open a 12-attendee meeting and a 500-attendee one in the editor (as the meetings page does), until painted;
    then the large one's participants tab."""
    _app()
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    store = _with_large_meeting(db, workdir)
    window, services = _window(store, workdir, "editor-open")
    listed = window.meetings_page.model.records()
    small = listed[len(listed) // 2].id
    large, attendees = _largest_meeting(services)
    area = window.editor_area

    def open_it(meeting_id: int) -> float:
        took = _timed_action(lambda: window.commands.open_meeting(meeting_id))
        if window.current_page_key() != "editor" or area.current_meeting_id() != meeting_id:
            raise RuntimeError(f"meeting {meeting_id} did not open in the editor")
        return took

    def close_it() -> None:
        area.close_editor()
        window.show_page("meetings")
        # the reads an opening leaves beside the window (the earlier meetings' count) end before the next opening
        _settle(_threads_done)

    open_it(small)  # the first opening builds the editor (imports, widgets): once a session, not timed
    close_it()
    small_times, large_times, tab_times = [], [], []
    for _ in range(runs):
        small_times.append(open_it(small))
        close_it()
        large_times.append(open_it(large))
        _settle(_threads_done)  # as an officer's click comes: after the count the opening left beside the window
        editor = area.editor()
        tabs = editor.tabs
        bar = tabs.tabBar()
        at = bar.tabRect(tabs.indexOf(editor.participants)).center()
        tab_times.append(_timed_action(lambda b=bar, p=at: QTest.mouseClick(b, Qt.MouseButton.LeftButton, pos=p)))  # type: ignore[misc]
        if tabs.currentIndex() != tabs.indexOf(editor.participants):
            raise RuntimeError("the click did not show the participants tab")
        tabs.setCurrentIndex(0)
        close_it()
    _close(window, services)
    _drop(store, db)
    return [
        Result("15. open a 12-attendee meeting in the editor", small_times, None, P90_TARGET, _met(small_times)),
        Result(
            f"15b. open a {attendees}-attendee meeting in the editor", large_times, None, P90_TARGET, _met(large_times)
        ),
        Result(f"15c. its participants tab ({attendees} rows) shown", tab_times, None, P90_TARGET, _met(tab_times)),
    ]


GUI_MEASURES = [
    measure_search_typing,
    measure_long_history_selected,
    measure_meetings_page_open,
    measure_meetings_filter,
    measure_tracker_sorts,
    measure_tracker_refresh,
    measure_editor_open,
    measure_ctrl_s,
]
