"""Undo and redo in the real meeting editor on the sample meeting: typing, participants, agenda, follow-ups, saves."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.services.demo import load_demo
from minutes_app.ui.editor import MeetingEditor, ask, edit_history
from minutes_app.ui.editor.ask import Answer
from minutes_app.ui.editor.list_controls import current_row, select_row
from tests.ui.editor_helpers import retype, show_editor

NEW_GUEST = "Ivan Petrovich Sidorov"


@pytest.fixture(autouse=True)
def no_unplanned_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question nobody planned for fails the test instead of blocking on a modal box."""

    def unexpected(parent: QWidget | None, title: str, text: str, answers: list[Answer], **_kwargs: object) -> Answer:
        raise AssertionError(f"unexpected question: {text}")

    monkeypatch.setattr(ask, "ask", unexpected)


@pytest.fixture
def demo(sqlite_services: Services) -> tuple[Services, r.Meeting]:
    """A store holding the sample meeting and one more person, not at the meeting."""
    meeting, _ = load_demo(sqlite_services)
    sqlite_services.directory.save_person(r.Person(name=NEW_GUEST, position="Counsellor"))
    return sqlite_services, meeting


@pytest.fixture
def editor(qtbot, demo: tuple[Services, r.Meeting]) -> Iterator[MeetingEditor]:  # type: ignore[no-untyped-def]
    """An editor showing the sample meeting."""
    services, meeting = demo
    assert meeting.id is not None
    widget = show_editor(qtbot, services, meeting.id)
    yield widget
    widget.recovery.discard()


def guest_names(editor: MeetingEditor) -> list[str]:
    """The guest side's names, in order."""
    model = editor.participants.guest.model
    return [model.index(row, model.NAME).data() for row in range(model.rowCount())]


# Typing in the meeting's fields ------------------------------------------------------------------


def test_a_title_typed_is_one_step_that_undoes_and_redoes(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    _, meeting = demo
    retype(qtbot, editor.header.title, "Talks with the Russian delegation")
    assert editor.is_dirty()
    assert editor.undo_stack.count() == 1  # every key typed in one go: one step
    assert editor.undo_stack.undoText() == "Edit the meeting's details"

    editor.undo()
    assert editor.header.title.text() == meeting.title
    assert editor.heading.text() == meeting.title
    assert not editor.is_dirty()  # back at the saved state

    editor.redo()
    assert editor.header.title.text() == "Talks with the Russian delegation"
    assert editor.is_dirty()
    assert editor.collect().title == "Talks with the Russian delegation"


def test_typing_in_two_fields_makes_two_steps_undone_in_turn(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    _, meeting = demo
    retype(qtbot, editor.header.venue, "Government House")
    retype(qtbot, editor.header.title, "Talks")
    assert editor.undo_stack.count() == 2
    editor.undo()
    assert editor.header.title.text() == meeting.title and editor.header.venue.text() == "Government House"
    editor.undo()
    assert editor.header.venue.text() == meeting.venue
    assert not editor.undo_stack.canUndo() and not editor.is_dirty()


def test_keys_typed_after_a_pause_are_a_step_of_their_own(qtbot, monkeypatch, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(edit_history, "MERGE_SECONDS", -1.0)  # every pause is long enough
    editor.header.title.setFocus()
    editor.header.title.end(False)
    qtbot.keyClicks(editor.header.title, "ab")
    assert editor.undo_stack.count() == 2
    editor.undo()
    assert editor.header.title.text().endswith("a")


def test_typing_then_rubbing_it_out_leaves_no_step(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    editor.header.title.setFocus()
    editor.header.title.end(False)
    qtbot.keyClicks(editor.header.title, "xy")
    qtbot.keyClick(editor.header.title, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.header.title, Qt.Key.Key_Backspace)
    assert editor.undo_stack.count() == 0
    assert not editor.is_dirty()


# Participants ---------------------------------------------------------------------------------------


def test_adding_a_participant_undoes_and_redoes(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    panel = editor.participants.guest
    before = guest_names(editor)
    editor.tabs.setCurrentWidget(editor.participants)
    panel.picker.setFocus()
    qtbot.keyClicks(panel.picker, "Ivan Petrovich")
    qtbot.keyClick(QApplication.activePopupWidget() or panel.picker, Qt.Key.Key_Return)
    assert guest_names(editor) == [*before, NEW_GUEST]
    assert editor.undo_stack.undoText() == "Add participant"

    editor.undo()
    assert guest_names(editor) == before
    assert not editor.is_dirty()
    editor.redo()
    assert guest_names(editor) == [*before, NEW_GUEST]
    assert current_row(panel.view) == len(before)  # the row the step concerns is selected
    assert NEW_GUEST in [a.person.name for a in editor.collect().attendances if a.person]


def test_removing_a_participant_undoes_back_into_its_place(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    panel = editor.participants.guest
    before = guest_names(editor)
    editor.tabs.setCurrentWidget(editor.header_page)
    select_row(panel.view, 2)
    panel.controls.remove_selected()
    assert guest_names(editor) == before[:2] + before[3:]

    editor.undo()
    assert guest_names(editor) == before
    assert editor.tabs.currentWidget() is editor.participants  # the undone step is brought into view
    assert current_row(panel.view) == 2
    assert not editor.is_dirty()


def test_reordering_participants_undoes_and_redoes(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    panel = editor.participants.guest
    before = guest_names(editor)
    editor.tabs.setCurrentWidget(editor.participants)
    select_row(panel.view, 3)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    moved = [*before[:2], before[3], before[2], *before[4:]]
    assert guest_names(editor) == moved
    assert editor.undo_stack.undoText() == "Move participant"

    editor.undo()
    assert guest_names(editor) == before
    editor.redo()
    assert guest_names(editor) == moved
    assert [a.precedence for a in editor.collect().attendances if a.side == "guest"] == list(range(len(before)))


def test_presence_and_role_changes_undo(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    model = editor.participants.guest.model
    model.setData(model.index(4, model.PRESENT), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    model.setData(model.index(4, model.ROLE), "observer")
    assert not model.record_at(4).present and model.record_at(4).role == "observer"
    editor.undo()
    assert model.record_at(4).role == "member"
    editor.undo()
    assert model.record_at(4).present
    assert not editor.is_dirty()


# Agenda and follow-ups ----------------------------------------------------------------------------


def test_an_agenda_item_edit_is_undone_in_the_table_and_the_form(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    _, meeting = demo
    agenda = editor.agenda
    editor.tabs.setCurrentWidget(editor.agenda_page)
    select_row(agenda.view, 1)
    retype(qtbot, agenda.title_edit, "Trade and investment")
    assert agenda.model.index(1, agenda.model.TITLE).data() == "Trade and investment"
    assert editor.undo_stack.count() == 1

    editor.undo()
    assert agenda.model.index(1, agenda.model.TITLE).data() == meeting.agenda[1].title
    assert agenda.title_edit.text() == meeting.agenda[1].title
    assert current_row(agenda.view) == 1
    editor.redo()
    assert agenda.title_edit.text() == "Trade and investment"


def test_a_new_agenda_item_and_its_title_are_two_steps(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    _, meeting = demo
    agenda = editor.agenda
    editor.tabs.setCurrentWidget(editor.agenda_page)
    qtbot.mouseClick(agenda.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(agenda.title_edit, "Energy")
    assert editor.undo_stack.count() == 2
    editor.undo()
    assert agenda.model.rowCount() == len(meeting.agenda) + 1 and agenda.title_edit.text() == ""
    editor.undo()
    assert agenda.model.rowCount() == len(meeting.agenda)


def test_removing_a_follow_up_undoes_with_its_id_and_history(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    follow_ups = editor.follow_ups
    editor.tabs.setCurrentWidget(follow_ups)
    select_row(follow_ups.view, 2)
    removed = follow_ups.current_record().record
    follow_ups.view.setFocus()
    qtbot.keyClick(follow_ups.view, Qt.Key.Key_Delete)
    assert follow_ups.model.rowCount() == len(meeting.follow_ups) - 1
    assert editor.undo_stack.undoText() == "Remove follow-up"

    editor.undo()
    assert [f.id for f in editor.collect().follow_ups] == [f.id for f in meeting.follow_ups]
    assert current_row(follow_ups.view) == 2
    assert not editor.is_dirty()
    retype(qtbot, editor.header.venue, "Baku")  # something to save
    assert editor.save()
    stored = services.meetings.get(meeting.id)
    assert [f.id for f in stored.follow_ups] == [f.id for f in meeting.follow_ups]  # nothing re-created
    assert services.follow_ups.get(removed.id).history == removed.history
    assert services.trash.list_deleted() == []


# Saving and the clean state ---------------------------------------------------------------------


def test_the_saved_state_is_the_clean_one(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    retype(qtbot, editor.header.venue, "Government House")
    assert editor.save()
    assert not editor.is_dirty() and editor.undo_stack.canUndo()  # the history outlives the save

    with qtbot.waitSignal(editor.dirty_changed, check_params_cb=lambda dirty: dirty):
        editor.undo()
    assert editor.header.venue.text() == meeting.venue
    with qtbot.waitSignal(editor.dirty_changed, check_params_cb=lambda dirty: not dirty):
        editor.redo()
    assert editor.header.venue.text() == "Government House"
    assert not editor.unsaved_label.isVisibleTo(editor)

    editor.undo()
    assert editor.save()  # undoing past a save and saving again is a plain save, not a conflict
    assert services.meetings.get(meeting.id).venue == meeting.venue


def test_rows_added_before_a_save_keep_their_ids_through_undo_and_redo(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    follow_ups = editor.follow_ups
    editor.tabs.setCurrentWidget(follow_ups)
    qtbot.mouseClick(follow_ups.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(follow_ups.description_edit, "Send the draft protocol")
    assert editor.save()
    new_id = services.meetings.get(meeting.id).follow_ups[-1].id

    editor.undo()  # the description typed
    assert follow_ups.description_edit.toPlainText() == ""
    editor.redo()
    assert not editor.is_dirty()
    editor.undo()
    follow_ups.description_edit.setFocus()
    qtbot.keyClicks(follow_ups.description_edit, "Send the signed protocol")  # a new branch of the history
    assert editor.save()
    stored = services.meetings.get(meeting.id)
    assert [f.id for f in stored.follow_ups][-1] == new_id  # updated, not re-created under a new id
    assert stored.follow_ups[-1].description == "Send the signed protocol"
    assert len(stored.follow_ups) == len(meeting.follow_ups) + 1
    assert services.trash.list_deleted() == []


def test_undoing_a_saved_follow_up_edit_saves_without_a_false_conflict(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    follow_ups = editor.follow_ups
    editor.tabs.setCurrentWidget(follow_ups)
    select_row(follow_ups.view, 0)
    retype(qtbot, follow_ups.department_edit, "Department of Investment")
    assert editor.save()  # the follow-up's stored version moves on
    editor.undo()
    retype(qtbot, editor.header.venue, "Baku")
    assert editor.save()  # no "changed elsewhere" question: the history knows the editor saved it itself
    stored = services.meetings.get(meeting.id)
    assert stored.follow_ups[0].department == meeting.follow_ups[0].department
    assert stored.venue == "Baku"


def test_opening_another_meeting_starts_a_fresh_history(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    retype(qtbot, editor.header.venue, "Government House")
    assert editor.save()
    editor.open_draft(r.Meeting())
    assert not editor.undo_stack.canUndo() and not editor.undo_stack.canRedo()


def test_a_decision_s_text_and_agenda_link_undo_in_turn(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    _, meeting = demo
    decisions = editor.decisions
    editor.tabs.setCurrentWidget(editor.agenda_page)
    select_row(decisions.view, 0)
    decisions.text_edit.setFocus()
    qtbot.keyClick(decisions.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(decisions.text_edit, " In writing.")
    decisions.agenda_combo.setFocus()
    decisions.agenda_combo.setCurrentIndex(0)
    decisions.agenda_combo.activated.emit(0)  # "not tied to an agenda item"
    assert editor.collect().decisions[0].agenda_index is None
    assert editor.undo_stack.count() == 2

    editor.undo()
    assert editor.collect().decisions[0].agenda_index == meeting.decisions[0].agenda_index
    assert decisions.text_edit.toPlainText().endswith(" In writing.")
    editor.undo()
    assert decisions.text_edit.toPlainText() == meeting.decisions[0].text
    assert not editor.is_dirty()


def test_a_position_typed_in_the_table_undoes(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    model = editor.participants.guest.model
    before = model.record_at(1).position
    model.setData(model.index(1, model.POSITION), "Director, Second CIS Department")
    editor.undo()
    assert model.record_at(1).position == before
    editor.redo()
    assert model.index(1, model.POSITION).data() == "Director, Second CIS Department"
