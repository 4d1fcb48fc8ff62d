"""The global search through the GUI: spellings in any script, groups, keys, opening records, any text typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from minutes_app.domain import records as r
from minutes_app.services import Services
from minutes_app.ui.main_window import DIRECTORY, EDITOR, FOLLOW_UPS, MainWindow
from minutes_app.ui.search.global_search import GlobalSearch
from minutes_app.ui.search.results_model import IS_GROUP_ROLE
from tests.ui.conftest import FakeMeetingEditor, type_text


@pytest.fixture
def named_store(sqlite_services: Services) -> dict[str, int]:
    """Records holding the names of the issue's examples, made through the services; their ids."""
    services = sqlite_services
    sheki = services.directory.save_organisation(r.Organisation(name="Şəki Rayon İcra Hakimiyyəti", country="AZ"))
    aliyev = services.directory.save_person(
        r.Person(name="Elnur Əliyev", position="Deputy head", organisation_id=sheki.id)
    )
    cabbarov = services.directory.save_person(r.Person(name="Mikayıl Cabbarov", position="Minister of Economy"))
    edelgeriev = services.directory.save_person(r.Person(name="Руслан Эдельгериев", position="Adviser"))
    yolkin = services.directory.save_person(r.Person(name="Пётр Ёлкин"))
    visit = services.meetings.save(
        r.Meeting(
            title="Visit of the delegation to Şəki",
            date=dt.date(2026, 5, 4),
            countries=["RU"],
            agenda=[r.AgendaItem(title="Tourism routes", notes="The guide, Елкин, showed the old town.")],
            decisions=[r.Decision(text="To open a direct bus route to Şəki")],
            follow_ups=[r.FollowUp(description="Send the programme to Ёлкин", department="Protocol")],
        )
    )
    isiq = services.meetings.save(
        r.Meeting(
            title="Opening of the Işıq youth centre",
            date=dt.date(2026, 6, 1),
            countries=["TR"],
            venue="Baku",
        )
    )
    return {
        "sheki": sheki.id or 0,
        "aliyev": aliyev.id or 0,
        "cabbarov": cabbarov.id or 0,
        "edelgeriev": edelgeriev.id or 0,
        "yolkin": yolkin.id or 0,
        "visit": visit.id or 0,
        "isiq": isiq.id or 0,
    }


@pytest.fixture
def window(make_window, sqlite_services: Services, named_store: dict[str, int]) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window(sqlite_services)  # type: ignore[no-any-return]


def search(qtbot, window: MainWindow, text: str) -> GlobalSearch:  # type: ignore[no-untyped-def]
    """Ctrl+F, type `text` key by key, and wait for the results the pause in typing brings."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.box.hasFocus()
    with qtbot.waitSignal(window.search.results_shown, timeout=3000):
        type_text(window.search.box, text)
    return window.search


def titles(found: GlobalSearch, kind: str) -> list[str]:
    return [hit.title for hit in found.model.hits_of(kind)]


def _editor(window: MainWindow) -> FakeMeetingEditor:
    editor = window.editor_area.editor()
    assert isinstance(editor, FakeMeetingEditor)
    return editor


EXAMPLES = [
    ("aliyev", "person", "Elnur Əliyev"),
    ("eliyev", "person", "Elnur Əliyev"),
    ("seki", "organisation", "Şəki Rayon İcra Hakimiyyəti"),
    ("seki", "meeting", "Visit of the delegation to Şəki"),
    ("isiq", "meeting", "Opening of the Işıq youth centre"),
    ("edelgeriev", "person", "Руслан Эдельгериев"),
    ("cabbarov", "person", "Mikayıl Cabbarov"),
    ("ёлкин", "person", "Пётр Ёлкин"),
    ("елкин", "person", "Пётр Ёлкин"),
    ("елкин", "follow_up", "Send the programme to Ёлкин"),
    ("ёлкин", "agenda_item", "Tourism routes"),
]


@pytest.mark.parametrize(("query", "kind", "title"), EXAMPLES)
def test_the_spellings_of_the_issue_are_found_while_typing(
    qtbot, window: MainWindow, query: str, kind: str, title: str
) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, query)
    assert title in titles(found, kind)
    assert found.panel.isVisible() and found.view.isVisibleTo(found.panel)


def test_a_word_prefix_is_enough_and_every_word_must_match(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert titles(search(qtbot, window, "Эдель"), "person") == ["Руслан Эдельгериев"]
    window.search.box.clear()
    found = search(qtbot, window, "visit seki")
    assert titles(found, "meeting") == ["Visit of the delegation to Şəki"]
    assert titles(found, "organisation") == []


def test_results_are_grouped_by_kind_with_headings_and_counts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "seki")
    model = found.model
    headings = [model.index(row, 0).data() for row in range(model.rowCount())]
    # Əliyev is found by his organisation's name.
    assert headings == ["Meetings (1)", "People (1)", "Organisations (1)", "Decisions (1)"]
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        assert group.data(IS_GROUP_ROLE) is True
        assert not model.flags(group) & Qt.ItemFlag.ItemIsSelectable  # headings are never selected
        assert model.rowCount(group) == 1
    hit = model.index(0, 0, model.index(0, 0))
    assert hit.data() == "Visit of the delegation to Şəki"
    assert hit.data(IS_GROUP_ROLE) is False


def test_each_hit_shows_its_title_date_and_a_snippet(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.search.results_model import DATE_ROLE, SNIPPET_ROLE

    found = search(qtbot, window, "guide")
    agenda = found.model.index(0, 0, found.model.index(0, 0))
    assert agenda.data() == "Tourism routes"
    assert agenda.data(DATE_ROLE) == "2026-05-04"
    assert "The guide, Елкин, showed the old town." in agenda.data(SNIPPET_ROLE)


def test_typing_fast_runs_one_search_after_the_pause(qtbot, monkeypatch, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    service = window.search._service
    queries: list[str] = []
    real = service.search

    def counted(query: str, **kwargs):  # type: ignore[no-untyped-def]
        queries.append(query)
        return real(query, **kwargs)

    monkeypatch.setattr(service, "search", counted)
    found = search(qtbot, window, "cabbarov")
    assert queries == ["cabbarov"]
    assert titles(found, "person") == ["Mikayıl Cabbarov"]


@pytest.mark.parametrize(
    "text", ['"', "NEAR(", "'; DROP TABLE meeting; --", "*", "-", '"aliyev', "NEAR(aliyev cabbarov, 2)", "\\", "%_"]
)
def test_any_text_typed_is_a_search_and_never_an_error(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, text)  # pytest-qt fails the test on any exception raised in a slot
    assert found.panel.isVisible()
    if found.model.hit_count() == 0:
        assert found.panel.status_label.text().startswith("Nothing matches")
    found.box.clear()
    assert not found.panel.isVisible()
    assert titles(search(qtbot, window, "aliyev"), "person") == ["Elnur Əliyev"]  # the store is intact


def test_query_syntax_is_read_as_plain_words(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert titles(search(qtbot, window, '"aliyev*'), "person") == ["Elnur Əliyev"]


def test_down_moves_into_the_results_and_enter_opens_the_meeting(
    qtbot, window: MainWindow, named_store: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "isiq")
    qtbot.keyClick(found.box, Qt.Key.Key_Down)
    assert found.view.hasFocus()
    assert found.view.current_hit() is not None and found.view.current_hit().title == "Opening of the Işıq youth centre"
    qtbot.keyClick(found.view, Qt.Key.Key_Return)
    assert window.current_page_key() == EDITOR
    assert window.editor_area.current_meeting_id() == named_store["isiq"]
    assert not found.panel.isVisible()


def test_enter_on_a_follow_up_opens_its_meeting(qtbot, window: MainWindow, named_store: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "programme")
    qtbot.keyClick(found.box, Qt.Key.Key_Down)
    assert found.view.current_hit().kind == "follow_up"
    qtbot.keyClick(found.view, Qt.Key.Key_Enter)
    assert window.current_page_key() == EDITOR
    assert _editor(window).meeting.title == "Visit of the delegation to Şəki"  # type: ignore[union-attr]


def test_up_and_down_step_over_the_headings(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "seki")
    qtbot.keyClick(found.box, Qt.Key.Key_Down)
    seen = [found.view.current_hit().kind]
    for _ in range(4):  # one more than there are hits: the last stays current
        qtbot.keyClick(found.view, Qt.Key.Key_Down)
        seen.append(found.view.current_hit().kind)
    assert seen == ["meeting", "person", "organisation", "decision", "decision"]
    for _ in range(3):
        qtbot.keyClick(found.view, Qt.Key.Key_Up)
    assert found.view.current_hit().kind == "meeting"
    qtbot.keyClick(found.view, Qt.Key.Key_Up)  # above the first hit: back to the box
    assert found.box.hasFocus()


def test_typing_in_the_results_goes_on_in_the_box(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "cab")
    qtbot.keyClick(found.box, Qt.Key.Key_Down)
    with qtbot.waitSignal(found.results_shown, timeout=3000):
        qtbot.keyClicks(found.view, "barov")
    assert found.box.text() == "cabbarov" and found.box.hasFocus()


def test_enter_in_the_box_opens_the_first_hit(qtbot, window: MainWindow, named_store: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "visit")
    qtbot.keyClick(found.box, Qt.Key.Key_Return)
    assert window.editor_area.current_meeting_id() == named_store["visit"]


def test_a_person_opens_on_the_directory_page_even_when_its_filter_hid_them(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_page(DIRECTORY)
    type_text(window.directory_page.search_box, "Эдельгериев")  # the directory's own filter hides Əliyev
    window.show_page(FOLLOW_UPS)
    found = search(qtbot, window, "eliyev")
    qtbot.keyClick(found.box, Qt.Key.Key_Down)
    qtbot.keyClick(found.view, Qt.Key.Key_Return)
    assert window.current_page_key() == DIRECTORY
    person = window.directory_page.selected_person()
    assert person is not None and person.name == "Elnur Əliyev"


def test_an_organisation_opens_on_the_directory_page(qtbot, window: MainWindow, named_store: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "seki")
    qtbot.keyClick(found.box, Qt.Key.Key_Down)
    for _ in range(2):  # the meeting, then Əliyev (of the Şəki organisation)
        qtbot.keyClick(found.view, Qt.Key.Key_Down)
    assert found.view.current_hit().kind == "organisation"
    qtbot.keyClick(found.view, Qt.Key.Key_Return)
    assert window.current_page_key() == DIRECTORY
    organisation = window.directory_page.selected_organisation()
    assert organisation is not None and organisation.id == named_store["sheki"]


def test_a_double_click_opens_the_hit(qtbot, window: MainWindow, named_store: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "visit")
    index = found.model.index(0, 0, found.model.index(0, 0))
    centre = found.view.visualRect(index).center()
    qtbot.mouseClick(found.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double-click starts with a click
    assert window.editor_area.current_meeting_id() is None
    qtbot.mouseDClick(found.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert window.editor_area.current_meeting_id() == named_store["visit"]


def test_escape_and_clicking_elsewhere_close_the_results(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "cabbarov")
    qtbot.keyClick(found.box, Qt.Key.Key_Down)
    qtbot.keyClick(found.view, Qt.Key.Key_Escape)
    assert not found.panel.isVisible() and found.box.hasFocus() and found.box.text() == "cabbarov"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F shows them again
    assert found.panel.isVisible()
    window.meetings_page.search_box.setFocus()
    qtbot.waitUntil(lambda: not found.panel.isVisible(), timeout=2000)


def test_ctrl_f_reaches_the_search_from_the_editor(qtbot, window: MainWindow, named_store: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    window.commands.open_meeting(named_store["visit"])
    assert window.current_page_key() == EDITOR
    _editor(window).title_edit.setFocus()
    found = search(qtbot, window, "isiq")
    qtbot.keyClick(found.box, Qt.Key.Key_Return)
    assert window.editor_area.current_meeting_id() == named_store["isiq"]


def test_results_follow_changes_to_the_data(qtbot, window: MainWindow, sqlite_services: Services) -> None:  # type: ignore[no-untyped-def]
    found = search(qtbot, window, "bolat")
    assert found.model.hit_count() == 0
    sqlite_services.directory.save_person(r.Person(name="Ömer Bolat", position="Minister of Trade"))
    window.announce_change()
    assert titles(found, "person") == ["Ömer Bolat"]


def test_the_results_model_passes_qt_model_checks(
    qtmodeltester, sqlite_services: Services, named_store: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.search.results_model import SearchResultsModel

    model = SearchResultsModel()
    model.set_hits(sqlite_services.search.search("seki"), shown_per_kind=50)
    qtmodeltester.check(model)
    model.set_hits(sqlite_services.search.search("seki"), shown_per_kind=1)
    assert model.hit_count() == 4
    model.clear()
    qtmodeltester.check(model)


def test_a_kind_with_more_hits_than_shown_is_counted_with_a_plus(sqlite_services: Services) -> None:
    from minutes_app.ui.search.results_model import SearchResultsModel

    for number in range(3):
        sqlite_services.meetings.save(r.Meeting(title=f"Caspian forum {number}"))
    model = SearchResultsModel()
    model.set_hits(sqlite_services.search.search("caspian", limit_per_kind=3), shown_per_kind=2)
    assert model.index(0, 0).data() == "Meetings (2+)"
    assert len(model.hits_of("meeting")) == 2


def test_the_box_is_a_plain_line_edit_in_the_window_s_toolbar(window: MainWindow) -> None:
    assert isinstance(window.search.box, QLineEdit)
    assert window.search.toolbar.parent() is window
    assert "Ctrl+F" in window.search.box.placeholderText()


def test_the_search_in_russian_and_azerbaijani(qtbot, interface_in, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from minutes_app.ui.search.results_model import SearchResultsModel, group_title

    interface_in("ru")
    assert group_title("agenda_item") == "Вопросы повестки дня"
    model = SearchResultsModel()
    model.set_hits(window.services.search.search("seki"), shown_per_kind=50)
    assert model.index(0, 0).data() == "Встречи (1)"
    interface_in("az")
    assert group_title("note") == "Qeydlər"
