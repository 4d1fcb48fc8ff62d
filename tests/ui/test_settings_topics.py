"""Settings › Topics: a topic added and renamed with its three forms reaches the editor's choices."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from sqlalchemy import delete

from minutes_app.services import Services
from minutes_app.store import models as m
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import TODAY, type_text

pytest.importorskip("minutes_app.ui.editor.ask")


@pytest.fixture
def older_store(demo_store: Services) -> Services:
    """The sample store as made before "SMEs" was a default topic."""
    with demo_store.store.writing() as session:
        session.execute(delete(m.TopicRow).where(m.TopicRow.name == "SMEs"))
    return demo_store


@pytest.fixture
def window(qtbot, older_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(older_store, ui_settings, today=TODAY)  # the real MeetingEditor
    qtbot.addWidget(made)
    made.show()
    return made


def click(widget, pos: QPoint) -> None:  # type: ignore[no-untyped-def]
    """A left mouse click at `pos` of `widget`."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def open_topics(qtbot, window: MainWindow) -> SettingsDialog:  # type: ignore[no-untyped-def]
    """The Settings dialog with its Topics tab clicked."""
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    click(bar, bar.tabRect(1).center())
    assert dialog.tabs.currentWidget() is dialog.topics_editor
    return dialog


def add_smes(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    """Type SMEs in its three forms into the form and press "Save topic"."""
    topics = dialog.topics_editor
    qtbot.mouseClick(topics.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(topics.name_edit, "SMEs")
    topics.name_az_edit.setFocus()
    type_text(topics.name_az_edit, "Kiçik və orta sahibkarlıq")
    topics.name_ru_edit.setFocus()
    type_text(topics.name_ru_edit, "Малое и среднее предпринимательство")
    with qtbot.waitSignal(topics.topics_changed):
        qtbot.mouseClick(topics.save_button, Qt.MouseButton.LeftButton)


def test_a_topic_added_in_settings_can_be_chosen_in_the_editor(
    qtbot, window: MainWindow, older_store: Services
) -> None:  # type: ignore[no-untyped-def]
    assert older_store.topics.by_name("SMEs") is None
    dialog = open_topics(qtbot, window)
    add_smes(qtbot, dialog)
    stored = older_store.topics.by_name("SMEs")
    assert stored is not None and stored.active
    assert (stored.name_az, stored.name_ru) == ("Kiçik və orta sahibkarlıq", "Малое и среднее предпринимательство")
    assert dialog.topics_editor.list.currentItem().text().startswith("SMEs · Kiçik")
    dialog.reject()

    table = window.meetings_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = window.editor_area.editor()
    checks = editor.header.topics
    texts = [checks.item(i).text() for i in range(checks.count())]
    assert "SMEs" in texts
    item = checks.item(texts.index("SMEs"))
    rect = checks.visualItemRect(item)
    click(checks.viewport(), QPoint(rect.left() + 8, rect.center().y()))  # the check box sits at the item's left
    assert item.checkState() == Qt.CheckState.Checked
    assert stored.id in editor.header.topics.checked_keys()
    assert [editor.follow_ups.topic_combo.itemText(i) for i in range(editor.follow_ups.topic_combo.count())].count(
        "SMEs"
    ) == 1
    with qtbot.waitSignal(window.data_changed):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored.id in older_store.meetings.get(older_store.meetings.list_meetings()[0].id).topic_ids


def test_a_topic_is_renamed_and_retired_from_the_list(qtbot, window: MainWindow, older_store: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = open_topics(qtbot, window)
    topics = dialog.topics_editor
    row = next(i for i in range(topics.list.count()) if topics.list.item(i).text().startswith("Energy ·"))
    click(topics.list.viewport(), topics.list.visualItemRect(topics.list.item(row)).center())
    assert topics.name_edit.text() == "Energy"
    topics.name_ru_edit.selectAll()
    type_text(topics.name_ru_edit, "Энергетика и энергоэффективность")
    click(topics.active_check, QPoint(8, topics.active_check.height() // 2))  # on the box, not past the text
    assert not topics.active_check.isChecked()
    with qtbot.waitSignal(topics.topics_changed):
        qtbot.mouseClick(topics.save_button, Qt.MouseButton.LeftButton)
    energy = older_store.topics.by_name("Energy")
    assert energy is not None and energy.name_ru == "Энергетика и энергоэффективность" and not energy.active
    assert "Energy" not in [t.name for t in older_store.topics.list_topics()]


def test_a_topic_name_in_use_is_refused_next_to_its_field(qtbot, window: MainWindow, older_store: Services) -> None:  # type: ignore[no-untyped-def]
    dialog = open_topics(qtbot, window)
    topics = dialog.topics_editor
    qtbot.mouseClick(topics.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(topics.name_edit, "trade")
    qtbot.mouseClick(topics.save_button, Qt.MouseButton.LeftButton)
    assert "already exists" in topics.errors.message("name")
    assert [t.name for t in older_store.topics.list_topics(include_inactive=True)].count("Trade") == 1


def test_the_new_roles_are_offered_in_the_participants_role_combo(
    qtbot, window: MainWindow, older_store: Services
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from minutes_app.ui.editor.participants_model import ParticipantsTableModel

    table = window.meetings_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = window.editor_area.editor()
    editor.tabs.setCurrentWidget(editor.tabs.widget(1))  # the participants tab
    view = editor.participants.host.view
    qtbot.waitExposed(view)
    cell = view.visualRect(view.model().index(0, ParticipantsTableModel.ROLE)).center()
    click(view.viewport(), cell)
    qtbot.keyClick(view, Qt.Key.Key_F2)  # edit the role cell
    combo = view.findChild(QComboBox)
    assert combo is not None
    offered = [combo.itemText(i) for i in range(combo.count())]
    for role in (
        "Head of state",
        "Head of government",
        "Co-chair of the intergovernmental commission",
        "Ambassador",
        "Adviser",
        "Interpreter",
        "Note-taker",
        "Observer",
    ):
        assert role in offered
    combo.setCurrentIndex(combo.findData("head_of_state"))
    combo.activated.emit(combo.currentIndex())
    assert view.model().index(0, ParticipantsTableModel.ROLE).data() == "Head of state"
    with qtbot.waitSignal(window.data_changed):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = older_store.meetings.get(older_store.meetings.list_meetings()[0].id)
    assert stored.side("host")[0].role == "head_of_state"
