"""The main window: remembered layout, navigation, shortcuts, the editor's place, About, refresh after changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from minutes_app.services import Services
from minutes_app.ui.common.ui_settings import PAGE_KEY
from minutes_app.ui.main_window import DIRECTORY, EDITOR, FOLLOW_UPS, MEETINGS, MainWindow
from tests.ui.conftest import FakeMeetingEditor


def _editor(window: MainWindow) -> FakeMeetingEditor:
    editor = window.editor_area.editor()
    assert isinstance(editor, FakeMeetingEditor)
    return editor


def _open_sample(window: MainWindow) -> FakeMeetingEditor:
    window.meetings_page.table.selectRow(0)
    window.meetings_page.open_button.click()
    return _editor(window)


def test_size_position_and_page_come_back_at_the_next_start(
    make_window, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    first = make_window(demo_store)
    first.setGeometry(QRect(30, 40, 700, 500))  # inside the offscreen screen (800x600)
    first.show_page(DIRECTORY)
    assert first.close()
    assert ui_settings.value(PAGE_KEY) == DIRECTORY
    second = make_window(demo_store)
    assert second.current_page_key() == DIRECTORY
    assert (second.width(), second.height()) == (700, 500)
    assert (second.x(), second.y()) == (first.x(), first.y())


def test_an_open_meeting_is_not_the_page_remembered(make_window, demo_store: Services, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_store)
    window.show_page(FOLLOW_UPS)
    _open_sample(window)
    assert window.current_page_key() == EDITOR
    window.close()
    assert ui_settings.value(PAGE_KEY) == FOLLOW_UPS


def test_navigation_switches_pages_and_counts_overdue(demo_window: MainWindow) -> None:
    nav = demo_window.navigation
    assert [nav.item(i).text() for i in range(3)] == ["Meetings", "Follow-ups (2 overdue)", "People & organisations"]
    assert demo_window._nav_item(EDITOR).isHidden()  # no meeting open
    nav.setCurrentRow(2)
    assert demo_window.stack.currentWidget() is demo_window.directory_page
    assert demo_window.directory_page.people_model.rowCount() == 2
    demo_window.page_actions[FOLLOW_UPS].trigger()
    assert demo_window.stack.currentWidget() is demo_window.follow_ups_page
    assert demo_window.follow_ups_page.model.rowCount() == 7


def test_ctrl_n_opens_a_new_meeting_from_the_settings(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    settings = demo_store.settings.get()
    settings.officer_name = "Leyla Mammadova"
    settings.minutes_language = "az"
    settings.own_organisation_id = demo_store.directory.organisations()[0].id
    demo_window._on_settings_saved(demo_store.settings.save(settings))
    qtbot.keyClick(demo_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.current_page_key() == EDITOR
    draft = _editor(demo_window).meeting
    assert draft is not None and draft.id is None
    assert (draft.prepared_by, draft.language, draft.host_organisation_id) == (
        "Leyla Mammadova",
        "az",
        settings.own_organisation_id,
    )
    assert draft.date == dt.date.today()
    assert demo_window.navigation.currentItem().text() == "✎ New meeting"


def test_ctrl_s_saves_and_every_page_refreshes(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(demo_window)
    editor.title_edit.setFocus()
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Renamed meeting")
    assert demo_window.isWindowModified()
    with qtbot.waitSignal(demo_window.data_changed):
        qtbot.keyClick(demo_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not demo_window.isWindowModified()
    assert demo_store.meetings.list_meetings()[0].title == "Renamed meeting"
    demo_window.show_page(MEETINGS)
    assert demo_window.meetings_page.model.index(0, 1).data() == "Renamed meeting"
    demo_window.show_page(FOLLOW_UPS)
    assert demo_window.follow_ups_page.model.index(0, 2).data().endswith("Renamed meeting")


def test_ctrl_w_closes_the_editor_asking_when_there_are_changes(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(demo_window)
    qtbot.keyClicks(editor.title_edit, "!")
    editor.close_answer = "cancel"
    qtbot.keyClick(demo_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert editor.questions_asked == 1
    assert demo_window.current_page_key() == EDITOR and demo_window.editor_area.is_open()
    editor.close_answer = "discard"
    qtbot.keyClick(demo_window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not demo_window.editor_area.is_open()
    assert demo_window.current_page_key() == MEETINGS
    assert demo_window._nav_item(EDITOR).isHidden()
    assert not demo_window.save_action.isEnabled()


def test_escape_leaves_the_editor_open(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(demo_window)
    editor.title_edit.setFocus()
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Escape)
    assert demo_window.editor_area.is_open()
    assert demo_window.current_page_key() == EDITOR


def test_switching_pages_keeps_the_meeting_open(demo_window: MainWindow) -> None:
    editor = _open_sample(demo_window)
    editor.title_edit.setText("Half-typed")
    demo_window.show_page(FOLLOW_UPS)
    assert demo_window.editor_area.is_open()
    demo_window.page_actions[EDITOR].trigger()
    assert demo_window.current_page_key() == EDITOR and editor.title_edit.text() == "Half-typed"


def test_opening_another_meeting_lets_the_editor_keep_its_changes(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(demo_window)
    qtbot.keyClicks(editor.title_edit, " changed")
    editor.close_answer = "cancel"
    assert not demo_window.commands.new_meeting()
    assert editor.meeting is not None and editor.meeting.id is not None


def test_closing_the_window_with_unsaved_changes_can_be_cancelled(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = _open_sample(demo_window)
    qtbot.keyClicks(editor.title_edit, "?")
    editor.close_answer = "cancel"
    assert not demo_window.close()
    assert demo_window.isVisible()
    editor.close_answer = "save"
    assert demo_window.close()
    assert demo_window.services.meetings.list_meetings()[0].title.endswith("?")


def test_about_names_the_app_version_and_data_file(monkeypatch, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    demo_window.about_action.trigger()
    assert "Minutes App 0.1.0" in shown[0]
    assert str(demo_store.paths.db_file) in shown[0]


def test_menus_hold_only_working_commands(demo_window: MainWindow) -> None:
    menus = {
        a.text().replace("&", ""): [x.text().replace("&", "") for x in a.menu().actions() if x.text()]
        for a in demo_window.menuBar().actions()
    }
    assert list(menus) == ["File", "Edit", "View", "Help"]
    assert menus["File"] == [
        "New meeting",
        "Save meeting",
        "Close meeting",
        "Import old minutes (.docx)…",
        "Import from a spreadsheet…",
        "Undo the last spreadsheet import…",
        "Back up now",
        "Restore from backup…",
        "Connect to a team server…",
        "Switch to",
        "Saved team servers",
        "Settings…",
        "Quit",
    ]
    assert menus["Edit"] == ["Undo", "Redo", "Find", "Filter this page"]
    for menu in demo_window.menuBar().actions():
        for action in menu.menu().actions():
            assert action.isSeparator() or action.receivers("2triggered(bool)") > 0, action.text()


def test_back_up_now_writes_a_backup(monkeypatch, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: (_ for _ in ()).throw(AssertionError(a)))
    demo_window.backup_action.trigger()
    made = list(demo_store.paths.backups_dir.glob("minutes-manual-*.db"))
    assert len(made) == 1
    assert made[0].name in demo_window.statusBar().currentMessage()


def test_restore_from_backup_closes_the_window_and_asks_for_the_restore(
    monkeypatch, qtbot, demo_window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.backups.restore_dialog import RestoreDialog

    demo_window.backup_action.trigger()
    backup = next(demo_store.paths.backups_dir.glob("minutes-manual-*.db"))

    def pick_newest(dialog: RestoreDialog) -> int:
        dialog.restore_button.click()  # the newest backup is selected when the list opens
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", pick_newest)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(demo_window.restore_requested) as requested:
        demo_window.restore_action.trigger()
    assert requested.args == [backup]
    assert not demo_window.isVisible()


def test_load_sample_meeting_from_help_confirms_what_it_loaded(
    make_window, sqlite_services: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    window = make_window(sqlite_services)
    window.sample_action.trigger()
    assert len(told) == 1 and told[0].startswith("The sample meeting was loaded: 1 meeting, ")
    assert window.meetings_page.table.selectionModel().selectedRows()


def test_load_sample_meeting_from_help_is_harmless_twice(demo_window: MainWindow, demo_store: Services) -> None:
    demo_window.sample_action.trigger()
    assert len(demo_store.meetings.list_meetings()) == 1
    assert "already" in demo_window.statusBar().currentMessage()
