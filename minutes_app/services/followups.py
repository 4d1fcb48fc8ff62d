"""The follow-up tracker: filtered lists in SQL, status changes and notes with dated history."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    cast,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Join

from minutes_app.domain import records as r
from minutes_app.domain.collation import sort_names
from minutes_app.domain.errors import ConflictError, NotFoundError, ValidationError
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.domain.multilingual import LANGUAGES
from minutes_app.domain.vocab import CLOSED_STATUSES, NEVER_OVERDUE_STATUSES, FollowUpStatus, NoteKind, Priority
from minutes_app.services import audit, audit_diff, convert, hooks
from minutes_app.services import validation as v
from minutes_app.services.distinct_values import distinct_values
from minutes_app.services.followup_writer import record_status_change
from minutes_app.services.keyset import SortKey
from minutes_app.services.live_counts import not_deleted_count
from minutes_app.services.meeting_countries import FIRST_COUNTRY
from minutes_app.services.translated_sql import parse_list_translations, text_in, translations_of
from minutes_app.services.write_lock import lock_meeting_of_follow_up
from minutes_app.store import models as m
from minutes_app.store.database import Store
from minutes_app.store.models import touch, utcnow

_CLOSED = [s.value for s in CLOSED_STATUSES]
_NEVER_OVERDUE = [s.value for s in NEVER_OVERDUE_STATUSES]


def _rank_sql(column: str, vocabulary: type[FollowUpStatus] | type[Priority]) -> str:
    """SQL: the vocabulary's order of `column`'s word (-1 for a word it lacks), with the words written in.

    Written in rather than bound, so that each engine sees the expression of migration 0011's index.
    """
    ranks = " ".join(f"WHEN '{word.value}' THEN {rank}" for rank, word in enumerate(vocabulary))
    return f"CASE follow_up.{column} {ranks} ELSE -1 END"


STATUS_RANK_SQL = _rank_sql("status", FollowUpStatus)
PRIORITY_RANK_SQL = _rank_sql("priority", Priority)
SORT_COLUMNS = {
    "due_date": m.FollowUpRow.due_date,
    "description": m.FollowUpRow.description,
    "meeting_title": m.MeetingRow.title,
    "meeting_date": m.MeetingRow.date,
    "owner_name": m.PersonRow.name,
    "department": m.FollowUpRow.department,
    "topic_name": m.TopicRow.name,
    "priority": m.FollowUpRow.priority,
    "status": m.FollowUpRow.status,
    "updated_at": m.FollowUpRow.updated_at,
    "id": m.FollowUpRow.id,
    # Vocabulary order rather than the stored words' alphabetical order (indexed by migration 0011).
    "priority_rank": literal_column(PRIORITY_RANK_SQL, Integer()),
    "status_rank": literal_column(STATUS_RANK_SQL, Integer()),
    # The topic's name in the interface language, falling back to the recorded English one.
    "topic_name_az": func.coalesce(func.nullif(m.TopicRow.name_az, ""), m.TopicRow.name),
    "topic_name_ru": func.coalesce(func.nullif(m.TopicRow.name_ru, ""), m.TopicRow.name),
    # Texts as the tracker shows them in a chosen language: "description_ru", "owner_name_az", ...
    **{
        f"{name}_{lang}": text_in(
            getattr(m.FollowUpRow, name), m.FollowUpRow.translations, m.MeetingRow.language, name, lang
        )
        for name in ("description", "department")
        for lang in LANGUAGES
    },
    **{
        f"owner_name_{lang}": func.coalesce(func.nullif(getattr(m.PersonRow, f"name_{lang}"), ""), m.PersonRow.name)
        for lang in LANGUAGES
    },
    # "country", the meeting's first counterpart country (ISO code), is a joined column: see sort_column.
}


def overdue_condition(today: dt.date):  # type: ignore[no-untyped-def]
    """SQL condition: past due, not finished and not deferred."""
    return and_(m.FollowUpRow.due_date < today, m.FollowUpRow.status.not_in(_NEVER_OVERDUE))


def closed_since_condition(start: dt.date):  # type: ignore[no-untyped-def]
    """SQL condition: unfinished, or finished on or after `start` (report_scope.closed_on's rule, in SQL).

    A finished follow-up closed on its completion date when it is done and has one, else on the day
    of its last change, else on its meeting's date.
    """
    fu = m.FollowUpRow
    by_completion = and_(fu.status == FollowUpStatus.DONE.value, fu.completed_on.is_not(None))
    return or_(
        fu.status.not_in(_CLOSED),
        and_(by_completion, fu.completed_on >= start),
        and_(~by_completion, fu.updated_at.is_not(None), fu.updated_at >= dt.datetime.combine(start, dt.time())),
        and_(~by_completion, fu.updated_at.is_(None), m.MeetingRow.date >= start),
    )


def in_live_meeting() -> ColumnElement[bool]:
    """SQL condition: the follow-up's meeting is not in the trash, without joining the meetings.

    The few trashed meetings' ids are read once (from ix_meeting_live_date) and each follow-up's
    meeting looked up among them: counting 250,000 follow-ups joined to their meetings one by one
    took 95-215 ms at five times the ministry's store, this 24 ms (the overdue ones 73-122 ms, 42).
    """
    return m.FollowUpRow.meeting_id.not_in(select(m.MeetingRow.id).where(m.MeetingRow.deleted_at.is_not(None)))


def overdue_count_statement(today: dt.date, dialect: str = "sqlite") -> Select:  # type: ignore[type-arg]
    """SELECT the number of live overdue follow-ups (answered from ix_follow_up_live_due alone)."""
    if dialect == "sqlite":
        # In the trash part the due date is wrapped: SQLite then reads each meeting's follow-ups from
        # the meeting's index rather than every live overdue one's for each meeting in the trash.
        in_trash = and_(func.coalesce(m.FollowUpRow.due_date, None) < today, ~m.FollowUpRow.status.in_(_NEVER_OVERDUE))
        return _live_count_sqlite(overdue_condition(today), in_trash)
    return select(func.count(m.FollowUpRow.id)).where(
        m.FollowUpRow.deleted_at.is_(None), in_live_meeting(), overdue_condition(today)
    )


def live_count_statement(dialect: str = "sqlite") -> Select:  # type: ignore[type-arg]
    """SELECT the number of live follow-ups (not deleted, their meeting not in the trash): the tracker's whole count."""
    if dialect == "sqlite":
        return _live_count_sqlite(None)
    return select(func.count(m.FollowUpRow.id)).where(m.FollowUpRow.deleted_at.is_(None), in_live_meeting())


def _live_count_sqlite(condition: ColumnElement[bool] | None, in_trash: ColumnElement[bool] | None = None) -> Select:  # type: ignore[type-arg]
    """SQLite: the live follow-ups (with `condition`), counted without a look at each one's meeting.

    Joined to the meeting, every follow-up counted read its meeting's row: the tracker's whole count
    and the overdue count took 100-200 ms each at five times the ministry's store, in the thread of
    every tracker refresh, beside whatever page is opened next. The follow-ups that are not deleted
    (from an index; without a condition, every row less the deleted ones, which SQLite counts from
    the b-tree without reading rows) less those of meetings in the trash (a short range) are the same
    number: 1-2 ms for the whole count. `in_trash` is `condition` written for the trash part, when needed.
    """
    fu, meeting = m.FollowUpRow, m.MeetingRow
    if condition is None:
        live = not_deleted_count(fu)
    else:
        live = select(func.count()).select_from(fu).where(fu.deleted_at.is_(None), condition).scalar_subquery()
    # the meetings in the trash first (CROSS JOIN: SQLite keeps the order), then each one's follow-ups
    read = _ReadFirst(meeting.__table__, fu.__table__, fu.meeting_id == meeting.id)
    trashed = select(func.count()).select_from(read).where(meeting.deleted_at.is_not(None), fu.deleted_at.is_(None))
    if condition is not None:
        trashed = trashed.where(condition if in_trash is None else in_trash)
    return select(live - trashed.scalar_subquery())


def filtered_statement(flt: FollowUpFilter, today: dt.date, dialect: str = "sqlite") -> Select:  # type: ignore[type-arg]
    """The SELECT of tracker rows matching `flt` (ids and display columns), sorted, for the store's `dialect`."""
    stmt = _matching(flt, today, dialect)
    column = sort_column(flt.sort, dialect)
    if flt.descending:
        return stmt.order_by(column.is_(None), column.desc(), m.FollowUpRow.id.desc())
    return stmt.order_by(column.is_(None), column.asc(), m.FollowUpRow.id.asc())


def sort_column(sort: str, dialect: str = "sqlite"):  # type: ignore[no-untyped-def]
    """The column or expression a tracker sort key orders by (the due date for an unknown key)."""
    if sort == "country":  # joined in by _matching
        return FIRST_COUNTRY.c.country if dialect == "postgresql" else m.MeetingListTextRow.first_country
    return SORT_COLUMNS.get(sort, m.FollowUpRow.due_date)


@dataclass(slots=True)
class TrackerPage:
    """One page of tracker rows and the key to ask for the next one with (None when the page is empty)."""

    rows: list[r.FollowUpRow]
    last_key: SortKey | None


def _matching(flt: FollowUpFilter, today: dt.date, dialect: str = "sqlite", *, lead: str = "") -> Select:  # type: ignore[type-arg]
    """The SELECT of tracker rows matching `flt` (ids and display columns), unsorted.

    With `lead` ("meeting", "person" or "topic"), that table is joined first, as an inner join (only
    rows with an owner or topic), for a sort by one of its columns to be read in its index's order.
    """
    columns = (
        m.FollowUpRow.id,
        m.FollowUpRow.meeting_id,
        m.MeetingRow.title,
        m.MeetingRow.date,
        m.FollowUpRow.description,
        m.FollowUpRow.owner_id,
        m.PersonRow.name,
        m.FollowUpRow.department,
        m.FollowUpRow.topic_id,
        m.TopicRow.name,
        m.FollowUpRow.priority,
        m.FollowUpRow.status,
        m.FollowUpRow.due_date,
        m.FollowUpRow.completed_on,
        m.FollowUpRow.updated_at,
        m.FollowUpRow.counterpart_contact,
        m.FollowUpRow.version,
        # the texts in the other languages, read in the same query (see tracker_row)
        m.MeetingRow.language,
        m.FollowUpRow.translations,
        translations_of(m.MeetingRow.translations, "meeting", "title"),
        *(getattr(m.PersonRow, f"name_{lang}") for lang in LANGUAGES),
        m.TopicRow.name_az,
        m.TopicRow.name_ru,
        m.MeetingRow.reference_number,
    )
    fu = m.FollowUpRow
    joins = {
        "meeting": (m.MeetingRow, m.MeetingRow.id == fu.meeting_id),
        "person": (m.PersonRow, m.PersonRow.id == fu.owner_id),
        "topic": (m.TopicRow, m.TopicRow.id == fu.topic_id),
    }
    if flt.sort == "country" and dialect != "postgresql":  # each meeting's first country (migration 0013)
        joins["list_text"] = (m.MeetingListTextRow, m.MeetingListTextRow.meeting_id == fu.meeting_id)
    by_meeting = _by_meeting(flt, dialect, lead)
    if lead:
        first, on = joins.pop(lead)
        read = _ReadFirst(first.__table__, fu.__table__, on)
        if lead == "list_text":  # and the meeting after them: SQLite would otherwise start from the meetings' index
            meeting, on_meeting = joins.pop("meeting")
            read = _ReadFirst(read, meeting.__table__, on_meeting)
        stmt = select(*columns).select_from(read)
    elif by_meeting:
        meeting, on_meeting = joins.pop("meeting")
        stmt = select(*columns).select_from(_ByMeetingIndex(fu.__table__, meeting.__table__, on_meeting))
    else:
        stmt = select(*columns).select_from(fu)
    for name, (table, on) in joins.items():
        stmt = stmt.join(table, on, isouter=name != "meeting")
    if flt.sort == "country" and dialect == "postgresql":
        stmt = stmt.outerjoin(FIRST_COUNTRY, FIRST_COUNTRY.c.meeting_id == m.FollowUpRow.meeting_id)
    return _restricted(stmt, flt, today, text_per_row=by_meeting)


def _by_meeting(flt: FollowUpFilter, dialect: str, lead: str = "") -> bool:
    """Whether SQLite should find the rows from their meetings: a country or a meeting chosen, no other table read first.

    Left to itself, SQLite walks every follow-up of the chosen statuses (or every live meeting) and
    tests the country on each, after building the list of every follow-up whose text matches: 105 ms
    for one country's open follow-ups with a word at five times the ministry's store. A country's
    meetings, then their follow-ups by the meeting's index of them (migration 0014, which also holds
    whether each is live, its status and due date), each one's text tested on its own search entry,
    are a few thousand index entries and a few hundred rows at that size.
    """
    return dialect == "sqlite" and not lead and (bool(flt.country) or flt.meeting_id is not None)


class _ReadFirst(Join):
    """table JOIN follow_up that SQLite reads in that order (CROSS JOIN): left to itself, it starts from the follow-ups."""

    inherit_cache = True


@compiles(_ReadFirst, "sqlite")
def _read_first_sqlite(join: _ReadFirst, compiler: SQLCompiler, **kw: Any) -> str:
    # Only tables and other _ReadFirst joins are inside: every inner join there is one of ours.
    return _PLAIN_JOIN.sub(" CROSS JOIN ", compiler.visit_join(join, **kw))  # type: ignore[no-untyped-call]


_PLAIN_JOIN = re.compile(r"(?<!CROSS)(?<!OUTER) JOIN ")


class _ByMeetingIndex(_ReadFirst):
    """follow_up JOIN meeting that SQLite reads follow-ups first, through their meeting index (see _by_meeting)."""

    inherit_cache = True


@compiles(_ByMeetingIndex, "sqlite")
def _by_meeting_index_sqlite(join: _ByMeetingIndex, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLAlchemy writes no table hints for SQLite: the index is named in the join's own text.
    text = _read_first_sqlite(join, compiler, **kw)
    lead = f"{m.FollowUpRow.__tablename__} CROSS JOIN "
    if not text.startswith(lead):
        raise ValueError(f"not a join from the follow-ups: {text!r}")
    return f"{m.FollowUpRow.__tablename__} INDEXED BY {_MEETING_INDEX} CROSS JOIN {text[len(lead) :]}"


_MEETING_INDEX = "ix_follow_up_meeting_live"  # migration 0014: (meeting_id, deleted_at, status, due_date)


def _restricted(stmt: Select, flt: FollowUpFilter, today: dt.date, *, text_per_row: bool = False) -> Select:  # type: ignore[type-arg]
    """`stmt` (over follow_up joined to meeting) narrowed to the live follow-ups `flt` selects.

    With `text_per_row`, the text is tested on each row's own search entry rather than through the
    list of every matching follow-up (the rows are few: see _by_meeting); the same rows either way.
    """
    stmt = stmt.where(m.FollowUpRow.deleted_at.is_(None), m.MeetingRow.deleted_at.is_(None))
    if flt.statuses:
        stmt = stmt.where(m.FollowUpRow.status.in_(flt.statuses))
    if flt.owner_id is not None:
        stmt = stmt.where(m.FollowUpRow.owner_id == flt.owner_id)
    if flt.department:
        stmt = stmt.where(func.lower(m.FollowUpRow.department) == flt.department.lower())
    if flt.topic_id is not None:
        stmt = stmt.where(m.FollowUpRow.topic_id == flt.topic_id)
    if flt.meeting_id is not None:
        stmt = stmt.where(m.FollowUpRow.meeting_id == flt.meeting_id)
    if flt.country:
        stmt = stmt.where(
            m.FollowUpRow.meeting_id.in_(
                select(m.MeetingCountryRow.meeting_id).where(m.MeetingCountryRow.country == flt.country.upper())
            )
        )
    if flt.due_from is not None:
        stmt = stmt.where(m.FollowUpRow.due_date >= flt.due_from)
    if flt.due_to is not None:
        stmt = stmt.where(m.FollowUpRow.due_date <= flt.due_to)
    if flt.overdue:
        stmt = stmt.where(overdue_condition(today))
    if flt.due_within_days is not None:
        stmt = stmt.where(
            m.FollowUpRow.due_date >= today,
            m.FollowUpRow.due_date <= today + dt.timedelta(days=flt.due_within_days),
            m.FollowUpRow.status.not_in(_CLOSED),
        )
    if flt.text.strip():
        from minutes_app.services import search_index

        if text_per_row:
            return search_index.restrict_follow_ups_per_row(stmt, flt.text)
        stmt = search_index.restrict_follow_ups(stmt, flt.text)
    return stmt


# Sorted by an owner's or a topic's name (any language's), the rows without one are those without that key.
_EMPTY_WITHOUT = {"owner": m.FollowUpRow.owner_id, "topic": m.FollowUpRow.topic_id}
_NAMED = (
    "owner_name",
    "topic_name",
    "owner_name_en",
    "owner_name_az",
    "owner_name_ru",
    "topic_name_az",
    "topic_name_ru",
)
# The sorts read from another table's index: the table read first (see _matching).
_LEADS = {"owner_name": "person", "topic_name": "topic", "meeting_date": "meeting", "country": "list_text"}


def _keyset_parts(flt: FollowUpFilter, today: dt.date, after: SortKey | None, dialect: str = "sqlite") -> list[Select]:  # type: ignore[type-arg]
    """The rows after `after` as up to two queries, each ordered by an index where there is one (services/keyset.py)."""
    column = sort_column(flt.sort, dialect)
    base = _matching(flt, today, dialect).add_columns(column.label("sort_value"))
    ident = m.FollowUpRow.id
    parts = []
    # Sorted by a column of the owner, the topic, the meeting or its first country, the rows with a
    # value are read from that table in its index's order first (each one's follow-ups then by their
    # index): an owner's name or a topic's is there only for rows with an owner or a topic.
    # (PostgreSQL sorts by country through its join of the first country, which it plans well.)
    lead = "" if flt.sort == "country" and dialect == "postgresql" else _LEADS.get(flt.sort, "")
    if after is None or not after.empty:
        valued = _matching(flt, today, dialect, lead=lead).add_columns(column.label("sort_value")) if lead else base
        valued = valued.where(column.is_not(None))
        if after is not None:
            past = (
                tuple_(column, ident) < tuple_(after.value, after.id)
                if flt.descending
                else (tuple_(column, ident) > tuple_(after.value, after.id))
            )
            # The same bound on the value alone: PostgreSQL seeks an index of another table with it
            # (the owner's name), which it cannot with a comparison of a pair taken from two tables.
            reached = column <= after.value if flt.descending else column >= after.value
            valued = valued.where(past, reached)
        order = (column.desc(), ident.desc()) if flt.descending else (column.asc(), ident.asc())
        parts.append(valued.order_by(*order))
    # Without an owner or a topic, a follow-up has no such name (the keys hold): asked as such, the
    # empty rows come from the key's index in id order instead of a pass over every follow-up.
    key = _EMPTY_WITHOUT[flt.sort.split("_name")[0]] if flt.sort in _NAMED else None
    empty = base.where(column.is_(None) if key is None else key.is_(None))
    if lead == "list_text":  # the meetings without a country, from the country index, then their follow-ups
        empty = (
            _matching(flt, today, dialect, lead=lead).add_columns(column.label("sort_value")).where(column.is_(None))
        )
    if after is not None and after.empty:
        empty = empty.where(ident < after.id if flt.descending else ident > after.id)
    parts.append(empty.order_by(ident.desc() if flt.descending else ident.asc()))
    return parts


def tracker_row(row: Any, countries: list[str], last_note: str = "") -> r.FollowUpRow:
    """One row of `filtered_statement` as a tracker row, with its texts' translations and names per language."""
    owner_names = {lang: name for lang, name in zip(LANGUAGES, row[20:23], strict=True) if name}
    topic_names = {lang: name for lang, name in (("az", row[23]), ("ru", row[24])) if name}
    return r.FollowUpRow(
        id=row[0],
        meeting_id=row[1],
        meeting_title=row[2],
        meeting_date=row[3],
        countries=countries,
        description=row[4],
        owner_id=row[5],
        owner_name=row[6] or "",
        department=row[7],
        topic_id=row[8],
        topic_name=row[9] or "",
        priority=row[10],
        status=row[11],
        due_date=row[12],
        completed_on=row[13],
        updated_at=row[14],
        counterpart_contact=row[15],
        version=row[16],
        last_note=last_note,
        language=row[17] or "en",
        translations=parse_list_translations(row[18]),
        meeting_titles=dict(parse_list_translations(row[19]).get("title", {})),
        owner_names=owner_names,
        topic_names=topic_names,
        meeting_reference=row[25] or "",
    )


class FollowUpService:
    """Everything the tracker does with follow-ups, each call one transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store
        # The pick lists as last read and sorted, with what they were read from: a refresh follows every change, and
        # when that is the same, sorting them again by name (most of the time they take) is skipped.
        self._owners_sorted: tuple[str, list[tuple[int, str, str]]] = ("", [])
        self._departments_sorted: tuple[list[str], list[str]] = ([], [])

    def list_follow_ups(
        self,
        flt: FollowUpFilter | None = None,
        *,
        today: dt.date | None = None,
        with_last_note: bool = True,
        limit: int | None = None,
        offset: int = 0,
        closed_since: dt.date | None = None,
    ) -> list[r.FollowUpRow]:
        """Follow-ups matching the filter, as tracker rows; `limit`/`offset` read one page of them.

        With `closed_since`, finished follow-ups closed before that day are left out in the query (a report's period).
        """
        flt = flt or FollowUpFilter()
        today = today or dt.date.today()
        if limit is not None and not offset and closed_since is None:  # a first page: by index, not by sorting all
            return self.page_after(flt, None, today=today, limit=limit, with_last_note=with_last_note).rows
        stmt = filtered_statement(flt, today, self.store.dialect)
        if closed_since is not None:
            stmt = stmt.where(closed_since_condition(closed_since))
        if limit is not None:
            stmt = stmt.limit(max(0, limit))
        if offset:
            stmt = stmt.offset(max(0, offset))
        with self.store.reading() as session:
            rows = session.execute(stmt).all()
            ids = [row[0] for row in rows]
            countries = _countries_by_meeting(session, {row[1] for row in rows})
            notes = _last_notes(session, ids) if with_last_note else {}
        return [tracker_row(row, countries.get(row[1], []), notes.get(row[0], "")) for row in rows]

    def page_after(
        self,
        flt: FollowUpFilter | None,
        after: SortKey | None,
        *,
        today: dt.date | None = None,
        limit: int,
        with_last_note: bool = False,
    ) -> TrackerPage:
        """The `limit` rows that follow the row whose key is `after` (None: the first page), in the filter's order."""
        flt = flt or FollowUpFilter()
        today = today or dt.date.today()
        limit = max(0, limit)
        rows: list[Any] = []
        server = self.store.dialect == "postgresql"
        with self.store.reading() as session:
            for part in _keyset_parts(flt, today, after, self.store.dialect):
                if len(rows) >= limit:
                    break
                if server:  # each row's countries in the same statement: one round trip to the server less a page
                    part = part.add_columns(_country_list().label("country_list"))
                rows += session.execute(part.limit(limit - len(rows))).all()
            if server:
                countries = {row[1]: row.country_list.split(",") for row in rows if row.country_list}
            else:
                countries = _countries_by_meeting(session, {row[1] for row in rows})
            notes = _last_notes(session, [row[0] for row in rows]) if with_last_note else {}
        key = SortKey(rows[-1].sort_value is None, rows[-1].sort_value, rows[-1][0]) if rows else None
        return TrackerPage([tracker_row(row, countries.get(row[1], []), notes.get(row[0], "")) for row in rows], key)

    def count(self, flt: FollowUpFilter | None = None, *, today: dt.date | None = None) -> int:
        """How many follow-ups match the filter (the number `list` would return without a limit)."""
        flt = flt or FollowUpFilter()
        if flt.is_empty():
            with self.store.reading() as session:
                return session.scalar(live_count_statement(self.store.dialect)) or 0
        # without the joins that only fetch names to show: the count reads the follow-up index and the meetings
        on_meeting = m.MeetingRow.id == m.FollowUpRow.meeting_id
        by_meeting = _by_meeting(flt, self.store.dialect)
        if by_meeting:
            read = _ByMeetingIndex(m.FollowUpRow.__table__, m.MeetingRow.__table__, on_meeting)
            counting = select(func.count(m.FollowUpRow.id)).select_from(read)
        else:
            counting = select(func.count(m.FollowUpRow.id)).join(m.MeetingRow, on_meeting)
        counting = _restricted(counting, flt, today or dt.date.today(), text_per_row=by_meeting)
        with self.store.reading() as session:
            return session.scalar(counting) or 0

    def owners(self) -> list[tuple[int, str, str]]:
        """(id, recorded name, other spellings) of everyone who owns a live follow-up, by name (Azerbaijani order)."""
        # Per person, a seek in the owner index for one live follow-up: not a pass over every follow-up.
        owns = (
            select(m.FollowUpRow.id)
            .where(m.FollowUpRow.owner_id == m.PersonRow.id, m.FollowUpRow.deleted_at.is_(None))
            .exists()
        )
        # Which people, at which version (a rename moves it), as one text the database builds: when it is the one
        # seen last, the list read and sorted then is still right (15,000 rows fetched and sorted at five times the
        # ministry's store, after every change: most of a refresh's work beside the rows).
        seen_as = select(
            func.aggregate_strings(cast(m.PersonRow.id, String) + ":" + cast(m.PersonRow.version, String), ",")
        ).where(owns)
        stmt = (
            select(m.PersonRow.id, m.PersonRow.name, m.PersonRow.name_en, m.PersonRow.name_az, m.PersonRow.name_ru)
            .where(owns)
            .order_by(m.PersonRow.id)
        )
        with self.store.reading() as session:
            fingerprint = session.scalar(seen_as) or ""
            seen, sorted_owners = self._owners_sorted  # one tuple, swapped whole: safe beside another thread
            if fingerprint != seen or not fingerprint:
                found = [
                    (pid, name, " ".join(x for x in (en, az, ru) if x))
                    for pid, name, en, az, ru in session.execute(stmt)
                ]
                sorted_owners = sort_names(found, lambda owner: owner[1])
                self._owners_sorted = (fingerprint, sorted_owners)
        return list(sorted_owners)

    def count_overdue(self, *, today: dt.date | None = None) -> int:
        """How many follow-ups are past due and not finished."""
        with self.store.reading() as session:
            return session.scalar(overdue_count_statement(today or dt.date.today(), self.store.dialect)) or 0

    def get(self, follow_up_id: int, *, latest_notes: int | None = None) -> r.FollowUp:
        """One follow-up with its full history, or with only its `latest_notes` newest entries (oldest first)."""
        with self.store.reading() as session:
            if latest_notes is None:
                return convert.follow_up(_load(session, follow_up_id), [], [])
            row = _load(session, follow_up_id, with_notes=False)
            newest = session.scalars(
                select(m.FollowUpNoteRow)
                .where(m.FollowUpNoteRow.follow_up_id == follow_up_id)
                .order_by(m.FollowUpNoteRow.id.desc())
                .limit(max(0, latest_notes))
            ).all()
            set_committed_value(row, "notes", list(reversed(newest)))  # without reading the others
            return convert.follow_up(row, [], [])

    def note_count(self, follow_up_id: int) -> int:
        """How many entries a follow-up's history holds."""
        with self.store.reading() as session:
            return (
                session.scalar(
                    select(func.count())
                    .select_from(m.FollowUpNoteRow)
                    .where(m.FollowUpNoteRow.follow_up_id == follow_up_id)
                )
                or 0
            )

    def change_status(
        self,
        follow_up_id: int,
        new_status: str,
        *,
        note: str = "",
        author: str = "",
        new_due_date: dt.date | str | None = None,
        expected_version: int | None = None,
        completed_on: dt.date | None = None,
    ) -> r.FollowUp:
        """Change a follow-up's status with a dated note; deferring needs the new due date."""
        status = v.check_choice("status", new_status, FollowUpStatus)
        text = v.clean_text("note", note, max_length=100_000)
        author = v.clean_text("author", author, max_length=300)
        due = v.parse_date("due_date", new_due_date)
        if status == FollowUpStatus.DEFERRED.value and due is None:
            raise ValidationError("due_date", "deferring a follow-up needs its new due date")
        with self.store.writing() as session:
            lock_meeting_of_follow_up(session, follow_up_id)  # queue behind other writers of its meeting
            row = _load(session, follow_up_id)
            _check_version(row, expected_version)
            before = convert.follow_up(row, [], [])
            reopening = row.status in _CLOSED and status not in _CLOSED
            if reopening and not text:
                raise ValidationError("note", "say why the follow-up is reopened")
            if status != row.status:
                record_status_change(row, status, author=author, note=text, completed_on=completed_on)
            elif text:
                row.notes.append(m.FollowUpNoteRow(kind=NoteKind.NOTE.value, author=author, text=text))
            if due is not None and due != row.due_date:
                row.notes.append(
                    m.FollowUpNoteRow(
                        kind=NoteKind.DUE_DATE.value, author=author, old_due_date=row.due_date, new_due_date=due
                    )
                )
                row.due_date = due
            touch(row)
            session.flush()
            hooks.meeting_written(session, row.meeting_id)
            after = convert.follow_up(row, [], [])
            audit.record(session, audit_diff.follow_up_changes(before, after, meeting_id=row.meeting_id))
            return after

    def add_note(
        self,
        follow_up_id: int,
        text: str,
        *,
        author: str = "",
        kind: str = NoteKind.NOTE.value,
        expected_version: int | None = None,
    ) -> r.FollowUp:
        """Add a dated progress note (or a "discussed at a meeting" mark)."""
        body = v.clean_text("note", text, max_length=100_000, required=kind == NoteKind.NOTE.value)
        author = v.clean_text("author", author, max_length=300)
        with self.store.writing() as session:
            lock_meeting_of_follow_up(session, follow_up_id)  # queue behind other writers of its meeting
            row = _load(session, follow_up_id)
            _check_version(row, expected_version)
            row.notes.append(m.FollowUpNoteRow(kind=kind, author=author, text=body))
            touch(row)
            session.flush()
            hooks.meeting_written(session, row.meeting_id)
            return convert.follow_up(row, [], [])

    def delete(self, follow_up_id: int) -> None:
        """Move a follow-up to the trash."""
        with self.store.writing() as session:
            lock_meeting_of_follow_up(session, follow_up_id)  # queue behind other writers of its meeting
            row = _load(session, follow_up_id)
            row.deleted_at = utcnow()
            hooks.meeting_written(session, row.meeting_id)
            deleted = audit_diff.Change(
                "follow_up", row.id, audit_diff.DELETED, "", row.description, "", row.meeting_id
            )
            audit.record(session, [deleted])

    def departments(self) -> list[str]:
        """Every department named on a follow-up, in Azerbaijani order, numbers natural ("2" before "10")."""
        with self.store.reading() as session:
            found = [d for d in distinct_values(session, m.FollowUpRow.department) if d]
        seen, sorted_departments = self._departments_sorted
        if found != seen:
            sorted_departments = sort_names(found, lambda department: department)
            self._departments_sorted = (found, sorted_departments)
        return list(sorted_departments)


def _check_version(row: m.FollowUpRow, expected: int | None) -> None:
    if expected is not None and row.version != expected:
        raise ConflictError("follow-up", row.id, expected, row.version)


def _load(session: Session, follow_up_id: int, *, with_notes: bool = True) -> m.FollowUpRow:
    stmt = select(m.FollowUpRow).where(m.FollowUpRow.id == follow_up_id, m.FollowUpRow.deleted_at.is_(None))
    row = session.scalars(stmt.options(selectinload(m.FollowUpRow.notes)) if with_notes else stmt).one_or_none()
    if row is None:
        raise NotFoundError("follow-up", follow_up_id)
    return row


@functools.cache
def _country_list() -> Any:
    """PostgreSQL: a row's meeting's country codes, in their order, as one text ("TR,AZ"; NULL without any)."""
    # imported here: SQLAlchemy's PostgreSQL dialect is not loaded when an SQLite store is opened (start time)
    from sqlalchemy.dialects.postgresql import aggregate_order_by

    return (
        select(
            func.string_agg(
                m.MeetingCountryRow.country,
                aggregate_order_by(literal_column("','"), m.MeetingCountryRow.sort_order, m.MeetingCountryRow.country),
            )
        )
        .where(m.MeetingCountryRow.meeting_id == m.FollowUpRow.meeting_id)
        .scalar_subquery()
    )


_ALL_COUNTRIES_PAST = 2000  # meetings: more than this, and all countries are read instead of these meetings


def _countries_by_meeting(session: Session, meeting_ids: set[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = defaultdict(list)
    if not meeting_ids:
        return result
    stmt = select(m.MeetingCountryRow.meeting_id, m.MeetingCountryRow.country).order_by(m.MeetingCountryRow.sort_order)
    # A page's meetings by key (a page of 500 rows can name 500 meetings: reading every meeting's
    # countries for it took 50 ms at five times the ministry's store); a whole list's, all at once.
    if len(meeting_ids) <= _ALL_COUNTRIES_PAST:
        stmt = stmt.where(m.MeetingCountryRow.meeting_id.in_(meeting_ids))
    for meeting_id, code in session.execute(stmt):
        result[meeting_id].append(code)
    return result


def _last_notes(session: Session, ids: list[int]) -> dict[int, str]:
    """The text of each follow-up's newest note that has text."""
    if not ids:
        return {}
    newest = (
        select(m.FollowUpNoteRow.follow_up_id, func.max(m.FollowUpNoteRow.id).label("note_id"))
        .where(m.FollowUpNoteRow.text != "")
        .group_by(m.FollowUpNoteRow.follow_up_id)
    )
    if len(ids) < 500:
        newest = newest.where(m.FollowUpNoteRow.follow_up_id.in_(ids))
    sub = newest.subquery()
    rows = session.execute(
        select(sub.c.follow_up_id, m.FollowUpNoteRow.text).join(
            m.FollowUpNoteRow, m.FollowUpNoteRow.id == sub.c.note_id
        )
    )
    return {fid: text for fid, text in rows}
