"""People & organisations: add a person with three spellings, find them by another, edit, delete, attendance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from minutes_app.services import Services
from minutes_app.ui.directory import people_table_model as people_col
from minutes_app.ui.directory.directory_page import ORGANISATIONS_TAB, PEOPLE_TAB
from minutes_app.ui.directory.organisation_dialog import OrganisationDialog
from minutes_app.ui.directory.person_dialog import PersonDialog
from minutes_app.ui.main_window import DIRECTORY, EDITOR, MainWindow
from tests.ui.conftest import type_text


def _directory(window: MainWindow):  # type: ignore[no-untyped-def]
    window.show_page(DIRECTORY)
    return window.directory_page


def _names(window: MainWindow) -> list[str]:
    model = window.directory_page.people_model
    return [model.index(r, people_col.NAME).data() for r in range(model.rowCount())]


def _save(qtbot, dialog: PersonDialog | OrganisationDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.saved):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_add_a_person_find_them_by_another_spelling_and_edit_the_position(
    qtbot, demo_window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    page = _directory(demo_window)
    dialog = page.add_person()
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.name_edit, "Elnur Mammadov")
    qtbot.keyClicks(dialog.name_en_edit, "Elnur Mammadov")
    type_text(dialog.name_az_edit, "Elnur Məmmədov")
    type_text(dialog.name_ru_edit, "Эльнур Мамедов")
    qtbot.keyClicks(dialog.position_edit, "Head of Department")
    type_text(dialog.organisation_edit, "министерство эконом")  # the ministry's Russian name finds it
    popup = dialog.organisation_edit._completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.email_edit, "e.mammadov@economy.gov.az")
    _save(qtbot, dialog)

    stored = demo_store.directory.find_person("Эльнур Мамедов")
    assert stored is not None
    assert (stored.name_en, stored.name_az, stored.position) == (
        "Elnur Mammadov",
        "Elnur Məmmədov",
        "Head of Department",
    )
    assert stored.organisation_name == "Ministry of Economy of the Republic of Azerbaijan"
    assert "Elnur Mammadov" in _names(demo_window)

    type_text(page.search_box, "Мамедов")
    assert _names(demo_window) == ["Elnur Mammadov"]
    page.search_box.clear()
    qtbot.keyClicks(page.search_box, "mammadov")
    assert _names(demo_window) == ["Elnur Mammadov"]
    page.search_box.clear()
    type_text(page.search_box, "Məmmədov")
    assert _names(demo_window) == ["Elnur Mammadov"]

    page.people_table.selectRow(0)
    edit = page.edit_selected()
    assert isinstance(edit, PersonDialog) and edit.name_az_edit.text() == "Elnur Məmmədov"
    edit.position_edit.selectAll()
    qtbot.keyClicks(edit.position_edit, "Deputy Minister")
    _save(qtbot, edit)
    assert demo_store.directory.person(stored.id).position == "Deputy Minister"
    assert page.people_model.index(0, people_col.POSITION).data() == "Deputy Minister"


def test_search_by_organisation_in_any_language(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _directory(demo_window)
    type_text(page.search_box, "Администрация Президента")
    assert _names(demo_window) == ["Ruslan Edelgeriev"]
    assert page.tabs.currentIndex() == PEOPLE_TAB
    page.search_box.clear()
    type_text(page.search_box, "Movement of the First")  # no person works there: the organisations tab shows it
    assert page.people_model.rowCount() == 0
    assert page.tabs.currentIndex() == ORGANISATIONS_TAB
    assert page.organisations_model.rowCount() == 1


def test_a_person_needs_a_name_and_the_error_shows_next_to_it(
    qtbot, demo_window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    dialog = _directory(demo_window).add_person()
    qtbot.keyClicks(dialog.position_edit, "Adviser")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert dialog.errors.message("name") == "This field is required."
    assert dialog.focusWidget() is dialog.name_edit
    assert demo_store.directory.count_people() == 2


def test_the_services_own_checks_show_next_to_the_field(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = _directory(demo_window).add_person()
    qtbot.keyClicks(dialog.name_edit, "Someone")
    dialog.phone_edit.setText("1" * 101)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "too long" in dialog.errors.message("phone")


def test_an_organisation_with_names_kind_and_country(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    page = _directory(demo_window)
    dialog = page.add_organisation()
    assert isinstance(dialog, OrganisationDialog)
    qtbot.keyClicks(dialog.name_edit, "Embassy of Georgia in Azerbaijan")
    type_text(dialog.name_ru_edit, "Посольство Грузии в Азербайджане")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("embassy"))
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("GE"))
    _save(qtbot, dialog)
    stored = demo_store.directory.find_organisation("Посольство Грузии в Азербайджане")
    assert stored is not None and (stored.kind, stored.country) == ("embassy", "GE")
    assert page.tabs.currentIndex() == ORGANISATIONS_TAB
    type_text(page.search_box, "грузии")
    assert page.organisations_model.rowCount() == 1


def test_meetings_a_person_attended_open_in_the_editor(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    page = _directory(demo_window)
    qtbot.keyClicks(page.search_box, "Jabbarov")
    page.people_table.selectRow(0)
    assert page.meetings_list.count() == 1
    assert "Mikayil Jabbarov" in page.meetings_caption.text()
    page.meetings_list.itemActivated.emit(page.meetings_list.item(0))
    assert demo_window.current_page_key() == EDITOR


def test_delete_a_person_after_confirmation(monkeypatch, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    page = _directory(demo_window)
    page.people_table.selectRow(page.people_model.row_of(lambda p: p.name == "Ruslan Edelgeriev"))
    page.delete_button.click()
    assert demo_store.directory.count_people() == 2
    page.delete_button.click()
    assert demo_store.directory.count_people() == 1
    assert _names(demo_window) == ["Mikayil Jabbarov"]
