"""The editor's quick "new person" and "new organisation" dialogs take every spelling and position, as the People page does."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor
from tests.ui import test_editor_translation_view as translation_view
from tests.ui.conftest import type_text
from tests.ui.test_editor_translation_view import click

# The editor on the English-only sample meeting, as the translation-view tests open it.
meeting = translation_view.meeting
editor = translation_view.editor


def type_into(widget: QWidget, text: str) -> None:
    """Click into a field and type `text`."""
    click(widget)
    type_text(widget, text)


def test_the_quick_new_person_dialog_stores_three_spellings_and_positions(  # type: ignore[no-untyped-def]
    qtbot,
    editor: MeetingEditor,
    sqlite_services: Services,
) -> None:
    editor.tabs.setCurrentWidget(editor.participants)
    panel = editor.participants.guest
    click(panel.new_person_button)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    for field, text in (
        ("name_en", "Shavkat Mirziyoyev"),
        ("name_az", "Şavkat Mirziyoyev"),
        ("name_ru", "Шавкат Мирзиёев"),
        ("position_en", "President of the Republic of Uzbekistan"),
        ("position_az", "Özbəkistan Respublikasının Prezidenti"),
        ("position_ru", "Президент Республики Узбекистан"),
    ):
        type_into(getattr(dialog, field), text)
    type_into(dialog.organisation.lineEdit(), "Administration of the President of Uzbekistan")
    assert dialog.new_organisation.spellings.name_ru.isVisible()  # a new organisation: its names in each language
    type_into(dialog.new_organisation.spellings.name_ru, "Администрация Президента Республики Узбекистан")
    type_into(dialog.new_organisation.spellings.name_az, "Özbəkistan Respublikası Prezidentinin Administrasiyası")
    click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert not dialog.isVisible()

    person = sqlite_services.directory.find_person("Шавкат Мирзиёев")
    assert person is not None
    assert (person.name, person.name_en, person.name_az, person.name_ru) == (
        "Shavkat Mirziyoyev",
        "Shavkat Mirziyoyev",
        "Şavkat Mirziyoyev",
        "Шавкат Мирзиёев",
    )
    assert (person.position_en, person.position_az, person.position_ru) == (
        "President of the Republic of Uzbekistan",
        "Özbəkistan Respublikasının Prezidenti",
        "Президент Республики Узбекистан",
    )
    organisation = next(o for o in sqlite_services.directory.organisations() if o.id == person.organisation_id)
    assert organisation.name_ru == "Администрация Президента Республики Узбекистан"
    assert organisation.name_az == "Özbəkistan Respublikası Prezidentinin Administrasiyası"
    assert any(a.person_id == person.id for a in editor.collect().attendances)


def test_the_representative_dialog_names_a_new_organisation_in_each_language(  # type: ignore[no-untyped-def]
    qtbot,
    editor: MeetingEditor,
    sqlite_services: Services,
) -> None:
    editor.tabs.setCurrentWidget(editor.participants)
    panel = editor.participants.guest
    click(panel.representative_button)
    dialog = panel.dialog
    assert dialog is not None
    type_into(dialog.organisation_box.lineEdit(), "Embassy of Uzbekistan in Azerbaijan")
    type_into(
        dialog.new_organisation.spellings.name_ru, "Посольство Республики Узбекистан в Азербайджанской Республике"
    )
    click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    stored = [o for o in sqlite_services.directory.organisations() if o.name == "Embassy of Uzbekistan in Azerbaijan"]
    assert [o.name_ru for o in stored] == ["Посольство Республики Узбекистан в Азербайджанской Республике"]
    assert isinstance(stored[0], r.Organisation) and not dialog.isVisible()
