"""The tracker's table model without a window: pages fetched as needed, sorting in SQL, urgency colours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import event

from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services import Services
from minutes_app.ui.tracker import followups_table_model as col
from minutes_app.ui.tracker.followups_table_model import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_FOREGROUND,
    OVERDUE_BACKGROUND,
    OVERDUE_FOREGROUND,
    FollowUpsTableModel,
)
from tests.ui.conftest import TODAY
from tests.ui.test_tracker_data import specification


def _model(services: Services, page_size: int = 50) -> FollowUpsTableModel:
    model = FollowUpsTableModel(services.follow_ups, today=TODAY, page_size=page_size)
    model.set_filter(FollowUpFilter())
    return model


def _fetch_all(model: FollowUpsTableModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_rows_are_fetched_a_page_at_a_time(tracker_store: Services) -> None:
    model = _model(tracker_store)
    assert (model.rowCount(), model.total_count()) == (50, 320)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    _fetch_all(model)
    assert model.rowCount() == 320 and not model.canFetchMore(QModelIndex())
    assert [r.id for r in model.records()] == [r.id for r in tracker_store.follow_ups.list_follow_ups(today=TODAY)]
    assert len({r.id for r in model.records()}) == 320  # no page fetched twice


def test_scrolling_the_view_down_loads_more_rows(qtbot, tracker_store: Services) -> None:  # type: ignore[no-untyped-def]
    model = _model(tracker_store)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 50
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() >= 100)
    for _ in range(10):
        view.scrollToBottom()
        qtbot.wait(20)
    assert model.rowCount() == 320


def test_a_filter_counts_and_pages_only_its_rows(tracker_store: Services) -> None:
    model = _model(tracker_store, page_size=20)
    model.set_filter(FollowUpFilter(country="RU"))
    expected = [s for s in specification() if s.country == "RU"]
    assert model.total_count() == len(expected) == 64
    assert model.rowCount() == 20
    _fetch_all(model)
    assert sorted(r.description for r in model.records()) == sorted(s.description for s in expected)


def test_sorting_runs_the_query_again(tracker_store: Services) -> None:
    model = _model(tracker_store)
    model.sort(col.PRIORITY, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 50
    assert {model.index(r, col.PRIORITY).data() for r in range(50)} == {"Urgent"}  # 80 urgent ones: the first page
    model.sort(col.COUNTRY, Qt.SortOrder.AscendingOrder)
    assert model.index(0, col.COUNTRY).data() == "Germany"  # DE sorts first
    model.sort(col.DUE_DATE, Qt.SortOrder.DescendingOrder)
    _fetch_all(model)
    dates = [r.due_date for r in model.records()]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True)
    assert dates[-1] is None  # undated last in either direction
    assert model.current_filter().sort == "due_date" and model.current_filter().descending


def test_sorting_reads_the_first_page_again_and_counts_nothing(tracker_store: Services) -> None:
    model = _model(tracker_store)
    statements: list[str] = []

    @event.listens_for(tracker_store.store.engine, "before_cursor_execute")
    def _seen(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    try:
        model.sort(col.DESCRIPTION, Qt.SortOrder.DescendingOrder)
    finally:
        event.remove(tracker_store.store.engine, "before_cursor_execute", _seen)
    assert not [s for s in statements if "count(" in s]  # the same rows in another order: as many as before
    assert (model.rowCount(), model.total_count()) == (50, 320)
    _fetch_all(model)
    assert model.rowCount() == 320


def test_sorting_keeps_the_filter(tracker_store: Services) -> None:
    model = _model(tracker_store)
    model.set_filter(FollowUpFilter(statuses=["done"]))
    model.sort(col.DESCRIPTION, Qt.SortOrder.DescendingOrder)
    _fetch_all(model)
    descriptions = [r.description for r in model.records()]
    assert {r.status for r in model.records()} == {"done"}
    assert descriptions == sorted(descriptions, reverse=True)


def test_overdue_rows_are_red_and_rows_due_within_a_week_amber(tracker_store: Services) -> None:
    model = _model(tracker_store)
    _fetch_all(model)
    seen = set()
    for row, record in enumerate(model.records()):
        foreground = model.index(row, col.DESCRIPTION).data(Qt.ItemDataRole.ForegroundRole)
        background = model.index(row, col.DUE_DATE).data(Qt.ItemDataRole.BackgroundRole)
        finished = record.status in ("done", "cancelled")
        if record.due_date and record.due_date < TODAY and not finished and record.status != "deferred":
            assert (foreground.color(), background.color()) == (OVERDUE_FOREGROUND, OVERDUE_BACKGROUND)
            seen.add("red")
        elif record.due_date and TODAY <= record.due_date <= TODAY + dt.timedelta(days=7) and not finished:
            assert (foreground.color(), background.color()) == (DUE_SOON_FOREGROUND, DUE_SOON_BACKGROUND)
            seen.add("amber")
        else:
            assert foreground is None and background is None
            seen.add("plain")
    assert seen == {"red", "amber", "plain"}


def test_the_colours_are_readable() -> None:
    def luminance(colour) -> float:  # type: ignore[no-untyped-def]
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    for fore, back in ((OVERDUE_FOREGROUND, OVERDUE_BACKGROUND), (DUE_SOON_FOREGROUND, DUE_SOON_BACKGROUND)):
        contrast = (luminance(back) + 0.05) / (luminance(fore) + 0.05)
        assert contrast >= 7  # WCAG AAA for normal text


def test_the_model_passes_qt_s_model_checks(qtmodeltester, tracker_store: Services) -> None:  # type: ignore[no-untyped-def]
    model = _model(tracker_store, page_size=40)
    qtmodeltester.check(model, force_py=True)


class _NoOffsets:
    """The service, refusing OFFSET paging: the tracker must ask for the page after its last row."""

    def __init__(self, services: Services) -> None:
        self._service = services.follow_ups
        self.page_after = self._service.page_after
        self.count = self._service.count

    def list_follow_ups(self, *args, offset: int = 0, **kwargs):  # type: ignore[no-untyped-def]
        assert not offset, "the tracker paged by OFFSET"
        return self._service.list_follow_ups(*args, **kwargs)


def test_pages_follow_the_last_row_under_every_sort(tracker_store: Services) -> None:
    model = FollowUpsTableModel(_NoOffsets(tracker_store), today=TODAY, page_size=37)  # type: ignore[arg-type]
    model.set_filter(FollowUpFilter())
    for column, order in ((col.DUE_DATE, Qt.SortOrder.AscendingOrder), (col.COUNTRY, Qt.SortOrder.DescendingOrder)):
        model.sort(column, order)
        _fetch_all(model)
        expected = tracker_store.follow_ups.list_follow_ups(model.current_filter(), today=TODAY)
        assert [r.id for r in model.records()] == [r.id for r in expected]
        assert model.rowCount() == 320
