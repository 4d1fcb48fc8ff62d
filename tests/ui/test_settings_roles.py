"""Settings › Roles: a role added with its three names and wordings is chosen in the editor and printed in each language."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from minutes_app.exports.people import name_of
from minutes_app.services import Services
from minutes_app.services.documents import DocumentService
from minutes_app.ui.editor.participants_model import ParticipantsTableModel
from minutes_app.ui.main_window import MainWindow
from minutes_app.ui.settings.roles_editor import RolesEditor
from minutes_app.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import TODAY, type_text
from tests.ui.test_settings_topics import click

pytest.importorskip("minutes_app.ui.editor.ask")

FORMS = {
    "name_edit": "Special envoy",
    "name_az_edit": "Xüsusi nümayəndə",
    "name_ru_edit": "Специальный представитель",
    "after_name_edit": "special envoy",
    "after_name_az_edit": "xüsusi nümayəndə",
    "after_name_ru_edit": "специальный представитель",
}


WORDING = {"az": "xüsusi nümayəndə", "ru": "специальный представитель", "en": "special envoy"}


@pytest.fixture
def window(qtbot, demo_store: Services, ui_settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    made = MainWindow(demo_store, ui_settings, today=TODAY)  # the real MeetingEditor
    qtbot.addWidget(made)
    made.show()
    return made


def open_roles(qtbot, window: MainWindow) -> tuple[SettingsDialog, RolesEditor]:  # type: ignore[no-untyped-def]
    """The Settings dialog with its Roles tab clicked."""
    dialog = window.open_settings()
    qtbot.waitExposed(dialog)
    bar = dialog.tabs.tabBar()
    click(bar, bar.tabRect(2).center())
    assert dialog.tabs.currentWidget() is dialog.roles_editor
    return dialog, dialog.roles_editor


def paragraphs(path: Path) -> str:
    """Every paragraph of the body and its tables, one a line."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(texts)


def test_a_role_added_in_settings_is_chosen_and_printed_in_each_language(
    qtbot, window: MainWindow, demo_store: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog, roles = open_roles(qtbot, window)
    qtbot.mouseClick(roles.new_button, Qt.MouseButton.LeftButton)
    for field, text in FORMS.items():
        getattr(roles, field).setFocus()
        type_text(getattr(roles, field), text)
    assert roles.active_check.isChecked() and not roles.leads_check.isChecked()
    with qtbot.waitSignal(roles.changed):
        qtbot.mouseClick(roles.save_button, Qt.MouseButton.LeftButton)
    stored = next(role for role in demo_store.roles.list_roles() if role.name == "Special envoy")
    assert (stored.key, stored.name_az, stored.after_name_ru) == (
        "special_envoy",
        "Xüsusi nümayəndə",
        "специальный представитель",
    )
    assert roles.list.currentItem().text().startswith("Special envoy · Xüsusi nümayəndə · Специальный представитель")
    dialog.reject()

    table = window.meetings_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = window.editor_area.editor()
    editor.tabs.setCurrentWidget(editor.tabs.widget(1))  # the participants tab
    view = editor.participants.guest.view
    qtbot.waitExposed(view)
    row = 1  # a member of the guest delegation (the representative of a ministry)
    organisation = view.model().index(row, ParticipantsTableModel.ORGANISATION).data()
    click(view.viewport(), view.visualRect(view.model().index(row, ParticipantsTableModel.ROLE)).center())
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = view.findChild(QComboBox)
    assert combo is not None
    assert "Special envoy" in [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(combo.findData("special_envoy"))
    combo.activated.emit(combo.currentIndex())
    assert view.model().index(row, ParticipantsTableModel.ROLE).data() == "Special envoy"
    with qtbot.waitSignal(window.data_changed):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    meeting = demo_store.meetings.get(demo_store.meetings.list_meetings()[0].id)
    envoy = next(a for a in meeting.attendances if a.role == "special_envoy")
    assert envoy.organisation is not None and envoy.organisation.name == organisation

    documents = DocumentService(demo_store)
    for lang, wording in WORDING.items():
        text = paragraphs(documents.minutes(meeting.id or 0, tmp_path / f"minutes-{lang}.docx", lang=lang))
        line = next(line for line in text.splitlines() if line.startswith(f"2.\t{name_of(envoy, lang)}"))
        assert line.endswith(f"({wording})"), line
        assert not any(f"({other})" in text for other in WORDING.values() if other != wording)


def test_a_role_in_use_is_taken_out_of_use_not_deleted(
    qtbot, window: MainWindow, demo_store: Services, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    _dialog, roles = open_roles(qtbot, window)
    row = next(i for i in range(roles.list.count()) if roles.list.item(i).text().startswith("Interpreter ·"))
    click(roles.list.viewport(), roles.list.visualItemRect(roles.list.item(row)).center())
    assert roles.name_ru_edit.text() == "Переводчик" and roles.after_name_edit.text() == "interpreter"
    assert not roles.delete_role()
    assert said and "cannot be deleted" in said[0]
    click(roles.active_check, QPoint(8, roles.active_check.height() // 2))
    with qtbot.waitSignal(roles.changed):
        qtbot.mouseClick(roles.save_button, Qt.MouseButton.LeftButton)
    assert "interpreter" not in {role.key for role in demo_store.roles.list_roles()}
    assert "interpreter" in {role.key for role in demo_store.roles.list_roles(include_inactive=True)}
    assert roles.list.currentItem().text().endswith("(not in use)")
