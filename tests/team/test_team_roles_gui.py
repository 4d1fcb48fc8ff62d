"""Issue 17, roles in the desktop app: signed in as real PostgreSQL logins, the window greys out what the role
cannot do and says why; a write the server refuses is a message, never a traceback, and the store is unchanged."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtTest import QTest

from minutes_app.paths import AppPaths
from minutes_app.services import Services, open_services, team_roles
from minutes_app.ui.editor import ask
from minutes_app.ui.main_window import EDITOR, MainWindow
from minutes_app.ui.meetings.meetings_table_model import TITLE
from tests.team.roles_setup import Team, owner_title, team_fixture  # noqa: F401  (the fixture)


@pytest.fixture
def open_as(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """A main window over the services signed in as a login: open_as(team, part or login) -> (window, services)."""
    opened: list[Services] = []
    windows: list[MainWindow] = []

    def make(team: Team, part: str) -> tuple[MainWindow, Services]:
        login = team.logins[part]
        services = open_services(AppPaths(data_dir=team.data, db_url=team.url(part)))
        opened.append(services)
        window = MainWindow(services, QSettings(str(tmp_path / f"{login}.ini"), QSettings.Format.IniFormat))
        windows.append(window)  # closed and deleted below, before the logins are dropped
        window.show()
        return window, services

    yield make
    for window in windows:  # gone (its watch, its timers) before the logins are dropped with the database
        window.close_unsaved()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    for services in opened:
        services.close()


def _open_row_with_the_mouse(qtbot, window: MainWindow, title: str):  # type: ignore[no-untyped-def]
    table = window.meetings_page.table
    qtbot.waitUntil(lambda: window.meetings_page.model.rowCount() > 0)
    model = table.model()
    row = next(r for r in range(model.rowCount()) if title in str(model.index(r, TITLE).data()))
    rect = table.visualRect(model.index(row, TITLE))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_page_key() == EDITOR)
    return window.editor_area.editor()


def test_a_reader_sees_save_disabled_with_the_reason(qtbot, team: Team, open_as) -> None:  # type: ignore[no-untyped-def]
    window, _services = open_as(team, "reader")
    assert "Reader" in window.role_label.text() and window.role_label.isVisible()
    assert not window.new_meeting_action.isEnabled()
    assert "reader" in window.new_meeting_action.toolTip()
    assert not window.meetings_page.new_button.isEnabled()
    assert not window.follow_ups_page.detail_panel.status_button.isEnabled()
    editor = _open_row_with_the_mouse(qtbot, window, "Protocol visit")
    assert not editor.save_button.isEnabled()
    assert "reader" in editor.save_button.toolTip()
    assert editor.role_bar.isVisible() and "reader" in editor.role_bar.text()
    assert not editor.header.isEnabled() and not editor.delete_button.isEnabled()
    assert not editor.attachments.add_button.isEnabled() and "reader" in editor.attachments.add_button.toolTip()
    assert not editor.attachments.acceptDrops()


def test_a_reader_s_tracker_menu_and_files_are_greyed_with_the_reason(qtbot, team: Team, open_as) -> None:  # type: ignore[no-untyped-def]
    window, _services = open_as(team, "reader")
    window.show_page("follow_ups")
    page = window.follow_ups_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    rect = page.table.visualRect(page.model.index(0, 0))
    QTest.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    menu = page.context_menu_for(0)
    actions = {action.objectName() or action.text(): action for action in menu.actions()}
    assert actions["open_meeting"].isEnabled()  # reading stays
    assert not actions["add_note"].isEnabled() and "reader" in actions["add_note"].toolTip()
    status = next(a for a in menu.actions() if a.menu() is not None)
    assert not status.isEnabled() and "reader" in status.toolTip()
    files = page.detail_panel.attachments
    assert files is not None and not files.add_button.isEnabled() and "reader" in files.add_button.toolTip()


def test_another_departments_meeting_opens_read_only_with_a_bar(qtbot, team: Team, open_as) -> None:  # type: ignore[no-untyped-def]
    window, _services = open_as(team, "protocol_officer")
    assert "Officer" in window.role_label.text() and "Protocol" in window.role_label.text()
    assert window.new_meeting_action.isEnabled()
    assert not window.directory_page.add_person_button.isEnabled()  # the directory is the heads'
    editor = _open_row_with_the_mouse(qtbot, window, "Economy talks")
    assert editor.role_bar.isVisible() and "“Economy”" in editor.role_bar.text()
    assert not editor.save_button.isEnabled()
    # Its own department's meeting opens for editing.
    editor.maybe_close()
    editor = _open_row_with_the_mouse(qtbot, window, "Protocol visit")
    assert editor.save_button.isEnabled() and not editor.role_bar.isVisible() and editor.header.isEnabled()
    # The settings' shared lists are for browsing.
    dialog = window.open_settings()
    assert not dialog.topics_editor.save_button.isEnabled() and not dialog.roles_editor.new_button.isEnabled()
    assert "head of department" in dialog.topics_editor.save_button.toolTip()
    dialog.reject()


def test_a_write_the_server_refuses_shows_a_message_and_changes_nothing(
    qtbot, monkeypatch: pytest.MonkeyPatch, team: Team, open_as
) -> None:  # type: ignore[no-untyped-def]
    # A Protocol officer whose role the DBA changes to reader while their window is open.
    login = team.logins["demoted"] = f"{team.groups.prefix}u_demoted_{uuid.uuid4().hex[:4]}"  # dropped at the end
    paths = AppPaths(data_dir=team.data, db_url=team.owner_url)
    team_roles.add_user(paths, login, role="officer", department="Protocol", groups=team.groups)
    try:
        window, _services = open_as(team, "demoted")
        editor = _open_row_with_the_mouse(qtbot, window, "Protocol visit")
        assert editor.save_button.isEnabled()
        team_roles.add_user(paths, login, role="reader", department="Protocol", groups=team.groups)
        told: list[tuple[str, str]] = []

        def answer(_parent, _title, text, answers, **kw):  # type: ignore[no-untyped-def]
            told.append((text, kw.get("informative", "")))
            return ask.Answer.DISCARD if ask.Answer.DISCARD in answers else kw["default"]

        monkeypatch.setattr(ask, "ask", answer)
        editor.header.title.setFocus()
        editor.header.title.selectAll()
        qtbot.keyClicks(editor.header.title, "Renamed by a reader")
        QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert told and "The team server refused this change" in told[0][1]
        assert editor.is_dirty()  # what was typed is still there
        assert owner_title(team, "protocol") != "Renamed by a reader"
        assert editor.maybe_close()  # Discard: the window closes without asking again
    finally:
        team_roles.add_user(paths, login, role="reader", groups=team.groups)
