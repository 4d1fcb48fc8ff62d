"""The editor's recovery copy: written while there are unsaved changes, gone when there are none, offered after a crash."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from minutes_app.domain import records as r
from minutes_app.paths import resolve_paths
from minutes_app.services import Services, open_services
from minutes_app.services.demo import load_demo
from minutes_app.services.recovery import list_recoveries, read_recovery, write_recovery
from minutes_app.ui import app as app_module
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.editor.ask import Answer
from minutes_app.ui.editor.recovery_dialog import RecoveryDialog, offer_recovery
from minutes_app.ui.main_window import EDITOR, MainWindow
from tests.ui.conftest import TODAY
from tests.ui.editor_helpers import Asked

TYPED = "Talks with the Russian delegation, second round"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Every question answered "Discard" (closing windows at the end of a test included), and recorded."""
    answer = Asked(Answer.DISCARD)
    monkeypatch.setattr(ask, "ask", answer)
    return answer


@pytest.fixture
def demo(sqlite_services: Services, asked: Asked) -> tuple[Services, r.Meeting]:
    """A store holding the sample meeting, and the meeting."""
    meeting, _ = load_demo(sqlite_services)
    return sqlite_services, meeting


@pytest.fixture
def editor(qtbot, demo: tuple[Services, r.Meeting]) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor showing the sample meeting, writing its recovery copy every 20 ms."""
    services, meeting = demo
    assert meeting.id is not None
    widget = MeetingEditor(services, services.settings.get)
    qtbot.addWidget(widget)
    widget.recovery.timer.setInterval(20)
    widget.show()
    widget.open_meeting(meeting.id)
    return widget


def type_title(qtbot, editor: MeetingEditor, text: str = TYPED) -> None:  # type: ignore[no-untyped-def]
    """Type over the meeting's title."""
    editor.header.title.setFocus()
    editor.header.title.selectAll()
    qtbot.keyClicks(editor.header.title, text)


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def copies(services: Services) -> list[Path]:
    """The recovery files on disk."""
    folder = services.paths.recovery_dir
    return sorted(folder.glob("meeting-*.json")) if folder.exists() else []


# While editing --------------------------------------------------------------------------------------


def test_unsaved_changes_reach_the_disk_within_seconds(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    assert copies(services) == []
    type_title(qtbot, editor)
    qtbot.waitUntil(lambda: len(copies(services)) == 1, timeout=3000)
    [path] = copies(services)
    assert path.name.startswith(f"meeting-{meeting.id}-")
    kept = read_recovery(path)
    assert kept.title == TYPED and kept.version == meeting.version
    assert kept.agenda == meeting.agenda and [f.id for f in kept.follow_ups] == [f.id for f in meeting.follow_ups]

    editor.header.venue.setFocus()
    qtbot.keyClicks(editor.header.venue, ", Baku")
    qtbot.waitUntil(lambda: read_recovery(path).venue.endswith(", Baku"), timeout=3000)


def test_a_half_filled_draft_is_kept_as_it_is(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    widget = MeetingEditor(services, services.settings.get)
    qtbot.addWidget(widget)
    widget.open_draft(r.Meeting())
    widget.agenda.add_button.click()  # an agenda item with no title: the store would refuse it
    assert widget.recovery.write_now() is not None
    [path] = copies(services)
    assert path.name.startswith("meeting-new-")
    assert read_recovery(path).agenda == [r.AgendaItem(title="")]


def test_saving_deletes_the_copy(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    type_title(qtbot, editor)
    assert editor.recovery.write_now() is not None
    assert editor.save()
    assert copies(services) == []
    qtbot.wait(100)  # the timer does not bring it back
    assert copies(services) == []


def test_a_new_meeting_s_copy_follows_it_to_its_id_and_goes_on_save(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    widget = MeetingEditor(services, services.settings.get)
    qtbot.addWidget(widget)
    widget.open_draft(r.Meeting())
    type_title(qtbot, widget, "A new meeting")
    widget.recovery.write_now()
    assert [p.name.split("-")[1] for p in copies(services)] == ["new"]
    assert widget.save()
    assert copies(services) == []


def test_undoing_back_to_the_saved_meeting_deletes_the_copy(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    type_title(qtbot, editor)
    editor.recovery.write_now()
    assert len(copies(services)) == 1
    editor.undo()
    assert copies(services) == []
    editor.redo()
    qtbot.waitUntil(lambda: len(copies(services)) == 1, timeout=3000)


def test_discarding_on_close_deletes_the_copy(qtbot, editor: MeetingEditor, demo, asked: Asked) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    type_title(qtbot, editor)
    editor.recovery.write_now()
    assert editor.request_close()
    assert asked.questions  # the save / discard / cancel question came first
    assert copies(services) == []


def test_a_copy_that_cannot_be_written_does_not_stop_the_editor(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    services.paths.recovery_dir.parent.mkdir(parents=True, exist_ok=True)
    services.paths.recovery_dir.write_text("a file where the folder should be")
    type_title(qtbot, editor)
    assert editor.recovery.write_now() is None
    assert editor.save()
    assert services.meetings.get(meeting.id).title == TYPED


# After a crash ----------------------------------------------------------------------------------------


def crash_with_unsaved_title(qtbot, demo_store: Services, ui_settings: QSettings) -> Path:  # type: ignore[no-untyped-def]
    """A window whose editor has an unsaved title and a recovery copy, then gone without closing (as in a crash)."""
    window = MainWindow(demo_store, ui_settings, today=TODAY)
    window.show()
    window.commands.open_meeting(demo_store.meetings.list_meetings()[0].id)
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor)
    type_title(qtbot, editor)
    path = editor.recovery.write_now()
    assert path is not None
    window.hide()
    window.deleteLater()  # destroyed without a closeEvent: no question, no clean-up, as after a crash
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert path.exists()
    return path


def new_window(qtbot, services: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    """The next start's window."""
    window = MainWindow(services, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_next_start_offers_the_unsaved_work_and_recovers_it(
    qtbot, demo_store: Services, ui_settings: QSettings, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    meeting = demo_store.meetings.list_meetings()[0]
    crash_with_unsaved_title(qtbot, demo_store, ui_settings)
    window = new_window(qtbot, demo_store, ui_settings)
    dialog = offer_recovery(demo_store, window.editor_area, window)
    assert isinstance(dialog, RecoveryDialog) and dialog.isVisible()
    [item] = dialog.recoveries()
    assert item.title == TYPED and item.meeting_id == meeting.id
    assert dialog.list.topLevelItem(0).text(RecoveryDialog.TITLE) == TYPED

    assert dialog.recover_selected()
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor)
    assert window.current_page_key() == EDITOR
    assert editor.header.title.text() == TYPED
    assert editor.current_meeting_id() == meeting.id
    assert editor.is_dirty() and window.isWindowModified()
    assert len(list_recoveries(demo_store.paths)) == 1  # still safe on disk until saved

    assert editor.save()
    assert demo_store.meetings.get(meeting.id).title == TYPED
    assert list_recoveries(demo_store.paths) == []


def test_a_recovered_draft_still_detects_a_save_made_elsewhere(
    qtbot, demo_store: Services, ui_settings: QSettings, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    meeting = demo_store.meetings.get(demo_store.meetings.list_meetings()[0].id)
    crash_with_unsaved_title(qtbot, demo_store, ui_settings)
    meeting.venue = "Changed in another window"
    demo_store.meetings.save(meeting)
    window = new_window(qtbot, demo_store, ui_settings)
    dialog = offer_recovery(demo_store, window.editor_area, window)
    assert dialog is not None and dialog.recover_selected()
    editor = window.editor_area.editor()
    asked.answer = Answer.CANCEL
    assert not editor.save()  # type: ignore[union-attr]
    assert "changed elsewhere" in asked.questions[-1]
    assert demo_store.meetings.get(meeting.id).title != TYPED
    asked.answer = Answer.DISCARD  # the window closes at the end of the test


def test_a_colleague_s_live_change_never_replaces_a_recovered_draft_s_unsaved_work(
    qtbot, demo_store: Services, ui_settings: QSettings, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_live_updates import other_officer

    meeting_id = demo_store.meetings.list_meetings()[0].id
    crash_with_unsaved_title(qtbot, demo_store, ui_settings)
    window = new_window(qtbot, demo_store, ui_settings)
    dialog = offer_recovery(demo_store, window.editor_area, window)
    assert dialog is not None and dialog.recover_selected()
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor)
    other_officer(demo_store, "title", str(meeting_id), "Renamed by a colleague")
    qtbot.wait(2500)  # the live check has run (every second) by now
    assert editor.header.title.text() == TYPED and editor.is_dirty()  # what differs from the draft is not known
    asked.answer = Answer.DISCARD  # the window closes at the end of the test


def test_work_on_a_meeting_deleted_since_comes_back_as_a_new_meeting(
    qtbot, demo_store: Services, ui_settings: QSettings, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    meeting_id = demo_store.meetings.list_meetings()[0].id
    crash_with_unsaved_title(qtbot, demo_store, ui_settings)
    demo_store.meetings.delete(meeting_id)
    window = new_window(qtbot, demo_store, ui_settings)
    dialog = offer_recovery(demo_store, window.editor_area, window)
    assert dialog is not None and dialog.recover_selected()
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor)
    assert editor.current_meeting_id() is None and editor.header.title.text() == TYPED
    assert editor.save()
    assert [m.title for m in demo_store.meetings.list_meetings()] == [TYPED]


def test_discard_deletes_the_copy_after_asking(
    qtbot, demo_store: Services, ui_settings: QSettings, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    path = crash_with_unsaved_title(qtbot, demo_store, ui_settings)
    window = new_window(qtbot, demo_store, ui_settings)
    dialog = offer_recovery(demo_store, window.editor_area, window)
    assert dialog is not None
    asked.answer = Answer.CANCEL
    assert not dialog.discard_selected() and path.exists()
    asked.answer = Answer.DISCARD
    assert dialog.discard_selected()
    assert not path.exists() and not window.editor_area.is_open()
    assert offer_recovery(demo_store, window.editor_area, window) is None


def test_a_damaged_copy_is_skipped_and_the_good_one_offered(
    qtbot, demo_store: Services, ui_settings: QSettings, asked: Asked
) -> None:  # type: ignore[no-untyped-def]
    good = crash_with_unsaved_title(qtbot, demo_store, ui_settings)
    damaged = demo_store.paths.recovery_dir / "meeting-99-1.json"
    damaged.write_text('{"format": "minutes-app-recovery", "format_version": 1, "pid": 1, "meeting": {"title": "cut o')
    window = new_window(qtbot, demo_store, ui_settings)
    dialog = offer_recovery(demo_store, window.editor_area, window)
    assert dialog is not None
    assert [item.path for item in dialog.recoveries()] == [good]


def test_a_copy_left_by_a_running_window_is_not_offered(qtbot, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    write_recovery(demo_store.paths, r.Meeting(title="Open in another window"), pid=os.getppid())
    window = new_window(qtbot, demo_store, ui_settings)
    assert offer_recovery(demo_store, window.editor_area, window) is None


def test_run_gui_offers_recovery_at_start_up(qtbot, monkeypatch, tmp_path: Path, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    paths = resolve_paths(data_dir=str(tmp_path / "data"))
    services = open_services(paths)
    write_recovery(paths, r.Meeting(title="Left by a crash"), pid=dead_pid())
    services.close()
    monkeypatch.setattr(app_module, "default_ui_settings", lambda: ui_settings)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    offered: list[list[str]] = []

    def exec_once(self: QApplication) -> int:
        QTest.qWait(app_module.AFTER_FIRST_PAINT_MS + 200)  # the offers come once the window has painted
        for thread in threading.enumerate():
            if thread.name == "daily-backup":
                thread.join(timeout=30)
        for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]:
            for dialog in window.findChildren(RecoveryDialog):
                if dialog.isVisible():
                    offered.append([item.title for item in dialog.recoveries()])
                    dialog.reject()
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    assert app_module.run_gui(paths) == 0
    assert offered == [["Left by a crash"]]
