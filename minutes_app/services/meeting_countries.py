"""A meeting's counterpart countries in their order (by sort order, then code), and the first of them in SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from minutes_app.store import models as m

_MC = m.MeetingCountryRow
_OTHER = aliased(m.MeetingCountryRow)

# Each meeting's first counterpart country as a table to join on PostgreSQL.
# Sorting by a per-row subquery ran it 50,000 times there (0.5 s, this join 25 ms); SQLite reads the
# country kept per meeting in meeting_list_text in its index's order instead (migration 0013: the
# subquery took 1.5-2 s a page at five times the ministry's store).
FIRST_COUNTRY = (
    select(_MC.meeting_id, _MC.country)
    .where(
        ~exists().where(
            _OTHER.meeting_id == _MC.meeting_id,
            or_(
                _OTHER.sort_order < _MC.sort_order,
                and_(_OTHER.sort_order == _MC.sort_order, _OTHER.country < _MC.country),
            ),
        )
    )
    .subquery("first_country")
)


def first_country() -> ColumnElement[str]:
    """SQL (SQLite): the meeting row's first counterpart country, by its order then code; NULL when it has none."""
    return (
        select(_MC.country)
        .where(_MC.meeting_id == m.MeetingRow.id)
        .order_by(_MC.sort_order, _MC.country)
        .limit(1)
        .scalar_subquery()
    )


def countries_by_meeting(
    conn: Session | Connection, meeting_ids: Sequence[int] | Select[Any]
) -> defaultdict[int, list[str]]:
    """The country codes of each meeting `meeting_ids` gives (ids or a SELECT of them) in their order; [] for one without."""
    codes: defaultdict[int, list[str]] = defaultdict(list)
    for meeting_id, code in conn.execute(
        select(_MC.meeting_id, _MC.country)
        .where(_MC.meeting_id.in_(meeting_ids))
        .order_by(_MC.meeting_id, _MC.sort_order, _MC.country)
    ):
        codes[meeting_id].append(code)
    return codes
