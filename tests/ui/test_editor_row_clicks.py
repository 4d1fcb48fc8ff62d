"""A row clicked with the mouse is the row the form shows and the row typing changes (issue 10, part 2)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QWidget

from minutes_app.domain import records as r
from minutes_app.domain.vocab import NoteKind
from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.main_window import DIRECTORY
from tests.ui.conftest import type_text
from tests.ui.editor_helpers import show_editor

pytestmark = pytest.mark.usefixtures("no_unplanned_questions")


@pytest.fixture
def editor(qtbot, demo: tuple[Services, r.Meeting]) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor showing the sample meeting."""
    services, meeting = demo
    assert meeting.id is not None
    widget = show_editor(qtbot, services, meeting.id)
    return widget


def click_row(view: QAbstractItemView, row: int, column: int = 1) -> None:
    """Click a row of a table with the mouse, as a person does."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.visualRect(index).center()
    )


def type_at_end(field: QWidget, text: str) -> None:
    """Put the cursor at the end of a field and type."""
    field.setFocus()
    if isinstance(field, QPlainTextEdit):
        field.moveCursor(field.textCursor().MoveOperation.End)
    else:
        field.end(False)  # type: ignore[attr-defined]
    type_text(field, text)


def text_of(field: QWidget) -> str:
    """What a line or text field shows."""
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()  # type: ignore[attr-defined]


def test_agenda_click_shows_the_clicked_item_and_typing_changes_only_it(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    editor.tabs.setCurrentWidget(editor.agenda_page)
    section = editor.agenda
    first, second = meeting.agenda[0], meeting.agenda[1]
    click_row(section.view, 0)
    assert section.title_edit.text() == first.title
    type_at_end(section.title_edit, " A")
    click_row(section.view, 1)
    assert section.title_edit.text() == second.title
    assert section.notes_edit.toPlainText() == second.notes
    type_at_end(section.title_edit, " B")
    type_at_end(section.notes_edit, " (more)")
    items = section.items()
    assert (items[0].title, items[0].notes) == (first.title + " A", first.notes)
    assert (items[1].title, items[1].notes) == (second.title + " B", second.notes + " (more)")
    assert editor.save()
    editor.open_meeting(meeting.id)
    stored = services.meetings.get(meeting.id).agenda
    assert (stored[0].title, stored[0].notes) == (first.title + " A", first.notes)
    assert (stored[1].title, stored[1].notes) == (second.title + " B", second.notes + " (more)")
    click_row(editor.agenda.view, 1)
    assert editor.agenda.title_edit.text() == second.title + " B"
    click_row(editor.agenda.view, 0)
    assert editor.agenda.title_edit.text() == first.title + " A"


def test_decisions_click_shows_the_clicked_decision_and_typing_changes_only_it(
    qtbot, editor: MeetingEditor, demo
) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    editor.tabs.setCurrentWidget(editor.agenda_page)
    section = editor.decisions
    first, second = meeting.decisions[0], meeting.decisions[1]
    click_row(section.view, 0)
    assert section.text_edit.toPlainText() == first.text
    type_at_end(section.text_edit, " A")
    click_row(section.view, 1)
    assert section.text_edit.toPlainText() == second.text
    type_at_end(section.text_edit, " B")
    texts = [d.text for d in section.decisions()]
    assert texts[:2] == [first.text + " A", second.text + " B"]
    assert editor.save()
    editor.open_meeting(meeting.id)
    stored = services.meetings.get(meeting.id).decisions
    assert [d.text for d in stored[:2]] == [first.text + " A", second.text + " B"]
    click_row(editor.decisions.view, 1)
    assert editor.decisions.text_edit.toPlainText() == second.text + " B"


def test_follow_ups_click_shows_the_clicked_one_and_typing_changes_only_it(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    editor.tabs.setCurrentWidget(editor.follow_ups)
    section = editor.follow_ups
    first, second = meeting.follow_ups[0], meeting.follow_ups[1]
    click_row(section.view, 0)
    assert section.description_edit.toPlainText() == first.description
    type_at_end(section.description_edit, " A")
    click_row(section.view, 1)
    assert section.description_edit.toPlainText() == second.description
    assert section.department_edit.text() == second.department
    type_at_end(section.description_edit, " B")
    stored_now = section.follow_ups()
    assert [f.description for f in stored_now[:2]] == [first.description + " A", second.description + " B"]
    assert [f.department for f in stored_now[:2]] == [first.department, second.department]
    assert editor.save()
    editor.open_meeting(meeting.id)
    stored = services.meetings.get(meeting.id).follow_ups
    assert [(f.id, f.description) for f in stored[:2]] == [
        (first.id, first.description + " A"),
        (second.id, second.description + " B"),
    ]
    click_row(editor.follow_ups.view, 1)
    assert editor.follow_ups.description_edit.toPlainText() == second.description + " B"
    click_row(editor.follow_ups.view, 0)
    assert editor.follow_ups.description_edit.toPlainText() == first.description + " A"


def test_carry_forward_click_shows_the_clicked_follow_up_and_reviews_it(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    editor.open_draft(r.Meeting(title="Second meeting", countries=["RU"], date=dt.date(2026, 11, 27)))
    panel = editor.carry_forward
    editor.tabs.setCurrentWidget(panel)
    rows = panel.model.records()
    assert len(rows) >= 2
    click_row(panel.view, 0)
    click_row(panel.view, 1)
    assert rows[1].description in panel.detail_label.text()
    assert rows[0].description not in panel.detail_label.text()
    QTest.mouseClick(panel.discussed_button, Qt.MouseButton.LeftButton)
    assert services.follow_ups.get(rows[1].id).history[-1].kind == NoteKind.DISCUSSED.value
    assert services.follow_ups.get(rows[0].id).history[-1].kind != NoteKind.DISCUSSED.value


def test_directory_click_shows_the_clicked_person_s_meetings(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.show_page(DIRECTORY)
    page = demo_window.directory_page
    model = page.people_model
    assert model.rowCount() >= 2
    click_row(page.people_table, 0)
    click_row(page.people_table, 1)
    assert page.selected_person() is model.record_at(1)
    assert model.record_at(1).name in page.meetings_caption.text()
