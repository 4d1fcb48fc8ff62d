"""The follow-up tracker's table: rows fetched page by page from SQL, sorted there; overdue red, due soon amber.

The model never holds all follow-ups: it asks its source how many match the filter, loads the
first page, and loads further pages when the view scrolls to them (canFetchMore / fetchMore).
It keeps only the few pages read last (PAGES_KEPT): a page scrolled far past is dropped and read
again, from the key it starts after, when the view comes back to it. Memory is bounded by what
is on screen, not by how far the officer scrolled. Sorting by a column re-runs the query with
another ORDER BY.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.records import FollowUpRow
from minutes_app.domain.vocab import CLOSED_STATUSES, FollowUpStatus
from minutes_app.services.followups import TrackerPage
from minutes_app.services.keyset import SortKey
from minutes_app.ui.common import texts_in, vocabulary_labels
from minutes_app.ui.common.formatting import display_language, format_date, format_utc_timestamp
from minutes_app.ui.common.headered_table_model import AnyIndex
from minutes_app.ui.common.overdue_mark import days_overdue, overdue_icon, with_overdue
from minutes_app.ui.common.paged_table_model import PagedTableModel
from minutes_app.ui.common.texts_in import Shown, fallback_font, with_note

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the FollowUpRow behind a row
# A page is a few screens (the view shows about 30 rows): each read is 100 joined rows built in Python, not 500
# (a sort or a refresh reads one or two of them before the repaint).
PAGE_SIZE = 100
PAGES_KEPT = 12  # pages held at once: many screens either way, a few MiB whatever the store's size

(
    DUE_DATE,
    DESCRIPTION,
    MEETING,
    COUNTRY,
    OWNER,
    DEPARTMENT,
    TOPIC,
    PRIORITY,
    STATUS,
    LAST_UPDATE,
) = range(10)

OVERDUE = "overdue"
DUE_SOON = "due_soon"
DUE_SOON_DAYS = 7
_CLOSED = {status.value for status in CLOSED_STATUSES}
# Light backgrounds with dark text stay readable in light and dark themes alike.
OVERDUE_BACKGROUND = QColor("#f5b7b1")
OVERDUE_FOREGROUND = QColor("#6e0f0f")
DUE_SOON_BACKGROUND = QColor("#ffd98a")
DUE_SOON_FOREGROUND = QColor("#4d3400")
_COLOURS = {
    OVERDUE: (QBrush(OVERDUE_BACKGROUND), QBrush(OVERDUE_FOREGROUND)),
    DUE_SOON: (QBrush(DUE_SOON_BACKGROUND), QBrush(DUE_SOON_FOREGROUND)),
}

_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        ROW_ROLE,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    )
)

# The service's sort key (FollowUpFilter.sort) behind each column.
_SORT_KEYS = {
    DUE_DATE: "due_date",
    DESCRIPTION: "description",
    MEETING: "meeting_date",
    COUNTRY: "country",
    OWNER: "owner_name",
    DEPARTMENT: "department",
    TOPIC: "topic_name",
    PRIORITY: "priority_rank",
    STATUS: "status_rank",
    LAST_UPDATE: "updated_at",
}


def urgency(row: FollowUpRow, today: dt.date) -> str:
    """OVERDUE when past due, unfinished and not deferred, DUE_SOON when due within a week, else ""."""
    if row.due_date is None or row.status in _CLOSED:
        return ""
    if row.due_date < today:
        return "" if row.status == FollowUpStatus.DEFERRED.value else OVERDUE
    if row.due_date <= today + dt.timedelta(days=DUE_SOON_DAYS):
        return DUE_SOON
    return ""


class RowSource(Protocol):
    """Where the rows come from: FollowUpService's list_follow_ups, page_after and count."""

    def list_follow_ups(
        self,
        flt: FollowUpFilter | None = None,
        *,
        today: dt.date | None = None,
        with_last_note: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[FollowUpRow]: ...

    def page_after(
        self,
        flt: FollowUpFilter | None,
        after: SortKey | None,
        *,
        today: dt.date | None = None,
        limit: int,
        with_last_note: bool = False,
    ) -> TrackerPage: ...

    def count(self, flt: FollowUpFilter | None = None, *, today: dt.date | None = None) -> int: ...


class FollowUpsTableModel(PagedTableModel):
    """Follow-ups with due date, action, meeting, country, owner, department, topic, priority, status."""

    HEADER_CONTEXT = "FollowUpsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Due"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Action"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Meeting"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Country"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Owner"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Department"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Topic"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Priority"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Status"),
        QT_TRANSLATE_NOOP("FollowUpsTableModel", "Last update"),
    )

    def __init__(
        self,
        source: RowSource,
        parent: QObject | None = None,
        *,
        today: dt.date | None = None,
        page_size: int = PAGE_SIZE,
        pages_kept: int = PAGES_KEPT,
    ) -> None:
        super().__init__(parent, page_size=page_size, pages_kept=pages_kept)
        self._source = source
        self._today = today
        self._filter = FollowUpFilter()
        self._starts: list[SortKey | None] = []  # the key each page reached starts after (None: the first)
        # self._row_count: the rows reached by scrolling
        self._last_key: SortKey | None = None  # where the reached rows end: the next page starts after it
        self._total = 0
        self._topic_names: dict[int, str] = {}
        self._loaded_once = False
        self._texts_language = ""  # "" shows the original texts (see ui.common.texts_in)
        self._sort_column = DUE_DATE

    # Querying ---------------------------------------------------------------------------

    def today(self) -> dt.date:
        """The date urgency is measured against (today unless a test fixed it)."""
        return self._today or dt.date.today()

    def set_topic_names(self, names: dict[int, str]) -> None:
        """Topic names in the interface language, by topic id (else the stored English name)."""
        self._topic_names = dict(names)

    def texts_language(self) -> str:
        """The language the rows' texts are shown in; "" for each text's original."""
        return self._texts_language

    def set_texts_language(self, lang: str) -> None:
        """Show the texts in `lang` ("" for the original); a text column sorted on sorts by the shown text."""
        if lang == self._texts_language:
            return
        self._texts_language = lang
        self._filter.sort = self._sort_key(self._sort_column)
        if self._loaded_once:
            self.reload(keep_loaded=True, recount=False)

    def _sort_key(self, column: int) -> str:
        """The service's sort key of `column` for the texts as shown."""
        key = _SORT_KEYS.get(column, "due_date")
        lang = self._texts_language
        if column in (DESCRIPTION, DEPARTMENT, OWNER) and lang:
            return f"{key}_{lang}"
        topic_lang = lang or display_language()  # the original shows topics in the interface language
        if column == TOPIC and topic_lang in ("az", "ru"):
            return f"topic_name_{topic_lang}"
        return key

    def current_filter(self) -> FollowUpFilter:
        """The filter and sort order the rows are queried with (a copy)."""
        return replace(self._filter, statuses=list(self._filter.statuses))

    def set_filter(self, flt: FollowUpFilter) -> None:
        """Query the rows matching `flt`, keeping the current sort order."""
        self._filter = replace(
            flt,
            statuses=list(flt.statuses),
            sort=self._filter.sort,
            descending=self._filter.descending,
        )
        self.reload(keep_loaded=False)

    def reload(self, *, keep_loaded: bool = True, recount: bool = True) -> None:
        """Run the query again; with `keep_loaded`, as many rows as were reached stay reachable (read again on show).

        After a change the pages keep the keys they start after, so the rows on screen are read
        again from there: a refresh reads a page or two, wherever the view is.
        """
        self.beginResetModel()
        self._pages.clear()
        if keep_loaded and len(self._starts) > 1:
            if recount:
                self._total = self._source.count(self._filter, today=self.today())
            self._row_count = min(self._row_count, self._total)
            self._forget_past_extent()
            self._loaded_once = True
            self.endResetModel()
            return
        page = self._source.page_after(self._filter, None, today=self.today(), limit=self._page_size)
        self._starts = [None]
        self._pages[0] = page.rows
        self._row_count, self._last_key = len(page.rows), page.last_key
        if len(page.rows) < self._page_size:
            self._total = len(page.rows)  # a short page is everything: no second query to count
        elif recount:
            self._total = self._source.count(self._filter, today=self.today())
        else:
            self._total = max(self._total, len(page.rows))  # at least this page, until set_total() says how many
        self._loaded_once = True
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` in SQL: the query runs again from its first page."""
        if column not in _SORT_KEYS:
            return
        self._sort_column = column
        self._filter.sort = self._sort_key(column)
        self._filter.descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded_once:
            self.reload(keep_loaded=False, recount=False)  # the same rows in another order

    def set_total(self, total: int) -> None:
        """How many follow-ups match, counted after a reload without recount: rows past it go, more can be fetched."""
        if total < self._row_count:
            self.beginRemoveRows(QModelIndex(), total, self._row_count - 1)
            self._row_count = total
            self._forget_past_extent()
            self.endRemoveRows()
        self._total = total

    def _forget_past_extent(self) -> None:
        """Pages past the rows reached are forgotten; the last one reached is read again when shown or grown."""
        pages = max(1, -(-self._row_count // self._page_size))
        if len(self._starts) > pages:
            del self._starts[pages:]
            for number in [n for n in self._pages if n >= pages - 1]:
                del self._pages[number]

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._row_count < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if parent.isValid():
            return
        if self._row_count % self._page_size:  # the last page was short when read: read it again, it may have grown
            self._grow_last_page()
            return
        # by key, not by offset: the page after the last reached row, sought in the index
        page = self._source.page_after(self._filter, self._last_key, today=self.today(), limit=self._page_size)
        if not page.rows:
            self._total = self._row_count  # rows were deleted since the count: stop asking
            return
        first = self._row_count
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._starts.append(self._last_key)
        self._keep(len(self._starts) - 1, page.rows)
        self._row_count += len(page.rows)
        self._last_key = page.last_key
        self.endInsertRows()

    def _grow_last_page(self) -> None:
        last = len(self._starts) - 1
        self._pages.pop(last, None)
        grown = last * self._page_size + len(self._page(last))
        if grown <= self._row_count:
            self._total = self._row_count  # nothing follows: stop asking
            return
        self.beginInsertRows(QModelIndex(), self._row_count, grown - 1)
        self._row_count = grown
        self.endInsertRows()

    # The pages held --------------------------------------------------------------------

    def _read_page(self, number: int) -> list[FollowUpRow]:
        """Page `number` read again from the key it starts after."""
        page = self._source.page_after(self._filter, self._starts[number], today=self.today(), limit=self._page_size)
        following = number + 1
        if following < len(self._starts) and page.rows and self._starts[following] != page.last_key:
            # Rows were added or removed before here since the next page was read: it starts after this one now.
            self._starts[following] = page.last_key
            self._pages.pop(following, None)
        if following == len(self._starts) and page.rows:
            self._last_key = page.last_key
        self._keep(number, page.rows)
        return page.rows

    # Reading rows -----------------------------------------------------------------------

    def total_count(self) -> int:
        """How many follow-ups match the filter, loaded or not."""
        return self._total

    def record_at(self, row: int) -> FollowUpRow:
        """The follow-up shown in `row`."""
        record = self._row(row)
        if record is None:
            raise IndexError(f"no follow-up in row {row}")
        return record  # type: ignore[no-any-return]

    def records(self) -> list[FollowUpRow]:
        """Every follow-up reached by scrolling, in display order (pages not held are read again)."""
        pages = len(self._starts) if self._row_count else 0
        return [record for number in range(pages) for record in self._page(number)][: self._row_count]

    def row_of_id(self, follow_up_id: int, *, near: int = -1) -> int:
        """The row of a follow-up among the pages held, or -1; the page of row `near` is read first when not held."""
        if 0 <= near < self._row_count:
            self._page(near // self._page_size)
        return self.row_of(lambda record: record.id == follow_up_id)

    # Cells ------------------------------------------------------------------------------

    def cell(self, record: FollowUpRow, column: int) -> Shown:
        """The text of one cell in the texts language, and whether it fell back to the original."""
        lang = self._texts_language
        if column == DESCRIPTION:
            return texts_in.record_text(record, "description", lang)
        if column == MEETING:
            title = Shown(record.meeting_title)
            if lang != record.language:
                title = texts_in.form_in(record.meeting_titles, lang, record.meeting_title)
            return Shown(f"{format_date(record.meeting_date)} {title.text}".strip(), title.fallback)
        if column == OWNER:
            return texts_in.form_in(record.owner_names, lang, record.owner_name)
        if column == DEPARTMENT:
            return texts_in.record_text(record, "department", lang)
        if column == TOPIC:
            interface_name = self._topic_names.get(record.topic_id or 0, record.topic_name)
            if lang == "en":  # the recorded name is the English one
                return Shown(record.topic_name)
            return Shown(record.topic_names.get(lang, "") or interface_name if lang else interface_name)
        return Shown(self._plain_text(record, column))

    def _plain_text(self, record: FollowUpRow, column: int) -> str:
        lang = self._texts_language
        if column == DUE_DATE:
            return format_date(record.due_date)
        if column == COUNTRY:
            return texts_in.countries(record.countries, lang)
        if column == PRIORITY:
            return texts_in.vocabulary(vocabulary_labels.PRIORITY, record.priority, lang)
        if column == STATUS:
            status = texts_in.vocabulary(vocabulary_labels.FOLLOW_UP_STATUS, record.status, lang)
            return with_overdue(status, days_overdue(record.due_date, record.status, self.today()))
        if column == LAST_UPDATE:
            return format_utc_timestamp(record.updated_at)
        return ""

    def display_text(self, record: FollowUpRow, column: int) -> str:
        """The text of one cell."""
        return self.cell(record, column).text

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The view asks seven roles of each cell it paints: those never answered go before the row is looked up.
        if role not in _ANSWERED or (role == Qt.ItemDataRole.DecorationRole and index.column() != STATUS):
            return None
        record = self._row(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(record, index.column())
        if role == ROW_ROLE:
            return record
        if role == Qt.ItemDataRole.DecorationRole and index.column() == STATUS:
            # The icon, like the words, stays when the row is selected and its colour is gone.
            return overdue_icon() if days_overdue(record.due_date, record.status, self.today()) else None
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            colours = _COLOURS.get(urgency(record, self.today()))
            if colours is None:
                return None
            return colours[0] if role == Qt.ItemDataRole.BackgroundRole else colours[1]
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole) and self._texts_language:
            if self.cell(record, index.column()).fallback:
                if role == Qt.ItemDataRole.FontRole:
                    return fallback_font()
                tooltip = self.display_text(record, index.column()) if index.column() in (DESCRIPTION, MEETING) else ""
                return with_note(tooltip, self._texts_language)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (DESCRIPTION, MEETING):
            return self.display_text(record, index.column())
        return None
