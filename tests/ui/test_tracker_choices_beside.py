"""On a fast start the tracker's refresh shows the rows at once and fills its pick lists from a thread."""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSettings
from sqlalchemy import event

from minutes_app.services import Services
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from tests.ui.conftest import TODAY, FakeMeetingEditor


def _tracker_on_screen(qtbot, store: Services, ui_settings: QSettings) -> tuple[MainWindow, Any]:  # type: ignore[no-untyped-def]
    """A window started as the app starts (reads beside the rows in threads), showing the tracker."""
    window = MainWindow(store, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY, fast_start=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(FOLLOW_UPS)
    return window, window.follow_ups_page


def test_rows_first_then_the_pick_lists(qtbot, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window, page = _tracker_on_screen(qtbot, demo_store, ui_settings)
    rows = demo_store.follow_ups.count(today=TODAY)
    assert page.model.rowCount() == rows  # at once, read in the GUI thread
    departments = demo_store.follow_ups.departments()
    combo = page.filter_bar.department_combo
    qtbot.waitUntil(lambda: [combo.itemText(i) for i in range(1, combo.count())] == departments, timeout=10_000)
    assert page.count_label.text() == f"Follow-ups: {rows}"
    demo_store.follow_ups.delete(page.model.record_at(0).id)
    window.announce_change()
    assert page.model.rowCount() == rows - 1
    qtbot.waitUntil(lambda: page.count_label.text() == f"Follow-ups: {rows - 1}", timeout=10_000)


def test_the_presets_come_with_the_pick_lists_and_stay_when_unchanged(  # type: ignore[no-untyped-def]
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:
    from minutes_app.domain.filters import FollowUpFilter

    window, page = _tracker_on_screen(qtbot, demo_store, ui_settings)
    combo = page.presets_box.combo
    qtbot.waitUntil(_choices_read, timeout=10_000)
    page.presets.save("Mine", FollowUpFilter(statuses=["open"]))  # saved elsewhere (another window, a colleague)
    window.announce_change()
    assert combo.findText("Mine") < 0  # the rows first: the presets are read beside them
    qtbot.waitUntil(lambda: combo.findText("Mine") >= 0, timeout=10_000)
    rebuilt: list[int] = []
    combo.model().rowsInserted.connect(lambda *_: rebuilt.append(1))
    for _ in range(3):
        window.announce_change()
        qtbot.waitUntil(_choices_read, timeout=10_000)
        qtbot.wait(50)  # what the thread read is delivered through the event loop
    assert not rebuilt and combo.findText("Mine") >= 0  # the same presets: the list was not built again


def _choices_read() -> bool:
    """True once no thread is reading the tracker's pick lists."""
    return all(thread.name != "tracker-choices" for thread in threading.enumerate())


def _settled(window: MainWindow) -> bool:
    """True once the window's reads beside the rows have started (after the repaint) and finished."""
    from minutes_app.ui.common.background_call import BackgroundCall

    waiting = any(call.is_waiting() for call in window.findChildren(BackgroundCall))
    return not waiting and _choices_read() and all(t.name != "overdue-count" for t in threading.enumerate())


def test_a_refresh_counts_once_and_reads_the_owners_again_only_when_they_changed(  # type: ignore[no-untyped-def]
    qtbot, tracker_store: Services, ui_settings: QSettings, monkeypatch
) -> None:
    window, page = _tracker_on_screen(qtbot, tracker_store, ui_settings)
    qtbot.waitUntil(lambda: _settled(window) and page.count_label.text() == "Follow-ups: 320", timeout=10_000)
    refills: list[int] = []
    refill = page.filter_bar.set_choices
    monkeypatch.setattr(page.filter_bar, "set_choices", lambda choices: (refills.append(1), refill(choices)))
    statements: list[str] = []

    @event.listens_for(tracker_store.store.engine, "before_cursor_execute")
    def _seen(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    try:
        window.announce_change()
        qtbot.waitUntil(lambda: _settled(window), timeout=10_000)
        qtbot.wait(50)  # what the threads read is delivered through the event loop
        counts = [s for s in statements if "count(" in s and "follow_up" in s and "due_date <" not in s]
        assert len(counts) == 1  # every follow-up matches: counted once, not once more for the rows shown
        assert not [s for s in statements if s.lstrip().startswith("SELECT person.id, person.name")]
        assert not refills and page.count_label.text() == "Follow-ups: 320"
        owner = tracker_store.directory.find_person("Ivan Petrov")
        assert owner is not None
        tracker_store.directory.save_person(replace(owner, name="Ivan Petrovich"))
        window.announce_change()
        qtbot.waitUntil(lambda: bool(refills) and _settled(window), timeout=10_000)
        assert "Ivan Petrovich" in [choice.text for choice in page.filter_bar.owner_edit._choices]
    finally:
        event.remove(tracker_store.store.engine, "before_cursor_execute", _seen)


def test_a_tracker_left_right_after_a_change_reads_its_pick_lists_when_shown_again(  # type: ignore[no-untyped-def]
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:
    from minutes_app.domain.filters import FollowUpFilter
    from minutes_app.ui.main_window import MEETINGS

    window, page = _tracker_on_screen(qtbot, demo_store, ui_settings)
    combo = page.presets_box.combo
    qtbot.waitUntil(lambda: _settled(window), timeout=10_000)
    page.presets.save("Mine", FollowUpFilter(statuses=["open"]))  # saved elsewhere: read with the pick lists
    window.announce_change()
    window.show_page(MEETINGS)  # at once: the tracker's read beside its rows would compete with this page
    reads: list[str] = []
    for _ in range(20):
        qtbot.wait(25)  # its repaint, and longer than a window that does not repaint is waited for
        reads += [t.name for t in threading.enumerate() if t.name == "tracker-choices"]
    assert not reads and combo.findText("Mine") < 0  # not read while the tracker is hidden
    window.show_page(FOLLOW_UPS)
    qtbot.waitUntil(lambda: combo.findText("Mine") >= 0, timeout=10_000)
