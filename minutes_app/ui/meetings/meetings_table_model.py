"""The meetings list as a table read from SQL a page at a time, newest first by default.

The model never holds every meeting: it counts the meetings the filter finds (the view's rows, so
the scroll bar spans them all) and reads a page when the view shows one of its rows, from the key
of the row before it (services/meeting_list.py). Only the pages read last are kept (PAGES_KEPT):
memory is bounded by what is on screen. A refresh, a sort, a filter word or another texts language
reads the first page and the counts again; any other page is read again when it is shown.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt

from minutes_app.domain.countries import all_countries
from minutes_app.domain.filters import MeetingQuery, MeetingWord
from minutes_app.domain.records import MeetingSummary
from minutes_app.domain.textfold import index_terms, query_terms
from minutes_app.services.keyset import SortKey
from minutes_app.services.meeting_list import MeetingPage
from minutes_app.ui.common import texts_in, vocabulary_labels
from minutes_app.ui.common.formatting import format_date
from minutes_app.ui.common.headered_table_model import AnyIndex
from minutes_app.ui.common.paged_table_model import PagedTableModel
from minutes_app.ui.common.texts_in import fallback_font, with_note

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the MeetingSummary behind a row
PAGE_SIZE = 100  # a page is two or three screens; reading one takes a few milliseconds at any store size
PAGES_KEPT = 6

DATE, TITLE, KIND, COUNTRY, STATUS, OPEN_FOLLOW_UPS = range(6)
# The service's sort (MeetingQuery.sort) behind each column.
_SORTS = {
    DATE: "date",
    TITLE: "title",
    KIND: "kind",
    COUNTRY: "country",
    STATUS: "status",
    OPEN_FOLLOW_UPS: "open_follow_ups",
}
_VOCABULARIES = {KIND: vocabulary_labels.MEETING_KIND, STATUS: vocabulary_labels.MEETING_STATUS}
# The roles data() answers; the view asks for about twice as many for every cell it paints.
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        ROW_ROLE,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


class MeetingSource(Protocol):
    """Where the rows come from: services.meeting_list.MeetingListService."""

    def page_after(self, query: MeetingQuery, after: SortKey | None, *, limit: int) -> MeetingPage: ...

    def key_at(self, query: MeetingQuery, offset: int) -> SortKey | None: ...

    def count(self, query: MeetingQuery) -> int: ...

    def position_of(self, query: MeetingQuery, meeting_id: int) -> int: ...


class MeetingsTableModel(PagedTableModel):
    """Meetings with date, title, kind, counterpart country, status and open follow-ups."""

    HEADER_CONTEXT = "MeetingsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Date"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Title"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Counterpart country"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Status"),
        QT_TRANSLATE_NOOP("MeetingsTableModel", "Open follow-ups"),
    )

    def __init__(
        self,
        source: MeetingSource,
        parent: QObject | None = None,
        *,
        page_size: int | None = None,
        pages_kept: int | None = None,
    ) -> None:
        """`page_size` and `pages_kept` default to PAGE_SIZE and PAGES_KEPT as they are when the model is made."""
        super().__init__(parent, page_size=page_size or PAGE_SIZE, pages_kept=pages_kept or PAGES_KEPT)
        self._source = source
        self._starts: dict[int, SortKey | None] = {0: None}  # the key each known page starts after
        # self._row_count: the meetings the filter finds
        self._total = 0  # every live meeting
        self._terms: list[str] = []
        self._sort_column = DATE
        self._descending = True
        self._texts_language = ""  # "" shows the original texts (see ui.common.texts_in)
        self._query = MeetingQuery()  # what the pages held were read with
        self._loaded = False  # until the first reload(), a sort or filter only says how to read

    # The query ----------------------------------------------------------------------------

    def query(self) -> MeetingQuery:
        """What the rows are read with: the filter's words, the sort, in the words the interface shows now."""
        lang = self._texts_language
        column = self._sort_column
        order: tuple[str, ...] = ()
        if column in _VOCABULARIES:
            names = [
                (texts_in.vocabulary(_VOCABULARIES[column], value, lang).casefold(), value)
                for value in self._values(column)
            ]
            order = tuple(value for _name, value in sorted(names))
        elif column == COUNTRY:
            names = [(texts_in.countries([code], lang).casefold(), code) for code, _name in all_countries()]
            order = tuple(code for _name, code in sorted(names))
        return MeetingQuery(
            words=tuple(self._word(term) for term in self._terms),
            sort=_SORTS[column],
            descending=self._descending,
            lang=lang,
            order=order,
        )

    @staticmethod
    def _values(column: int) -> list[str]:
        return [value for value, _label in vocabulary_labels.choices(_VOCABULARIES[column])]

    def _word(self, term: str) -> MeetingWord:
        """A filter word with the kinds and statuses whose shown name it finds (as the rows show them now)."""

        def found(column: int) -> tuple[str, ...]:
            shown = (
                (v, texts_in.vocabulary(_VOCABULARIES[column], v, self._texts_language)) for v in self._values(column)
            )
            return tuple(v for v, name in shown if any(w.startswith(term) for w in index_terms(name).split()))

        return MeetingWord(term, found(KIND), found(STATUS))

    def texts_language(self) -> str:
        """The language the rows' texts are shown in; "" for each text's original."""
        return self._texts_language

    def set_texts_language(self, lang: str) -> None:
        """Show the texts in `lang` ("" for the original); sorting and the filter follow the shown texts."""
        if lang != self._texts_language:
            self._texts_language = lang
            self._reload_if_loaded()

    def set_filter_text(self, text: str) -> None:
        """Show only the meetings every word of `text` finds (folded: any case, accent or script)."""
        wanted = query_terms(text)
        if wanted != self._terms:
            self._terms = wanted
            if self._loaded:
                self.reload(recount=False)  # the same meetings, another filter: the total stands

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` in SQL: the first page is read again."""
        if column not in _SORTS:
            return
        self._sort_column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self._reload_if_loaded()

    def _reload_if_loaded(self) -> None:
        if self._loaded:
            self.reload()

    def reload(self, *, recount: bool = True) -> None:
        """Count and read the first page again; the other pages are read again when shown.

        Without `recount`, the number of every meeting is kept (only the filter changed).
        """
        self.beginResetModel()
        self._pages.clear()
        self._starts = {0: None}
        self._query = query = self.query()
        first = self._source.page_after(query, None, limit=self._page_size)
        self._keep_page(0, first)
        short = len(first.rows) < self._page_size  # a short first page is every match: nothing to count
        self._row_count = len(first.rows) if short else self._source.count(query)
        if not self._terms:
            self._total = self._row_count
        elif recount or not self._loaded:
            self._total = self._source.count(MeetingQuery())
        self._loaded = True
        self.endResetModel()

    # The pages held --------------------------------------------------------------------

    def _keep_page(self, number: int, page: MeetingPage) -> None:
        if page.last_key is not None and len(page.rows) == self._page_size:
            self._starts[number + 1] = page.last_key
        self._keep(number, page.rows)

    def _read_page(self, number: int) -> list[MeetingSummary]:
        """Page `number` read from the key it starts after (found by its position when not known)."""
        query = self._query
        if number in self._starts:
            start = self._starts[number]
        else:  # scrolled straight to it: the key of the row before it, by its position
            start = self._source.key_at(query, number * self._page_size - 1)
            if start is None:
                return []
            self._starts[number] = start
        page = self._source.page_after(query, start, limit=self._page_size)
        self._keep_page(number, page)
        return page.rows

    # Reading rows -----------------------------------------------------------------------

    def total_count(self) -> int:
        """How many meetings are listed, whether the filter shows them or not."""
        return self._total

    def record_at(self, row: int) -> MeetingSummary:
        """The meeting shown in `row`."""
        record = self._row(row)
        if record is None:
            raise IndexError(f"no meeting in row {row}")
        return record  # type: ignore[no-any-return]

    def records(self) -> list[MeetingSummary]:
        """The meetings held in memory (the pages read last), in display order."""
        return [record for number in sorted(self._pages) for record in self._pages[number]]

    def row_of_meeting(self, meeting_id: int) -> int:
        """The row of a meeting in the current order and filter, or -1."""
        held = self.row_of(lambda record: record.id == meeting_id)
        if held >= 0:
            return held
        row = self._source.position_of(self._query, meeting_id)
        if row < 0 or row >= self._row_count:
            return -1
        found = self._row(row)
        return row if found is not None and found.id == meeting_id else -1

    # Cells ------------------------------------------------------------------------------

    def display_text(self, record: MeetingSummary, column: int) -> str:
        """The text of one cell, in the texts language."""
        lang = self._texts_language
        if column == DATE:
            return format_date(record.date)
        if column == TITLE:
            return texts_in.record_text(record, "title", lang).text
        if column == KIND:
            return texts_in.vocabulary(vocabulary_labels.MEETING_KIND, record.kind, lang)
        if column == COUNTRY:
            return texts_in.countries(record.countries, lang)
        if column == STATUS:
            return texts_in.vocabulary(vocabulary_labels.MEETING_STATUS, record.status, lang)
        if column == OPEN_FOLLOW_UPS:
            return str(record.open_follow_ups)
        return ""

    def is_fallback(self, record: MeetingSummary, column: int) -> bool:
        """The title shows as written when it has no translation into the texts language."""
        return column == TITLE and texts_in.record_text(record, "title", self._texts_language).fallback

    def venue(self, record: MeetingSummary) -> str:
        """The venue in the texts language (as written when it has no translation)."""
        return texts_in.record_text(record, "venue", self._texts_language).text

    def _cell_data(self, record: MeetingSummary, column: int, role: int) -> Any:
        """Counts align right; the full title and the venue show as a tooltip."""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OPEN_FOLLOW_UPS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            title, venue = self.display_text(record, TITLE), self.venue(record)
            return f"{title}\n{venue}" if venue else title
        return None

    # Qt's model interface ---------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None  # most of what the view asks of a cell (colours, decoration, size...): no row to find
        record = self._row(index.row()) if index.isValid() else None
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(record, index.column())
        if role == ROW_ROLE:
            return record
        if role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole) and self._texts_language:
            if self.is_fallback(record, index.column()):
                if role == Qt.ItemDataRole.FontRole:
                    return fallback_font()
                return with_note(self._cell_data(record, index.column(), role), self._texts_language)
        return self._cell_data(record, index.column(), role)
