"""Ctrl+S shows the meeting as stored: tables the save left exactly as sent are kept, the others are filled again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor
from minutes_app.ui.editor.list_controls import current_row
from tests.ui.editor_helpers import show_editor
from tests.ui.test_editor_row_clicks import click_row, type_at_end

pytestmark = pytest.mark.usefixtures("no_unplanned_questions")


@pytest.fixture
def editor(qtbot, demo: tuple[Services, r.Meeting]) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor showing the sample meeting."""
    services, meeting = demo
    assert meeting.id is not None
    return show_editor(qtbot, services, meeting.id)


def save_with_the_button(editor: MeetingEditor) -> None:
    """The Save button, clicked as the officer clicks it (Ctrl+S is the main window's)."""
    QTest.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.is_dirty()


def test_a_title_change_saved_keeps_the_follow_ups_shown_and_the_row_selected(qtbot, editor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    editor.tabs.setCurrentWidget(editor.follow_ups)
    click_row(editor.follow_ups.view, 2)
    shown = (editor.agenda.model.rows(), editor.decisions.model.rows(), editor.follow_ups.model.rows())
    editor.tabs.setCurrentWidget(editor.header_page)
    type_at_end(editor.header.title, " (revised)")

    save_with_the_button(editor)

    stored = services.meetings.get(meeting.id)
    assert stored.title == meeting.title + " (revised)"
    # The very rows shown before: nothing was filled again, so the selection and the form stay put.
    for before, after in zip(
        shown, (editor.agenda.model.rows(), editor.decisions.model.rows(), editor.follow_ups.model.rows()), strict=True
    ):
        assert len(after) == len(before) > 0 and all(a is b for a, b in zip(after, before, strict=True))
    assert current_row(editor.follow_ups.view) == 2
    assert editor.follow_ups.description_edit.toPlainText() == stored.follow_ups[2].description
    assert editor._snapshot().follow_ups == stored.follow_ups  # what is shown is what is stored


def test_after_a_kept_save_typing_changes_the_clicked_follow_up_only(qtbot, editor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    type_at_end(editor.header.title, " (revised)")
    save_with_the_button(editor)

    editor.tabs.setCurrentWidget(editor.follow_ups)
    click_row(editor.follow_ups.view, 1)
    type_at_end(editor.follow_ups.description_edit, " by Friday")
    save_with_the_button(editor)

    stored = services.meetings.get(meeting.id)
    assert stored.follow_ups[1].description == meeting.follow_ups[1].description + " by Friday"
    unchanged = [f.description for i, f in enumerate(stored.follow_ups) if i != 1]
    assert unchanged == [f.description for i, f in enumerate(meeting.follow_ups) if i != 1]
    assert stored.follow_ups[1].version == meeting.follow_ups[1].version + 1
    # That save moved the follow-up's version: the table was filled again from the store, with it.
    assert editor._snapshot().follow_ups == stored.follow_ups


def test_a_new_agenda_item_saved_is_shown_with_the_number_the_store_gave_it(qtbot, editor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    editor.tabs.setCurrentWidget(editor.agenda_page)
    editor.agenda.add()
    type_at_end(editor.agenda.title_edit, "Cultural exchange")

    save_with_the_button(editor)

    stored = services.meetings.get(meeting.id)
    assert [a.title for a in stored.agenda] == [a.title for a in meeting.agenda] + ["Cultural exchange"]
    assert [a.id for a in editor.agenda.items()] == [a.id for a in stored.agenda]
    assert all(a.id is not None and a.id > 0 for a in editor.agenda.items())
