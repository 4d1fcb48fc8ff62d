"""Live updates in the open editor (issue 17): another officer's save shows at once in a bar (Reload / Compare),
and no save undoes a colleague's change without showing it (the tracker's "Done" survives the editor's save)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from minutes_app.services import Services
from minutes_app.services.audit import os_user
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.editor.ask import Answer
from minutes_app.ui.main_window import MainWindow
from tests.ui.editor_helpers import Asked, Chosen, open_sample, retype, window_with_real_editor
from tests.ui.test_live_updates import WITHIN_MS, other_officer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Every question the editor asks is recorded (and cancelled unless a test plans otherwise)."""
    recorder = Asked(Answer.CANCEL)
    monkeypatch.setattr(ask, "ask", recorder)
    return recorder


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the editor shows in information boxes (Compare), text and details."""
    shown: list[str] = []
    monkeypatch.setattr(
        ask, "tell", lambda _parent, _title, text, *, informative="": shown.append(f"{text}\n{informative}")
    )
    return shown


@pytest.fixture
def window(qtbot, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    return window_with_real_editor(qtbot, demo_store, ui_settings)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_bar_appears_at_once_and_compare_shows_the_colleague_s_change(
    qtbot, window: MainWindow, demo_store: Services, asked: Asked, told: list[str]
) -> None:  # type: ignore[no-untyped-def]
    editor = open_sample(qtbot, window)
    meeting_id = editor.current_meeting_id()
    assert meeting_id is not None
    old_venue = editor.header.venue.text()
    retype(qtbot, editor.header.approved_by, "Mikayil Jabbarov")  # unsaved work
    other_officer(demo_store, "venue", str(meeting_id), "Moved by a colleague")
    qtbot.waitUntil(lambda: editor.changed_bar.isVisible(), timeout=WITHIN_MS)  # before any save
    # SQLite says only that something changed: the writer and the time come from the audit trail's newest entry.
    entry = demo_store.audit.latest("meeting", meeting_id)
    assert entry is not None and entry.changed_by == os_user() and entry.field == "venue"
    at = entry.changed_at.replace(tzinfo=dt.UTC).astimezone()
    assert editor.changed_bar.label.text().startswith(f"Changed by {os_user()} at {at:%H:%M}.")
    assert editor.header.venue.text() == "Moved by a colleague"  # their change, shown
    assert editor.header.approved_by.text() == "Mikayil Jabbarov" and editor.is_dirty()  # mine, kept
    click(qtbot, editor.changed_bar.compare_button)
    assert f"Venue: «{old_venue}» → «Moved by a colleague»" in told[0]
    assert "Approved by: «—» → «Mikayil Jabbarov»" in told[0]
    click(qtbot, editor.save_button)
    assert asked.questions == []
    stored = demo_store.meetings.get(meeting_id)
    assert (stored.venue, stored.approved_by) == ("Moved by a colleague", "Mikayil Jabbarov")
    assert not editor.changed_bar.isVisible()


def test_reload_in_the_bar_asks_before_dropping_unsaved_changes(
    qtbot, window: MainWindow, demo_store: Services, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    editor = open_sample(qtbot, window)
    meeting_id = editor.current_meeting_id()
    retype(qtbot, editor.header.approved_by, "Mikayil Jabbarov")
    other_officer(demo_store, "title", str(meeting_id), "Renamed by a colleague")
    qtbot.waitUntil(lambda: editor.changed_bar.isVisible(), timeout=WITHIN_MS)
    click(qtbot, editor.changed_bar.reload_button)  # cancelled
    assert len(asked.questions) == 1 and editor.is_dirty()
    asked.answer = Answer.DISCARD
    click(qtbot, editor.changed_bar.reload_button)
    assert not editor.is_dirty() and editor.header.approved_by.text() == ""
    assert editor.header.title.text() == "Renamed by a colleague" and not editor.changed_bar.isVisible()


def test_done_on_a_colleague_s_tracker_reaches_the_open_editor_and_survives_its_save(
    qtbot, window: MainWindow, demo_store: Services, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    editor = open_sample(qtbot, window)
    meeting_id = editor.current_meeting_id()
    target = demo_store.meetings.get(meeting_id).follow_ups[2]
    assert target.status != "done"
    retype(qtbot, editor.header.title, "Talks on transport")
    other_officer(demo_store, "done", str(target.id))
    qtbot.waitUntil(lambda: editor.changed_bar.isVisible(), timeout=WITHIN_MS)
    assert editor.follow_ups.model.index(2, editor.follow_ups.model.STATUS).data() == "Done"
    click(qtbot, editor.save_button)
    assert asked.questions == []
    stored = demo_store.meetings.get(meeting_id)
    assert stored.title == "Talks on transport" and stored.follow_ups[2].status == "done"


# The save comes before the change is noticed (no window polling): the save itself merges. ----------


@pytest.fixture
def lone_editor(qtbot, demo_store: Services) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor on its own, showing the sample meeting: nothing tells it about other officers' saves."""
    meeting = demo_store.meetings.list_meetings()[0]
    widget = MeetingEditor(demo_store, demo_store.settings.get)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitExposed(widget)
    widget.open_meeting(meeting.id)
    return widget


def click_follow_up(editor: MeetingEditor, row: int) -> None:
    editor.tabs.setCurrentWidget(editor.follow_ups)
    view = editor.follow_ups.view
    index = editor.follow_ups.model.index(row, 1)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.visualRect(index).center()
    )


def test_the_tracker_s_done_survives_a_save_of_the_stale_editor(
    qtbot, lone_editor: MeetingEditor, demo_store: Services, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    editor = lone_editor
    meeting_id = editor.current_meeting_id()
    target = demo_store.meetings.get(meeting_id).follow_ups[2]
    retype(qtbot, editor.header.title, "Talks on transport")
    other_officer(demo_store, "done", str(target.id))
    asked.answer = Answer.OVERWRITE  # what a user used to answer: it must not matter now
    click(qtbot, editor.save_button)
    assert asked.questions == []  # nothing changed on both sides: no question
    stored = demo_store.meetings.get(meeting_id)
    assert stored.title == "Talks on transport" and stored.follow_ups[2].status == "done"
    assert [n.text for n in stored.follow_ups[2].history if n.kind == "status_change"][-1] == "Done by a colleague"
    assert not editor.is_dirty()


def test_a_status_changed_on_both_sides_is_shown_side_by_side(
    qtbot, lone_editor: MeetingEditor, demo_store: Services, asked: Asked, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    editor = lone_editor
    meeting_id = editor.current_meeting_id()
    target = demo_store.meetings.get(meeting_id).follow_ups[2]
    click_follow_up(editor, 2)
    combo = editor.follow_ups.status_combo
    combo.setFocus()
    for _ in range(combo.count()):  # the arrow keys, as a person changes a closed list
        if combo.currentData() == "in_progress":
            break
        qtbot.keyClick(
            combo, Qt.Key.Key_Down if combo.currentIndex() < combo.findData("in_progress") else Qt.Key.Key_Up
        )
    assert combo.currentData() == "in_progress" and editor.is_dirty()
    retype(qtbot, editor.header.title, "Talks on transport")
    other_officer(demo_store, "venue", str(meeting_id), "Moved by a colleague")
    other_officer(demo_store, "done", str(target.id))
    chosen = Chosen(cancel=True).plan(monkeypatch)
    click(qtbot, editor.save_button)  # cancelled at the question
    assert asked.questions == [] and len(chosen.offered) == 1
    assert [(row.label, row.mine, row.theirs) for row in chosen.offered[0]] == [
        (f"Follow-up {target.id}: Status", "In progress", "Done")
    ]  # the title and the venue were changed on one side only
    stored = demo_store.meetings.get(meeting_id)
    assert stored.follow_ups[2].status == "done" and stored.title != "Talks on transport"  # nothing overwritten
    assert editor.header.title.text() == "Talks on transport" and editor.is_dirty()  # the editor as it was
    chosen.cancel = False  # mine kept, knowingly
    click(qtbot, editor.save_button)
    stored = demo_store.meetings.get(meeting_id)
    assert (stored.follow_ups[2].status, stored.title, stored.venue) == (
        "in_progress",
        "Talks on transport",
        "Moved by a colleague",
    )


# On a team server: PostgreSQL NOTIFY, with the writer's login. ------------------------------------


@pytest.fixture
def pg_window(qtbot, pg_paths, ui_settings: QSettings):  # type: ignore[no-untyped-def]
    """The main window over a fresh PostgreSQL store holding the sample meeting."""
    from minutes_app.services import open_services
    from minutes_app.services.demo import load_demo

    services = open_services(pg_paths)
    load_demo(services)
    made = window_with_real_editor(qtbot, services, ui_settings)
    yield made
    made.close()
    services.close()


def test_a_second_connection_s_save_reaches_the_lists_and_the_editor_by_notify(
    qtbot, pg_window: MainWindow, pg_paths, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.services import open_services

    model = pg_window.meetings_page.model
    meeting_id = model.record_at(0).id
    colleague = open_services(pg_paths)  # another officer's connection
    try:
        meeting = colleague.meetings.get(meeting_id)
        meeting.title = "Renamed by a colleague"
        colleague.meetings.save(meeting)
        qtbot.waitUntil(lambda: model.record_at(0).title == "Renamed by a colleague", timeout=WITHIN_MS)
        editor = open_sample(qtbot, pg_window)
        meeting = colleague.meetings.get(meeting_id)
        meeting.venue = "Moved by a colleague"
        colleague.meetings.save(meeting)
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: editor.changed_bar.isVisible(), timeout=WITHIN_MS)
    assert editor.changed_bar.label.text().startswith("Changed by postgres at ")
    assert editor.header.venue.text() == "Moved by a colleague"


def test_ctrl_s_is_not_reported_back_as_a_change_elsewhere_but_another_process_s_save_is(
    qtbot, pg_window: MainWindow, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    """The window refreshes once after its own save: its NOTIFY does not come back as a colleague's change
    (which refreshed the lists and re-read the open meeting a second time after every Ctrl+S)."""
    reported: list[list[object]] = []
    pg_window.store_watch.changed_elsewhere.connect(reported.append)
    editor = open_sample(qtbot, pg_window)
    meeting_id = editor.current_meeting_id()
    retype(qtbot, editor.header.title, "Saved in this window")
    QTest.keyClick(pg_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not pg_window.isWindowModified()
    qtbot.wait(2500)  # two polls of the watch
    assert reported == []
    assert not editor.changed_bar.isVisible()
    other_officer(pg_window.services, "venue", str(meeting_id), "Moved by a colleague")
    qtbot.waitUntil(lambda: editor.changed_bar.isVisible(), timeout=WITHIN_MS)
    assert reported and editor.header.venue.text() == "Moved by a colleague"
