"""The tracker keeps only the pages near the view: far pages are dropped and read again, rows stay right."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView

from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services import Services
from minutes_app.ui.tracker.followups_table_model import ROW_ROLE, FollowUpsTableModel
from tests.ui.conftest import TODAY

PAGE, KEPT = 20, 3


def _view(qtbot, services: Services) -> tuple[QTableView, FollowUpsTableModel]:  # type: ignore[no-untyped-def]
    model = FollowUpsTableModel(services.follow_ups, today=TODAY, page_size=PAGE, pages_kept=KEPT)
    model.set_filter(FollowUpFilter())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def _scroll_to_the_end(qtbot, view: QTableView, model: FollowUpsTableModel) -> None:  # type: ignore[no-untyped-def]
    while True:  # as a person holding End: each scroll reaches the next page
        rows = model.rowCount()
        view.scrollToBottom()
        qtbot.wait(5)
        if model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        if model.rowCount() == rows:
            return


def _ids_shown(model: FollowUpsTableModel, rows: range) -> list[int]:
    return [model.index(row, 0).data(ROW_ROLE).id for row in rows]


def test_scrolling_to_the_end_holds_only_a_few_pages(qtbot, tracker_store: Services) -> None:  # type: ignore[no-untyped-def]
    view, model = _view(qtbot, tracker_store)
    _scroll_to_the_end(qtbot, view, model)
    assert model.rowCount() == 320 == model.total_count()
    assert len(model.pages_held()) <= KEPT
    assert 0 not in model.pages_held()  # the first page, scrolled far past, was dropped
    expected = [r.id for r in tracker_store.follow_ups.list_follow_ups(today=TODAY)]
    assert _ids_shown(model, range(300, 320)) == expected[300:320]


def test_scrolling_back_reads_a_dropped_page_again_with_the_same_rows(qtbot, tracker_store: Services) -> None:  # type: ignore[no-untyped-def]
    view, model = _view(qtbot, tracker_store)
    first_screen = _ids_shown(model, range(0, 10))
    _scroll_to_the_end(qtbot, view, model)
    assert 0 not in model.pages_held()
    view.scrollToTop()
    qtbot.wait(20)
    assert 0 in model.pages_held() and len(model.pages_held()) <= KEPT
    assert _ids_shown(model, range(0, 10)) == first_screen
    expected = [r.id for r in tracker_store.follow_ups.list_follow_ups(today=TODAY)]
    assert _ids_shown(model, range(320)) == expected  # every row, page by page, in the store's order
    assert len(model.pages_held()) <= KEPT


def test_a_refresh_deep_in_the_list_reads_the_pages_on_screen_and_closes_the_gap(
    qtbot, tracker_store: Services
) -> None:  # type: ignore[no-untyped-def]
    view, model = _view(qtbot, tracker_store)
    _scroll_to_the_end(qtbot, view, model)
    view.scrollTo(model.index(205, 0))
    qtbot.wait(20)
    gone = model.record_at(205)
    tracker_store.follow_ups.delete(gone.id)  # the selected row goes, as after a change in the detail pane
    model.reload(keep_loaded=True)
    assert model.total_count() == 319 and model.rowCount() == 319
    expected = [r.id for r in tracker_store.follow_ups.list_follow_ups(today=TODAY)]
    assert _ids_shown(model, range(200, 240)) == expected[200:240]  # the page of the change and the next one
    assert gone.id not in _ids_shown(model, range(319))
    assert _ids_shown(model, range(319)) == expected


def test_a_count_arriving_later_drops_the_rows_past_it_and_paging_goes_on(qtbot, tracker_store: Services) -> None:  # type: ignore[no-untyped-def]
    view, model = _view(qtbot, tracker_store)
    for _ in range(3):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 4 * PAGE
    doomed = [model.record_at(row).id for row in range(5, 5 + 2 * PAGE)]
    for follow_up_id in doomed:  # two pages' worth go in another window
        tracker_store.follow_ups.delete(follow_up_id)
    model.reload(keep_loaded=True, recount=False)  # as a fast start's refresh: the count comes later
    model.set_total(tracker_store.follow_ups.count(today=TODAY))
    assert model.total_count() == 320 - 2 * PAGE
    _scroll_to_the_end(qtbot, view, model)
    expected = [r.id for r in tracker_store.follow_ups.list_follow_ups(today=TODAY)]
    assert model.rowCount() == len(expected)
    assert _ids_shown(model, range(len(expected))) == expected
