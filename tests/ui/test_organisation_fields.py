"""Organisation fields find every spelling and can add the organisation typed (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.directory.organisation_dialog import OrganisationDialog
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import type_text
from tests.ui.editor_helpers import show_editor
from tests.ui.organisation_answers import answer_organisation_dialog

MFA_RU = "Ministry of Foreign Affairs of the Russian Federation"
MOE = "Ministry of Economy of the Republic of Azerbaijan"
CUSTOMS = "State Customs Committee"

pytestmark = pytest.mark.usefixtures("no_unplanned_questions")


@pytest.fixture
def editor(qtbot, demo: tuple[Services, r.Meeting]) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor showing the sample meeting, on its header tab."""
    services, meeting = demo
    assert meeting.id is not None
    widget = show_editor(qtbot, services, meeting.id)
    widget.tabs.setCurrentWidget(widget.header_page)
    return widget


def shown_rows(popup: QAbstractItemView) -> list[str]:
    """The texts of the suggestions listed."""
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_row(qtbot, popup: QAbstractItemView, row: int) -> None:  # type: ignore[no-untyped-def]
    """Click one suggestion with the mouse."""
    index = popup.model().index(row, 0)
    popup.scrollTo(index)
    QTest.mouseClick(
        popup.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, popup.visualRect(index).center()
    )


def type_in_host(qtbot, editor: MeetingEditor, text: str) -> QAbstractItemView:  # type: ignore[no-untyped-def]
    """Replace the host organisation's text by `text`, typed; the suggestions shown."""
    host = editor.header.host
    line = host.lineEdit()
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    type_text(line, text)
    qtbot.waitUntil(lambda: visible_popup() is not None)
    popup = visible_popup()
    assert popup is not None
    return popup


def visible_popup() -> QAbstractItemView | None:
    """The list of suggestions on screen, whichever completer shows it."""
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QAbstractItemView) and w.isVisible()]
    return shown[0] if shown else None


@pytest.mark.parametrize("typed", ["Xarici", "Азерб", "иностранных", "Foreign Aff"])
def test_the_host_field_finds_an_organisation_by_any_spelling(qtbot, editor: MeetingEditor, demo, typed: str) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    popup = type_in_host(qtbot, editor, typed)
    rows = shown_rows(popup)
    wanted = next(row for row, text in enumerate(rows) if text.startswith(MFA_RU if typed != "Азерб" else MOE))
    click_row(qtbot, popup, wanted)
    expected = MFA_RU if typed != "Азерб" else MOE
    assert editor.header.host.currentText() == expected
    assert editor.save()
    host = services.directory.find_organisation(expected)
    assert host is not None and services.meetings.get(meeting.id).host_organisation_id == host.id


def test_enter_on_part_of_a_spelling_takes_the_first_organisation_found(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    popup = type_in_host(qtbot, editor, "Xarici")
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # the suggestions have the keyboard while they show
    assert editor.header.host.currentText() == MFA_RU
    assert not editor.header.host_is_unresolved()


def test_the_host_field_adds_a_new_organisation_with_its_spellings(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    popup = type_in_host(qtbot, editor, CUSTOMS)
    rows = shown_rows(popup)
    assert rows[-1] == f"Add “{CUSTOMS}” as a new organisation…"

    def fill(dialog: OrganisationDialog) -> None:
        assert dialog.name_edit.text() == CUSTOMS
        type_text(dialog.name_az_edit, "Dövlət Gömrük Komitəsi")
        type_text(dialog.name_ru_edit, "Государственный таможенный комитет")
        dialog.country_combo.setFocus()
        type_text(dialog.country_combo, "AZ")

    seen: list[OrganisationDialog] = []
    answer_organisation_dialog(fill, seen)
    click_row(qtbot, popup, len(rows) - 1)
    assert seen, "the organisation dialog did not open"
    created = services.directory.find_organisation(CUSTOMS)
    assert created is not None
    assert (created.name_az, created.name_ru, created.country) == (
        "Dövlət Gömrük Komitəsi",
        "Государственный таможенный комитет",
        "AZ",
    )
    assert editor.header.host.organisation_id() == created.id
    assert editor.is_dirty()
    assert editor.save()
    assert services.meetings.get(meeting.id).host_organisation_id == created.id


def test_settings_adds_the_officer_s_organisation_where_it_is_typed(
    qtbot, demo_store: Services, ui_settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(demo_store, ui_settings)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.own_organisation_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, "Dövlət Gömrük Komitəsi")  # typed in Azerbaijani: it becomes that spelling too
    popup = edit._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    rows = shown_rows(popup)
    assert rows == ["Add “Dövlət Gömrük Komitəsi” as a new organisation…"]

    def fill(organisation_dialog: OrganisationDialog) -> None:
        assert organisation_dialog.name_az_edit.text() == "Dövlət Gömrük Komitəsi"
        type_text(organisation_dialog.name_en_edit, CUSTOMS)
        type_text(organisation_dialog.name_ru_edit, "Государственный таможенный комитет")

    seen: list[OrganisationDialog] = []
    answer_organisation_dialog(fill, seen)
    click_row(qtbot, popup, 0)
    assert seen, "the organisation dialog did not open"
    created = demo_store.directory.find_organisation("Dövlət Gömrük Komitəsi")
    assert created is not None and created.name_en == CUSTOMS
    assert edit.current_key() == created.id
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert demo_store.settings.get().own_organisation_id == created.id


@pytest.mark.parametrize(("typed", "code"), [("США", "US"), ("BƏƏ", "AE"), ("UK", "GB"), ("Germ", "DE")])
def test_the_organisation_dialog_s_country_list_takes_abbreviations(
    qtbot, demo_store: Services, typed: str, code: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = OrganisationDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.country_combo.setFocus()
    type_text(dialog.country_combo, typed)
    assert dialog.country_combo.currentData() == code
    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a pause starts a new word
    type_text(dialog.country_combo, "ОАЭ")
    assert dialog.country_combo.currentData() == "AE"
