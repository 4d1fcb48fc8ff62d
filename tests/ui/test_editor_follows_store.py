"""An open editor shows the current record when another page of the app changes its meeting (issue 10, part 2).

The tracker changes a follow-up of the meeting open in the real editor: the editor takes the new
values for what the user has not touched, keeps their unsaved edits, moves to the new version (so a
save raises no conflict and undoes nothing), and says so without a modal box.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.editor.ask import Answer
from minutes_app.ui.editor.store_merge import merge
from minutes_app.ui.main_window import EDITOR, FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker.status_dialog import StatusChangeDialog
from tests.ui.conftest import TODAY
from tests.ui.editor_helpers import Asked, Chosen, open_sample, window_with_real_editor

NOTICE = "This meeting was changed on the Follow-ups page; the editor shows the current version."


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Every question the editor asks is recorded (and cancelled)."""
    recorder = Asked(Answer.CANCEL)
    monkeypatch.setattr(ask, "ask", recorder)
    return recorder


@pytest.fixture
def window(qtbot, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    return window_with_real_editor(qtbot, demo_store, ui_settings)


def change_status_on_tracker(qtbot, window: MainWindow, follow_up_id: int, status: str, note: str) -> None:  # type: ignore[no-untyped-def]
    """Select the follow-up on the tracker page with the mouse and change its status through the status dialog."""
    window.show_page(FOLLOW_UPS)
    page = window.follow_ups_page
    row = page.model.row_of_id(follow_up_id)
    assert row >= 0
    index = page.model.index(row, 1)
    page.table.scrollTo(index)
    QTest.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        page.table.visualRect(index).center(),
    )
    assert page.selected_follow_up().id == follow_up_id  # type: ignore[union-attr]
    dialog = page.change_status(status)
    assert isinstance(dialog, StatusChangeDialog)
    qtbot.keyClicks(dialog.note_edit, note)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def status_shown(editor: MeetingEditor, row: int) -> str:
    """The status the editor's follow-ups table shows for a row."""
    return str(editor.follow_ups.model.index(row, editor.follow_ups.model.STATUS).data())


def test_a_status_changed_on_the_tracker_shows_in_the_open_editor(
    qtbot, window: MainWindow, demo_store: Services, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    editor = open_sample(qtbot, window)
    meeting_id = editor.current_meeting_id()
    target = demo_store.meetings.get(meeting_id).follow_ups[2]
    assert target.status != "done"
    change_status_on_tracker(qtbot, window, target.id, "done", "Sent on Monday")
    window.show_page(EDITOR)
    assert status_shown(editor, 2) == "Done"
    assert editor.store_notice.isVisible() and editor.store_notice.text() == NOTICE
    assert not editor.is_dirty()
    editor.tabs.setCurrentWidget(editor.follow_ups)
    editor.follow_ups.view.setFocus()
    index = editor.follow_ups.model.index(2, 1)
    QTest.mouseClick(
        editor.follow_ups.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        editor.follow_ups.view.visualRect(index).center(),
    )
    assert editor.follow_ups.status_combo.currentData() == "done"
    assert "Sent on Monday" not in editor.follow_ups.history_label.text()  # (the form shows a count, not the text)
    assert asked.questions == []


def test_an_edited_title_and_a_tracker_change_are_both_saved_without_a_conflict(
    qtbot, window: MainWindow, demo_store: Services, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    editor = open_sample(qtbot, window)
    meeting_id = editor.current_meeting_id()
    editor.header.title.setFocus()
    editor.header.title.selectAll()
    qtbot.keyClicks(editor.header.title, "Talks on transport")
    editor.tabs.setCurrentWidget(editor.agenda_page)
    editor.agenda.view.setFocus()
    index = editor.agenda.model.index(0, 1)
    QTest.mouseClick(
        editor.agenda.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        editor.agenda.view.visualRect(index).center(),
    )
    editor.agenda.notes_edit.setFocus()
    qtbot.keyClick(editor.agenda.notes_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.agenda.notes_edit, " Agreed.")
    assert editor.is_dirty()
    target = demo_store.meetings.get(meeting_id).follow_ups[1]
    change_status_on_tracker(qtbot, window, target.id, "done", "Finished")
    window.show_page(EDITOR)
    assert editor.header.title.text() == "Talks on transport"  # the user's edits are kept
    assert editor.agenda.items()[0].notes.endswith(" Agreed.")
    assert status_shown(editor, 1) == "Done"
    assert editor.is_dirty()
    assert editor.store_notice.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked.questions == []  # no "changed elsewhere" question, no overwrite offered
    stored = demo_store.meetings.get(meeting_id)
    assert stored.title == "Talks on transport"
    assert stored.agenda[0].notes.endswith(" Agreed.")
    kept = demo_store.follow_ups.get(target.id)
    assert kept.status == "done"
    assert [n.text for n in kept.history if n.kind == "status_change"][-1] == "Finished"
    assert not editor.is_dirty() and not editor.store_notice.isVisible()


def test_undo_after_a_tracker_change_does_not_bring_the_old_status_back(
    qtbot, window: MainWindow, demo_store: Services, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    editor = open_sample(qtbot, window)
    meeting_id = editor.current_meeting_id()
    editor.header.venue.setFocus()
    editor.header.venue.end(False)
    qtbot.keyClicks(editor.header.venue, " (hall B)")
    target = demo_store.meetings.get(meeting_id).follow_ups[0]
    change_status_on_tracker(qtbot, window, target.id, "done", "Closed")
    window.show_page(EDITOR)
    editor.undo_stack.undo()
    assert not editor.is_dirty()
    assert status_shown(editor, 0) == "Done"
    editor.undo_stack.redo()
    assert editor.save()
    assert asked.questions == []
    assert demo_store.follow_ups.get(target.id).status == "done"


def click_follow_up(editor: MeetingEditor, row: int) -> None:
    """Show the editor's follow-ups tab and click a row of its table with the mouse."""
    editor.tabs.setCurrentWidget(editor.follow_ups)
    section = editor.follow_ups
    index = section.model.index(row, 1)
    section.view.scrollTo(index)
    QTest.mouseClick(
        section.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        section.view.visualRect(index).center(),
    )
    assert section.view.currentIndex().row() == row


def append_to_action(qtbot, editor: MeetingEditor, row: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type at the end of a follow-up's Action text in the editor."""
    click_follow_up(editor, row)
    edit = editor.follow_ups.description_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def defer_on_tracker(qtbot, window: MainWindow, follow_up_id: int, new_due: dt.date, note: str) -> None:  # type: ignore[no-untyped-def]
    """Defer a follow-up on the tracker page to a new due date, through the real status dialog."""
    window.show_page(FOLLOW_UPS)
    page = window.follow_ups_page
    index = page.model.index(page.model.row_of_id(follow_up_id), 1)
    page.table.scrollTo(index)
    QTest.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        page.table.visualRect(index).center(),
    )
    assert page.selected_follow_up().id == follow_up_id  # type: ignore[union-attr]
    dialog = page.change_status("deferred")
    assert isinstance(dialog, StatusChangeDialog)
    dialog.due_edit.set_value(new_due)
    qtbot.keyClicks(dialog.note_edit, note)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_an_edited_action_and_a_tracker_status_are_merged_field_by_field(
    qtbot, window: MainWindow, demo_store: Services, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    """The tester's steps: follow-up 5's Action edited (unsaved), its status set to In progress on the tracker."""
    editor = open_sample(qtbot, window)
    meeting_id = editor.current_meeting_id()
    target = demo_store.meetings.get(meeting_id).follow_ups[4]
    assert target.status == "open"
    append_to_action(qtbot, editor, 4, " (by Friday)")
    change_status_on_tracker(qtbot, window, target.id, "in_progress", "Call booked")
    window.show_page(EDITOR)
    section = editor.follow_ups
    assert status_shown(editor, 4) == "In progress"  # a field the user did not touch is reloaded
    assert section.status_combo.currentData() == "in_progress"
    assert section.follow_ups()[4].description == target.description + " (by Friday)"  # the user's text is kept
    assert editor.is_dirty()
    assert editor.store_notice.isVisible() and editor.store_notice.text() == NOTICE
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked.questions == []  # nothing to ask: the two changes touch different fields
    assert not editor.is_dirty()
    kept = demo_store.follow_ups.get(target.id)
    assert kept.description == target.description + " (by Friday)"
    assert kept.status == "in_progress"
    assert [n.text for n in kept.history if n.kind == "status_change"][-1] == "Call booked"
    editor.undo_stack.undo()  # undoing the Action edit does not bring the old status back
    assert section.follow_ups()[4].description == target.description
    assert status_shown(editor, 4) == "In progress"


def test_the_same_field_changed_here_and_on_the_tracker_still_asks_and_says_where(
    qtbot, window: MainWindow, demo_store: Services, asked: Asked, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    editor = open_sample(qtbot, window)
    meeting_id = editor.current_meeting_id()
    target = demo_store.meetings.get(meeting_id).follow_ups[4]
    section = editor.follow_ups
    click_follow_up(editor, 4)
    mine = TODAY + dt.timedelta(days=40)
    section.due_edit.set_value(mine)
    assert editor.is_dirty()
    defer_on_tracker(qtbot, window, target.id, TODAY + dt.timedelta(days=60), "Waiting for the ministry")
    window.show_page(EDITOR)
    assert section.follow_ups()[4].due_date == mine  # the user's value is kept
    assert status_shown(editor, 4) == "Deferred"  # the field they did not touch is the tracker's
    notice = editor.store_notice.text()
    assert "Follow-up 5 (due date) was changed there and here" in notice
    chosen = Chosen(cancel=True).plan(monkeypatch)
    assert not editor.save()  # cancelled at the question
    assert asked.questions == [] and len(chosen.offered) == 1
    assert chosen.intros[0].startswith("Follow-up 5 (due date) was also changed on the Follow-ups page of this window")
    assert [row.label for row in chosen.offered[0]] == [f"Follow-up {target.id}: Due date"]
    stored = demo_store.follow_ups.get(target.id)
    assert (stored.status, stored.due_date) == ("deferred", TODAY + dt.timedelta(days=60))  # nothing overwritten
    chosen.cancel = False  # the user's due date, and the rest of the tracker's change
    assert editor.save()
    stored = demo_store.follow_ups.get(target.id)
    assert (stored.status, stored.due_date) == ("deferred", mine)
    assert [n.text for n in stored.history if n.kind == "status_change"][-1] == "Waiting for the ministry"
    assert not editor.is_dirty()


def test_merge_takes_untouched_rows_and_fields_from_the_store() -> None:
    base = r.Meeting(
        id=1,
        version=3,
        title="A",
        venue="V",
        follow_ups=[
            r.FollowUp(id=10, description="x", status="open", version=1),
            r.FollowUp(id=11, description="y", version=1),
        ],
    )
    mine = r.Meeting(
        id=1,
        version=3,
        title="A (edited)",
        venue="V",
        follow_ups=[
            r.FollowUp(id=10, description="x", status="open", version=1),
            r.FollowUp(id=11, description="y!", version=1),
            r.FollowUp(id=-1, description="new"),
        ],
    )
    theirs = r.Meeting(
        id=1,
        version=4,
        title="A",
        venue="W",
        follow_ups=[
            r.FollowUp(id=10, description="x", status="done", version=2, completed_on=dt.date(2026, 11, 2)),
            r.FollowUp(id=11, description="y", status="done", version=2),
        ],
    )
    merged = merge(base, mine, theirs)
    assert (merged.meeting.title, merged.meeting.venue, merged.meeting.version) == ("A (edited)", "W", 4)
    assert [(f.id, f.status, f.version, f.description) for f in merged.meeting.follow_ups] == [
        (10, "done", 2, "x"),
        (11, "done", 2, "y!"),
        (-1, "open", 0, "new"),
    ]
    assert merged.conflicting_rows == []


def test_merge_keeps_the_old_version_only_when_the_same_field_changed_on_both_sides() -> None:
    day = dt.date(2026, 12, 1)
    base = r.Meeting(id=1, version=3, follow_ups=[r.FollowUp(id=10, description="x", due_date=day, version=1)])
    mine = r.Meeting(
        id=1,
        version=3,
        follow_ups=[r.FollowUp(id=10, description="x!", due_date=day + dt.timedelta(days=1), version=1)],
    )
    theirs = r.Meeting(
        id=1,
        version=3,
        follow_ups=[
            r.FollowUp(id=10, description="x", due_date=day + dt.timedelta(days=9), status="deferred", version=2)
        ],
    )
    merged = merge(base, mine, theirs)
    row = merged.meeting.follow_ups[0]
    assert (row.description, row.due_date, row.status, row.version) == ("x!", day + dt.timedelta(days=1), "deferred", 1)
    assert merged.conflicting_rows == [0] and merged.conflicts[10] == ("due_date",)
    # a later merge on top of that (base = the store as then merged) still sees the row as conflicting
    again = merge(theirs, merged.meeting, theirs)
    assert again.meeting.follow_ups[0].version == 1 and again.conflicting_rows == [0]
