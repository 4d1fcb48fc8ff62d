"""Carry-forward: open follow-ups of earlier meetings with the counterpart, reviewed from the editor of the next one."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from minutes_app.domain import records as r
from minutes_app.domain.errors import UNAVAILABLE, StoreError
from minutes_app.domain.vocab import NoteKind
from minutes_app.services import Services
from minutes_app.services import carry_forward as carry_forward_service
from minutes_app.services.demo import load_demo
from minutes_app.services.settings import Settings
from minutes_app.ui.common.error_messages import describe_error
from minutes_app.ui.editor import MeetingEditor, ask
from minutes_app.ui.editor.ask import Answer
from minutes_app.ui.editor.carry_forward import CarryForwardPanel
from minutes_app.ui.editor.list_controls import select_row
from minutes_app.ui.main_window import MainWindow
from tests.ui.conftest import TODAY
from tests.ui.editor_helpers import editor_on_screen

NEXT_MEETING = "Second meeting with the Russian delegation"
NEXT_DATE = dt.date(2026, 11, 27)  # the sample meeting was on 2026-10-15


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Unsaved drafts left at the end of a test are dropped rather than asked about."""

    def answer(parent: QWidget | None, title: str, text: str, answers: list[Answer], **_kwargs: object) -> Answer:
        return Answer.DISCARD

    monkeypatch.setattr(ask, "ask", answer)


@pytest.fixture
def demo(sqlite_services: Services) -> tuple[Services, r.Meeting]:
    """The sample meeting (Russia, seven open follow-ups) and an officer's name for the history."""
    sqlite_services.settings.save(Settings(officer_name="Leyla Mammadova"))
    meeting, _ = load_demo(sqlite_services)
    return sqlite_services, meeting


@pytest.fixture
def editor(qtbot, demo: tuple[Services, r.Meeting]) -> MeetingEditor:  # type: ignore[no-untyped-def]
    """An editor with a new meeting with Russia, dated after the sample meeting."""
    services, _ = demo
    widget = editor_on_screen(qtbot, services)
    widget.open_draft(r.Meeting(title=NEXT_MEETING, countries=["RU"], date=NEXT_DATE))
    widget.tabs.setCurrentWidget(widget.carry_forward)  # the list is read when its tab is shown
    return widget


def counted(qtbot, panel: CarryForwardPanel) -> int:  # type: ignore[no-untyped-def]
    """The hidden tab's count once it arrived from its thread."""
    qtbot.waitUntil(lambda: panel.count() is not None, timeout=5_000)
    count = panel.count()
    assert count is not None
    return count


def count_threads_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait until no carry-forward count runs beside the window, and its result went through the event loop."""
    qtbot.waitUntil(lambda: all(t.name != "carry-forward-count" for t in threading.enumerate()), timeout=5_000)
    qtbot.wait(50)


def listed(panel: CarryForwardPanel) -> list[str]:
    """The actions listed, in order."""
    return [row.description for row in panel.model.records()]


def select(panel: CarryForwardPanel, description_start: str) -> r.FollowUpRow:
    """Select the listed follow-up whose action starts with `description_start`."""
    row = panel.model.row_of(lambda item: item.description.startswith(description_start))
    assert row >= 0, description_start
    select_row(panel.view, row)
    selected = panel.selected()
    assert selected is not None
    return selected


def test_a_new_meeting_with_the_counterpart_lists_what_is_still_open(editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    _, meeting = demo
    panel = editor.carry_forward
    assert panel.count() == 7
    assert sorted(listed(panel)) == sorted(f.description for f in meeting.follow_ups)
    due = [row.due_date for row in panel.model.records()]
    assert due == sorted(due)  # soonest due first
    assert editor.tabs.tabText(4) == "Open from earlier meetings (7)"
    assert panel.model.index(0, panel.model.MEETING).data() == f"{meeting.title} (2026-10-15)"
    assert editor.undo_stack.count() == 0  # listing them is no edit of this meeting


def test_a_hidden_tab_counts_its_follow_ups_and_lists_them_when_shown(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    _, meeting = demo
    panel = editor.carry_forward
    editor.tabs.setCurrentWidget(editor.header_page)
    editor.open_draft(r.Meeting(title="Talks", countries=["RU"], date=NEXT_DATE))
    assert not panel.isVisible()
    assert counted(qtbot, panel) == 7 and editor.tabs.tabText(4) == "Open from earlier meetings (7)"
    assert listed(panel) == []  # opening the meeting built no row
    editor.tabs.setCurrentWidget(panel)
    assert sorted(listed(panel)) == sorted(f.description for f in meeting.follow_ups)
    assert panel.selected() is not None and panel.history.toPlainText()  # the first one's history, read on show


def test_the_meeting_itself_later_ones_and_other_countries_list_nothing(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    _, meeting = demo
    panel = editor.carry_forward
    editor.open_meeting(meeting.id)
    assert counted(qtbot, panel) == 0  # its own follow-ups are not "from earlier meetings"
    editor.open_draft(r.Meeting(title="Talks", countries=["TR"], date=NEXT_DATE))
    assert counted(qtbot, panel) == 0
    assert panel.summary.text() == "Nothing is open from earlier meetings with Türkiye."
    editor.open_draft(r.Meeting(title="Talks", countries=["RU"], date=dt.date(2026, 10, 1)))
    assert counted(qtbot, panel) == 0  # the sample meeting came after this one
    editor.open_draft(r.Meeting(title="Talks", countries=["TR", "RU"], date=NEXT_DATE))
    assert counted(qtbot, panel) == 7
    editor.open_draft(r.Meeting(title="Talks", countries=[], date=NEXT_DATE))
    assert panel.count() == 0 and "Choose the counterpart country" in panel.summary.text()  # nothing to count


class HeldCount:
    """Stands in for the service's count: counts as the store stands, records where it ran, and holds
    the result of a count of `countries` run beside the window until released."""

    def __init__(self, countries: list[str] | None = None) -> None:
        self.real = carry_forward_service.count_earlier_open
        self.countries = countries
        self.entered = threading.Event()
        self.release = threading.Event()
        self.in_gui_thread: list[bool] = []  # one per count: True when it ran in the GUI thread

    def __call__(self, store: Any, *, countries: list[str], **kwargs: Any) -> int:
        in_gui = threading.current_thread() is threading.main_thread()
        self.in_gui_thread.append(in_gui)
        result = self.real(store, countries=countries, **kwargs)
        if countries == self.countries and not in_gui:  # never blocks the GUI thread (where it counted before)
            self.entered.set()
            self.release.wait(10)
        return result


def held_count(monkeypatch: pytest.MonkeyPatch, countries: list[str] | None = None) -> HeldCount:
    """Count through a HeldCount from now on."""
    held = HeldCount(countries)
    monkeypatch.setattr(carry_forward_service, "count_earlier_open", held)
    return held


def test_opening_a_meeting_leaves_the_count_of_the_hidden_tab_to_a_thread(  # type: ignore[no-untyped-def]
    qtbot, editor: MeetingEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = held_count(monkeypatch)
    editor.tabs.setCurrentWidget(editor.header_page)
    editor.open_draft(r.Meeting(title="Talks", countries=["TR"], date=NEXT_DATE))
    assert editor.tabs.tabText(4) == "Open from earlier meetings (…)"  # not the 7 of the meeting before
    qtbot.waitUntil(lambda: editor.tabs.tabText(4) == "Open from earlier meetings (0)", timeout=5_000)
    editor.open_draft(r.Meeting(title="Talks", countries=["RU"], date=NEXT_DATE))
    assert editor.carry_forward.count() is None and editor.tabs.tabText(4) == "Open from earlier meetings (…)"
    qtbot.waitUntil(lambda: editor.tabs.tabText(4) == "Open from earlier meetings (7)", timeout=5_000)
    assert editor.carry_forward.count() == 7
    assert count.in_gui_thread == [False, False]  # opening the meeting did not wait for either count


def test_a_meeting_opened_from_the_window_gets_its_count_once_the_editor_is_painted(  # type: ignore[no-untyped-def]
    qtbot, demo, ui_settings: QSettings
) -> None:
    services, _ = demo
    window = MainWindow(services, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.editor_area.open_draft(r.Meeting(title="Talks", countries=["RU"], date=NEXT_DATE))  # from the list's page
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor) and editor.tabs.currentWidget() is editor.header_page
    assert editor.tabs.tabText(4) == "Open from earlier meetings (…)"
    # Waits for the editor's repaint, not for the hidden tab's: that would hold it until the tab is shown.
    qtbot.waitUntil(lambda: editor.tabs.tabText(4) == "Open from earlier meetings (7)", timeout=5_000)
    assert listed(editor.carry_forward) == []


def test_a_slow_count_arriving_after_another_meeting_opened_is_dropped(  # type: ignore[no-untyped-def]
    qtbot, editor: MeetingEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = editor.carry_forward
    count = held_count(monkeypatch, countries=["RU"])
    editor.tabs.setCurrentWidget(editor.header_page)
    editor.open_draft(r.Meeting(title="Talks", countries=["RU"], date=NEXT_DATE))  # 7, held
    qtbot.waitUntil(count.entered.is_set, timeout=5_000)
    editor.open_draft(r.Meeting(title="Talks", countries=["TR"], date=NEXT_DATE))  # 0
    assert counted(qtbot, panel) == 0
    count.release.set()
    count_threads_done(qtbot)
    assert panel.count() == 0 and editor.tabs.tabText(4) == "Open from earlier meetings (0)"


def test_a_slow_count_arriving_after_the_tab_listed_its_rows_is_dropped(  # type: ignore[no-untyped-def]
    qtbot, editor: MeetingEditor, demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, meeting = demo
    panel = editor.carry_forward
    count = held_count(monkeypatch, countries=["RU"])
    editor.tabs.setCurrentWidget(editor.header_page)
    editor.open_draft(r.Meeting(title="Talks", countries=["RU"], date=NEXT_DATE))
    qtbot.waitUntil(count.entered.is_set, timeout=5_000)  # counted 7, held
    services.follow_ups.delete(meeting.follow_ups[0].id)  # meanwhile, in another window
    editor.tabs.setCurrentWidget(panel)
    assert panel.count() == 6 and len(listed(panel)) == 6
    count.release.set()
    count_threads_done(qtbot)
    assert panel.count() == 6 and editor.tabs.tabText(4) == "Open from earlier meetings (6)"


def test_a_store_failure_while_counting_is_said_on_the_tab(  # type: ignore[no-untyped-def]
    qtbot, editor: MeetingEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    error = StoreError(UNAVAILABLE, "server closed the connection")

    def failing(*_args: Any, **_kwargs: Any) -> int:
        raise error

    monkeypatch.setattr(carry_forward_service, "count_earlier_open", failing)
    editor.tabs.setCurrentWidget(editor.header_page)
    editor.open_draft(r.Meeting(title="Talks", countries=["RU"], date=NEXT_DATE))
    panel = editor.carry_forward
    assert counted(qtbot, panel) == 0 and editor.tabs.tabText(4) == "Open from earlier meetings (0)"
    assert not panel.message.isHidden() and panel.message.text() == describe_error(error)  # as before, in red
    assert "cannot be reached" in panel.message.text() and panel.message.styleSheet() == "color: #b00020;"


def test_an_editor_deleted_while_its_count_runs_lets_the_count_end_quietly(  # type: ignore[no-untyped-def]
    qtbot, demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    services, _ = demo
    failures: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    count = held_count(monkeypatch, countries=["RU"])
    editor = MeetingEditor(services, services.settings.get)
    editor.resize(1300, 850)
    editor.show()
    qtbot.waitExposed(editor)
    editor.open_draft(r.Meeting(title="Talks", countries=["RU"], date=NEXT_DATE))
    qtbot.waitUntil(count.entered.is_set, timeout=5_000)
    shiboken6.delete(editor)  # the window closed and went away while the thread counts
    count.release.set()
    count_threads_done(qtbot)
    assert failures == []


def test_the_list_follows_the_counterpart_typed_on_the_meeting_tab(qtbot, editor: MeetingEditor) -> None:  # type: ignore[no-untyped-def]
    editor.open_draft(r.Meeting())
    panel = editor.carry_forward
    assert panel.count() == 0
    line = editor.header.countries.line_edit()
    line.setFocus()
    qtbot.keyClicks(line, "Russ")
    qtbot.keyClick(QApplication.activePopupWidget() or line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.count() == 7, timeout=2000)
    assert editor.tabs.tabText(4) == "Open from earlier meetings (7)"
    editor.undo()  # taking the country back empties the list again
    qtbot.waitUntil(lambda: panel.count() == 0, timeout=2000)


def test_marking_one_discussed_records_it_on_the_follow_up_at_once(editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    panel = editor.carry_forward
    editor.tabs.setCurrentWidget(panel)
    row = select(panel, "Send information on the transport")
    assert panel.mark_discussed()
    history = services.follow_ups.get(row.id).history
    assert history[-1].kind == NoteKind.DISCUSSED.value
    assert history[-1].text == f"Discussed at {NEXT_MEETING} (2026-11-27)"
    assert history[-1].author == "Leyla Mammadova"
    assert panel.count() == 7  # discussed is not done
    assert panel.selected().id == row.id  # type: ignore[union-attr]
    assert "Discussed at a meeting" in panel.history.toPlainText()
    assert not editor.undo_stack.canUndo()  # not part of this meeting's save or undo
    assert services.meetings.list_meetings()[0].title != NEXT_MEETING  # this meeting itself was not saved


def test_a_note_is_added_to_the_selected_follow_up(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    panel = editor.carry_forward
    row = select(panel, "Analyse the dynamics of mutual trade")
    assert not panel.add_note_button.isEnabled()
    panel.note_edit.setFocus()
    qtbot.keyClicks(panel.note_edit, "The Russian side will send its own figures")
    qtbot.mouseClick(panel.add_note_button, Qt.MouseButton.LeftButton)
    last = services.follow_ups.get(row.id).history[-1]
    assert (last.kind, last.text) == (NoteKind.NOTE.value, "The Russian side will send its own figures")
    assert panel.note_edit.toPlainText() == ""


def test_a_status_change_is_stored_and_a_finished_one_leaves_the_list(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    panel = editor.carry_forward
    row = select(panel, "Exchange information on tourism")
    dialog = panel.change_status("done")
    assert dialog is not None
    dialog.note_edit.setPlainText("Agreed at this meeting")
    dialog.accept()
    stored = services.follow_ups.get(row.id)
    assert stored.status == "done" and stored.completed_on is not None
    assert stored.history[-1].kind == NoteKind.STATUS.value and stored.history[-1].text == "Agreed at this meeting"
    assert panel.count() == 6 and row.description not in listed(panel)
    assert editor.tabs.tabText(4) == "Open from earlier meetings (6)"


def test_deferring_asks_for_the_new_date(qtbot, editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    panel = editor.carry_forward
    row = select(panel, "Coordinate proposals on freight volumes")
    dialog = panel.change_status("deferred")
    assert dialog is not None and dialog.missing()  # no date yet: OK stays disabled
    later = dt.date.today() + dt.timedelta(days=90)
    dialog.due_edit.set_value(later)
    assert dialog.missing() == ""
    dialog.accept()
    stored = services.follow_ups.get(row.id)
    assert stored.status == "deferred" and stored.due_date == later
    assert panel.count() == 7 and panel.selected().status == "deferred"  # type: ignore[union-attr]


def test_the_status_menu_offers_every_other_status(editor: MeetingEditor) -> None:
    panel = editor.carry_forward
    select(panel, "Prepare a presentation of investment projects")  # in progress
    panel.status_menu.aboutToShow.emit()
    enabled = {a.objectName(): a.isEnabled() for a in panel.status_menu.actions()}
    assert enabled == {
        "status_open": True,
        "status_in_progress": False,
        "status_done": True,
        "status_cancelled": True,
        "status_deferred": True,
    }


def test_a_follow_up_changed_elsewhere_meanwhile_reloads_the_list_with_a_message(editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    panel = editor.carry_forward
    row = select(panel, "Prepare proposals on the socio-economic projects")
    services.follow_ups.change_status(row.id, "in_progress", note="Started", author="Another officer")  # another window
    assert not panel.mark_discussed()
    assert "changed elsewhere" in panel.message.text() and not panel.message.isHidden()
    assert services.follow_ups.get(row.id).history[-1].kind == NoteKind.STATUS.value  # nothing written over it
    reloaded = panel.selected()
    assert reloaded is not None and reloaded.id == row.id and reloaded.status == "in_progress"
    assert panel.mark_discussed()  # on the fresh version it goes through
    assert services.follow_ups.get(row.id).history[-1].kind == NoteKind.DISCUSSED.value


def test_a_follow_up_deleted_elsewhere_leaves_the_list(editor: MeetingEditor, demo) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    panel = editor.carry_forward
    row = select(panel, "Agree a plan of interregional cooperation")
    services.follow_ups.delete(row.id)
    assert not panel.mark_discussed()
    assert panel.count() == 6 and "changed elsewhere" in panel.message.text()


def test_reviewing_refreshes_the_other_pages_of_the_window(qtbot, demo, ui_settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    services, _ = demo
    window = MainWindow(services, ui_settings, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    window.commands.new_meeting(today=NEXT_DATE)
    editor = window.editor_area.editor()
    assert isinstance(editor, MeetingEditor)
    editor.header.countries.set_chosen_keys(["RU"])
    editor.carry_forward.set_meeting(None, ["RU"], NEXT_DATE)
    editor.tabs.setCurrentWidget(editor.carry_forward)
    select(editor.carry_forward, "Exchange information on tourism")
    dialog = editor.carry_forward.change_status("cancelled")
    assert dialog is not None
    with qtbot.waitSignal(window.data_changed):
        dialog.accept()
    assert services.meetings.list_meetings()[0].open_follow_ups == 6
