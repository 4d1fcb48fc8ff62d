"""Checks run on a given screen (a 1366×768 laptop, or the same at 150 % scaling): run by test_small_screens.py.

The offscreen platform takes its screen from a file (`offscreen:configfile=…`), fixed when the application starts,
so these run in their own pytest process; on any other screen they are skipped.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QWidget

from minutes_app.services import Services
from minutes_app.ui.editor.participants_model import ParticipantsTableModel
from minutes_app.ui.main_window import BROWSING_PAGES, EDITOR, FOLLOW_UPS, MEETINGS, MainWindow
from minutes_app.ui.meetings.meetings_table_model import STATUS
from minutes_app.ui.settings.settings_dialog import SettingsDialog
from minutes_app.ui.tracker.followups_table_model import PRIORITY
from minutes_app.ui.tracker.followups_table_model import STATUS as FOLLOW_UP_STATUS_COLUMN
from tests.ui.clipped_texts import clipped_cells, clipped_texts, off_screen
from tests.ui.conftest import TODAY

SCREEN = os.environ.get("MINUTES_TEST_SCREEN", "")  # "WIDTHxHEIGHT" of the logical screen the runner set up

pytestmark = pytest.mark.skipif(not SCREEN, reason="run by test_small_screens.py on a screen of a given size")


def _window(qtbot, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window with the real meeting editor, shown as the app starts it."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert f"{area.width()}x{area.height()}" == SCREEN
    made = MainWindow(demo_store, ui_settings, today=TODAY)  # the real meeting editor
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _area(widget: QWidget):  # type: ignore[no-untyped-def]
    return widget.screen().availableGeometry()


def _click(widget: QWidget, position: QPoint | None = None) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, position or QPoint())
    QTest.qWait(20)


def _show_page(window: MainWindow, key: str) -> None:
    """Click the page's entry in the navigation list, as a person does."""
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == key:
            _click(window.navigation.viewport(), window.navigation.visualItemRect(item).center())
    assert window.current_page_key() == key
    QTest.qWait(50)


def _in_sight(widget: QWidget, scroll: QAbstractScrollArea) -> bool:
    """The whole widget lies within the scroll area's visible part (no scrolling needed to reach it)."""
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(top_left) and viewport.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1)
    )


def _open_sample(window: MainWindow) -> None:
    """Open the sample meeting from the list with the mouse and Enter."""
    _show_page(window, MEETINGS)
    table = window.meetings_page.table
    _click(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
    QTest.keyClick(table, Qt.Key.Key_Return)
    QTest.qWait(100)
    assert window.current_page_key() == EDITOR


def _editor_tabs(window: MainWindow):  # type: ignore[no-untyped-def]
    """Click through the editor's tabs; yields each tab's index once it shows."""
    editor = window.editor_area.editor()
    bar = editor.tabs.tabBar()
    for index in range(editor.tabs.count()):
        if bar.rect().contains(bar.tabRect(index).center()):
            _click(bar, bar.tabRect(index).center())
        else:  # scrolled out of a narrow tab bar: Ctrl+Tab reaches it
            QTest.keyClick(editor.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        QTest.qWait(50)
        assert editor.tabs.currentIndex() == index
        yield index


@pytest.mark.parametrize("language", ["en", "az", "ru"])
def test_every_page_and_the_editor_show_their_texts_whole(
    qtbot, interface_in, language: str, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    interface_in(language)
    made = _window(qtbot, demo_store, ui_settings)
    problems: list[str] = [f"opening: {p}" for p in off_screen(made, _area(made))]
    for key in BROWSING_PAGES:
        _show_page(made, key)
        if key == FOLLOW_UPS:
            table = made.follow_ups_page.table
            _click(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
            vocabulary_columns = [FOLLOW_UP_STATUS_COLUMN, PRIORITY]
            problems += [f"follow-ups: {p}" for p in clipped_cells(table, vocabulary_columns)]
            add_note = made.follow_ups_page.detail_panel.add_note_button
            if not _in_sight(add_note, made.follow_ups_page.detail_scroll):
                problems.append("follow-ups: “Add note” is below the fold")
        if key == MEETINGS:
            problems += [f"meetings: {p}" for p in clipped_cells(made.meetings_page.table, [STATUS])]
        problems += [f"{key}: {p}" for p in clipped_texts(made) + off_screen(made, _area(made))]
    _open_sample(made)
    editor = made.editor_area.editor()
    for index in _editor_tabs(made):
        if index == 1:
            _click(editor.participants.show_other)
            for panel in editor.participants.panels.values():
                columns = [ParticipantsTableModel.ROLE, ParticipantsTableModel.PRESENT]
                problems += [f"participants: {p}" for p in clipped_cells(panel.view, columns)]
        where = f"editor tab {editor.tabs.tabText(index)!r}"
        problems += [f"{where}: {p}" for p in clipped_texts(made) + off_screen(made, _area(made))]
    assert problems == []


def test_settings_error_sits_under_its_field_and_the_dialog_fits(
    qtbot, interface_in, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    interface_in("ru")  # the longest message, on two lines
    dialog = SettingsDialog(demo_store, ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.own_organisation_edit
    _click(field)
    QTest.keyClicks(field, "Nowhere Ltd")  # QTest types ASCII only
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    _click(save)
    error = dialog.findChild(QLabel, "error_own_organisation")
    assert error is not None and error.isVisible()
    below_field = field.mapTo(dialog, QPoint(0, field.height()))
    assert error.mapTo(dialog, QPoint(0, 0)).y() >= below_field.y()
    assert field.height() >= field.sizeHint().height()  # not squeezed by the message
    assert error.height() >= error.heightForWidth(error.width())  # every line of the message shows
    assert off_screen(dialog, _area(dialog)) == []
    assert clipped_texts(dialog) == []


def test_the_window_and_the_editor_s_buttons_stay_on_a_scaled_screen(
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    made = _window(qtbot, demo_store, ui_settings)
    problems = [f"opening: {p}" for p in off_screen(made, _area(made))]
    _open_sample(made)
    editor = made.editor_area.editor()
    for index in _editor_tabs(made):
        if index == 1:
            _click(editor.participants.show_other)
        problems += [f"editor tab {index}: {p}" for p in off_screen(made, _area(made))]
        for button in (editor.save_button, editor.close_button):
            if not button.isVisible():
                problems.append(f"editor tab {index}: {button.text()!r} hidden")
    assert problems == []
    assert all(isinstance(b, QPushButton) for b in (editor.save_button, editor.close_button))
