"""The meetings page's rows in SQL, a page at a time: its sort orders, its quick filter, counts and positions.

A page is read by key (services/keyset.py): the rows after the last row's sort value and id, so a
refresh reads what is on screen, not every meeting. The default order (newest first, either way)
comes from ``ix_meeting_live_date``, the title order from the list texts' keys (migration 0010);
the kind, status, country and open follow-up orders sort the matching meetings.

The quick filter finds a meeting when every word starts a word of its title (as written or in a
translation), reference or counterpart countries' names in any language (folded: the
``meeting_list_text`` terms), or of its date (day, month, year), kind or status as shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, case, extract, func, literal, or_, select
from sqlalchemy.orm import Session

from minutes_app.domain import records as r
from minutes_app.domain.filters import MeetingQuery, MeetingWord
from minutes_app.domain.multilingual import LANGUAGES
from minutes_app.domain.vocab import CLOSED_STATUSES
from minutes_app.services.keyset import SortKey, key_of, keyset_parts
from minutes_app.services.live_counts import not_deleted_count
from minutes_app.services.meeting_countries import FIRST_COUNTRY, first_country
from minutes_app.services.meetings import open_follow_ups_of_row, summaries, summary_columns
from minutes_app.store import models as m
from minutes_app.store.database import Store

SORTS = ("date", "title", "kind", "status", "country", "open_follow_ups")
_TERM = re.compile(r"[a-z0-9]+")
_MEETING = m.MeetingRow
_TEXT = m.MeetingListTextRow


# Open follow-ups per meeting in one grouped pass, to sort by: counted per row, sorting 50,000
# meetings ran the count 50,000 times for every page (3.6 s at five times the ministry's store).
OPEN_COUNTS = (
    select(m.FollowUpRow.meeting_id, func.count(m.FollowUpRow.id).label("n"))
    .where(m.FollowUpRow.deleted_at.is_(None), m.FollowUpRow.status.not_in([s.value for s in CLOSED_STATUSES]))
    .group_by(m.FollowUpRow.meeting_id)
    .subquery("open_counts")
)


@dataclass(slots=True)
class MeetingPage:
    """One page of the meetings list and the key to ask for the next one with (None when the page is empty)."""

    rows: list[r.MeetingSummary]
    last_key: SortKey | None


def sort_value(query: MeetingQuery, dialect: str = "sqlite") -> ColumnElement[Any]:
    """The column or expression the page is ordered by (then by id); NULL values come last either way."""
    if query.sort == "title":
        key = getattr(_TEXT, f"title_key_{query.lang}") if query.lang in LANGUAGES else _TEXT.title_key
        return key  # type: ignore[return-value]
    if query.sort in ("kind", "status"):
        column = getattr(_MEETING, query.sort)
        if not query.order:
            return column  # type: ignore[no-any-return]
        return case({value: rank for rank, value in enumerate(query.order)}, value=column, else_=len(query.order))
    if query.sort == "country":
        code = FIRST_COUNTRY.c.country if dialect == "postgresql" else first_country()
        if not query.order:
            return code
        return case({value: rank for rank, value in enumerate(query.order)}, value=code, else_=None)
    if query.sort == "open_follow_ups":
        return func.coalesce(OPEN_COUNTS.c.n, 0)
    return _MEETING.date  # type: ignore[return-value]


def _word_condition(word: MeetingWord) -> ColumnElement[bool]:
    """SQL: the word starts a word of the meeting's texts, of its date, or of its kind's or status's shown name."""
    term = word.term
    if not _TERM.fullmatch(term):
        raise ValueError(f"not a folded search term: {term!r}")  # query_terms() makes only [a-z0-9] terms
    found: list[ColumnElement[bool]] = [(literal(" ") + _TEXT.terms).like(f"% {term}%")]
    if term.isdigit():
        found += _date_conditions(term)
    if word.kinds:
        found.append(_MEETING.kind.in_(word.kinds))
    if word.statuses:
        found.append(_MEETING.status.in_(word.statuses))
    return or_(*found)


def _date_conditions(term: str) -> list[ColumnElement[bool]]:
    """A digit word finds the dates whose day, month (two digits) or year it starts (15.10.2026 and 2026-10-15 alike)."""
    days = [d for d in range(1, 32) if f"{d:02d}".startswith(term)]
    months = [n for n in range(1, 13) if f"{n:02d}".startswith(term)]
    found: list[ColumnElement[bool]] = []
    if days:
        found.append(extract("day", _MEETING.date).in_(days))
    if months:
        found.append(extract("month", _MEETING.date).in_(months))
    if len(term) <= 4:
        low, high = int(term.ljust(4, "0")), int(term.ljust(4, "9"))
        found.append(extract("year", _MEETING.date).between(low, high))
    return found


def _ident(query: MeetingQuery) -> ColumnElement[int]:
    """The meeting's id as the order's last column: the list text's copy when the title index gives the order."""
    return _TEXT.meeting_id if query.sort == "title" else _MEETING.id  # type: ignore[return-value]


def _base(query: MeetingQuery, columns: tuple[Any, ...], dialect: str) -> Select[Any]:
    """SELECT `columns` of the live meetings every word of the filter finds, unordered."""
    live = _MEETING.deleted_at.is_(None)
    if query.sort == "title":
        # wrapped, so SQLite walks the title index in order rather than seek the live meetings and sort them
        live = func.coalesce(_MEETING.deleted_at, None).is_(None)
    stmt = select(*columns).where(live)
    if query.words or query.sort == "title":
        # Inner: every meeting has its row, and SQLite may then walk the title index first.
        stmt = stmt.join(_TEXT, _TEXT.meeting_id == _MEETING.id)
    for word in query.words:
        stmt = stmt.where(_word_condition(word))
    if query.sort == "country" and dialect == "postgresql":
        stmt = stmt.outerjoin(FIRST_COUNTRY, FIRST_COUNTRY.c.meeting_id == _MEETING.id)
    if query.sort == "open_follow_ups":
        stmt = stmt.outerjoin(OPEN_COUNTS, OPEN_COUNTS.c.meeting_id == _MEETING.id)
    return stmt


def page_statements(query: MeetingQuery, after: SortKey | None, dialect: str = "sqlite") -> list[Select[Any]]:
    """The queries of the page after `after` (None: the first), in order: the rows with a sort value, then the others."""
    if after is None:
        return list(_first_page_statements(query, dialect))
    return _page_statements(query, after, dialect)


def _page_statements(query: MeetingQuery, after: SortKey | None, dialect: str) -> list[Select[Any]]:
    column = sort_value(query, dialect)
    base = _base(query, (*summary_columns(open_follow_ups_of_row()), column.label("sort_value")), dialect)
    return keyset_parts(base, column, _ident(query), descending=query.descending, after=after)


@lru_cache(maxsize=32)
def _first_page_statements(query: MeetingQuery, dialect: str) -> tuple[Select[Any], ...]:
    # Built once per query (statements are immutable): building them took as long as running them,
    # 5 ms of a refresh at five times the ministry's store.
    return tuple(_page_statements(query, None, dialect))


def live_count_statement(dialect: str) -> Select[Any]:
    """SELECT how many meetings are not in the trash.

    On SQLite every meeting less those in the trash: a table's whole count is read from the b-tree
    without visiting its rows, and the trash is a short range of ``ix_meeting_live_date``; counting
    the live ones walked that index's 50,000 entries at five times the ministry's store (2-10 ms a
    refresh). PostgreSQL counts the live meetings as such.
    """
    live = select(func.count()).select_from(_MEETING).where(_MEETING.deleted_at.is_(None))
    if dialect != "sqlite":
        return live
    return select(not_deleted_count(_MEETING))


class MeetingListService:
    """The meetings page's reads; each call one read transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def page_after(self, query: MeetingQuery, after: SortKey | None, *, limit: int) -> MeetingPage:
        """The `limit` meetings that follow the one whose key is `after` (None: the first page), in the query's order."""
        limit = max(0, limit)
        rows: list[Any] = []
        with self.store.reading() as session:
            for part in page_statements(query, after, self.store.dialect):
                if len(rows) >= limit:
                    break
                rows += session.execute(part.limit(limit - len(rows))).all()
            records = summaries(session, rows)
        return MeetingPage(records, key_of(rows[-1]) if rows else None)

    def key_at(self, query: MeetingQuery, offset: int) -> SortKey | None:
        """The key of the meeting at `offset` (from 0) in the query's order, to read the page after it; None past the end."""
        with self.store.reading() as session:
            valued, empty = self._key_parts(query, None)
            row = session.execute(valued.limit(1).offset(offset)).first()
            if row is None:
                before = self._count(session, valued)
                if offset >= before:
                    row = session.execute(empty.limit(1).offset(offset - before)).first()
        return key_of(row) if row is not None else None

    def count(self, query: MeetingQuery) -> int:
        """How many live meetings the query's words find."""
        with self.store.reading() as session:
            if not query.words:
                return int(session.scalar(live_count_statement(self.store.dialect)) or 0)
            return self._count(session, _base(query, (_MEETING.id,), self.store.dialect))

    def position_of(self, query: MeetingQuery, meeting_id: int) -> int:
        """The row (from 0) of a meeting in the query's order; -1 when the filter hides it or it is not listed."""
        column = sort_value(query, self.store.dialect)
        with self.store.reading() as session:
            found = session.execute(
                _base(query, (_MEETING.id, column.label("sort_value")), self.store.dialect).where(
                    _MEETING.id == meeting_id
                )
            ).first()
            if found is None:
                return -1
            key = key_of(found)
            # The rows before it are the rows after it in the opposite order, but for the empty ones,
            # which come last either way.
            reverse = keyset_parts(
                _base(query, (_MEETING.id,), self.store.dialect),
                column,
                _ident(query),
                descending=not query.descending,
                after=key,
            )
            if not key.empty:
                return self._count(session, reverse[0])
            valued = self._key_parts(query, None)[0]
            return self._count(session, valued) + self._count(session, reverse[-1])

    def _key_parts(self, query: MeetingQuery, after: SortKey | None) -> list[Select[Any]]:
        column = sort_value(query, self.store.dialect)
        base = _base(query, (_MEETING.id, column.label("sort_value")), self.store.dialect)
        return keyset_parts(base, column, _ident(query), descending=query.descending, after=after)

    @staticmethod
    def _count(session: Session, stmt: Select[Any]) -> int:
        return int(session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0)
