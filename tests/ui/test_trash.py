"""The Trash page: deleted records appear there, come back with everything attached, and go for good when emptied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.main_window import FOLLOW_UPS, MEETINGS, TRASH, MainWindow
from minutes_app.ui.meetings.meetings_table_model import TITLE
from minutes_app.ui.trash import trash_page
from minutes_app.ui.trash.trash_page import TrashPage
from minutes_app.ui.trash.trash_table_model import DELETED_AT, DETAIL, KIND, NAME

DEMO_TITLE = "Meeting of Minister of Economy Mikayil Jabbarov with the delegation of the Russian Federation led by Ruslan Edelgeriev"


def open_trash(qtbot, window: MainWindow) -> TrashPage:  # type: ignore[no-untyped-def]
    """Ctrl+5 shows the Trash page."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == TRASH
    return window.trash_page


def rows(page: TrashPage) -> list[tuple[str, str, str]]:
    model = page.model
    return [
        (model.index(row, KIND).data(), model.index(row, NAME).data(), model.index(row, DETAIL).data())
        for row in range(model.rowCount())
    ]


def delete_the_demo_meeting(qtbot, monkeypatch, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Delete the sample meeting from the Meetings page, answering Yes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    window.show_page(MEETINGS)
    window.meetings_page.table.selectRow(0)
    window.meetings_page.delete_button.click()
    assert window.meetings_page.model.rowCount() == 0


def test_a_deleted_meeting_is_listed_and_restored_with_its_follow_ups(
    qtbot, monkeypatch, demo_window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    delete_the_demo_meeting(qtbot, monkeypatch, demo_window)
    page = open_trash(qtbot, demo_window)
    assert rows(page) == [("Meeting", DEMO_TITLE, "2026-10-15")]
    assert page.model.index(0, DELETED_AT).data()  # when it was deleted, in local time
    assert page.count_label.text() == "In the trash: 1"
    assert not page.restore_button.isEnabled()
    page.table.selectRow(0)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert rows(page) == [] and page.count_label.text() == "The trash is empty."
    assert demo_window.statusBar().currentMessage() == f"Restored “{DEMO_TITLE}”."
    demo_window.show_page(MEETINGS)
    assert demo_window.meetings_page.model.index(0, TITLE).data() == DEMO_TITLE
    demo_window.show_page(FOLLOW_UPS)
    assert demo_window.follow_ups_page.model.rowCount() == 7
    meeting = demo_store.meetings.get(demo_store.meetings.list_meetings()[0].id)
    assert len(meeting.follow_ups) == 7 and len(meeting.attendances) == 6 and len(meeting.decisions) == 6


def test_enter_restores_the_selected_rows(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    first = demo_store.directory.save_person(r.Person(name="Temporary Contact", position="Attaché"))
    second = demo_store.directory.save_organisation(r.Organisation(name="Short-lived Agency", country="GE"))
    demo_store.directory.delete_person(first.id or 0)
    demo_store.directory.delete_organisation(second.id or 0)
    page = open_trash(qtbot, demo_window)
    assert sorted(rows(page)) == [
        ("Organisation", "Short-lived Agency", "Georgia"),
        ("Person", "Temporary Contact", "Attaché"),
    ]
    page.table.setFocus()
    page.table.selectAll()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert rows(page) == []
    assert demo_window.statusBar().currentMessage() == "Restored 2 records."
    assert demo_store.directory.person(first.id or 0).name == "Temporary Contact"


def test_the_trash_follows_deletions_made_elsewhere(
    qtbot, monkeypatch, demo_window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    page = open_trash(qtbot, demo_window)
    assert rows(page) == []
    follow_up = demo_store.meetings.get(demo_store.meetings.list_meetings()[0].id).follow_ups[0]
    demo_store.follow_ups.delete(follow_up.id or 0)
    demo_window.announce_change()  # what every page does after a change
    assert rows(page) == [("Follow-up", follow_up.description, DEMO_TITLE)]
    delete_the_demo_meeting(qtbot, monkeypatch, demo_window)  # on another page
    page = open_trash(qtbot, demo_window)
    assert [kind for kind, _name, _detail in rows(page)] == ["Meeting", "Follow-up"]


def test_emptying_asks_first_and_keeps_people_named_in_minutes(
    qtbot, monkeypatch, demo_window: MainWindow, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    meeting = demo_store.meetings.get(demo_store.meetings.list_meetings()[0].id)
    jabbarov = meeting.side("host")[0].person
    assert jabbarov is not None and jabbarov.id is not None
    lonely = demo_store.directory.save_person(r.Person(name="Nobody Attended"))
    demo_store.directory.delete_person(jabbarov.id)
    demo_store.directory.delete_person(lonely.id or 0)
    demo_store.follow_ups.delete(meeting.follow_ups[0].id or 0)
    page = open_trash(qtbot, demo_window)
    assert page.model.rowCount() == 3
    asked: list[int] = []
    answers = [False, True]

    def answer(parent, count):  # type: ignore[no-untyped-def]
        asked.append(count)
        return answers.pop(0)

    monkeypatch.setattr(trash_page, "ask_to_empty_trash", answer)
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)  # answered No
    assert asked == [3] and page.model.rowCount() == 3 and not page.result_label.isVisible()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)  # answered Yes
    assert asked == [3, 3]
    assert rows(page) == [("Person", "Mikayil Jabbarov", "Minister of Economy")]
    message = page.result_label.text()
    assert page.result_label.isVisible()
    assert message.startswith("Deleted for good: 2.")
    assert "Kept in the trash because the minutes of a meeting still name them: 1" in message
    assert demo_window.statusBar().currentMessage() == message


def test_emptying_an_empty_trash_asks_nothing(qtbot, monkeypatch, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(trash_page, "ask_to_empty_trash", lambda *args: (_ for _ in ()).throw(AssertionError("asked")))
    page = open_trash(qtbot, demo_window)
    assert not page.empty_button.isEnabled()
    assert page.empty_trash() is None


def test_the_question_names_the_count_and_what_is_kept(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def question(parent, title, text, buttons, default):  # type: ignore[no-untyped-def]
        seen.append(text)
        assert default == QMessageBox.StandardButton.Cancel  # Enter alone never empties the trash
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    assert trash_page.ask_to_empty_trash(None, 4) is False
    assert seen[0].startswith("Records in the trash: 4.")
    assert "still named in the minutes of a meeting are kept" in seen[0]


def test_the_trash_model_passes_qt_model_checks(qtmodeltester, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.trash.trash_table_model import TrashTableModel

    demo_store.meetings.delete(demo_store.meetings.list_meetings()[0].id)
    model = TrashTableModel()
    model.set_rows(demo_store.trash.list_deleted())
    qtmodeltester.check(model)


def test_ctrl_shift_f_puts_the_keyboard_on_the_first_row(qtbot, demo_window: MainWindow, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    demo_store.meetings.delete(demo_store.meetings.list_meetings()[0].id)
    page = open_trash(qtbot, demo_window)
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.table.hasFocus()
    assert [item.kind for item in page.selected_items()] == ["meeting"]
    assert page.restore_button.isEnabled()


def test_the_trash_and_the_search_in_russian(
    qtbot, monkeypatch, interface_in, make_window, demo_store: Services
) -> None:  # type: ignore[no-untyped-def]
    interface_in("ru")
    demo_store.meetings.delete(demo_store.meetings.list_meetings()[0].id)
    window: MainWindow = make_window(demo_store)
    page = open_trash(qtbot, window)
    assert window._nav_item(TRASH).text() == "Корзина"
    assert page.model.index(0, KIND).data() == "Встреча"
    assert page.model.headerData(DELETED_AT, Qt.Orientation.Horizontal) == "Время удаления"
    assert (page.restore_button.text(), page.count_label.text()) == ("Вос&становить", "В корзине: 1")
    monkeypatch.setattr(trash_page, "ask_to_empty_trash", lambda *args: True)
    page.empty_trash()
    assert page.result_label.text() == "Удалено навсегда: 1."


def test_the_trash_in_azerbaijani(qtbot, interface_in, make_window, demo_store: Services) -> None:  # type: ignore[no-untyped-def]
    interface_in("az")
    window: MainWindow = make_window(demo_store)
    page = open_trash(qtbot, window)
    assert window._nav_item(TRASH).text() == "Zibil qutusu"
    assert page.count_label.text() == "Zibil qutusu boşdur."
