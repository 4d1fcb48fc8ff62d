"""The editor's guards and flows on the sample meeting: unsaved changes, validation, delete, duplicate, conflicts."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from minutes_app.domain import records as r
from minutes_app.domain.errors import NotFoundError
from minutes_app.services import Services
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.editor.ask import Answer
from minutes_app.ui.editor.list_controls import select_row
from tests.ui.conftest import type_text
from tests.ui.editor_helpers import Chosen, retype, show_editor

pytestmark = pytest.mark.usefixtures("no_unplanned_questions")


class Asked:
    """Stands in for `ask.ask`: records each question and gives the planned answer."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.questions: list[tuple[str, list[Answer]]] = []

    def __call__(
        self, parent: QWidget | None, title: str, text: str, answers: list[Answer], **_kwargs: object
    ) -> Answer:
        self.questions.append((text, list(answers)))
        assert self.answer in answers, f"{self.answer} is not offered by: {text}"
        return self.answer


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[Answer], Asked]:
    """Plan the answer to the editor's next questions."""

    def plan(given: Answer) -> Asked:
        asked = Asked(given)
        monkeypatch.setattr(ask, "ask", asked)
        return asked

    return plan


@pytest.fixture(autouse=True)
def quick_keyboard_search() -> Iterator[None]:
    """Typing into a combo selects by keyboard search; keep its "still the same search" window short."""
    interval = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(60)
    yield
    QApplication.setKeyboardInputInterval(interval)


@pytest.fixture
def editor(qtbot, demo: tuple[Services, r.Meeting]) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor showing the sample meeting."""
    services, meeting = demo
    assert meeting.id is not None
    return show_editor(qtbot, services, meeting.id)


def type_time(qtbot, edit: QWidget, digits: str) -> None:  # type: ignore[no-untyped-def]
    """Type a time's digits over the whole field."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, digits)


# Unsaved changes --------------------------------------------------------------------------------


def test_a_clean_editor_closes_without_asking(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    assert not editor.is_dirty()
    with qtbot.waitSignal(editor.closed):
        assert editor.request_close()


def test_cancel_keeps_the_editor_open_with_its_changes(qtbot, editor: MeetingEditor, demo, answer) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    retype(qtbot, editor.header.venue, "Government House, Baku")
    assert editor.is_dirty()
    asked = answer(Answer.CANCEL)
    with qtbot.assertNotEmitted(editor.closed):
        assert not editor.request_close()
    assert asked.questions[0][1] == [Answer.SAVE, Answer.DISCARD, Answer.CANCEL]
    assert editor.is_dirty()
    assert editor.header.venue.text() == "Government House, Baku"
    assert services.meetings.get(meeting.id).venue == "Ministry of Economy, Baku"


def test_discard_drops_the_changes(qtbot, editor: MeetingEditor, demo, answer) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    retype(qtbot, editor.header.venue, "Government House, Baku")
    select_row(editor.participants.guest.view, 4)
    qtbot.mouseClick(editor.participants.guest.controls.remove_button, Qt.MouseButton.LeftButton)
    answer(Answer.DISCARD)
    with qtbot.waitSignal(editor.dirty_changed) as dirty:
        assert editor.maybe_close()
    assert dirty.args == [False]
    stored = services.meetings.get(meeting.id)
    assert stored.venue == "Ministry of Economy, Baku" and len(stored.side("guest")) == 5
    assert editor.header.venue.text() == "Ministry of Economy, Baku"  # the editor shows the stored meeting again
    assert editor.participants.guest.model.rowCount() == 5


def test_save_answer_saves_then_closes(qtbot, editor: MeetingEditor, demo, answer) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    retype(qtbot, editor.header.venue, "Government House, Baku")
    answer(Answer.SAVE)
    with qtbot.waitSignals([editor.saved, editor.closed]):
        assert editor.request_close()
    assert not editor.is_dirty()
    assert services.meetings.get(meeting.id).venue == "Government House, Baku"


# Validation ---------------------------------------------------------------------------------------


def test_end_before_start_is_shown_next_to_the_end_time_and_nothing_is_written(
    qtbot, editor: MeetingEditor, demo
) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    editor.tabs.setCurrentIndex(3)
    type_time(qtbot, editor.header.start_time, "1300")
    type_time(qtbot, editor.header.end_time, "1200")
    retype(qtbot, editor.header.venue, "Somewhere else")
    with qtbot.assertNotEmitted(editor.saved):
        assert not editor.save()
    assert editor.header.errors.message("end_time") == "The meeting cannot end before it starts."
    assert editor.tabs.currentWidget() is editor.header_page
    assert editor.focusWidget() is editor.header.end_time
    assert editor.is_dirty()
    stored = services.meetings.get(meeting.id)
    assert (stored.start_time, stored.end_time, stored.venue, stored.version) == (
        dt.time(11),
        dt.time(12, 30),
        meeting.venue,
        meeting.version,
    )
    type_time(qtbot, editor.header.end_time, "1400")
    assert editor.save()
    assert editor.header.errors.message("end_time") == ""
    assert services.meetings.get(meeting.id).end_time == dt.time(14)


def test_an_empty_title_stops_a_new_meeting_from_being_written(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    editor.open_draft(r.Meeting())
    qtbot.keyClicks(editor.header.venue, "Ministry of Economy, Baku")
    qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.agenda.title_edit, "Trade")
    assert not editor.save()
    assert editor.header.errors.message("title") == "This cannot be left empty."
    assert editor.focusWidget() is editor.header.title
    assert len(services.meetings.list_meetings()) == 1  # only the sample meeting
    assert editor.current_meeting_id() is None


def test_an_agenda_item_without_a_title_is_pointed_at_on_its_tab(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    qtbot.mouseClick(editor.agenda.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.agenda.notes_edit, "Notes typed before the title")
    select_row(editor.agenda.view, 0)
    assert not editor.save()
    assert editor.tabs.currentWidget() is editor.agenda_page
    assert editor.agenda.view.currentIndex().row() == 6
    assert editor.agenda.errors.message("title") == "This cannot be left empty."
    assert editor.focusWidget() is editor.agenda.title_edit
    assert len(services.meetings.get(meeting.id).agenda) == 6


def test_an_owner_typed_but_not_picked_is_refused(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    follow_ups = editor.follow_ups
    select_row(follow_ups.view, 2)
    follow_ups.owner_edit.setFocus()
    qtbot.keyClicks(follow_ups.owner_edit, "Somebody Unknown")
    assert not editor.save()
    assert editor.tabs.currentWidget() is follow_ups
    assert follow_ups.errors.message("owner").startswith("Pick the owner from the directory")


# Deleting ----------------------------------------------------------------------------------------


def test_delete_asks_and_cancel_keeps_the_meeting(qtbot, editor: MeetingEditor, demo, answer) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    asked = answer(Answer.CANCEL)
    with qtbot.assertNotEmitted(editor.deleted):
        qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert asked.questions[0][1] == [Answer.DELETE, Answer.CANCEL]
    assert services.meetings.get(meeting.id).title == meeting.title


def test_delete_confirmed_moves_the_meeting_to_the_trash(qtbot, editor: MeetingEditor, demo, answer) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    answer(Answer.DELETE)
    with qtbot.waitSignal(editor.deleted) as deleted, qtbot.waitSignal(editor.closed):
        assert editor.delete_meeting()
    assert deleted.args == [meeting.id]
    with pytest.raises(NotFoundError):
        services.meetings.get(meeting.id)
    assert editor.current_meeting_id() is None and not editor.is_dirty()


# Duplicating -------------------------------------------------------------------------------------


def test_duplicate_as_next_copies_counterpart_and_participants_dated_today(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    assert editor.duplicate_as_next()
    assert editor.current_meeting_id() is None
    assert editor.is_dirty()  # a duplicate is unsaved work
    assert editor.header.date.value() == dt.date.today()
    assert editor.header.countries.chosen_keys() == ["RU"]
    assert editor.participants.host.model.rowCount() == 1 and editor.participants.guest.model.rowCount() == 5
    assert editor.agenda.model.rowCount() == 0 and editor.follow_ups.model.rowCount() == 0
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    copy = services.meetings.get(saved.args[0])
    assert copy.id != meeting.id and copy.date == dt.date.today() and copy.countries == ["RU"]
    original = services.meetings.get(meeting.id)
    assert [(a.person_id, a.organisation_id, a.role) for a in copy.attendances] == [
        (a.person_id, a.organisation_id, a.role) for a in original.attendances
    ]


def test_duplicate_of_an_edited_meeting_saves_it_first(qtbot, editor: MeetingEditor, demo, answer) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    retype(qtbot, editor.header.reference_number, "ME/RU-2026/018")
    asked = answer(Answer.SAVE)
    assert editor.duplicate_as_next()
    assert asked.questions[0][1] == [Answer.SAVE, Answer.CANCEL]
    assert services.meetings.get(meeting.id).reference_number == "ME/RU-2026/018"
    assert editor.current_meeting_id() is None


# Follow-ups keep their identity and history --------------------------------------------------------------


def test_a_follow_up_edited_in_the_editor_keeps_its_id_and_history(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    before = services.meetings.get(meeting.id).follow_ups[1]
    follow_ups = editor.follow_ups
    editor.tabs.setCurrentWidget(follow_ups)
    select_row(follow_ups.view, 1)
    retype(qtbot, follow_ups.status_combo, "Done")
    follow_ups.due_edit.setFocus()
    follow_ups.due_edit.setSelectedSection(follow_ups.due_edit.sectionAt(0))
    qtbot.keyClicks(follow_ups.due_edit, "20261201")
    follow_ups.owner_edit.setFocus()
    type_text(follow_ups.owner_edit, "Эдельгер")
    qtbot.keyClick(QApplication.activePopupWidget() or follow_ups.owner_edit, Qt.Key.Key_Return)
    assert follow_ups.model.index(1, follow_ups.model.STATUS).data() == "Done"
    assert editor.save()
    after = services.meetings.get(meeting.id).follow_ups[1]
    assert after.id == before.id and after.version > before.version
    assert (after.status, after.due_date, after.completed_on) == ("done", dt.date(2026, 12, 1), dt.date.today())
    assert after.owner_name == "Ruslan Edelgeriev"
    kinds = [note.kind for note in after.history]
    assert kinds[: len(before.history)] == [note.kind for note in before.history]
    assert "status_change" in kinds and "due_date_change" in kinds
    assert len(services.meetings.get(meeting.id).follow_ups) == 7


def test_removing_a_follow_up_moves_only_it_to_the_trash(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    ids = [f.id for f in services.meetings.get(meeting.id).follow_ups]
    select_row(editor.follow_ups.view, 0)
    editor.follow_ups.view.setFocus()
    qtbot.keyClick(editor.follow_ups.view, Qt.Key.Key_Delete)
    assert editor.save()
    assert [f.id for f in services.meetings.get(meeting.id).follow_ups] == ids[1:]


# Changed elsewhere --------------------------------------------------------------------------------


def _changed_elsewhere(services: Services, meeting_id: int, **fields: object) -> None:
    other = services.meetings.get(meeting_id)
    for name, value in (fields or {"venue": "Changed by a colleague"}).items():
        setattr(other, name, value)
    services.meetings.save(other)


def test_a_colleague_s_change_to_other_fields_is_kept_without_a_question(
    qtbot, editor: MeetingEditor, demo, answer
) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    _changed_elsewhere(services, meeting.id)
    retype(qtbot, editor.header.approved_by, "Mikayil Jabbarov")
    asked = answer(Answer.CANCEL)
    assert editor.save()
    assert asked.questions == []  # different fields merge by themselves
    stored = services.meetings.get(meeting.id)
    assert (stored.approved_by, stored.venue) == ("Mikayil Jabbarov", "Changed by a colleague")
    assert not editor.is_dirty() and editor.header.venue.text() == "Changed by a colleague"


def test_a_field_changed_on_both_sides_is_shown_side_by_side_and_mine_can_be_kept_knowingly(
    qtbot, editor: MeetingEditor, demo, answer, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    _changed_elsewhere(services, meeting.id, venue="Changed by a colleague", approved_by="A. Colleague")
    retype(qtbot, editor.header.approved_by, "Mikayil Jabbarov")
    asked = answer(Answer.CANCEL)
    chosen = Chosen(cancel=True).plan(monkeypatch)
    assert not editor.save()  # cancelled: nothing written, the editor as it was
    assert [(row.label, row.mine, row.theirs) for row in chosen.offered[0]] == [
        ("Approved by", "Mikayil Jabbarov", "A. Colleague")
    ]  # the venue was changed there only: not a question
    assert services.meetings.get(meeting.id).approved_by == "A. Colleague"
    assert editor.header.approved_by.text() == "Mikayil Jabbarov" and editor.header.venue.text() == meeting.venue
    chosen.cancel = False  # nothing ticked for "theirs": mine kept
    assert editor.save()
    assert asked.questions == []
    stored = services.meetings.get(meeting.id)
    assert (stored.approved_by, stored.venue) == ("Mikayil Jabbarov", "Changed by a colleague")
    assert not editor.is_dirty()


def test_a_conflict_can_be_saved_as_a_copy_or_settled_with_the_stored_values(
    qtbot, editor: MeetingEditor, demo, answer, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    _changed_elsewhere(services, meeting.id, approved_by="A. Colleague")
    retype(qtbot, editor.header.approved_by, "Mikayil Jabbarov")
    asked = answer(Answer.CANCEL)
    Chosen(copy=True).plan(monkeypatch)
    assert editor.save()
    assert editor.current_meeting_id() != meeting.id
    assert len(services.meetings.list_meetings()) == 2
    copy = services.meetings.get(editor.current_meeting_id())  # type: ignore[arg-type]
    assert copy.approved_by == "Mikayil Jabbarov" and len(copy.follow_ups) == 7 and len(copy.attendances) == 6
    assert services.meetings.get(meeting.id).approved_by == "A. Colleague"

    editor.open_meeting(meeting.id)
    _changed_elsewhere(services, meeting.id, venue="Changed by a colleague", approved_by="B. Colleague")
    retype(qtbot, editor.header.approved_by, "Someone")
    Chosen(theirs={"Approved by"}).plan(monkeypatch)
    assert editor.save()
    assert asked.questions == [] and not editor.is_dirty()
    assert editor.header.venue.text() == "Changed by a colleague" and editor.header.approved_by.text() == "B. Colleague"
    stored = services.meetings.get(meeting.id)
    assert (stored.venue, stored.approved_by) == ("Changed by a colleague", "B. Colleague")


# Keyboard, sides, dialogs -----------------------------------------------------------------------------


def test_the_meeting_fields_are_reached_by_tab_from_top_to_bottom(editor: MeetingEditor) -> None:
    header = editor.header
    expected = [
        header.title,
        header.kind,
        header.status,
        header.date,
        header.start_time,
        header.end_time,
        header.venue,
        header.host,
        header.countries.line_edit(),
        header.reference_number,
        header.confidentiality,
        header.language,
        header.topics,
        header.summary,
        header.prepared_by,
        header.approved_by,
    ]
    order: list[QWidget] = []
    widget = header.title
    for _ in range(500):
        if widget in expected and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is header.title:
            break
    assert order == expected


def test_the_other_side_appears_when_asked_for_or_used(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    section = editor.participants
    assert section.other.isHidden()
    qtbot.mouseClick(section.show_other, Qt.MouseButton.LeftButton)
    assert not section.other.isHidden()
    section.other.picker.setFocus()
    qtbot.keyClicks(section.other.picker, "Embassy of the Russian")
    qtbot.keyClick(QApplication.activePopupWidget() or section.other.picker, Qt.Key.Key_Return)
    assert section.other.model.rowCount() == 1
    assert section.other.model.record_at(0).role == "member"  # the other side has no head by default
    assert editor.save()
    editor.open_meeting(editor.current_meeting_id())  # type: ignore[arg-type]
    assert not section.other.isHidden() and section.show_other.isHidden()


def test_the_new_person_dialog_needs_a_name_and_stays_open(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    panel = editor.participants.host
    qtbot.mouseClick(panel.new_person_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.accept()
    assert dialog.isVisible() and dialog.person is None  # type: ignore[union-attr]
    assert dialog._errors.message("name") == "Type the person's name."  # type: ignore[union-attr]
    type_text(dialog.name_ru, "Шахин Мустафаев")  # type: ignore[union-attr]
    dialog.accept()
    assert services.directory.find_person("Шахин Мустафаев") is not None
    assert panel.model.rowCount() == 2 and panel.model.record_at(1).role == "member"


def test_role_is_chosen_in_the_table_and_a_new_head_moves_first(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    panel = editor.participants.guest
    model = panel.model
    editor.tabs.setCurrentWidget(editor.participants)
    index = model.index(3, model.ROLE)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    combo = panel.view.indexWidget(index) or panel.view.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, "Obs")  # keyboard search picks "Observer" and commits it
    assert model.record_at(3).role == "observer"
    assert model.index(3, model.ROLE).data() == "Observer"
    assert editor.is_dirty()


def test_installed_pyside_keeps_references_to_none_and_true(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 on Python 3.11 lost a reference to None/True on every emit() and setText()
    # until the interpreter aborted; pyproject.toml excludes it, and this guards the pin.
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        editor.header.title.setText("x")
        editor.dirty_changed.emit(True)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 20 and after[1] >= before[1] - 20


def test_counterpart_countries_are_typed_in_any_language_and_removed_with_backspace(
    qtbot, editor: MeetingEditor
) -> None:  # type: ignore[no-untyped-def]
    countries = editor.header.countries
    line = countries.line_edit()
    line.setFocus()
    type_text(line, "Türkiyə")  # the Azerbaijani name of Türkiye
    qtbot.keyClick(QApplication.activePopupWidget() or line, Qt.Key.Key_Return)
    assert countries.chosen_keys() == ["RU", "TR"]
    assert editor.is_dirty()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    assert countries.chosen_keys() == ["RU"]


def test_a_new_owner_is_created_from_the_follow_up_form(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, meeting = demo
    follow_ups = editor.follow_ups
    select_row(follow_ups.view, 3)
    follow_ups.owner_edit.setFocus()
    qtbot.keyClicks(follow_ups.owner_edit, "Rauf Hasanov")
    qtbot.keyClick(QApplication.activePopupWidget() or follow_ups.owner_edit, Qt.Key.Key_Return)
    dialog = follow_ups.dialog
    assert dialog is not None and dialog.name.text() == "Rauf Hasanov"
    qtbot.keyClicks(dialog.position, "Head of Department of Foreign Economic Relations")
    dialog.accept()
    assert follow_ups.owner_edit.text() == "Rauf Hasanov"
    assert editor.save()
    assert services.meetings.get(meeting.id).follow_ups[3].owner_name == "Rauf Hasanov"


def test_switching_meetings_in_the_editor_area_asks_first(qtbot, demo, answer) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.meetings.editor_area import EditorArea

    services, meeting = demo
    other = services.meetings.save(r.Meeting(title="Courtesy call of the Ambassador of Türkiye", countries=["TR"]))
    area = EditorArea(services, services.settings.get)
    qtbot.addWidget(area)
    area.show()
    assert area.open_meeting(meeting.id)
    editor = area.editor()
    assert isinstance(editor, MeetingEditor)
    retype(qtbot, editor.header.venue, "Government House, Baku")
    answer(Answer.CANCEL)
    assert not area.open_meeting(other.id)
    assert editor.current_meeting_id() == meeting.id and editor.is_dirty()
    answer(Answer.DISCARD)
    assert area.open_meeting(other.id)
    assert editor.header.title.text() == other.title and not editor.is_dirty()
    assert services.meetings.get(meeting.id).venue == "Ministry of Economy, Baku"
