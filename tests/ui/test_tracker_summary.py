"""The start-up summary of overdue and due-this-week follow-ups: non-modal, jumps to the tracker, can be turned off."""

from __future__ import annotations

import dataclasses
import datetime as dt

from minutes_app.services import Services
from minutes_app.ui.main_window import FOLLOW_UPS, MEETINGS, MainWindow
from minutes_app.ui.startup.after_store_opens import show_follow_up_summary
from tests.ui.conftest import TODAY


def _summary(window: MainWindow, services: Services, today: dt.date = TODAY):  # type: ignore[no-untyped-def]
    return show_follow_up_summary(services, window, window.show_follow_ups_preset, today=today)


def test_the_summary_lists_overdue_and_due_soon_and_leaves_the_window_usable(
    qtbot, demo_window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(MEETINGS)
    dialog = _summary(demo_window, demo_store)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert not dialog.isModal()
    assert (dialog.overdue_count, dialog.due_soon_count) == (2, 1)
    text = dialog.text_label.text()
    assert "Overdue: 2" in text and "Due within 7 days: 1" in text
    assert "2026-11-16: Prepare a presentation of investment projects" in text
    assert "2026-12-04: Send information on the transport" in text
    demo_window.show_page(FOLLOW_UPS)  # the window works while the summary is open
    assert demo_window.current_page_key() == FOLLOW_UPS and dialog.isVisible()


def test_show_overdue_opens_the_tracker_with_the_preset(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(MEETINGS)
    dialog = _summary(demo_window, demo_store)
    assert dialog is not None
    dialog.show_overdue_button.click()
    assert not dialog.isVisible()  # it closes (and deletes itself later)
    assert demo_window.current_page_key() == FOLLOW_UPS
    page = demo_window.follow_ups_page
    assert page.presets_box.combo.currentText() == "Overdue"
    assert [r.due_date.isoformat() for r in page.model.records()] == ["2026-11-16", "2026-11-20"]


def test_show_due_this_week(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = _summary(demo_window, demo_store)
    assert dialog is not None
    dialog.show_due_soon_button.click()
    page = demo_window.follow_ups_page
    assert page.presets_box.combo.currentText() == "Due this week"
    assert [r.due_date.isoformat() for r in page.model.records()] == ["2026-12-04"]


def test_the_summary_can_be_turned_off_from_itself_and_from_the_settings(
    qtbot, demo_window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    dialog = _summary(demo_window, demo_store)
    assert dialog is not None
    dialog.remind_check.click()
    assert demo_store.settings.get().reminders is False
    dialog.close_button.click()
    assert _summary(demo_window, demo_store) is None
    demo_store.settings.save(dataclasses.replace(demo_store.settings.get(), reminders=True))
    assert _summary(demo_window, demo_store) is not None


def test_nothing_due_shows_no_summary(make_window, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    window = make_window(sqlite_services)
    assert _summary(window, sqlite_services) is None  # an empty store
    from minutes_app.services.demo import load_demo

    load_demo(sqlite_services)
    assert _summary(window, sqlite_services, today=dt.date(2020, 1, 1)) is None  # everything far ahead
