"""The tracker's filters, driven through the filter bar's widgets: each narrows the table to the right rows,
and they combine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt

from minutes_app.services import Services
from minutes_app.ui.main_window import FOLLOW_UPS, MainWindow
from minutes_app.ui.tracker.followups_page import FollowUpsPage
from tests.ui.conftest import TODAY, type_text
from tests.ui.test_tracker_data import Spec, specification


@pytest.fixture
def page(make_window, tracker_store: Services) -> FollowUpsPage:  # type: ignore[no-untyped-def]
    window: MainWindow = make_window(tracker_store)
    window.show_page(FOLLOW_UPS)
    return window.follow_ups_page


def shown(page: FollowUpsPage) -> set[str]:
    """The descriptions of every row the filter lets through (fetching every page)."""
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() == page.model.total_count()
    return {r.description for r in page.model.records()}


def expected(keep: Callable[[Spec], bool]) -> set[str]:
    """The descriptions of the generated follow-ups `keep` selects."""
    return {s.description for s in specification() if keep(s)}


def pick_owner(qtbot, page: FollowUpsPage, typed: str) -> None:  # type: ignore[no-untyped-def]
    edit = page.filter_bar.owner_edit
    edit.setFocus()
    type_text(edit, typed)
    popup = edit._completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)


def test_without_conditions_every_follow_up_is_counted(page: FollowUpsPage) -> None:
    assert page.model.total_count() == 320
    assert page.model.rowCount() == 320 or page.model.canFetchMore(QModelIndex())
    assert page.count_label.text() == "Follow-ups: 320"


def test_several_statuses_at_once(page: FollowUpsPage) -> None:
    boxes = page.filter_bar.status_checks.boxes
    boxes["done"].click()
    assert shown(page) == expected(lambda s: s.status == "done")
    boxes["deferred"].click()
    assert shown(page) == expected(lambda s: s.status in ("done", "deferred"))
    assert page.count_label.text() == f"Shown: {page.model.total_count()} of 320"
    boxes["done"].click()
    boxes["deferred"].click()
    assert len(shown(page)) == 320


def test_owner_typed_in_any_spelling(qtbot, page: FollowUpsPage) -> None:  # type: ignore[no-untyped-def]
    pick_owner(qtbot, page, "eliyev")
    assert page.filter_bar.owner_edit.text() == "Əli Əliyev"
    assert shown(page) == expected(lambda s: s.owner == "Əli Əliyev")
    page.filter_bar.owner_edit.clear()
    assert len(shown(page)) == 320
    pick_owner(qtbot, page, "смирнов")
    assert shown(page) == expected(lambda s: s.owner == "Иван Смирнов")


def test_department_topic_and_country(page: FollowUpsPage) -> None:
    bar = page.filter_bar
    choose(bar.department_combo, "Protocol Department")
    assert shown(page) == expected(lambda s: s.department == "Protocol Department")
    choose(bar.department_combo, "Any department")
    choose(bar.topic_combo, "Tourism")
    assert shown(page) == expected(lambda s: s.topic == "Tourism")
    choose(bar.topic_combo, "Any topic")
    assert [bar.country_combo.itemText(i) for i in range(bar.country_combo.count())] == [
        "Any country",
        "Georgia",
        "Germany",
        "Kazakhstan",
        "Russia",
        "Türkiye",
    ]
    choose(bar.country_combo, "Kazakhstan")
    assert shown(page) == expected(lambda s: s.country == "KZ")


def test_due_date_range(page: FollowUpsPage) -> None:
    start, end = TODAY - dt.timedelta(days=10), TODAY + dt.timedelta(days=5)
    page.filter_bar.due_from_edit.set_value(start)
    assert shown(page) == expected(lambda s: s.due_date is not None and s.due_date >= start)
    page.filter_bar.due_to_edit.set_value(end)
    assert shown(page) == expected(lambda s: s.due_date is not None and start <= s.due_date <= end)


def test_overdue(page: FollowUpsPage) -> None:
    page.filter_bar.overdue_check.click()
    rows = shown(page)
    assert rows == expected(lambda s: s.overdue(TODAY))
    assert len(rows) > 50


def test_due_within_n_days(page: FollowUpsPage) -> None:
    bar = page.filter_bar
    assert not bar.due_within_spin.isEnabled()
    bar.due_within_check.click()
    assert bar.due_within_spin.isEnabled()
    week = expected(
        lambda s: s.due_date is not None and TODAY <= s.due_date <= TODAY + dt.timedelta(days=7) and not s.closed
    )
    assert shown(page) == week
    bar.due_within_spin.setValue(3)
    assert shown(page) == expected(
        lambda s: s.due_date is not None and TODAY <= s.due_date <= TODAY + dt.timedelta(days=3) and not s.closed
    )


def test_free_text_is_folded_and_any_script(qtbot, page: FollowUpsPage) -> None:  # type: ignore[no-untyped-def]
    box = page.filter_bar.text_box
    qtbot.keyClicks(box, "seki")
    seki = expected(lambda s: "Şəki" in s.description)
    qtbot.waitUntil(lambda: page.model.current_filter().text == "seki")  # after the pause in typing
    assert shown(page) == seki
    box.clear()
    type_text(box, "коридор")
    corridor = expected(lambda s: "коридор" in s.description)
    qtbot.waitUntil(lambda: page.model.current_filter().text == "коридор")
    assert shown(page) == corridor
    box.clear()
    qtbot.keyClicks(box, "'; DROP TABLE \"")  # any text is a search, never an error
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert page.model.total_count() == 0


def test_conditions_combine(qtbot, page: FollowUpsPage) -> None:  # type: ignore[no-untyped-def]
    bar = page.filter_bar
    bar.status_checks.boxes["open"].click()
    bar.status_checks.boxes["in_progress"].click()
    choose(bar.country_combo, "Russia")
    assert shown(page) == expected(lambda s: s.status in ("open", "in_progress") and s.country == "RU")
    bar.overdue_check.click()
    assert shown(page) == expected(
        lambda s: (
            s.status in ("open", "in_progress") and s.country == "RU" and s.due_date is not None and s.due_date < TODAY
        )
    )
    bar.overdue_check.click()
    qtbot.keyClicks(bar.text_box, "gence")
    qtbot.keyClick(bar.text_box, Qt.Key.Key_Return)
    combined = expected(
        lambda s: s.status in ("open", "in_progress") and s.country == "RU" and "Gəncə" in s.description
    )
    assert combined and shown(page) == combined
    pick_owner(qtbot, page, "petrov")
    assert shown(page) == {
        d for d in combined if any(s.description == d and s.owner == "Ivan Petrov" for s in specification())
    }
    bar.clear_button.click()
    assert len(shown(page)) == 320
    assert bar.current_filter().is_empty()


def test_the_filter_survives_a_refresh_and_keeps_the_selection(page: FollowUpsPage) -> None:
    choose(page.filter_bar.country_combo, "Georgia")
    page.table.selectRow(3)
    chosen = page.selected_follow_up()
    assert chosen is not None
    page.refresh()
    assert shown(page) == expected(lambda s: s.country == "GE")
    assert page.selected_follow_up() is not None and page.selected_follow_up().id == chosen.id


def test_a_refresh_deep_in_the_list_keeps_the_selection(page: FollowUpsPage) -> None:
    while page.model.rowCount() < 300 and page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
    assert page.model.rowCount() > 2 * 100  # several pages: the refresh reads again only those shown
    page.table.selectRow(250)
    chosen = page.selected_follow_up()
    assert chosen is not None
    page.refresh()
    assert page.selected_follow_up() is not None and page.selected_follow_up().id == chosen.id
    page.set_texts_language("ru")  # read again in another language: still the same follow-up
    assert page.selected_follow_up() is not None and page.selected_follow_up().id == chosen.id
    assert page.detail_panel.current() is not None and page.detail_panel.current().id == chosen.id
