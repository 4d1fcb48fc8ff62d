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
