"""Changing a follow-up's status from the tracker: the dated note, completion date, new due date, reopening,
conflicts, progress notes, the history in the panel, and opening the meeting."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from minutes_app.domain.records import FollowUpRow
from minutes_app.services import Services
from minutes_app.ui.main_window import EDITOR, FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker.followups_page import FollowUpsPage
from minutes_app.ui.tracker.status_dialog import StatusChangeDialog
from tests.ui.conftest import TODAY


@pytest.fixture
def window(demo_window: MainWindow, demo_store: Services) -> MainWindow:
    settings = demo_store.settings.get()
    demo_store.settings.save(dataclasses.replace(settings, officer_name="Rashad Aliyev"))
    demo_window.show_page(FOLLOW_UPS)
    return demo_window


def select_due(page: FollowUpsPage, due: str) -> FollowUpRow:
    row = page.model.row_of(lambda r: r.due_date == dt.date.fromisoformat(due))
    assert row >= 0
    page.table.selectRow(row)
    selected = page.selected_follow_up()
    assert selected is not None
    return selected


def ok_button(dialog: StatusChangeDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def nav_text(window: MainWindow) -> str:
    return window.navigation.item(1).text()


def test_done_records_the_completion_date_and_a_dated_note(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = window.follow_ups_page
    assert nav_text(window) == "Follow-ups (2 overdue)"
    late = select_due(page, "2026-11-16")
    assert page.detail_panel.fields["status"].text() == "In progress"
    page.detail_panel.status_menu.findChild(type(page.detail_panel.status_menu.actions()[0]), "status_done").trigger()
    dialog = page.status_dialog
    assert isinstance(dialog, StatusChangeDialog) and dialog.isVisible()
    assert not dialog.completed_edit.isHidden() and dialog.due_edit.isHidden()
    assert dialog.completed_edit.date().toPython() == TODAY  # defaults to today, editable
    dialog.completed_edit.setDate(dialog.completed_edit.date().addDays(-2))
    qtbot.keyClicks(dialog.note_edit, "Presentation sent to the Russian side")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    stored = demo_store.follow_ups.get(late.id)
    assert (stored.status, stored.completed_on) == ("done", TODAY - dt.timedelta(days=2))
    entry = stored.history[-1]
    assert (entry.kind, entry.old_status, entry.new_status) == ("status_change", "in_progress", "done")
    assert (entry.author, entry.text) == ("Rashad Aliyev", "Presentation sent to the Russian side")
    assert entry.created_at is not None
    assert nav_text(window) == "Follow-ups (1 overdue)"  # the navigation follows
    assert page.selected_follow_up() is not None and page.selected_follow_up().id == late.id
    history = page.detail_panel.history_text()
    assert "Status: In progress → Done" in history and "Presentation sent to the Russian side" in history
    assert "Rashad Aliyev" in history
    assert page.detail_panel.fields["completed"].text() == (TODAY - dt.timedelta(days=2)).isoformat()


def test_deferring_asks_for_the_new_due_date(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = window.follow_ups_page
    late = select_due(page, "2026-11-20")
    dialog = page.change_status("deferred")
    assert dialog is not None and not dialog.due_edit.isHidden() and dialog.completed_edit.isHidden()
    assert not ok_button(dialog).isEnabled() and dialog.missing() == "Choose the new due date."
    dialog.due_edit.set_value(TODAY - dt.timedelta(days=1))
    assert not ok_button(dialog).isEnabled()  # not in the past
    dialog.due_edit.set_value(dt.date(2027, 2, 15))
    assert ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.note_edit, "After the elections")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    stored = demo_store.follow_ups.get(late.id)
    assert (stored.status, stored.due_date) == ("deferred", dt.date(2027, 2, 15))
    kinds = [(n.kind, n.new_status, n.new_due_date) for n in stored.history[-2:]]
    assert kinds == [("status_change", "deferred", None), ("due_date_change", "", dt.date(2027, 2, 15))]
    assert "Due date: 2026-11-20 → 2027-02-15" in page.detail_panel.history_text()
    assert nav_text(window) == "Follow-ups (1 overdue)"


def test_reopening_needs_a_reason(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = window.follow_ups_page
    row = select_due(page, "2027-01-15")
    demo_store.follow_ups.change_status(row.id, "done", author="Leyla")
    page.refresh()
    select_due(page, "2027-01-15")
    dialog = page.change_status("open")
    assert dialog is not None and dialog.reopening
    assert not ok_button(dialog).isEnabled() and dialog.missing() == "Say why the follow-up is reopened."
    qtbot.keyClicks(dialog.note_edit, "   ")
    assert not ok_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.note_edit, "The other side asked for more data")
    assert ok_button(dialog).isEnabled()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    stored = demo_store.follow_ups.get(row.id)
    assert (stored.status, stored.completed_on) == ("open", None)
    assert stored.history[-1].text == "The other side asked for more data"


def test_cancelling_the_dialog_changes_nothing(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = window.follow_ups_page
    row = select_due(page, "2026-12-04")
    dialog = page.change_status("cancelled")
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert demo_store.follow_ups.get(row.id).status == row.status
    assert page.change_status(row.status) is None  # the current status is no change


def test_a_change_made_elsewhere_is_reported_and_reloaded(
    monkeypatch, qtbot, window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    page = window.follow_ups_page
    row = select_due(page, "2026-12-20")
    demo_store.follow_ups.add_note(row.id, "Written by a colleague", author="Leyla")  # the version moves on
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: warnings.append(f"{title}: {text}")
    )
    dialog = page.change_status("in_progress")
    assert dialog is not None
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "changed elsewhere" in warnings[0] and "latest version" in warnings[0]
    assert demo_store.follow_ups.get(row.id).status == "open"  # nothing overwritten
    assert "Written by a colleague" in page.detail_panel.history_text()  # reloaded
    reloaded = page.selected_follow_up()
    assert reloaded is not None and reloaded.version > row.version
    dialog = page.change_status("in_progress")  # after the reload the change goes through
    assert dialog is not None
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert demo_store.follow_ups.get(row.id).status == "in_progress"


def test_a_progress_note_from_the_panel(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = window.follow_ups_page
    row = select_due(page, "2027-02-01")
    panel = page.detail_panel
    assert not panel.add_note_button.isEnabled()
    qtbot.keyClicks(panel.note_edit, "Called the embassy; answer expected Monday")
    assert panel.add_note_button.isEnabled()
    qtbot.mouseClick(panel.add_note_button, Qt.MouseButton.LeftButton)
    stored = demo_store.follow_ups.get(row.id)
    assert (stored.history[-1].kind, stored.history[-1].text, stored.history[-1].author) == (
        "note",
        "Called the embassy; answer expected Monday",
        "Rashad Aliyev",
    )
    assert stored.status == row.status
    assert panel.note_edit.toPlainText() == ""
    history = panel.history_text().splitlines()
    assert "Progress note" in history[1] and "Called the embassy" in history[2]  # newest first
    assert history[-1].startswith("Recorded (status")


def test_the_panel_shows_the_fields(window: MainWindow) -> None:
    page = window.follow_ups_page
    assert page.detail_panel.stack.currentIndex() == 0  # nothing selected yet
    select_due(page, "2026-11-16")
    fields = {key: label.text() for key, label in page.detail_panel.fields.items()}
    assert fields["countries"] == "Russia" and fields["due"] == "2026-11-16"
    assert fields["department"] == "Department of Investment Policy"
    assert (fields["topic"], fields["priority"], fields["status"]) == ("Investment", "High", "In progress")
    assert fields["meeting"].startswith("2026-10-15 Meeting of Minister of Economy")
    assert page.detail_panel.description_label.text().startswith("Prepare a presentation of investment projects")


def test_open_the_meeting_from_the_context_menu_and_the_panel(window: MainWindow) -> None:
    page = window.follow_ups_page
    row = select_due(page, "2027-03-01")
    menu = page.context_menu_for(page.model.row_of_id(row.id))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == ["Open the &meeting", "Change &status", "Add a progress &note"]
    menu.findChild(type(menu.actions()[0]), "open_meeting").trigger()
    assert window.current_page_key() == EDITOR
    assert window.editor_area.current_meeting_id() == row.meeting_id
    window.show_page(FOLLOW_UPS)
    window.editor_area.close_editor()
    select_due(page, "2027-03-01")
    page.detail_panel.open_meeting_button.click()
    assert window.current_page_key() == EDITOR


def test_the_context_menu_changes_the_status(qtbot, window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = window.follow_ups_page
    row = select_due(page, "2026-12-04")
    menu = page.context_menu_for(page.model.row_of_id(row.id))
    status_menu = menu.actions()[1].menu()
    labels = {a.objectName(): (a.text(), a.isEnabled()) for a in status_menu.actions()}
    assert labels["status_open"] == ("Open…", False)  # the current status
    assert labels["status_cancelled"] == ("Cancelled…", True)
    next(a for a in status_menu.actions() if a.objectName() == "status_cancelled").trigger()
    dialog = page.status_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.note_edit, "Dropped by both sides")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert demo_store.follow_ups.get(row.id).status == "cancelled"
    shown = page.model.record_at(page.model.row_of_id(row.id))
    assert shown.status == "cancelled"
    assert (
        page.model.index(page.model.row_of_id(row.id), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    )  # no longer amber


def test_a_long_history_shows_its_newest_entries_and_how_many_are_not(window: MainWindow, demo_store: Services) -> None:
    import sqlite3

    from minutes_app.ui.tracker.followups_page import HISTORY_SHOWN

    page = window.follow_ups_page
    late = select_due(page, "2026-11-16")
    before = demo_store.follow_ups.note_count(late.id)
    conn = sqlite3.connect(str(demo_store.paths.db_file))  # years of reminders, written straight to the file
    conn.executemany(
        "INSERT INTO follow_up_note (follow_up_id, created_at, author, kind, text, old_status, new_status)"
        " VALUES (?, ?, 'Leyla', 'note', ?, '', '')",
        [(late.id, f"2026-11-{1 + n // 100:02d} 09:{n % 60:02d}:00", f"Reminder number {n}") for n in range(250)],
    )
    conn.commit()
    conn.close()
    page.table.clearSelection()
    select_due(page, "2026-11-16")
    history = page.detail_panel.history_text()
    assert "Reminder number 249" in history and "Reminder number 50" in history
    assert "Reminder number 49" not in history  # older than the newest HISTORY_SHOWN entries
    assert f"{before + 250 - HISTORY_SHOWN} earlier entries are not shown." in history
    assert len(demo_store.follow_ups.get(late.id, latest_notes=10).history) == 10
    assert len(demo_store.follow_ups.get(late.id).history) == before + 250  # the full record is still there
