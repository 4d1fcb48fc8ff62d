"""Countries typed as an officer writes them: exact names and abbreviations in any language win (issue 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.services.demo import load_demo
from minutes_app.ui.editor import MeetingEditor
from tests.ui.conftest import type_text
from tests.ui.editor_helpers import refuse_unplanned_questions, show_editor


@pytest.fixture(autouse=True)
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question nobody planned for fails the test."""
    refuse_unplanned_questions(monkeypatch)


@pytest.fixture
def editor(qtbot, sqlite_services: Services) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor showing the sample meeting with no counterpart country yet, on its header tab."""
    return _editor_without_countries(qtbot, sqlite_services)


def _editor_without_countries(qtbot, services: Services) -> MeetingEditor:  # type: ignore[no-untyped-def]
    meeting, _ = load_demo(services)
    assert meeting.id is not None
    stored = services.meetings.get(meeting.id)
    stored.countries = []
    services.meetings.save(stored)
    widget = show_editor(qtbot, services, meeting.id)
    widget.tabs.setCurrentWidget(widget.header_page)
    return widget


def _enter_country(qtbot, editor: MeetingEditor, typed: str) -> None:  # type: ignore[no-untyped-def]
    line = editor.header.countries.line_edit()
    line.setFocus()
    type_text(line, typed)
    popup = editor.header.countries._popup
    # While the suggestions show, the keyboard is theirs (as in the app); else the box takes Enter.
    qtbot.keyClick(popup if popup.isVisible() else line, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("США", "US"),
        ("ABŞ", "US"),
        ("USA", "US"),
        ("US", "US"),
        ("UK", "GB"),
        ("РФ", "RU"),
        ("BƏƏ", "AE"),
        ("ОАЭ", "AE"),
        ("UAE", "AE"),
        ("КНР", "CN"),
        ("ÇXR", "CN"),
        ("ФРГ", "DE"),
        ("КНДР", "KP"),
        ("Соединённые Штаты Америки", "US"),
    ],
)
def test_an_abbreviation_or_exact_name_and_enter_adds_that_country(
    qtbot, editor: MeetingEditor, typed: str, code: str
) -> None:  # type: ignore[no-untyped-def]
    _enter_country(qtbot, editor, typed)
    assert editor.header.countries.chosen_keys() == [code]


def test_the_exact_country_is_the_first_suggestion_and_prefixes_still_follow(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    line = editor.header.countries.line_edit()
    line.setFocus()
    type_text(line, "США")
    popup = editor.header.countries._popup
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown[0] == "United States"
    assert "United States Minor Outlying Islands" in shown[1:]  # still there, below the exact one


def test_the_meeting_stores_the_country_typed_as_an_abbreviation(
    qtbot, editor: MeetingEditor, sqlite_services: Services
) -> None:  # type: ignore[no-untyped-def]
    _enter_country(qtbot, editor, "США")
    _enter_country(qtbot, editor, "BƏƏ")
    assert editor.save()
    meeting_id = editor.current_meeting_id()
    assert meeting_id is not None
    stored: r.Meeting = sqlite_services.meetings.get(meeting_id)
    assert stored.countries == ["US", "AE"]


def test_in_a_russian_interface_the_countries_are_named_in_russian(
    qtbot, interface_in, sqlite_services: Services
) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.directory.organisation_dialog import OrganisationDialog

    interface_in("ru")
    editor = _editor_without_countries(qtbot, sqlite_services)
    _enter_country(qtbot, editor, "UAE")
    chips = [w.text() for w in editor.header.countries.findChildren(QToolButton)]
    assert chips == ["Объединённые Арабские Эмираты  \u00d7"]
    dialog = OrganisationDialog(sqlite_services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.country_combo.setFocus()
    type_text(dialog.country_combo, "ABŞ")
    assert dialog.country_combo.currentText() == "Соединённые Штаты Америки"
