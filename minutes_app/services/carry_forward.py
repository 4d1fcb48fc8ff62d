"""The follow-ups still open from earlier meetings with a counterpart: what the editor's carry-forward tab lists.

Read from the counterpart's meetings rather than from every follow-up: the tracker's country filter
(`FollowUpFilter.country`) lets SQLite walk all live follow-ups by an index on `deleted_at` and test
each one's meeting (0.1–0.5 s at ministry scale, at every opening of a meeting in the editor); here
the meetings are found by country first and their follow-ups by `meeting_id`.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, func, or_, select

from minutes_app.domain import records as r
from minutes_app.domain.filters import FollowUpFilter
from minutes_app.services.followups import _countries_by_meeting, _matching, tracker_row
from minutes_app.store import models as m
from minutes_app.store.database import Store


def earlier_open(
    store: Store,
    *,
    countries: list[str],
    statuses: list[str],
    meeting_id: int | None,
    before: dt.date | None,
) -> list[r.FollowUpRow]:
    """Live follow-ups in `statuses` of the meetings with any of `countries` other than `meeting_id`, held
    before `before` (every date when None; a meeting without a date counts too), unsorted."""
    if not countries:
        return []
    stmt = _statement(countries, statuses, meeting_id, before)
    with store.reading() as session:
        rows = session.execute(stmt).all()
        countries_of = _countries_by_meeting(session, {row[1] for row in rows})
    return [tracker_row(row, countries_of.get(row[1], [])) for row in rows]


def count_earlier_open(
    store: Store,
    *,
    countries: list[str],
    statuses: list[str],
    meeting_id: int | None,
    before: dt.date | None,
) -> int:
    """How many follow-ups `earlier_open` would list (the tab's title, without building the rows)."""
    if not countries:
        return 0
    # Only the follow-ups and their meetings: the tracker's joins to owners and topics count nothing here.
    stmt = _narrowed(
        select(func.count()).select_from(m.FollowUpRow).join(m.MeetingRow, m.MeetingRow.id == m.FollowUpRow.meeting_id),
        countries,
        statuses,
        meeting_id,
        before,
    )
    with store.reading() as session:
        return int(session.scalar(stmt) or 0)


def _statement(countries: list[str], statuses: list[str], meeting_id: int | None, before: dt.date | None) -> Select:  # type: ignore[type-arg]
    base = _matching(FollowUpFilter(), dt.date.today())  # the tracker's columns and joins
    stmt = select(*base.selected_columns).select_from(*base.get_final_froms())
    return _narrowed(stmt, countries, statuses, meeting_id, before)


def _narrowed(
    stmt: Select,  # type: ignore[type-arg]
    countries: list[str],
    statuses: list[str],
    meeting_id: int | None,
    before: dt.date | None,
) -> Select:  # type: ignore[type-arg]
    """`stmt` (follow-ups joined to their meetings) kept to the earlier open follow-ups of the countries' meetings."""
    meetings = select(m.MeetingCountryRow.meeting_id).where(
        m.MeetingCountryRow.country.in_([c.upper() for c in countries])
    )
    # Functions of deleted_at and status, so that only the countries' meetings offer SQLite an index to start
    # from (the meeting's bare deleted_at let it walk every live meeting by date: 20 ms an opening at 1x).
    stmt = stmt.where(
        m.FollowUpRow.meeting_id.in_(meetings),
        func.coalesce(m.FollowUpRow.deleted_at, m.FollowUpRow.deleted_at).is_(None),
        func.coalesce(m.FollowUpRow.status, "").in_(statuses),
        func.coalesce(m.MeetingRow.deleted_at, m.MeetingRow.deleted_at).is_(None),
    )
    if meeting_id is not None:
        stmt = stmt.where(m.FollowUpRow.meeting_id != meeting_id)
    if before is not None:
        stmt = stmt.where(or_(m.MeetingRow.date.is_(None), m.MeetingRow.date < before))
    return stmt
