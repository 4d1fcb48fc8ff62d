"""On a fast start the tracker's refresh shows the rows at once and fills its pick lists from a thread."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from minutes_app.services import Services
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from tests.ui.conftest import TODAY, FakeMeetingEditor


def test_rows_first_then_the_pick_lists(qtbot, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_store, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY, fast_start=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(FOLLOW_UPS)
    page = window.follow_ups_page
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

    window = MainWindow(demo_store, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY, fast_start=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page(FOLLOW_UPS)
    page = window.follow_ups_page
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
    import threading

    return all(thread.name != "tracker-choices" for thread in threading.enumerate())
