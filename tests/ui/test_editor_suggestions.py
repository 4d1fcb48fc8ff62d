"""A suggestion picked from a field's list (mouse or keyboard) is what gets stored, not the letters typed (issue 10, part 2)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor
from tests.ui.editor_helpers import show_editor

pytestmark = pytest.mark.usefixtures("no_unplanned_questions")


@pytest.fixture
def editor(qtbot, demo: tuple[Services, r.Meeting]) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor showing the sample meeting, on its follow-ups tab."""
    services, meeting = demo
    assert meeting.id is not None
    widget = show_editor(qtbot, services, meeting.id)
    widget.tabs.setCurrentWidget(widget.follow_ups)
    return widget


def popup_row(popup: QAbstractItemView, text: str) -> int:
    """The row of the popup's list showing `text`."""
    model: QAbstractItemModel = popup.model()
    rows = [row for row in range(model.rowCount()) if model.index(row, 0).data() == text]
    assert rows, [model.index(row, 0).data() for row in range(model.rowCount())]
    return rows[0]


def click_suggestion(qtbot, popup: QAbstractItemView, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the suggestion showing `text` in an open popup, with the mouse."""
    qtbot.waitUntil(popup.isVisible)
    index = popup.model().index(popup_row(popup, text), 0)
    popup.scrollTo(index)
    QTest.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, popup.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not popup.isVisible())


def new_follow_up(qtbot, editor: MeetingEditor, description: str) -> None:  # type: ignore[no-untyped-def]
    """Add a follow-up with the Add button and type its action."""
    section = editor.follow_ups
    QTest.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(section.description_edit, description)


def test_a_department_picked_with_the_mouse_or_the_keyboard_is_stored_whole(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    section = editor.follow_ups
    new_follow_up(qtbot, editor, "Prepare the investment briefing")
    section.department_edit.setFocus()
    qtbot.keyClicks(section.department_edit, "Invest")
    click_suggestion(qtbot, section.department_edit.completer().popup(), "Department of Investment Policy")
    assert section.department_edit.text() == "Department of Investment Policy"
    assert section.current_record().record.department == "Department of Investment Policy"

    new_follow_up(qtbot, editor, "Prepare the trade briefing")
    section.department_edit.setFocus()
    qtbot.keyClicks(section.department_edit, "Trade")
    popup = section.department_edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert section.department_edit.text() == "Department of Trade Policy"

    assert editor.save()
    stored = {f.description: f.department for f in services.meetings.get(meeting.id).follow_ups}
    assert stored["Prepare the investment briefing"] == "Department of Investment Policy"
    assert stored["Prepare the trade briefing"] == "Department of Trade Policy"
    editor.open_meeting(meeting.id)
    assert [f.department for f in editor.follow_ups.follow_ups()][-2:] == [
        "Department of Investment Policy",
        "Department of Trade Policy",
    ]


def test_a_counterpart_contact_picked_from_the_list_is_stored_whole(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    section = editor.follow_ups
    organisations = [o.name for o in editor.directory.organisations()]
    wanted = next(name for name in organisations if "Trade Representative Office" in name)
    new_follow_up(qtbot, editor, "Ask for the trade figures")
    section.contact_edit.setFocus()
    qtbot.keyClicks(section.contact_edit, "Trade Repr")
    click_suggestion(qtbot, section.contact_edit.completer().popup(), wanted)
    assert editor.save()
    stored = {f.description: f.counterpart_contact for f in services.meetings.get(meeting.id).follow_ups}
    assert stored["Ask for the trade figures"] == wanted


def click_first_suggestion(qtbot, popup: QAbstractItemView) -> None:  # type: ignore[no-untyped-def]
    """Click the popup's first suggestion with the mouse."""
    qtbot.waitUntil(popup.isVisible)
    index = popup.model().index(0, 0)
    QTest.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, popup.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_the_other_suggesting_fields_store_what_was_picked_with_the_mouse(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    section = editor.follow_ups
    new_follow_up(qtbot, editor, "Agree the date of the commission")
    section.owner_edit.setFocus()
    qtbot.keyClicks(section.owner_edit, "Edelg")
    click_first_suggestion(qtbot, section.owner_edit._completer.popup())
    assert section.owner_edit.text() == "Ruslan Edelgeriev"

    editor.tabs.setCurrentWidget(editor.header_page)
    host = editor.header.host
    host.setFocus()
    host.lineEdit().selectAll()
    qtbot.keyClicks(host.lineEdit(), "Trade Repr")
    wanted = next(o for o in editor.directory.organisations() if o.name.startswith("Trade Representative Office"))
    click_suggestion(qtbot, host.popup(), wanted.name)
    assert host.organisation_id() == wanted.id

    countries = editor.header.countries
    countries.line_edit().setFocus()
    qtbot.keyClicks(countries.line_edit(), "Kazakh")
    click_first_suggestion(qtbot, countries._popup)
    assert "KZ" in [str(k) for k in countries.chosen_keys()]

    assert editor.save()
    stored = services.meetings.get(meeting.id)
    owner = next(f for f in stored.follow_ups if f.description == "Agree the date of the commission")
    assert owner.owner_name == "Ruslan Edelgeriev"
    assert stored.host_organisation_id == wanted.id
    assert "KZ" in stored.countries


def test_a_person_s_organisation_picked_with_the_mouse_is_stored(qtbot, demo_window, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.directory.person_dialog import PersonDialog
    from minutes_app.ui.main_window import DIRECTORY

    demo_window.show_page(DIRECTORY)
    dialog = demo_window.directory_page.add_person()
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.name_edit, "Anar Guliyev")
    dialog.organisation_edit.setFocus()
    qtbot.keyClicks(dialog.organisation_edit, "Embassy")
    click_first_suggestion(qtbot, dialog.organisation_edit._completer.popup())
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    stored = demo_store.directory.find_person("Anar Guliyev")
    assert stored is not None
    assert stored.organisation_name == "Embassy of the Russian Federation in the Republic of Azerbaijan"
