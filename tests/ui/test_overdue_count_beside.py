"""On a fast start the overdue count beside the tracker's name is counted in a thread, after the first paint."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from minutes_app.services import Services
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from tests.ui.conftest import TODAY, FakeMeetingEditor


def test_the_count_arrives_after_the_window_and_follows_changes(
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo_store, ui_settings, editor_factory=FakeMeetingEditor, today=TODAY, fast_start=True)
    qtbot.addWidget(window)
    item = window.navigation.item(list(window._pages).index(FOLLOW_UPS))
    assert item.text() == "Follow-ups"  # not counted while the window is built
    window.show()
    window.update_overdue_count()  # as run_gui does after the first paint
    overdue = demo_store.follow_ups.count_overdue(today=TODAY)
    assert overdue > 0
    qtbot.waitUntil(lambda: item.text() == f"Follow-ups ({overdue} overdue)", timeout=10_000)
    for row in demo_store.follow_ups.list_follow_ups(today=TODAY):
        demo_store.follow_ups.change_status(row.id, "done", note="finished")
    window.announce_change()
    qtbot.waitUntil(lambda: item.text() == "Follow-ups", timeout=10_000)
